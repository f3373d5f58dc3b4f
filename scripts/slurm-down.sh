#!/usr/bin/env bash
# Stops the daemons scripts/slurm-up.sh started, by the PIDs it recorded in STATE_DIR/pids
# (never by name): SIGTERM, then SIGKILL after 10 s. Safe to call twice or after a failed start.
set -uo pipefail
state="${1:?usage: slurm-down.sh STATE_DIR}"
pids="$state/pids"
[ -f "$pids" ] || exit 0
# Stop in reverse start order: slurmd, slurmctld, then munged.
tac "$pids" | while read -r name pid; do
  [ -n "${pid:-}" ] || continue
  kill -0 "$pid" 2>/dev/null || continue
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "slurm-down: $name ($pid) ignored SIGTERM; sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null
  fi
done
: >"$pids"
echo "slurm-down: stopped"
