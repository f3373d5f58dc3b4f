#!/usr/bin/env bash
# make bench: sets up the bench venv (.venv-bench: Mesa 3, networkx, python-igraph), builds the
# release binaries, runs every measurement (bench/bench.py) and prints where the results went.
# The results JSON lands in bench/results/; docs/performance.md explains and summarises them.
# Knobs (environment): BENCH_SEEDS, BENCH_MESA_100K_SEEDS, BENCH_RUNS, BENCH_1M, BENCH_OUT —
# see bench/bench.py. Takes about 15 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv-bench
PYTHON=${PYTHON:-python3}
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import mesa, networkx, igraph, numpy, pandas, zstandard" 2>/dev/null; then
  "$VENV/bin/pip" install -q "mesa==3.3.1" networkx python-igraph numpy -r Analysis/requirements.txt
fi
command -v /usr/bin/time >/dev/null || { echo "bench needs /usr/bin/time (apt-get install time)"; exit 1; }

swift build -c release --product agora
swift build -c release --product agora-bench

exec "$VENV/bin/python" bench/bench.py
