#!/usr/bin/env bash
# Runs the whole benchmark suite unattended and prints a Markdown report with every client's
# ratio to raw OkHttp, checked against issue 15's targets (also written to
# benchmarks/target/results/report.md).
#
#   benchmarks/run.sh                      # full suite, fixed parameters below (~22 min on 2 cores)
#   BENCH_PROFILE=quick benchmarks/run.sh  # a harness check (~4 min); numbers are indicative only
#   SKIP_BUILD=1 benchmarks/run.sh         # reuse benchmarks/target/benchmarks.jar
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/results
PROFILE="${BENCH_PROFILE:-full}"

# Fixed JMH parameters: forks, warmup iterations x time, measured iterations x time.
case "$PROFILE" in
  full)
    # per call, avgt + gc and CPU profilers, one fork per round; 12 s of warm-up, after which the
    # JIT compiler threads are idle (< 1 µs per call; 5-16 µs per call after 4 s, more for bigger clients)
    CALLS="-f 1 -wi 4 -w 3s -i 3 -r 2s"
    CALL_ROUNDS=5                              # rounds of every call benchmark in turn; ratios are the median round's
    SERIAL="-f 1 -wi 3 -w 1s -i 5 -r 1s"       # serialization, avgt + gc profiler
    THRPT="-f 1 -wi 1 -w 2s -i 2 -r 2s"        # throughput, per thread count
    COLD_ROUNDS=15                             # fresh JVMs per variant (median reported)
    ;;
  quick)
    CALLS="-f 1 -wi 1 -w 1s -i 2 -r 1s"
    CALL_ROUNDS=1
    SERIAL="-f 1 -wi 1 -w 1s -i 2 -r 1s"
    THRPT="-f 1 -wi 1 -w 1s -i 1 -r 1s"
    COLD_ROUNDS=3
    ;;
  *) echo "BENCH_PROFILE must be full or quick, not $PROFILE" >&2; exit 2 ;;
esac

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "building benchmarks/target/benchmarks.jar ..." >&2
  mvn -B -q package -pl benchmarks -am -DskipTests ${MVN_ARGS:-}  # e.g. MVN_ARGS=-Dmaven.repo.local=...
fi
rm -rf "$OUT"
mkdir -p "$OUT"

jmh() { # jmh <log name> <args...>
  local name=$1; shift
  echo "$(date +%T) running $name (log: $OUT/$name.log)" >&2
  java -jar "$JAR" "$@" -rf json -rff "$OUT/$name.json" > "$OUT/$name.log" 2>&1 \
    || { tail -40 "$OUT/$name.log" >&2; exit 1; }
}

CALL_FILES=()
for round in $(seq 1 "$CALL_ROUNDS"); do
  jmh "calls-$round" '\.CallBenchmark\.' -bm avgt -tu us $CALLS -prof gc -prof dev.telewire.bench.ThreadCpuProfiler
  CALL_FILES+=("$OUT/calls-$round.json")
done
jmh serialization '\.SerializationBenchmark\.' -bm avgt -tu ns $SERIAL -prof gc
for threads in 1 8 64; do
  jmh "throughput-$threads" '\.CallBenchmark\.\w+(Default|Ours|Stock|Raw)$' -bm thrpt -tu s -t "$threads" $THRPT
done
echo "$(date +%T) running cold start, $COLD_ROUNDS rounds" >&2
java -cp "$JAR" dev.telewire.bench.ColdStartSuite "$COLD_ROUNDS" "$OUT/coldstart.tsv"

{
  echo "## Benchmark results ($PROFILE profile)"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "- machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- JDK: $(java -version 2>&1 | head -1)"
  echo "- JMH: calls \`$CALLS\` x $CALL_ROUNDS rounds, serialization \`$SERIAL\`, throughput \`$THRPT\` (threads 1, 8, 64); cold start $COLD_ROUNDS rounds"
  echo
  java -cp "$JAR" dev.telewire.bench.Report "${CALL_FILES[@]}" "$OUT"/serialization.json \
    "$OUT"/throughput-1.json "$OUT"/throughput-8.json "$OUT"/throughput-64.json "$OUT"/coldstart.tsv
} | tee "$OUT/report.md"
