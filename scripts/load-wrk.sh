#!/usr/bin/env bash
# The REST API under load from wrk in its own process (Debian package wrk), as issue 11 asks: a store of EVENTS
# synthetic events, 16 connections doing filtered event queries (scripts/load/events.lua) for SECONDS while 20
# articles are posted (each twice: the retry must come back "unchanged"), then a check that each posted article is
# stored exactly once. Runs the serving configuration (8 reader connections, one DuckDB thread per query, the
# in-memory event index, the rendered-event cache) and, in the same run, the baseline (one connection, DuckDB's
# default threads, no index, no cache).
# Each is warmed up for WARMUP seconds first (the cache fills; reported too).
#   scripts/load-wrk.sh [EVENTS] [SECONDS] [WARMUP]
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-100000}; SECONDS_RUN=${2:-60}; WARMUP=${3:-20}; PORT=${PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
mvn -B -q -o install -DskipTests >/dev/null
mvn -B -q -o test-compile -pl herald-cli >/dev/null
CP="herald-cli/target/test-classes:herald-cli/target/classes:$(cat herald-cli/target/classpath.txt)"

run() { # name readers threads index cacheChars
  local name=$1 log; log=$(mktemp)
  java -Xmx4g -Dherald.server.cacheChars="$5" -cp "$CP" org.herald.cli.LoadBench serve "$EVENTS" "$2" "$3" "$4" "$PORT" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do grep -q '^ready' "$log" && break; sleep 1; done
  grep -q '^ready' "$log" || { cat "$log"; kill $pid; exit 1; }
  local db; db=$(sed -n 's/^ready.* db=//p' "$log")
  echo "== $name: $(grep '^ready' "$log" | cut -d' ' -f2-5)"
  echo "warm-up:  $(wrk -t1 -c16 -d"${WARMUP}s" -s scripts/load/events.lua "http://127.0.0.1:$PORT" | grep RESULT)"
  local posts; posts=$(mktemp)
  ( gap=$(( SECONDS_RUN * 1000 / 21 ))
    for k in $(seq 0 19); do
      sleep "$(echo "scale=3; $gap/1000" | bc)"
      body="{\"id\":\"load-post-$k\",\"date\":\"2026-02-$(printf %02d $((1 + k % 28)))\",\"text\":\"Russia condemned Iran. France praised Germany. Japan met China.\"}"
      for attempt in 1 2; do
        curl -s -o /dev/null -w "%{http_code}\n" -H 'Content-Type: application/json' --data "$body" "http://127.0.0.1:$PORT/api/articles" >>"$posts"
      done
    done ) &
  local poster=$!
  echo "measured: $(wrk -t1 -c16 -d"${SECONDS_RUN}s" -s scripts/load/events.lua "http://127.0.0.1:$PORT" | grep RESULT)"
  wait $poster
  kill -TERM $pid; wait $pid 2>/dev/null || true
  echo "posts:    $(grep -c '^201$' "$posts") new (201), $(grep -c '^200$' "$posts") retries unchanged (200), $(grep -vc '^20[01]$' "$posts" || true) other"
  bin/herald query --db "$db" --sql "SELECT count(DISTINCT a.id) AS articles, count(*) AS article_rows, (SELECT count(*) FROM events WHERE article_id LIKE 'load-post-%') AS events, (SELECT count(DISTINCT (article_id, sentence, source, target, code)) FROM events WHERE article_id LIKE 'load-post-%') AS distinct_events FROM articles a WHERE a.id LIKE 'load-post-%'" | tail -1 | sed 's/^/stored:   articles,article_rows,events,distinct_events = /'
  rm -rf "$(dirname "$db")" "$log" "$posts"
}
run serving 8 1 true $((128 << 20))
[ "${BASELINE:-1}" = 1 ] && run baseline 0 0 false 0
