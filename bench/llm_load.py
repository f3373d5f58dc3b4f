#!/usr/bin/env python3
"""LLM throughput through Agora versus the raw server, and replay throughput from the cache.

  python3 bench/llm_load.py server  --agora .build/release/agora --endpoint http://127.0.0.1:8080/v1 [--concurrency 1] [--horizon 6h]
  python3 bench/llm_load.py replay  --agora .build/release/agora [--agents 2000]

server: runs Worlds/llm-small.yaml with --llm refresh (every request goes to the server) and reads
        Agora's server calls per second of resolution time from summary.json; then sends the very
        same request bodies (read back from the run's llm_cache rows) straight to the server with
        the same concurrency and measures completions per second. Overhead = 1 - agora / raw.
replay: records a large cache quickly (many LLM agents; answers from the fault-injection server in
        Tests/FakeLLMServer, since only the replay path is measured and a real 135M model would
        need hours for thousands of answers), then reruns with --llm replay and reports Agora's
        decisions per second of resolution time (target: at least 10,000/s).
Prints one JSON object. Binds nothing but the fake server on 127.0.0.1.
"""
import argparse
import concurrent.futures
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_agora(agora, world, out, mode, sets):
    args = [agora, "run", world, "--out", out, "--llm", mode, "--quiet"]
    for s in sets:
        args += ["--set", s]
    run_id = subprocess.run(args, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    with open(os.path.join(out, run_id, "summary.json")) as f:
        return run_id, json.load(f)


def post(endpoint, body):
    request = urllib.request.Request(endpoint + "/chat/completions", data=body.encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        json.load(response)


def bench_server(args):
    out = tempfile.mkdtemp(prefix="agora-llm-bench-")
    sets = [f'llm.endpoints=["{args.endpoint}"]', f"llm.concurrency={args.concurrency}", f"horizon={args.horizon}"]
    run_id, summary = run_agora(args.agora, os.path.join(ROOT, "Worlds/llm-small.yaml"), out, "refresh", sets)
    llm = summary["llm"]
    agora_rate = llm["server_calls"] / llm["resolve_seconds"]
    db = sqlite3.connect(os.path.join(out, "agora.sqlite"))
    bodies = [row[0] for row in db.execute("SELECT request_json FROM llm_cache ORDER BY recorded_at, agent, session, attempt")]
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        list(pool.map(lambda b: post(args.endpoint, b), bodies))
    raw_rate = len(bodies) / (time.perf_counter() - started)
    return {"decisions": llm["decisions"], "server_calls": llm["server_calls"], "concurrency": args.concurrency,
            "agora_calls_per_s": round(agora_rate, 4), "agora_decisions_per_s": round(llm["decisions_per_second"], 4),
            "raw_completions_per_s": round(raw_rate, 4), "overhead": round(1 - agora_rate / raw_rate, 4),
            "valid": llm["valid"], "repaired": llm["repaired"], "fallback": llm["fallback"]}


def bench_replay(args):
    server = subprocess.Popen([sys.executable, os.path.join(ROOT, "Tests/FakeLLMServer/fake_llm_server.py")],
                              stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline().split()[1])
        out = tempfile.mkdtemp(prefix="agora-llm-replay-")
        size = args.agents * 2
        sets = [f'llm.endpoints=["http://127.0.0.1:{port}/ok/v1"]', "llm.concurrency=16", f"population.size={size}",
                f"population.types[0].count={args.agents}", "llm.personas=[]"]
        world = os.path.join(ROOT, "Worlds/llm-small.yaml")
        started = time.perf_counter()
        _, live = run_agora(args.agora, world, out, "live", sets)
        live_seconds = time.perf_counter() - started
    finally:
        server.kill()
        server.wait()
    _, replay = run_agora(args.agora, world, out, "replay", sets)
    return {"decisions": replay["llm"]["decisions"], "replay_decisions_per_s": round(replay["llm"]["decisions_per_second"], 1),
            "replay_resolve_seconds": round(replay["llm"]["resolve_seconds"], 4), "replay_wall_seconds": round(replay["wall_seconds"], 3),
            "same_trace": replay["trace_checksum"] == live["trace_checksum"], "record_wall_seconds": round(live_seconds, 2)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["server", "replay"])
    parser.add_argument("--agora", default=os.path.join(ROOT, ".build/release/agora"))
    parser.add_argument("--endpoint", default="http://127.0.0.1:8080/v1")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--agents", type=int, default=2000)
    parser.add_argument("--horizon", default="6h", help="server: simulated time of llm-small (6h: about 10 decisions)")
    args = parser.parse_args()
    result = bench_server(args) if args.what == "server" else bench_replay(args)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
