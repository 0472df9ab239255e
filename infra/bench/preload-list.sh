#!/usr/bin/env bash
# Records the class list the JVM function preloads on a second thread at a cold start (dev.taskfit.startup.ClassPreloader):
#   infra/bench/preload-list.sh [--jvm ZIP]
# Cold-starts the JVM package once per sample event (infra/events/*.json) through the local Lambda runtime with class
# loading logged, and writes every library class those starts loaded (from the package's lib/ jars, and JDK classes
# outside the JDK's shared archive) to src/main/resources/META-INF/taskfit/preload-classes.txt, in first-load order.
# Application classes are left out: they change with every commit, the libraries only with their versions. Re-run it
# after a dependency upgrade; a stale list only preloads less (PreloadListTest says when it has gone stale).
set -euo pipefail
cd "$(dirname "$0")/../.."

jvm_zip=target/function.zip
[ "${1:-}" = --jvm ] && jvm_zip=$2
if [ ! -f "$jvm_zip" ] || unzip -Z1 "$jvm_zip" bootstrap >/dev/null 2>&1; then
  ./mvnw -q package -DskipTests
  jvm_zip=target/function.zip
fi
ric=$(infra/local/ric-classpath.sh)
classes=target/bench/classes
javac -d "$classes" infra/local/LocalLambda.java infra/bench/ColdStart.java

logs=target/bench/preload; rm -rf "$logs"; mkdir -p "$logs"
for event in infra/events/*.json; do
  java -cp "$classes" dev.taskfit.bench.ColdStart --package "$jvm_zip" --mode jvm --out "$logs/coldstart.tsv" \
    --runtime-classpath "$ric" --runs 1 \
    --env "JAVA_TOOL_OPTIONS=-Xlog:class+load:file=$PWD/$logs/$(basename "$event" .json).log" "$event" >>"$logs/function.log" 2>&1
done

list=src/main/resources/META-INF/taskfit/preload-classes.txt
mkdir -p "$(dirname "$list")"
python3 - "$list" "$logs"/*.log <<'PY'
import re, sys
out, logs = sys.argv[1], sys.argv[2:]
seen = {}
for log in logs:
    for line in open(log, encoding="utf-8"):
        m = re.search(r"\] (\S+) source: (.*)$", line)
        if not m:
            continue
        name, source = m.groups()
        # Library jars and the JDK's own classes outside its shared archive; never hidden or generated classes.
        if "/" in name or "$$Lambda" in name or not (re.search(r"/lib/[^/]+\.jar$", source) or source.startswith("jrt:/")):
            continue
        seen.setdefault(name, None)
with open(out, "w", encoding="utf-8") as f:
    f.write("# Classes a JVM cold start loads, recorded by infra/bench/preload-list.sh; preloaded by ClassPreloader.\n")
    f.writelines(name + "\n" for name in seen)
print(f"{len(seen)} classes from {len(logs)} cold starts -> {out}")
PY
