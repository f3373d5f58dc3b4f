#!/usr/bin/env bash
# make test-slurm: runs a tiny sweep as a real Slurm job array and checks that the merged shard
# results equal a local run of the same sweep — for every (config hash, seed): the same trace
# checksum and the same metrics. Brings Slurm up (scripts/slurm-up.sh) and always stops the
# daemons it started (trap), also on failure.
#
#   AGORA_BIN=.build/debug/agora scripts/test-slurm.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
agora="$(cd "$(dirname "${AGORA_BIN:-$root/.build/debug/agora}")" && pwd)/$(basename "${AGORA_BIN:-agora}")"
[ -x "$agora" ] || { echo "test-slurm: no agora binary at $agora (build it first)" >&2; exit 1; }
work="$(mktemp -d /tmp/agora-test-slurm.XXXXXX)"
state="$work/slurm"
cleanup() {
  status=$?
  "$root/scripts/slurm-down.sh" "$state" || true
  if [ "$status" = 0 ]; then rm -rf "$work"; else echo "test-slurm: FAILED; files kept in $work" >&2; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$root/scripts/slurm-up.sh" "$state"
export SLURM_CONF="$state/slurm.conf"

cat >"$work/world.yaml" <<'YAML'
name: slurm-test
horizon: 1d
population:
  size: 150
graph:
  m: 3
YAML
cat >"$work/sweep.yaml" <<'YAML'
name: slurm-test
world: world.yaml
axes:
  - key: population.types[0].post_probability
    values: [0.1, 0.4]
replicates: 2
metrics: [activity.posts, activity.likes, activity.dau_mean]
YAML

cd "$work"
"$agora" sweep slurm sweep.yaml --out "$work/cluster" --shards 3 --time 00:10:00 >sweep.sbatch
echo "test-slurm: submitting a 3-task job array"
if ! sbatch --wait sweep.sbatch; then
  echo "test-slurm: the job array failed; task logs:" >&2
  tail -n 30 "$work"/cluster/slurm-*.log >&2 || true
  exit 1
fi
"$agora" sweep merge "$work"/cluster/shard-*-of-3 --out "$work/cluster"
"$agora" sweep sweep.yaml --out "$work/local" --jobs 1 --quiet >/dev/null

python3 - "$work/cluster/agora.sqlite" "$work/local/agora.sqlite" <<'PY'
import sqlite3, sys

def results(path):
    db = sqlite3.connect(path)
    runs = {}
    for run_id, config_hash, seed, checksum in db.execute(
            "SELECT id, config_hash, seed, trace_checksum FROM runs WHERE status = 'completed'"):
        metrics = dict(db.execute("SELECT name, value FROM metrics WHERE run_id = ?", (run_id,)))
        key = (config_hash, seed)
        assert key not in runs, f"{path}: (config hash, seed) {key} completed twice"
        runs[key] = (checksum, metrics)
    return runs

cluster, local = results(sys.argv[1]), results(sys.argv[2])
assert len(local) == 4, f"the local sweep has {len(local)} completed runs, expected 4"
assert cluster.keys() == local.keys(), f"different runs: cluster {sorted(cluster)} local {sorted(local)}"
for key in sorted(local):
    assert cluster[key][0] == local[key][0], f"{key}: trace checksum {cluster[key][0]} on Slurm, {local[key][0]} locally"
    assert cluster[key][1] == local[key][1], f"{key}: metrics differ between Slurm and local"
print(f"test-slurm: {len(local)} runs identical on Slurm and locally (trace checksums and {len(next(iter(local.values()))[1])} metrics each)")
PY
