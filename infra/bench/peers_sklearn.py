#!/usr/bin/env python3
"""scikit-learn peer for infra/bench/peers.sh: TF-IDF word uni+bigrams + LogisticRegression.

Reads one dataset's split as written by dev.taskfit.train.ExportSplits (fastText format, "__label__X text",
text already lower-cased and tokenised, words separated by single spaces):

  1. fits the vectoriser on train-only.txt and chooses C on valid.txt (grid below; ties go to the smaller C),
  2. refits vectoriser + model on train.txt (train + validation: what the shipped taskfit model is fitted on),
  3. scores test.txt: accuracy, and whole-file prediction throughput = documents / best wall time of
     vectorizer.transform + predict over the whole test file (in-process, single thread, no load time).

Prints one line of key=value pairs, like EvaluateModel: accuracy=... docs=... docs_per_s=... C=...
Usage: peers_sklearn.py <split dir> [passes]
"""
import os

# One core, like every other system in the benchmark (must be set before numpy/scipy load).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import sys  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

C_GRID = (0.1, 1.0, 10.0, 100.0, 1000.0)


def read(path):
    labels, texts = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            label, _, text = line.rstrip("\n").partition(" ")
            labels.append(label)
            texts.append(text)
    return texts, np.array(labels)


def vectorizer():
    # The export already tokenised the text: a token is any run of non-spaces, so "!" and "?" stay features.
    return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\S+", lowercase=False,
                           dtype=np.float32)


def model(c):
    # liblinear's dual solver is the fast exact one when features outnumber documents (both datasets here).
    return LogisticRegression(C=c, solver="liblinear", dual=True, max_iter=1000, random_state=0)


def main():
    if len(sys.argv) < 2:
        print("usage: peers_sklearn.py <split dir> [passes]", file=sys.stderr)
        sys.exit(2)
    split = sys.argv[1]
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    train_only, y_train_only = read(os.path.join(split, "train-only.txt"))
    valid, y_valid = read(os.path.join(split, "valid.txt"))
    train, y_train = read(os.path.join(split, "train.txt"))
    test, y_test = read(os.path.join(split, "test.txt"))

    started = time.perf_counter()
    vec = vectorizer()
    x_train_only = vec.fit_transform(train_only)
    x_valid = vec.transform(valid)
    best_c, best_acc, tried = None, -1.0, []
    for c in C_GRID:
        acc = float((model(c).fit(x_train_only, y_train_only).predict(x_valid) == y_valid).mean())
        tried.append(f"{c:g}:{acc:.4f}")
        if acc > best_acc:
            best_c, best_acc = c, acc
    print(f"  sklearn: validation accuracy by C {' '.join(tried)} -> C={best_c:g}", file=sys.stderr)

    vec = vectorizer()
    clf = model(best_c).fit(vec.fit_transform(train), y_train)
    fit_s = time.perf_counter() - started

    predicted = clf.predict(vec.transform(test))  # also warms up
    best = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        clf.predict(vec.transform(test))
        best = min(best, time.perf_counter() - start)
    accuracy = float((predicted == y_test).mean())
    print(f"accuracy={accuracy:.4f} docs={len(test)} docs_per_s={len(test) / best:.0f} C={best_c:g} "
          f"valid_accuracy={best_acc:.4f} features={len(vec.vocabulary_)} fit_s={fit_s:.1f} "
          f"sklearn={sklearn.__version__}")


if __name__ == "__main__":
    main()
