#!/usr/bin/env bash
# Load run with wrk against the local Lambda runtime (infra/local) serving the JVM and native packages:
# requests/s, p50/p99 latency and errors for POST /v1/classify.
#   infra/bench/load.sh [--duration 30s] [--warmup 10s] [--connections 1] [--only jvm|native] [--jvm ZIP] [--native ZIP]
# Packages as in coldstart.sh (target/bench/packages/function-{jvm,native}.zip; run coldstart.sh or copy them there).
# One function instance serves one request at a time, as on Lambda: more connections only queue behind it.
# Needs wrk (Debian package): installed with apt-get when missing and running as root (or through sudo).
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=30s; warmup=10s; connections=1; only=""; slots=target/bench/packages
jvm_zip=$slots/function-jvm.zip; native_zip=$slots/function-native.zip
while [ $# -gt 0 ]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --jvm) jvm_zip=$2; shift 2 ;;
    --native) native_zip=$2; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "installing wrk (apt-get install -y wrk)" >&2
  $sudo apt-get install -y wrk >/dev/null || { $sudo apt-get update >/dev/null && $sudo apt-get install -y wrk >/dev/null; } \
    || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
fi

ric=$(infra/local/ric-classpath.sh)
classes=target/bench/classes
javac -d "$classes" infra/local/LocalLambda.java

log=target/bench/load.log; : > "$log"
rows=()
for mode in jvm native; do
  [ -z "$only" ] || [ "$only" = "$mode" ] || continue
  zip=$jvm_zip; [ $mode = native ] && zip=$native_zip
  [ -f "$zip" ] || { echo "SKIP $mode: no package at $zip (see infra/bench/README.md)" >&2; continue; }
  server_log=target/bench/load-$mode-server.log
  java -cp "$classes" dev.taskfit.local.LocalLambda --package "$zip" --mode $mode --port 0 \
    --runtime-classpath "$ric" --env TASKFIT_GENERATE_PROVIDER=none >"$server_log" 2>&1 &
  server=$!
  port=""
  for _ in $(seq 600); do
    port=$(sed -n 's#.*serving http://127.0.0.1:\([0-9]*\).*#\1#p' "$server_log")
    [ -n "$port" ] && break
    kill -0 $server 2>/dev/null || break
    sleep 0.2
  done
  if [ -z "$port" ]; then echo "$mode: the local runtime did not start; see $server_log" >&2; kill $server 2>/dev/null; exit 1; fi
  url=http://127.0.0.1:$port/v1/classify
  echo "$mode: warm-up $warmup, then $duration with $connections connection(s) on $url" >&2
  wrk -t1 -c"$connections" -d"$warmup" -s infra/bench/classify.lua "$url" >>"$log"
  result=$(wrk -t1 -c"$connections" -d"$duration" --latency -s infra/bench/classify.lua "$url")
  echo "$result" >>"$log"
  kill $server; wait $server 2>/dev/null || true
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$result")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
  total=$(awk '/requests in/ {print $1}' <<<"$result")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$result"); non2xx=${non2xx:-0}
  socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' <<<"$result"); socket=${socket:-0}
  rows+=("| $mode | $total | **$rps** | $p50 | $p99 | $((non2xx + socket)) |")
done

echo
echo "wrk POST /v1/classify through the local Lambda runtime, $connections connection(s), $duration after $warmup warm-up;"
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| package | requests | requests/s | p50 | p99 | errors (non-2xx + socket) |"
echo "|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
