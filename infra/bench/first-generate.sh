#!/usr/bin/env bash
# Time from the function's JVM (or native) start to its first answered POST /v1/generate, through the local
# Lambda runtime (infra/local: API Gateway v2 front + Runtime API, function.zip under AWS's runtime client).
#
#   infra/bench/first-generate.sh [jvm|native] [RUNS] [PORT] [-- extra LocalLambda options, e.g. --env KEY=VALUE]
#
# Each run starts a fresh function, sends the request as soon as the local API Gateway front accepts
# connections (it binds just before the function process is launched, and queues the request until the
# function polls for it), and reports the request's total time, which is the time from function start to the
# first generate answered (the front binds a few milliseconds before the function process is launched, after
# unpacking the zip, which is not counted). Prints each run and the median. Default: 5 runs, jvm, port 3311, no
# LLM (the shipped n-gram model answers). Needs target/function.zip (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-jvm}; runs=${2:-5}; port=${3:-3311}; shift $(( $# > 3 ? 3 : $# )); [ "${1:-}" = "--" ] && shift
[ -f target/function.zip ] || { echo "target/function.zip is missing: ./mvnw package -DskipTests${mode/jvm/}" >&2; exit 2; }
body='{"prompt":"The history of the United States","maxTokens":32,"seed":42}'
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf 'mode %s, %s runs\nrun  first-generate-ms  model\n' "$mode" "$runs"
times=()
for run in $(seq 1 "$runs"); do
  infra/local/serve.sh "$mode" "$port" "$@" >"$log" 2>&1 &
  pid=$!
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.005
  done
  out=$(curl -sS -o /dev/null -w '%{time_total} %{http_code}' -H 'Content-Type: application/json' -d "$body" \
    "http://127.0.0.1:$port/v1/generate")
  answer=$(curl -sS -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/v1/generate")
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  read -r seconds status <<<"$out"
  [ "$status" = 200 ] || { echo "run $run: HTTP $status" >&2; cat "$log" >&2; exit 1; }
  generator=$(sed -n 's/.*"model":"\([^"]*\)".*/\1/p' <<<"$answer")
  ms=$(awk "BEGIN{printf \"%.0f\", $seconds*1000}")
  times+=("$ms")
  printf '%3d  %17s  %s\n' "$run" "$ms" "$generator"
done
printf 'median %s ms\n' "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')"
