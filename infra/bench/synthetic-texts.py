#!/usr/bin/env python3
"""Writes N short labelled texts for scale benchmarks of the taskfit CLI (no data is committed: run it).

Texts of 4-20 words over a 50,000-word vocabulary with Zipf-like frequencies; each of the 4 labels prefers its
own 2,000 topic words (a word of a text is a topic word of its label with probability 0.3, else a general
word), so the task is learnable but not trivial, like a news-topic corpus of short headlines. Deterministic
for a given seed; texts are distinct (a repeat is drawn again), so no text carries two labels.

Usage: python3 infra/bench/synthetic-texts.py N OUT.csv [SEED]     (writes CSV with the columns text,label)
"""
import bisect
import itertools
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
labels = ["business", "science", "sports", "world"]
syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "vel", "dor", "an", "ex", "qui", "zu", "bra", "tel"]
vocabulary = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))) for _ in range(120_000)})[:50_000]
rng.shuffle(vocabulary)
cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocabulary))))
topics = {label: rng.sample(vocabulary, 2_000) for label in labels}
topic_cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(2_000)))


def zipf(words, weights):
    return words[bisect.bisect_left(weights, rng.random() * weights[-1])]


seen = set()
with open(out, "w", encoding="utf-8") as target:
    target.write("text,label\n")
    while len(seen) < n:
        label = labels[rng.randrange(len(labels))]
        text = " ".join(zipf(topics[label], topic_cumulative) if rng.random() < 0.3 else zipf(vocabulary, cumulative)
                        for _ in range(rng.randint(4, 20)))
        if text in seen:
            continue
        seen.add(text)
        target.write(f"{text},{label}\n")
print(f"wrote {n} texts to {out}", file=sys.stderr)
