#!/usr/bin/env bash
# Peer benchmark: taskfit against fastText 0.9.2 and scikit-learn on the same split of each shipped dataset.
#
# Usage (from anywhere; paths are relative to the repository root):
#   infra/bench/peers.sh [--quick] [--passes N] [--autotune-seconds S] [--out DIR]
#
#   --quick              skip the two fastText autotune runs (each costs its budget plus a final fit)
#   --passes N           timed passes per throughput figure, best one kept (default 5)
#   --autotune-seconds S fastText autotune budget per dataset (default 120)
#   --out DIR            work directory (default target/bench/peers; emptied first)
#
# What it does:
#   1. installs fasttext and python3-sklearn (Debian packages) if missing, builds the project (Maven
#      process-classes: compiles and trains target/classes/models/*.tfc unless already up to date) and gets
#      the runtime classpath;
#   2. exports each dataset's split with dev.taskfit.train.ExportSplits: train.txt (train + validation, what
#      the shipped model is fitted on), train-only.txt + valid.txt (for tuning), test.txt (fastText format,
#      text lower-cased and tokenised) and test.jsonl (the raw text, which taskfit reads itself);
#   3. for each dataset measures test accuracy and whole-file prediction throughput (documents/s, one thread,
#      model load excluded for every system) of
#        taskfit            the shipped model, dev.taskfit.train.EvaluateModel (in-process, best of N passes
#                           after warm-up passes over at least 30,000 documents, for the JIT's steady state);
#        taskfit-peer-text  the same model and command on the text the peers read (test.txt; informative:
#                           shows what reading raw input costs, e.g. MIME parsing for spam; not in the verdict);
#        fasttext-paper     fastText trained on train.txt with the settings of Joulin et al. 2016
#                           (-wordNgrams 2 -dim 10 -lr 0.25 -epoch 5; -thread 1 -seed 0 for a reproducible
#                           model);
#        fasttext-autotune  fastText trained on train-only.txt with -autotune-validation valid.txt and a
#                           budget of S seconds (-thread = cores; fastText then refits its best setting on
#                           train-only.txt, which takes extra time outside the budget);
#                           the exported files are grouped by label, which single-thread SGD cannot learn
#                           from, so fastText gets them shuffled (shuf with a fixed random source);
#        sklearn            TF-IDF word uni+bigrams (sublinear tf) + LogisticRegression, C chosen on valid.txt
#                           and refitted on train.txt (peers_sklearn.py; vectorize + predict timed in-process);
#   4. prints one table (also written to <out>/results.md and results.tsv) and names the best peer.
#
# fastText throughput method: `fasttext predict model.bin <file>` is run on the whole test text file and on a
# file holding only its first line, alternately, N times each (after one untimed run that also gives the
# predictions for accuracy). Load time and process start-up are the same in both runs, so
#   docs/s = documents / (best whole-file time - best one-line time).
# Inputs: taskfit reads the raw text (for spam the raw email: it parses headers and MIME itself); fastText and
# scikit-learn read the text as exported, already parsed, lower-cased and tokenised, and that preparation is
# not in their time.
set -euo pipefail

cd "$(dirname "$0")/../.."
QUICK=0
PASSES=5
AUTOTUNE_SECONDS=120
OUT=target/bench/peers
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --passes) PASSES="$2"; shift ;;
    --autotune-seconds) AUTOTUNE_SECONDS="$2"; shift ;;
    --out) OUT="$2"; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
PYTHON=${PYTHON:-/usr/bin/python3}   # Debian's python3, the one python3-sklearn installs into
DATASETS=(sentiment spam)
CORES=$(nproc)
log() { printf '[peers %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- 1. tools, build, classpath -------------------------------------------------------------------------
if ! command -v fasttext >/dev/null 2>&1 || ! "$PYTHON" -c 'import sklearn' >/dev/null 2>&1; then
  log "installing fasttext and python3-sklearn"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fasttext python3-sklearn >/dev/null
fi
command -v fasttext >/dev/null || { echo "fasttext not found" >&2; exit 1; }
"$PYTHON" -c 'import sklearn' || { echo "scikit-learn not importable by $PYTHON" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT"
log "building (Maven process-classes; models are retrained only if their data or code changed)"
./mvnw -q -DskipTests process-classes > "$OUT/build.log" 2>&1 || { tail -50 "$OUT/build.log" >&2; exit 1; }
./mvnw -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/classpath.txt" \
  >> "$OUT/build.log" 2>&1 || { tail -50 "$OUT/build.log" >&2; exit 1; }
CP="target/classes:$(cat "$OUT/classpath.txt")"

# --- 2. splits -------------------------------------------------------------------------------------------
log "exporting the splits"
java -cp "$CP" dev.taskfit.train.ExportSplits src/data "$OUT/splits" >&2

# --- 3. measurements -------------------------------------------------------------------------------------
RESULTS="$OUT/results.tsv"
printf 'dataset\tsystem\taccuracy\tdocs\tdocs_per_s\tnote\n' > "$RESULTS"
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$RESULTS"; }
field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<< "$2"; }
now_ns() { date +%s%N; }

# fasttext_eval <dataset> <system> <model.bin> <note>
fasttext_eval() {
  local d="$1" system="$2" model="$3" note="$4" dir="$OUT/splits/$1" work="$OUT/fasttext/$1"
  cut -d' ' -f2- "$dir/test.txt" > "$work/test-text.txt"
  cut -d' ' -f1 "$dir/test.txt" > "$work/gold.txt"
  head -n 1 "$work/test-text.txt" > "$work/one-line.txt"
  fasttext predict "$model" "$work/test-text.txt" > "$work/$system.predicted.txt"   # untimed: accuracy, page cache
  local docs accuracy best_all=999999999999999 best_one=999999999999999 t0 t1 i
  docs=$(wc -l < "$work/gold.txt")
  accuracy=$(paste -d' ' "$work/gold.txt" "$work/$system.predicted.txt" \
    | awk '{ n++; if ($1 == $2) ok++ } END { printf "%.4f", ok / n }')
  for ((i = 0; i < PASSES; i++)); do
    t0=$(now_ns); fasttext predict "$model" "$work/one-line.txt" > /dev/null; t1=$(now_ns)
    (( t1 - t0 < best_one )) && best_one=$((t1 - t0))
    t0=$(now_ns); fasttext predict "$model" "$work/test-text.txt" > "$work/out.txt"; t1=$(now_ns)
    (( t1 - t0 < best_all )) && best_all=$((t1 - t0))
  done
  local rate
  rate=$(awk -v n="$docs" -v a="$best_all" -v o="$best_one" 'BEGIN { printf "%.0f", n / ((a - o) / 1e9) }')
  log "$d $system: accuracy $accuracy, $docs docs; best whole file $((best_all / 1000000)) ms, best one line (load) $((best_one / 1000000)) ms -> $rate docs/s"
  record "$d" "$system" "$accuracy" "$docs" "$rate" "$note; load+start $((best_one / 1000000)) ms"
}

for d in "${DATASETS[@]}"; do
  dir="$OUT/splits/$d"
  mkdir -p "$OUT/fasttext/$d"

  log "$d taskfit: EvaluateModel"
  line=$(java -cp "$CP" dev.taskfit.train.EvaluateModel "target/classes/models/$d.tfc" "$dir/test.jsonl" "$PASSES")
  log "$d taskfit: $line"
  record "$d" taskfit "$(field accuracy "$line")" "$(field docs "$line")" "$(field docs_per_s "$line")" \
    "shipped model, raw text; load $(field load_ms "$line") ms"
  "$PYTHON" -c '
import json, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in src:
        label, _, text = line.rstrip("\n").partition(" ")
        out.write(json.dumps({"label": label[len("__label__"):], "text": text}) + "\n")
' "$dir/test.txt" "$dir/test-peer-text.jsonl"
  line=$(java -cp "$CP" dev.taskfit.train.EvaluateModel "target/classes/models/$d.tfc" "$dir/test-peer-text.jsonl" "$PASSES")
  log "$d taskfit on the peers' text: $line"
  record "$d" taskfit-peer-text "$(field accuracy "$line")" "$(field docs "$line")" "$(field docs_per_s "$line")" \
    "informative: shipped model on test.txt text"

  for part in train train-only; do
    shuf --random-source=<(yes 20261129) "$dir/$part.txt" > "$OUT/fasttext/$d/$part.shuffled.txt"
  done

  log "$d fasttext-paper: training on train.txt"
  fasttext supervised -input "$OUT/fasttext/$d/train.shuffled.txt" -output "$OUT/fasttext/$d/paper" \
    -wordNgrams 2 -dim 10 -lr 0.25 -epoch 5 -thread 1 -seed 0 -verbose 0
  fasttext_eval "$d" fasttext-paper "$OUT/fasttext/$d/paper.bin" "-wordNgrams 2 -dim 10 -lr 0.25 -epoch 5"

  if [ "$QUICK" -eq 0 ]; then
    log "$d fasttext-autotune: ${AUTOTUNE_SECONDS} s search on train-only.txt against valid.txt, then fastText's final fit"
    start=$(now_ns)
    # The timeout only guards against a hang: the search stops itself after its budget.
    if timeout $((AUTOTUNE_SECONDS * 5 + 300)) fasttext supervised -input "$OUT/fasttext/$d/train-only.shuffled.txt" \
        -output "$OUT/fasttext/$d/autotune" -autotune-validation "$dir/valid.txt" \
        -autotune-duration "$AUTOTUNE_SECONDS" -thread "$CORES" -verbose 1 > "$OUT/fasttext/$d/autotune.log" 2>&1; then
      chosen=$(fasttext dump "$OUT/fasttext/$d/autotune.bin" args \
        | awk '$1 ~ /^(dim|epoch|wordNgrams|minn|maxn|bucket|loss)$/ { printf "%s-%s %s", sep, $1, $2; sep=" " }')
      log "$d fasttext-autotune: done in $(( ($(now_ns) - start) / 1000000000 )) s, chose $chosen"
      fasttext_eval "$d" fasttext-autotune "$OUT/fasttext/$d/autotune.bin" "autotune ${AUTOTUNE_SECONDS} s: $chosen"
    else
      log "$d fasttext-autotune: FAILED (see $OUT/fasttext/$d/autotune.log)"
      record "$d" fasttext-autotune NA NA NA "failed, see $OUT/fasttext/$d/autotune.log"
    fi
  fi

  log "$d sklearn: choosing C on valid.txt, refitting on train.txt"
  line=$("$PYTHON" "$(dirname "$0")/peers_sklearn.py" "$dir" "$PASSES")
  log "$d sklearn: $line"
  record "$d" sklearn "$(field accuracy "$line")" "$(field docs "$line")" "$(field docs_per_s "$line")" \
    "TF-IDF 1-2 grams + LogisticRegression C=$(field C "$line") (sklearn $(field sklearn "$line"))"
done

# --- 4. the table ----------------------------------------------------------------------------------------
{
  echo "Peer benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)," \
    "fasttext $(dpkg-query -W -f='${Version}' fasttext 2>/dev/null || echo '?')," \
    "scikit-learn $("$PYTHON" -c 'import sklearn; print(sklearn.__version__)')$([ "$QUICK" -eq 1 ] && echo ', --quick: no autotune')"
  echo
  awk -F'\t' '
    NR == 1 { next }
    { ds[NR] = $1; sys[NR] = $2; acc[NR] = $3; dps[NR] = $5; note[NR] = $6; n = NR
      if ($2 == "taskfit") { base[$1] = $5; tacc[$1] = $3 }
      if ($2 == "taskfit-peer-text") peer[$1] = $5 }
    END {
      print "| dataset | system | accuracy | docs/s | docs/s vs taskfit | notes |"
      print "|---|---|---:|---:|---:|---|"
      for (i = 2; i <= n; i++) {
        ratio = (dps[i] == "NA" || base[ds[i]] == "") ? "NA" : sprintf("%.2fx", dps[i] / base[ds[i]])
        printf "| %s | %s | %s | %s | %s | %s |\n", ds[i], sys[i], \
          (acc[i] == "NA" ? "NA" : sprintf("%.2f%%", 100 * acc[i])), dps[i], ratio, note[i]
        if (sys[i] !~ /^taskfit/ && acc[i] != "NA" && (!(ds[i] in bestacc) || acc[i] > bestacc[ds[i]] \
            || (acc[i] == bestacc[ds[i]] && dps[i] > bestdps[ds[i]]))) {
          bestacc[ds[i]] = acc[i]; bestdps[ds[i]] = dps[i]; best[ds[i]] = sys[i]
        }
        if (sys[i] ~ /^fasttext/ && dps[i] != "NA" && dps[i] + 0 > ftdps[ds[i]] + 0) ftdps[ds[i]] = dps[i]
        if (!(ds[i] in seen)) { seen[ds[i]] = 1; order[++m] = ds[i] }
      }
      print ""
      for (j = 1; j <= m; j++) {
        d = order[j]
        printf "%s: best peer by accuracy is %s (%.2f%%, %s docs/s); taskfit %.2f%% -> accuracy %s; " \
          "throughput %s docs/s vs fastest fastText %s docs/s -> %s (on the peers\047 text: %s docs/s)\n", \
          d, best[d], 100 * bestacc[d], bestdps[d], \
          100 * tacc[d], (tacc[d] >= bestacc[d] ? "taskfit >= best peer" : "taskfit BELOW best peer"), \
          base[d], ftdps[d], (base[d] + 0 >= ftdps[d] + 0 ? "taskfit >= fastText" : "taskfit SLOWER than fastText"), \
          peer[d]
      }
    }' "$RESULTS"
} | tee "$OUT/results.md"
