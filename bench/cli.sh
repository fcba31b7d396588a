#!/usr/bin/env bash
# Times whole commands side by side in one hyperfine run (these machines are
# shared and noisy: compare the ratios, not the absolute numbers).
#   bash bench/cli.sh            # needs hyperfine (apt-get install hyperfine)
# Builds the release binary, makes a journal of 520 check-ins (ten years of
# weeks) in a temp dir, then times: --version (process start), check, a piped
# assessment, a check-in, and the trend over the big journal.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine not found: apt-get install hyperfine" >&2; exit 1; }
cargo build --release --locked -q
bin=$PWD/target/release/backcheck
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export BACKCHECK_JOURNAL=$tmp/journal.sqlite3 BACKCHECK_TODAY=2026-11-25
# 520 weekly check-ins, imported in one transaction.
python3 - "$tmp/export.json" <<'PY'
import json, sys, datetime
start = datetime.date(2016, 12, 5)
rows = []
for w in range(520):
    d = start + datetime.timedelta(weeks=w)
    rows.append({"date": d.isoformat(), "pain": 3 + w % 5, "activity_limits": 2 + w % 4,
                 "had_massage": w % 2 == 0, "massage_minutes": 60, "massage_kind": "relaxation",
                 "side_effects": [], "urgent": False,
                 "questionnaire": {"id": "weekly-checkin", "version": "1.0.0"}, "answers": {}})
json.dump({"schema_version": 1, "baseline": None, "checkins": rows}, open(sys.argv[1], "w"))
PY
"$bin" journal import "$tmp/export.json" >/dev/null
answers=tests/fixtures/people/desk-worker.toml
hyperfine --warmup 5 --runs 50 -N \
  "$bin --version" \
  "$bin check" \
  "$bin --answers $answers" \
  "$bin --answers $answers --format json" \
  "$bin trend" \
  --export-markdown "$tmp/result.md"
# A check-in writes, so it gets its own journal copy per run.
cp "$BACKCHECK_JOURNAL" "$tmp/base.sqlite3"
hyperfine --warmup 3 --runs 30 -N \
  --prepare "cp $tmp/base.sqlite3 $tmp/run.sqlite3" \
  "env BACKCHECK_JOURNAL=$tmp/run.sqlite3 $bin checkin --date 2026-11-25 --answers tests/fixtures/checkin-yes.toml"
