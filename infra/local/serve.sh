#!/usr/bin/env bash
# Serves the packaged function on http://127.0.0.1:PORT the way API Gateway + Lambda would, without Docker.
#   infra/local/serve.sh [jvm|native] [PORT] [-- extra LocalLambda options, e.g. --env TASKFIT_GENERATE_PROVIDER=openai]
# jvm: target/function.zip under AWS's runtime interface client; native: the bootstrap of a -Dnative build.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-jvm}; port=${2:-3000}; shift $(( $# > 2 ? 2 : $# )); [ "${1:-}" = "--" ] && shift
[ -f target/function.zip ] || ./mvnw -q package -DskipTests ${mode/native/-Dnative}
ric=""; [ "$mode" = jvm ] && ric=$(infra/local/ric-classpath.sh)
exec java infra/local/LocalLambda.java --package target/function.zip --mode "$mode" --port "$port" \
  --runtime-classpath "$ric" "$@"
