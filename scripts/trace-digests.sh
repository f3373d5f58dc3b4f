#!/usr/bin/env bash
# Prints, for every shipped world (Worlds/*.yaml that is a world, not a sweep or comparison) and
# seeds 1 and 2, the SHA-256 of its trace and a digest of its stored metrics, one line each:
#
#   <world> <seed> <trace sha256> <metrics sha256>
#
# Worlds larger than 2,000 agents or longer than 3 days run at population.size=2000, horizon=3d,
# so the whole table takes a few minutes. A redesign that must not change behaviour is checked by
# running this before and after and diffing the two outputs (docs/architecture.md, "Checking that
# behaviour did not change"). LLM-driven worlds run against the fault-injection server of
# Tests/FakeLLMServer in its deterministic `ok` mode.
#
# The metrics digest is SHA-256 over the catalog's metrics and time series of the run, one
# `name value` line each in name order (values printed with 17 significant digits), leaving out
# metrics measured in wall-clock time (`*seconds*`, `*per_second*`).
#
# Usage: scripts/trace-digests.sh [AGORA_BIN] > digests.txt
set -euo pipefail
cd "$(dirname "$0")/.."
AGORA_BIN=${1:-.build/release/agora}
OUT=$(mktemp -d /tmp/agora-digests.XXXXXX)
fake_pid=""
cleanup() { [ -n "$fake_pid" ] && kill "$fake_pid" 2>/dev/null; rm -rf "$OUT"; }
trap cleanup EXIT

# A fixed port: the endpoint is part of the resolved config, so of the config hash in the trace.
port=${AGORA_DIGEST_LLM_PORT:-18431}
python3 Tests/FakeLLMServer/fake_llm_server.py --port "$port" > "$OUT/fake.port" 2>/dev/null &
fake_pid=$!
for _ in $(seq 1 50); do grep -q PORT "$OUT/fake.port" 2>/dev/null && break; sleep 0.1; done
grep -q PORT "$OUT/fake.port" || { echo "the fake LLM server did not start on port $port" >&2; exit 1; }

for world in Worlds/*.yaml; do
  grep -q '^population:' "$world" || continue          # sweeps and comparisons name a base world
  name=$(basename "$world" .yaml)
  read -r size llm < <(python3 -c "import yaml, sys; p = yaml.safe_load(open(sys.argv[1]))['population']
print(p.get('size', 0), int(any(t.get('policy') == 'llm' for t in p.get('types', []))))" "$world")
  args=()
  [ "${size:-0}" -gt 2000 ] && args+=(--set population.size=2000)
  args+=(--set horizon=3d)
  [ "$llm" = 1 ] && args+=(--set "llm.endpoints=[\"http://127.0.0.1:$port/ok/v1\"]")
  for seed in 1 2; do
    id=$("$AGORA_BIN" run "$world" --seed "$seed" "${args[@]}" --out "$OUT" --quiet)
    trace=$(sha256sum "$OUT/$id/trace.agtrace" | cut -d' ' -f1)
    metrics=$(python3 - "$OUT/agora.sqlite" "$id" <<'PY'
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = [f"{n} {v:.17g}" for n, v in db.execute("SELECT name, value FROM metrics WHERE run_id = ? ORDER BY name", (sys.argv[2],))
        if "seconds" not in n and "per_second" not in n]
rows += [f"{n}@{t:.17g} {v:.17g}" for n, t, v in db.execute(
    "SELECT name, t, value FROM timeseries WHERE run_id = ? ORDER BY name, t", (sys.argv[2],))]
print(hashlib.sha256("\n".join(rows).encode()).hexdigest())
PY
)
    echo "$name $seed $trace $metrics"
  done
done
