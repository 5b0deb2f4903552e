#!/bin/bash
# usage: tools/score_threads_shuffled.sh <eval/threads set, e.g. heldout3> <seed>
# Ingests the set's letters in a shuffled order (the seed's) into a fresh embedded graph (its own
# LIANDONG_HOME under /tmp), exports the threads at the gold's as_of and scores them with
# ../shared/eval/threads/score_threads.py — a user's matters, end to end, in an order nobody chose.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
set_=$1; seed=${2:-1}
T=/tmp/liandong-shuffled-$set_; rm -rf "$T"; mkdir -p "$T"
python3 - "$ROOT/eval/threads/$set_/letters" "$seed" "$T/order.txt" <<'PY'
import pathlib, random, sys
files = sorted(pathlib.Path(sys.argv[1]).iterdir())
random.Random(int(sys.argv[2])).shuffle(files)
pathlib.Path(sys.argv[3]).write_text("\n".join(str(f) for f in files), encoding="utf-8")
PY
cd "$ROOT"
asof=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['as_of'])" "eval/threads/$set_/gold.json")
export LIANDONG_HOME=$T/home LIANDONG_BOLT_PORT=$((20000 + RANDOM % 20000))
unset NEO4J_URI
mapfile -t files < "$T/order.txt"
.venv/bin/liandong ingest "${files[@]}" > "$T/ingest.log" 2>&1
.venv/bin/liandong threads export --as-of "$asof" -o "$T/pred.json" > /dev/null 2>&1
.venv/bin/liandong db stop > /dev/null 2>&1 || true
.venv/bin/python ../shared/eval/threads/score_threads.py --gold "eval/threads/$set_/gold.json" --threads "$T/pred.json"
