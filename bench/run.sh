#!/usr/bin/env bash
# Times backcheck side by side with the tools and floors it is measured
# against, in one run (these machines are shared and noisy: only ratios
# measured together mean anything). Writes the tables to target/bench/ and
# prints them; bench/RESULTS.md keeps a copy with the machine and the date.
#
#   bench/run.sh                 # 1M answer sets (about 10 minutes)
#   N=100000 RUNS=3 bench/run.sh # quicker
#
# Needs hyperfine (Debian: apt-get install hyperfine) and jq; installs
# hyperfine itself when it can (root with apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-1000000}
RUNS=${RUNS:-5}
OUT=${BENCH_DIR:-target/bench}
mkdir -p "$OUT"

if ! command -v hyperfine >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y hyperfine >/dev/null || { apt-get update >/dev/null && apt-get install -y hyperfine >/dev/null; }
  else
    echo "bench/run.sh needs hyperfine: apt-get install hyperfine (or cargo install hyperfine)" >&2
    exit 1
  fi
fi
command -v jq >/dev/null || { echo "bench/run.sh needs jq (apt-get install jq)" >&2; exit 1; }

cargo build --release --locked --bin backcheck --example jsonl_floor --example hello
BIN=target/release/backcheck

echo "== $N answer sets (backcheck sample --seed 1)"
[ -s "$OUT/answers-$N.jsonl" ] || "$BIN" sample --count "$N" --seed 1 > "$OUT/answers-$N.jsonl"
[ -s "$OUT/answers-$N.csv" ] || "$BIN" sample --count "$N" --seed 1 --format csv > "$OUT/answers-$N.csv"
ls -l "$OUT/answers-$N.jsonl" "$OUT/answers-$N.csv"

echo "== score against jq and the serde_json floor"
hyperfine --warmup 1 --runs "$RUNS" --export-markdown "$OUT/score.md" \
  -n "backcheck score (JSONL)" "$BIN score $OUT/answers-$N.jsonl > /dev/null" \
  -n "backcheck score (CSV)" "$BIN score $OUT/answers-$N.csv > /dev/null" \
  -n "jq -c ." "jq -c . $OUT/answers-$N.jsonl > /dev/null" \
  -n "serde_json floor" "target/release/examples/jsonl_floor < $OUT/answers-$N.jsonl > /dev/null"

echo "== one run against a hello-world of the same profile"
hyperfine -N --warmup 20 --runs 300 --export-markdown "$OUT/single.md" \
  -n "hello-world" "target/release/examples/hello" \
  -n "backcheck --answers (JSON)" "$BIN --answers tests/fixtures/people/desk-worker.toml --format json"

echo "== peak memory (max RSS) of score as the input grows"
head -n $((N / 10)) "$OUT/answers-$N.jsonl" > "$OUT/answers-tenth.jsonl"
for f in "$OUT/answers-tenth.jsonl" "$OUT/answers-$N.jsonl"; do
  /usr/bin/time -f "$(wc -l < "$f") lines: %M KiB max RSS, %e s" "$BIN" score "$f" > /dev/null
done 2>&1 | tee "$OUT/memory.txt"

echo
cat "$OUT/score.md" "$OUT/single.md"
