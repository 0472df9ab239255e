#!/usr/bin/env bash
# Training benchmark: the taskfit CLI against fastText 0.9.2 on the same labelled files and the same split.
#
# Usage (from anywhere; paths are relative to the repository root):
#   infra/bench/train-vs-fasttext.sh [--autotune-seconds S] [--no-autotune] [--out DIR] [DATA.csv ...]
#
#   DATA.csv             labelled CSV files (columns text,label); default: target/data/sotu-party.csv, written
#                        by infra/cli/sotu-party.py (State of the Union passages -> party; derived from the
#                        pinned src/data/sotu.jsonl.gz). For scale: infra/bench/synthetic-texts.py 1000000 X.csv
#   --autotune-seconds S fastText's -autotune-duration (default 120)
#   --no-autotune        skip the autotune run
#   --out DIR            work directory (default target/bench/train-vs-fasttext; emptied first)
#
# For each file:
#   1. taskfit: `./taskfit train FILE -o taskfit.tfc --quiet` (the whole recipe: 8 configurations x up to 12
#      epochs chosen on validation, two final fits, test metrics), timed as a whole process with /usr/bin/time
#      (wall seconds, CPU seconds = user + system, and peak RSS; on a shared machine CPU time is the steadier); accuracy from the report (the test part), size of the model file;
#   2. the same split for fastText: each row goes to train/validation/test by the first 8 bytes of sha256(text)
#      mod 100 (0-69 / 70-79 / 80-99: taskfit's DatasetSplit), checked against the counts in taskfit's report;
#      text lower-cased with punctuation spaced out (as infra/bench/peers.sh gives fastText), shuffled with a
#      fixed random source (fastText's SGD cannot learn from label-sorted files);
#   3. fasttext-paper: trained on train + validation with the settings of Joulin et al. 2016 ("Bag of Tricks",
#      -wordNgrams 2 -dim 10 -lr 0.25 -epoch 5), -thread = cores;
#   4. fasttext-autotune: -autotune-validation on the validation part, -autotune-duration S, -thread = cores,
#      trained on the train part only (fastText refits its best setting there; that time is included);
#   5. every model's accuracy on the same test part (`fasttext test`: P@1 = accuracy), its file size, time and
#      peak RSS; one table on stdout (also written to <out>/results.md).
set -euo pipefail

cd "$(dirname "$0")/../.."
AUTOTUNE_SECONDS=120
AUTOTUNE=1
OUT=target/bench/train-vs-fasttext
FILES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --autotune-seconds) AUTOTUNE_SECONDS="$2"; shift ;;
    --no-autotune) AUTOTUNE=0 ;;
    --out) OUT="$2"; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    -*) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    *) FILES+=("$1") ;;
  esac
  shift
done
CORES=$(nproc)
log() { printf '[train-vs-fasttext %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if ! command -v fasttext >/dev/null 2>&1; then
  log "installing fasttext (Debian package)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fasttext >/dev/null
fi
if [ ${#FILES[@]} -eq 0 ]; then
  python3 infra/cli/sotu-party.py target/data/sotu-party.csv
  FILES=(target/data/sotu-party.csv)
fi
rm -rf "$OUT"
mkdir -p "$OUT"
./taskfit --version >/dev/null   # compiles once, so that the build is not in the first timing

RESULTS="$OUT/results.tsv"
printf 'file\tsystem\ttrain_s\tpeak_rss_mb\taccuracy\tmodel_mb\tnote\n' > "$RESULTS"
# timed <time-file> <command...>: runs the command, writes "wall_s max_rss_kb user_s sys_s" to time-file
timed() { local file="$1"; shift; /usr/bin/time -f '%e %M %U %S' -o "$file" "$@"; }
mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }
rss() { awk '{ printf "%.0f", $2 / 1024 }' "$1"; }
secs() { awk '{ printf "%s (CPU %.1f)", $1, $3 + $4 }' "$1"; }

for data in "${FILES[@]}"; do
  name=$(basename "$data" .csv)
  work="$OUT/$name"
  mkdir -p "$work"

  log "$name taskfit: training"
  timed "$work/taskfit.time" ./taskfit train "$data" -o "$work/taskfit.tfc" --quiet > "$work/taskfit.out"
  accuracy=$(python3 -c 'import json,sys; print("%.4f" % json.load(open(sys.argv[1]))["card"]["metrics"]["accuracy"])' \
    "$work/taskfit.report.json")
  chosen=$(python3 -c 'import json,sys; h=json.load(open(sys.argv[1]))["card"]["hyperparameters"]; print("chose %s lr %s l2 %s, %d epochs" % (h["weighting"], h["learningRate"], h["l2"], h["epochs"]))' \
    "$work/taskfit.report.json")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" taskfit "$(secs "$work/taskfit.time")" "$(rss "$work/taskfit.time")" \
    "$accuracy" "$(mb "$work/taskfit.tfc")" "search of 8 configurations x 12 epochs on $CORES threads; $chosen" >> "$RESULTS"

  log "$name: the same split in fastText's format"
  python3 - "$data" "$work" "$work/taskfit.report.json" <<'PY'
import csv, hashlib, json, re, sys
data, work, report = sys.argv[1:4]
symbol, not_word = re.compile(r"([!?$%\u20ac\u00a3])"), re.compile(r"[^\w'!?$%\u20ac\u00a3]+|_+")
csv.field_size_limit(1 << 30)
names = {"train": ("train.txt", "train-only.txt"), "validation": ("train.txt", "valid.txt"), "test": ("test.txt",)}
files = {n: open(f"{work}/{n}", "w", encoding="utf-8") for n in ("train.txt", "train-only.txt", "valid.txt", "test.txt")}
counts = {"train": 0, "validation": 0, "test": 0}
with open(data, encoding="utf-8", newline="") as source:
    reader = csv.reader(source)
    header = [h.strip().lower() for h in next(reader)]
    t, l = header.index("text"), header.index("label")
    for row in reader:
        if not row:
            continue
        text, label = row[t], row[l].strip()
        bucket = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big") % 100
        part = "train" if bucket < 70 else "validation" if bucket < 80 else "test"
        counts[part] += 1
        line = "__label__%s %s\n" % (label.replace(" ", "_"), not_word.sub(" ", symbol.sub(r" \1 ", text.lower())).strip())
        for name in names[part]:
            files[name].write(line)
split = json.load(open(report))["card"]["split"]
expected = {"train": split["train"], "validation": split["validation"], "test": split["test"]}
if counts != expected:
    sys.exit(f"split differs from taskfit's: {counts} vs {expected}")
print(f"split train {counts['train']} / validation {counts['validation']} / test {counts['test']}, as taskfit's", file=sys.stderr)
PY
  for part in train train-only; do
    shuf --random-source=<(yes 20261208) "$work/$part.txt" > "$work/$part.shuffled.txt"
  done

  log "$name fasttext-paper: training"
  timed "$work/paper.time" fasttext supervised -input "$work/train.shuffled.txt" -output "$work/paper" \
    -wordNgrams 2 -dim 10 -lr 0.25 -epoch 5 -thread "$CORES" -verbose 0
  accuracy=$(fasttext test "$work/paper.bin" "$work/test.txt" | awk '$1 == "P@1" { printf "%.4f", $2 }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" fasttext-paper "$(secs "$work/paper.time")" "$(rss "$work/paper.time")" \
    "$accuracy" "$(mb "$work/paper.bin")" "-wordNgrams 2 -dim 10 -lr 0.25 -epoch 5 -thread $CORES" >> "$RESULTS"

  if [ "$AUTOTUNE" -eq 1 ]; then
    log "$name fasttext-autotune: ${AUTOTUNE_SECONDS} s search on train against validation, then its final fit"
    # The timeout only guards against a hang (the search stops itself after its budget; the final fit may not).
    if timed "$work/autotune.time" timeout $((AUTOTUNE_SECONDS * 5 + 300)) fasttext supervised \
        -input "$work/train-only.shuffled.txt" -output "$work/autotune" -autotune-validation "$work/valid.txt" \
        -autotune-duration "$AUTOTUNE_SECONDS" -thread "$CORES" -verbose 0; then
      accuracy=$(fasttext test "$work/autotune.bin" "$work/test.txt" | awk '$1 == "P@1" { printf "%.4f", $2 }')
      chosen=$(fasttext dump "$work/autotune.bin" args \
        | awk '$1 ~ /^(dim|epoch|wordNgrams|minn|maxn|bucket|lr)$/ { printf "%s-%s %s", sep, $1, $2; sep=" " }')
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" fasttext-autotune "$(secs "$work/autotune.time")" \
        "$(rss "$work/autotune.time")" "$accuracy" "$(mb "$work/autotune.bin")" \
        "-autotune-duration $AUTOTUNE_SECONDS, chose $chosen" >> "$RESULTS"
    else
      log "$name fasttext-autotune: FAILED or timed out"
      printf '%s\t%s\tNA\tNA\tNA\tNA\t%s\n' "$name" fasttext-autotune "failed or timed out" >> "$RESULTS"
    fi
  fi
done

{
  echo "Training benchmark, $(date -u +%Y-%m-%d), $CORES cores, $(java -version 2>&1 | head -1)," \
    "fasttext $(dpkg-query -W -f='${Version}' fasttext 2>/dev/null || echo '?'); accuracy on the same test part (20 %)"
  echo
  echo "| file | system | training time, wall (CPU) s | peak RSS (MB) | test accuracy | model size (MB) | notes |"
  echo "|---|---|---:|---:|---:|---:|---|"
  awk -F'\t' 'NR > 1 { printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, ($5 == "NA" ? "NA" : sprintf("%.2f%%", 100 * $5)), $6, $7 }' "$RESULTS"
} | tee "$OUT/results.md"
