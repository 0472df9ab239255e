#!/usr/bin/env bash
# Cold start and footprint of the JVM and native packages through the local Lambda runtime (infra/local).
#   infra/bench/coldstart.sh [--runs N] [--jvm ZIP] [--native ZIP] [--only jvm|native] [--models-dir DIR] [EVENT...]
# For each event (default: every infra/events/*.json), N fresh function processes (default 10) each get it as
# their first invocation; prints the median time from process start to the answer, the init time (process start to
# the first poll of the Runtime API), the peak RSS, and the package size. Packages default to
# target/bench/packages/function-{jvm,native}.zip; a target/function.zip from the last build is adopted into the
# slot of its kind, and a missing JVM package is built (./mvnw package). A native package is never built here
# (about 15 minutes): build it with ./mvnw package -Dnative (see docs/operations.md) and run this again.
# --models-dir DIR: the functions also read custom models (*.tfc) from DIR, as with the Terraform module's models
# layer: DIR's files are copied into a fresh directory standing for the layer's /opt and TASKFIT_CLASSIFY_MODELS_DIR
# points there.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=10; only=""; events=(); slots=target/bench/packages; models_dir=""
jvm_zip=$slots/function-jvm.zip; native_zip=$slots/function-native.zip
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --jvm) jvm_zip=$2; shift 2 ;;
    --native) native_zip=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --models-dir) models_dir=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) events+=("$1"); shift ;;
  esac
done
[ ${#events[@]} -gt 0 ] || events=(infra/events/*.json)

kind_of() { if unzip -Z1 "$1" bootstrap >/dev/null 2>&1; then echo native; else echo jvm; fi; }

# Keep the last build's package in the slot of its kind, so one JVM and one native build can be compared.
mkdir -p "$slots"
if [ -f target/function.zip ]; then
  slot=$slots/function-$(kind_of target/function.zip).zip
  [ "$slot" -nt target/function.zip ] || cp target/function.zip "$slot"
fi
if [ "$only" != native ] && [ ! -f "$jvm_zip" ]; then
  ./mvnw -q package -DskipTests
  cp target/function.zip "$slots/function-jvm.zip"; jvm_zip=$slots/function-jvm.zip
fi

ric=$(infra/local/ric-classpath.sh)
classes=target/bench/classes
javac -d "$classes" infra/local/LocalLambda.java infra/bench/ColdStart.java

env_args=()
if [ -n "$models_dir" ]; then
  ls "$models_dir"/*.tfc >/dev/null 2>&1 || { echo "no *.tfc in $models_dir" >&2; exit 1; }
  layer=$PWD/target/bench/opt; rm -rf "$layer"; mkdir -p "$layer"; cp "$models_dir"/*.tfc "$layer"/
  env_args=(--env "TASKFIT_CLASSIFY_MODELS_DIR=$layer")
  echo "custom models from $models_dir, as a layer at $layer: $(cd "$layer" && ls *.tfc | tr '\n' ' ')" >&2
fi

out=target/bench/coldstart.tsv; : > "$out"
log=target/bench/coldstart.log; : > "$log"
for mode in jvm native; do
  [ -z "$only" ] || [ "$only" = "$mode" ] || continue
  zip=$jvm_zip; [ $mode = native ] && zip=$native_zip
  if [ ! -f "$zip" ]; then
    echo "SKIP $mode: no package at $zip (build it: ./mvnw package -Dnative ..., see docs/operations.md)" >&2; continue
  fi
  [ "$(kind_of "$zip")" = $mode ] || { echo "$zip is not a $mode package" >&2; exit 1; }
  echo "measuring $mode: ${#events[@]} events x $runs cold starts (function logs: $log)" >&2
  java -cp "$classes" dev.taskfit.bench.ColdStart --package "$zip" --mode $mode --out "$out" \
    --runtime-classpath "$ric" --runs "$runs" ${env_args[@]+"${env_args[@]}"} "${events[@]}" >>"$log" 2>&1
done

mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }
unzipped_mb() { unzip -l "$1" | awk 'END { printf "%.1f", $1 / 1048576 }'; }
echo
echo "cold start through the local Lambda runtime, $runs runs each; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)${models_dir:+; custom models: $models_dir}"
echo
echo "| package | first request | status | first response ms, median (min–max) | init ms, median | peak RSS MB, median |"
echo "|---|---|---:|---:|---:|---:|"
awk -F'\t' '{ printf "| %s | %s | %s | **%s** (%s–%s) | %s | %s |\n", $1, $2, $3, $5, $6, $7, $8, $9 }' "$out"
echo
for mode in jvm native; do
  zip=$jvm_zip; [ $mode = native ] && zip=$native_zip
  [ -f "$zip" ] && echo "$mode package: $zip $(mb "$zip") MB zipped, $(unzipped_mb "$zip") MB unzipped"
done
