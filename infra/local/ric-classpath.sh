#!/usr/bin/env bash
# Prints the classpath of AWS's Lambda runtime interface client (a test dependency), copying its jars to
# target/local-lambda/ric on first use. The JVM package runs under it: --runtime-classpath "$(infra/local/ric-classpath.sh)".
set -euo pipefail
cd "$(dirname "$0")/../.."
ric=target/local-lambda/ric
if [ ! -d "$ric" ]; then
  ./mvnw -q dependency:copy-dependencies -DincludeScope=test -DoutputDirectory="$ric" \
    -DincludeArtifactIds=aws-lambda-java-runtime-interface-client,aws-lambda-java-serialization,aws-lambda-java-core,utils-lite >&2
fi
echo "$PWD/$ric/*"
