#!/usr/bin/env python3
"""Checks the advisor's labelled task set and its invariance suite.

Usage: python3 infra/data/check_advise_data.py [data-dir]   (default: src/data/advise)

Checks: schema of the batch files (BATCH_FILES below, as AdvisorTasks.BATCH_FILES: tasks.jsonl,
tasks-2.jsonl .. tasks-6.jsonl); unique ids and tasks across them; family balance (each family within
+-5% of the mean, in the whole set and in each batch, which is split on its own); no two tasks with
token-set Jaccard similarity > 0.8; misleading.tsv refers to existing ids; invariance.jsonl schema; no
invariance task is in a batch file or near-duplicates (Jaccard > 0.8) one of its tasks. Prints the
families of each batch, the misleading phrasings per family and per kind, words per task and the count
per domain. Exit status 1 on any failure.
"""
import collections
import itertools
import json
import os
import re
import sys

FAMILIES = ("discriminative", "generative", "composite")
KINDS = ("paraphrase", "case", "punctuation", "typo", "negation")
BATCH_FILES = ("tasks.jsonl", "tasks-2.jsonl", "tasks-3.jsonl", "tasks-4.jsonl", "tasks-5.jsonl", "tasks-6.jsonl")  # as AdvisorTasks.BATCH_FILES
MAX_JACCARD = 0.8


def tokens(text):
    return frozenset(t for t in re.split(r"[^0-9a-z]+", text.lower()) if t)


def jaccard(a, b):
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join("src", "data", "advise")
    errors = []
    rows = []
    batches = {}
    for name in BATCH_FILES:
        batches[name] = collections.Counter()
        with open(os.path.join(root, name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    errors.append(f"{name}:{n}: blank line")
                    continue
                r = json.loads(line)
                if set(r) != {"id", "family", "domain", "task"}:
                    errors.append(f"{name}:{n}: keys {sorted(r)}")
                if r.get("family") not in FAMILIES:
                    errors.append(f"{name}:{n}: family {r.get('family')!r}")
                if not re.fullmatch(r"t\d{4}", r.get("id", "")):
                    errors.append(f"{name}:{n}: id {r.get('id')!r}")
                if not isinstance(r.get("task"), str) or not r["task"].strip() or r["task"] != r["task"].strip():
                    errors.append(f"{name}:{n}: task must be a trimmed non-empty string")
                if not re.fullmatch(r"[a-z]+", r.get("domain", "")):
                    errors.append(f"{name}:{n}: domain {r.get('domain')!r}")
                batches[name][r.get("family")] += 1
                rows.append(r)

    ids = [r["id"] for r in rows]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    for t, c in collections.Counter(r["task"].lower() for r in rows).items():
        if c > 1:
            errors.append(f"duplicate task {t!r}")

    fam = collections.Counter(r["family"] for r in rows)
    for where, counts in [("the whole set", fam)] + list(batches.items()):
        mean = sum(counts.values()) / 3
        for f_ in FAMILIES:
            if abs(counts[f_] - mean) > 0.05 * mean:
                errors.append(f"{where}: family {f_} has {counts[f_]}, outside +-5% of {mean:.0f}")

    toks = [tokens(r["task"]) for r in rows]
    for i, j in itertools.combinations(range(len(rows)), 2):
        s = jaccard(toks[i], toks[j])
        if s > MAX_JACCARD:
            errors.append(f"near-duplicates ({s:.2f}): {ids[i]} / {ids[j]}")

    by_id = {r["id"]: r for r in rows}
    misleading = {}
    path = os.path.join(root, "misleading.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if n == 1 or not line.strip():
                    continue
                i, kind = line.rstrip("\n").split("\t")
                if i not in by_id:
                    errors.append(f"misleading.tsv:{n}: unknown id {i}")
                misleading[i] = kind

    # invariance suite
    inv_tasks = []
    with open(os.path.join(root, "invariance.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            g = json.loads(line)
            if g.get("kind") not in KINDS:
                errors.append(f"invariance.jsonl:{n}: kind {g.get('kind')!r}")
            members = g.get("tasks", [])
            if len(members) < 2:
                errors.append(f"invariance.jsonl:{n}: fewer than 2 tasks")
            if g["kind"] == "negation":
                fams = set()
                for m in members:
                    if not isinstance(m, dict) or m.get("family") not in FAMILIES:
                        errors.append(f"invariance.jsonl:{n}: negation members need task+family")
                        continue
                    fams.add(m["family"])
                    inv_tasks.append((g["group"], m["task"]))
                if len(fams) < 2:
                    errors.append(f"invariance.jsonl:{n}: negation group does not flip the family")
            else:
                if g.get("family") not in FAMILIES:
                    errors.append(f"invariance.jsonl:{n}: family {g.get('family')!r}")
                for m in members:
                    if not isinstance(m, str):
                        errors.append(f"invariance.jsonl:{n}: members must be strings")
                        continue
                    inv_tasks.append((g["group"], m))
    train_lower = {r["task"].lower() for r in rows}
    for grp, t in inv_tasks:
        if t.lower() in train_lower:
            errors.append(f"invariance {grp}: task is in a batch file: {t!r}")
        tt = tokens(t)
        for k, r in enumerate(rows):
            s = jaccard(tt, toks[k])
            if s > MAX_JACCARD:
                errors.append(f"invariance {grp}: near-duplicate ({s:.2f}) of {r['id']}: {t!r}")

    print(f"tasks: {len(rows)} (" + ", ".join(
        f"{name}: " + " / ".join(str(c[f_]) for f_ in FAMILIES) for name, c in batches.items()) + ")")
    for f_ in FAMILIES:
        m = sum(1 for r in rows if r["family"] == f_ and r["id"] in misleading)
        print(f"  {f_:15s} {fam[f_]:4d}   misleading {m:3d} ({100 * m / max(fam[f_], 1):.0f}%)")
    print(f"  misleading total {len(misleading)} ({100 * len(misleading) / max(len(rows), 1):.0f}%): "
          + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(misleading.values()).items())))
    words = [len(r["task"].split()) for r in rows]
    print(f"  words per task: min {min(words)}, median {sorted(words)[len(words) // 2]}, max {max(words)}")
    print("domains: " + ", ".join(f"{d} {c}" for d, c in collections.Counter(r["domain"] for r in rows).most_common()))
    print(f"invariance: {len(inv_tasks)} tasks")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
