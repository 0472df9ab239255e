#!/usr/bin/env bash
# Time from the function's JVM (or native) start to its first answered POST /v1/generate, through the local
# Lambda runtime (infra/local: API Gateway v2 front + Runtime API, function.zip under AWS's runtime client).
#
#   infra/bench/first-generate.sh [jvm|native] [RUNS] [PORT] [-- extra LocalLambda options, e.g. --env KEY=VALUE]
#
# Each run starts a fresh function, sends the request as soon as the local API Gateway front accepts
# connections (it binds just before the function process is launched, and queues the request until the
# function polls for it), and reports the request's total time, which is the time from function start to the
# first generate answered (the front's few milliseconds of head start are not counted). The function's own
# "initialised in" time (start to first poll of the Runtime API) is shown beside it. Default: 5 runs, jvm,
# port 3311, no LLM (the shipped n-gram model answers). Needs target/function.zip (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-jvm}; runs=${2:-5}; port=${3:-3311}; shift $(( $# > 3 ? 3 : $# )); [ "${1:-}" = "--" ] && shift
[ -f target/function.zip ] || { echo "target/function.zip is missing: ./mvnw package -DskipTests${mode/jvm/}" >&2; exit 2; }
body='{"prompt":"The history of the United States","maxTokens":32,"seed":42}'
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf 'mode %s, %s runs\nrun  first-generate-ms  function-init-ms  generator\n' "$mode" "$runs"
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
  init=$(sed -n 's/.*function initialised in \([0-9]*\) ms.*/\1/p' "$log" | head -1)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  read -r seconds status <<<"$out"
  [ "$status" = 200 ] || { echo "run $run: HTTP $status" >&2; cat "$log" >&2; exit 1; }
  generator=$(sed -n 's/.*"model":"\([^"]*\)".*/\1/p' <<<"$answer")
  printf '%3d  %17.0f  %16s  %s\n' "$run" "$(awk "BEGIN{print $seconds*1000}")" "${init:-?}" "$generator"
done
