#!/usr/bin/env bash
# Integration test of LLM-driven agents against a real OpenAI-compatible server (make llm-test).
#
# 1. The server at $AGORA_LLM_ENDPOINT must answer (else FAIL: CI started it with make llm-server).
# 2. agora run Worlds/llm-small.yaml --llm live: the run completes; the shares of valid, repaired
#    and fallback decisions are printed; at least one decision came from a usable answer.
# 3. The server is stopped (make llm-stop), then --llm replay reruns the world from the response
#    cache alone: the trace must have the same SHA-256, and no request may reach a server.
set -euo pipefail
cd "$(dirname "$0")/../.."
AGORA_BIN=${AGORA_BIN:-.build/debug/agora}
ENDPOINT=${AGORA_LLM_ENDPOINT:-http://127.0.0.1:8080/v1}
WORLD=Worlds/llm-small.yaml
fail() { echo "llm-test: FAIL: $*" >&2; exit 1; }

python3 -c "import urllib.request; urllib.request.urlopen('$ENDPOINT/models', timeout=5)" 2>/dev/null \
  || fail "no OpenAI-compatible server answers at $ENDPOINT/models; start one with make llm-server"

OUT=$(mktemp -d /tmp/agora-llm-test.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
started=$(date +%s)
LIVE=$("$AGORA_BIN" run "$WORLD" --out "$OUT" --llm live --quiet --set "llm.endpoints=[\"$ENDPOINT\"]") \
  || fail "the live run failed"
echo "llm-test: live run $LIVE in $(( $(date +%s) - started )) s"

python3 - "$OUT/$LIVE/summary.json" <<'PY' || exit 1
import json, sys
s = json.load(open(sys.argv[1]))
llm = s.get("llm")
if s["status"] != "completed" or not llm:
    sys.exit("llm-test: FAIL: the live run did not complete with LLM decisions")
n = llm["decisions"]
if n == 0 or llm["valid"] + llm["repaired"] + llm["fallback"] != n:
    sys.exit(f"llm-test: FAIL: decision counts do not add up: {llm}")
share = lambda k: f"{100.0 * llm[k] / n:.0f}%"
print(f"llm-test: {n} LLM decisions: valid {share('valid')}, repaired {share('repaired')}, fallback {share('fallback')}; "
      f"{llm['server_calls']} server calls, {llm['prompt_tokens']} prompt + {llm['completion_tokens']} completion tokens, "
      f"{llm['unknown_ids_dropped']} unknown ids dropped, {llm['decisions_per_second']:.2f} decisions/s")
if llm["valid"] + llm["repaired"] == 0:
    sys.exit("llm-test: FAIL: every decision fell back to the rule policy; the server's answers were never usable")
PY

make -s llm-stop
python3 -c "import urllib.request; urllib.request.urlopen('$ENDPOINT/models', timeout=2)" 2>/dev/null \
  && fail "the server still answers at $ENDPOINT after make llm-stop; the replay would not prove anything"

REPLAY=$("$AGORA_BIN" run "$WORLD" --out "$OUT" --llm replay --quiet --set "llm.endpoints=[\"$ENDPOINT\"]") \
  || fail "the replay run failed"
live_sum=$(sha256sum "$OUT/$LIVE/trace.agtrace" | cut -d' ' -f1)
replay_sum=$(sha256sum "$OUT/$REPLAY/trace.agtrace" | cut -d' ' -f1)
[ "$live_sum" = "$replay_sum" ] || fail "the replayed trace differs: live $live_sum, replay $replay_sum"
python3 - "$OUT/$REPLAY/summary.json" <<'PY' || exit 1
import json, sys
llm = json.load(open(sys.argv[1]))["llm"]
if llm["server_calls"] != 0 or llm["cache_hits"] == 0:
    sys.exit(f"llm-test: FAIL: the replay did not come from the cache alone: {llm}")
PY
echo "llm-test: replay without a server gave the same trace (sha256 $live_sum)"
echo "llm-test: PASS"
