"""Runs every measurement of `make bench` and writes bench/results/<stamp>.json and a summary.

Called by bench/run.sh after the release build, with the bench venv's Python. Each timed number
comes from runs (median, min and max printed); the load average is recorded next to every group,
because the machine is shared. Exit status 1 when the reference-model totals of Agora and Mesa
(means over seeds) differ by more than 5%.

Environment knobs (defaults in brackets): BENCH_SEEDS [5] seeds per reference-model point,
BENCH_MESA_100K_SEEDS [5] Mesa seeds at 100,000 agents (20-60 s each; the totals check needs 5), BENCH_RUNS [3] runs per scaling point,
BENCH_RUNS_1M [3] runs of the 1,000,000-agent bench world (about 3 minutes each on a 2-core machine),
BENCH_RUNS_REFERENCE_1M [3] runs of the 1,000,000-agent reference model (about 25 s each),
BENCH_1M [1] run the 1,000,000-agent worlds (the bench world and the reference model), BENCH_OUT [/tmp/agora-bench] scratch output root,
BENCH_PARTS [reference,scaling,graph,feeds,llm] which groups to run (trace throughput, trace reading and
            the report run with scaling, on the 100,000-agent bench trace).
"""

import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AGORA = os.path.join(ROOT, ".build/release/agora")
AGORA_BENCH = os.path.join(ROOT, ".build/release/agora-bench")
PYTHON = sys.executable
OUT = os.environ.get("BENCH_OUT", "/tmp/agora-bench")
SEEDS = int(os.environ.get("BENCH_SEEDS", "5"))
MESA_100K_SEEDS = int(os.environ.get("BENCH_MESA_100K_SEEDS", "5"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
RUNS_1M = int(os.environ.get("BENCH_RUNS_1M", "3"))
RUNS_REFERENCE_1M = int(os.environ.get("BENCH_RUNS_REFERENCE_1M", "3"))
WITH_1M = os.environ.get("BENCH_1M", "1") == "1"
PARTS = os.environ.get("BENCH_PARTS", "reference,scaling,graph,feeds,llm").split(",")
# With an OpenAI-compatible server running (e.g. `make llm-server`), its base URL here adds the
# Agora-vs-raw-server comparison to the llm group; replay from the cache is always measured.
LLM_ENDPOINT = os.environ.get("BENCH_LLM_ENDPOINT")
TOTALS = ["sessions", "posts", "impressions", "likes", "follows"]
TOLERANCE = 0.05


SUMMARY = []


def log(text):
    """Prints a line of the summary and keeps it for bench/results/<stamp>-summary.txt."""
    print(text, flush=True)
    SUMMARY.append(text)


def load_average():
    return os.getloadavg()[0]


def spread(values):
    """Median, min and max of a list of numbers."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def timed_process(command):
    """Runs `command` under /usr/bin/time -v; returns (stdout, wall seconds, peak RSS bytes, CPU
    seconds (user + system))."""
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) * 1024
    cpu = sum(float(re.search(rf"{name} time \(seconds\): ([0-9.]+)", done.stderr).group(1)) for name in ["User", "System"])
    return done.stdout, wall, rss, cpu


def agora_run(world, seed, threads, sets=()):
    """One whole `agora run` process: wall time, peak RSS, summary and kind counts."""
    command = [AGORA, "run", world, "--seed", str(seed), "--threads", str(threads), "--out", OUT, "--quiet"]
    for item in sets:
        command += ["--set", item]
    stdout, wall, rss, cpu = timed_process(command)
    run_id = stdout.strip().splitlines()[-1]
    folder = os.path.join(OUT, run_id)
    with open(os.path.join(folder, "summary.json")) as handle:
        summary = json.load(handle)
    stats = json.loads(subprocess.run([AGORA, "trace", "stats", os.path.join(folder, "trace.agtrace"), "--format", "json"],
                                      capture_output=True, text=True, check=True).stdout)
    kinds = stats["kinds"]
    result = {
        "seed": seed, "threads": threads, "agents": summary["agents"], "wall_seconds": wall, "cpu_seconds": cpu,
        "peak_rss_bytes": rss,
        "engine_wall_seconds": summary["wall_seconds"], "events": summary["events"],
        "trace_bytes": summary["trace_bytes"], "bytes_per_event": summary["bytes_per_event"],
        "event_bytes_per_event": summary.get("event_bytes_per_event"),
        "sessions": kinds["session_start"], "posts": kinds["post"], "impressions": kinds["impression"],
        "likes": kinds["like"], "follows": kinds["follow"], "trace": os.path.join(folder, "trace.agtrace"),
    }
    result["sessions_per_second"] = result["sessions"] / wall
    result["impressions_per_second"] = result["impressions"] / wall
    result["events_per_second"] = result["events"] / wall
    result["sessions_per_cpu_second"] = result["sessions"] / cpu
    # The run's own phase timings (summary.json): the simulation phase alone is what Mesa's
    # run_until measures; set-up and the metrics after the run are reported next to it.
    phases = summary.get("phases", {})
    result["phases"] = phases
    simulate = phases.get("simulate_seconds")
    result["simulation_sessions_per_second"] = result["sessions"] / simulate if simulate else None
    result["simulation_events_per_second"] = result["events"] / simulate if simulate else None
    return result


def mesa_run(agents, seed):
    done = subprocess.run([PYTHON, os.path.join(ROOT, "bench/mesa/reference_model.py"), "--agents", str(agents),
                           "--seed", str(seed)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def means(runs):
    return {key: statistics.mean(run[key] for run in runs) for key in TOTALS}


def reference_point(agents, mesa_seeds):
    """Agora and Mesa on the reference model at `agents`: rates, ratio, totals agreement."""
    log(f"reference model, {agents:,} agents: Agora x{SEEDS} seeds, Mesa x{mesa_seeds}")
    load_before = load_average()
    agora = [agora_run("Worlds/reference-model.yaml", seed, 2, [f"population.size={agents}"]) for seed in range(1, SEEDS + 1)]
    mesa = [mesa_run(agents, seed) for seed in range(1, mesa_seeds + 1)]
    for run in agora:
        os.remove(run.pop("trace"))
    agora_means, mesa_means = means(agora), means(mesa)
    differences = {key: (agora_means[key] - mesa_means[key]) / mesa_means[key] for key in TOTALS}
    checked = mesa_seeds >= 5
    agreed = all(abs(d) <= TOLERANCE for d in differences.values())
    agora_rate = spread([r["sessions_per_second"] for r in agora])
    agora_simulation_rate = spread([r["simulation_sessions_per_second"] for r in agora])
    mesa_rate = spread([r["sessions_per_second"] for r in mesa])
    mesa_total_rate = spread([r["sessions"] / r["total_seconds"] for r in mesa])
    point = {
        "agents": agents, "load_average": [load_before, load_average()],
        "agora": {"runs": agora, "sessions_per_second": agora_rate,
                  "simulation_sessions_per_second": agora_simulation_rate,
                  "phases": {key: spread([r["phases"][key] for r in agora]) for key in agora[0]["phases"]},
                  "sessions_per_cpu_second": spread([r["sessions_per_cpu_second"] for r in agora]),
                  "impressions_per_second": spread([r["impressions_per_second"] for r in agora]),
                  "events_per_second": spread([r["events_per_second"] for r in agora]), "means": agora_means},
        "mesa": {"runs": mesa, "sessions_per_second": mesa_rate,
                 "sessions_per_cpu_second": spread([r["sessions_per_cpu_second"] for r in mesa]), "sessions_per_second_with_setup": mesa_total_rate,
                 "impressions_per_second": spread([r["impressions_per_second"] for r in mesa]), "means": mesa_means},
        "ratio_sessions_per_second": agora_rate["median"] / mesa_rate["median"],
        "ratio_simulation_to_run_until": agora_simulation_rate["median"] / mesa_rate["median"],
        "ratio_with_mesa_setup": agora_rate["median"] / mesa_total_rate["median"],
        "ratio_sessions_per_cpu_second": statistics.median(r["sessions_per_cpu_second"] for r in agora)
        / statistics.median(r["sessions_per_cpu_second"] for r in mesa),
        "totals_relative_difference": differences, "totals_agree": agreed, "agreement_checked": checked,
    }
    log(f"  Agora {agora_rate['median']:,.0f} sessions/s ({agora_rate['min']:,.0f}-{agora_rate['max']:,.0f}), "
        f"Mesa {mesa_rate['median']:,.0f} ({mesa_rate['min']:,.0f}-{mesa_rate['max']:,.0f}), "
        f"ratio {point['ratio_sessions_per_second']:.1f}x (whole process); simulation phase "
        f"{agora_simulation_rate['median']:,.0f} sessions/s, {point['ratio_simulation_to_run_until']:.1f}x run_until; totals differ by "
        + ", ".join(f"{k} {100 * v:+.1f}%" for k, v in differences.items())
        + ("" if checked else f" (only {mesa_seeds} Mesa seed: not checked)"))
    return point


def run_spreads(results, keys):
    """The spread of each per-run field in `keys`, and of every phase of summary.json."""
    spreads = {key: spread([r[key] for r in results]) for key in keys}
    spreads["phases"] = {key: spread([r["phases"][key] for r in results]) for key in results[0]["phases"]}
    return spreads


def scaling_point(agents, threads, runs, keep_trace=False):
    log(f"bench world, {agents:,} agents, {threads} thread(s), {runs} run(s)")
    load_before = load_average()
    results = [agora_run("Worlds/bench-1m.yaml", 1, threads, [f"population.size={agents}"]) for _ in range(runs)]
    trace = results[-1]["trace"] if keep_trace else None
    for run in results:
        if run["trace"] != trace:
            os.remove(run["trace"])
        run.pop("trace")
    point = {
        "agents": agents, "threads": threads, "load_average": [load_before, load_average()], "runs": results,
        **run_spreads(results, ["wall_seconds", "sessions_per_second", "sessions_per_cpu_second", "cpu_seconds",
                                "events_per_second", "simulation_events_per_second", "peak_rss_bytes",
                                "bytes_per_event", "event_bytes_per_event"]),
        "bytes_per_agent": spread([r["peak_rss_bytes"] / agents for r in results]),
        "wall_microseconds_per_agent": spread([1e6 * r["wall_seconds"] / agents for r in results]),
    }
    w, s, m = point["wall_seconds"], point["sessions_per_second"], point["peak_rss_bytes"]
    log(f"  wall {w['median']:.2f} s ({w['min']:.2f}-{w['max']:.2f}), {s['median']:,.0f} sessions/s, "
        f"{point['events_per_second']['median']:,.0f} events/s ({point['simulation_events_per_second']['median']:,.0f} "
        f"in the simulation phase), peak RSS {m['median'] / 2**20:,.0f} MiB "
        f"({m['median'] / agents:,.0f} B/agent), {point['bytes_per_event']['median']:.2f} B/event "
        f"({point['event_bytes_per_event']['median']:.2f} in event blocks)")
    return point, trace


def reference_scale_point(agents, runs):
    """The reference model alone at `agents` (no Mesa): the 1,000,000-agent targets of
    bench-reference-model.md are about it (peak memory, bytes per traced event)."""
    log(f"reference model, {agents:,} agents, Agora alone, {runs} run(s)")
    load_before = load_average()
    results = [agora_run("Worlds/reference-model.yaml", seed, 2, [f"population.size={agents}"])
               for seed in range(1, runs + 1)]
    for run in results:
        os.remove(run.pop("trace"))
    point = {
        "agents": agents, "threads": 2, "load_average": [load_before, load_average()], "runs": results,
        **run_spreads(results, ["wall_seconds", "sessions_per_second", "simulation_sessions_per_second",
                                "simulation_events_per_second", "events_per_second", "peak_rss_bytes",
                                "bytes_per_event", "event_bytes_per_event"]),
    }
    m = point["peak_rss_bytes"]
    log(f"  wall {point['wall_seconds']['median']:.1f} s, simulation phase "
        f"{point['simulation_sessions_per_second']['median']:,.0f} sessions/s "
        f"({point['simulation_events_per_second']['median']:,.0f} events/s), whole process "
        f"{point['events_per_second']['median']:,.0f} events/s, peak RSS {m['median'] / 2**20:,.0f} MiB, "
        f"{point['bytes_per_event']['median']:.2f} B/event ({point['event_bytes_per_event']['median']:.2f} in event blocks)")
    return point


def reading_point(trace, runs):
    """Reading the 100,000-agent bench trace back (the performance targets of docs/performance.md: >= 20M events/s in Swift, >= 5M in
    Python, a full report within a minute): `agora trace stats`, `agora report`, and the Python
    reader `Analysis/agora_trace.read_trace`, each a whole process, `runs` times."""
    events = json.loads(subprocess.run([AGORA, "trace", "stats", trace, "--format", "json"],
                                       capture_output=True, text=True, check=True).stdout)["events"]
    log(f"reading the {events:,}-event bench trace back ({runs} runs each)")
    python_read = ("import sys; sys.path.insert(0, 'Analysis'); import agora_trace; "
                   f"print(len(agora_trace.read_trace({trace!r}).events))")
    commands = {
        "swift_trace_stats": [AGORA, "trace", "stats", trace, "--format", "json"],
        "report": [AGORA, "report", trace, "--out", os.path.join(OUT, "report"), "--format", "html,md,json"],
        "python_read_trace": [PYTHON, "-c", python_read],
    }
    point = {"events": events, "load_average": [load_average()]}
    for name, command in commands.items():
        walls, cpus = [], []
        for _ in range(runs):
            _, wall, _, cpu = timed_process(command)
            walls.append(wall)
            cpus.append(cpu)
        point[name] = {"wall_seconds": spread(walls), "cpu_seconds": spread(cpus),
                       "events_per_second": spread([events / w for w in walls]),
                       "events_per_cpu_second": spread([events / c for c in cpus])}
        r = point[name]
        log(f"  {name}: wall {r['wall_seconds']['median']:.2f} s ({r['wall_seconds']['min']:.2f}-{r['wall_seconds']['max']:.2f}), "
            f"{r['events_per_second']['median'] / 1e6:.1f}M events/s wall, "
            f"{r['events_per_cpu_second']['median'] / 1e6:.1f}M events per CPU-second")
    point["load_average"].append(load_average())
    return point


def llm_point():
    """LLM-driven agents (docs/llm-agents.md): replay from the response cache (decisions/s, target >= 10,000),
    and, when BENCH_LLM_ENDPOINT names a running server, Agora's server calls/s against the raw
    server's completions/s on the same request bodies (overhead target <= 10%). bench/llm_load.py."""
    point = {"load_average": [load_average()]}
    runs = []
    for _ in range(RUNS):
        out = subprocess.run([PYTHON, os.path.join(ROOT, "bench/llm_load.py"), "replay", "--agora", AGORA],
                             capture_output=True, text=True, check=True).stdout
        runs.append(json.loads(out))
    point["replay"] = {"runs": runs, "decisions_per_second": spread([r["replay_decisions_per_s"] for r in runs])}
    r = point["replay"]["decisions_per_second"]
    log(f"LLM replay from the cache: {r['median']:,.0f} decisions/s ({r['min']:,.0f}-{r['max']:,.0f})")
    if LLM_ENDPOINT:
        out = subprocess.run([PYTHON, os.path.join(ROOT, "bench/llm_load.py"), "server", "--agora", AGORA,
                              "--endpoint", LLM_ENDPOINT, "--horizon", "1d"], capture_output=True, text=True, check=True).stdout
        point["server"] = json.loads(out)
        log(f"LLM through Agora vs the raw server: {point['server']['agora_calls_per_s']:.3f} vs "
            f"{point['server']['raw_completions_per_s']:.3f} calls/s, overhead {100 * point['server']['overhead']:.1f}%")
    else:
        log("LLM server comparison skipped: set BENCH_LLM_ENDPOINT (e.g. after `make llm-server`)")
    point["load_average"].append(load_average())
    return point


def graph_point(path, label):
    log(f"graph statistics: {label}")
    load_before = load_average()
    agora = []
    for _ in range(RUNS):
        _, wall, _, _ = timed_process([AGORA, "graph", "stats", path, "--format", "json"])
        agora.append(wall)
    libraries = {}
    for library in ["igraph", "networkx"]:
        done = subprocess.run([PYTHON, os.path.join(ROOT, "bench/graph_compare.py"), path, "--library", library],
                              capture_output=True, text=True, check=True)
        libraries[library] = json.loads(done.stdout)
    point = {"graph": label, "file": path, "load_average": [load_before, load_average()],
             "agora_wall_seconds": spread(agora), "libraries": libraries}
    log(f"  agora {point['agora_wall_seconds']['median']:.2f} s, igraph {libraries['igraph']['total_seconds']:.2f} s, "
        f"networkx {libraries['networkx']['total_seconds']:.2f} s")
    return point


def generated_graph(path, nodes=10_000, m=5, seed=1):
    """An undirected preferential-attachment edge list (the reference model's generator)."""
    import random
    rng = random.Random(seed)
    urn, lines = [], []
    for i in range(m + 1):
        for j in range(i + 1, m + 1):
            lines.append(f"{i} {j}")
        urn += [i] * (m + 1)
    for i in range(m + 1, nodes):
        chosen = set()
        while len(chosen) < m:
            chosen.add(rng.choice(urn))
        lines += [f"{i} {j}" for j in sorted(chosen)]
        urn += list(chosen) + [i]
    with open(path, "w") as handle:
        handle.write("\n".join(lines) + "\n")
    return path


def machine():
    cpu = ""
    with open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as handle:
        memory = int(handle.readline().split()[1]) * 1024
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.strip().splitlines()[0]
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_bytes": memory, "kernel": platform.release(),
            "python": platform.python_version(), "swift": swift, "commit": commit,
            "load_average_at_start": list(os.getloadavg())}


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    os.chdir(ROOT)
    started = time.time()
    results = {"started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)), "machine": machine()}
    if "reference" in PARTS:
        results["reference_model"] = [reference_point(10_000, SEEDS), reference_point(100_000, MESA_100K_SEEDS)]
        if WITH_1M:
            results["reference_model_1m"] = reference_scale_point(1_000_000, RUNS_REFERENCE_1M)
    if "scaling" in PARTS:
        scaling = []
        trace = None
        for agents in [10_000, 100_000] + ([1_000_000] if WITH_1M else []):
            # The 100,000-agent trace (about 15M events) serves the trace-writing and trace-reading
            # groups: the 1M trace (about 170M events) would make them take longer than the rest.
            point, kept = scaling_point(agents, 2, RUNS_1M if agents >= 1_000_000 else RUNS,
                                        keep_trace=agents == 100_000)
            scaling.append(point)
            trace = kept or trace
        # 1 against 2 threads at 100,000 agents (the 1M world once more would take minutes).
        scaling.append(scaling_point(100_000, 1, RUNS)[0])
        results["bench_world"] = scaling
        log("trace writer against raw zstd on the same bytes")
        results["trace_throughput"] = json.loads(subprocess.run(
            [AGORA_BENCH, "trace", trace, "--runs", str(RUNS)], capture_output=True, text=True, check=True).stdout)
        log(f"  writer {results['trace_throughput']['trace_writer']['raw_mb_per_second_median']:.0f} MB/s, "
            f"raw zstd {results['trace_throughput']['raw_zstd']['raw_mb_per_second_median']:.0f} MB/s")
        results["trace_reading"] = reading_point(trace, RUNS)
    if "graph" in PARTS:
        generated = generated_graph(os.path.join(OUT, "pa-10k.edges"))
        results["graph_statistics"] = [
            graph_point("Worlds/data/ego-facebook.edges", "ego-Facebook (4,039 nodes, 88,234 edges)"),
            graph_point(generated, "preferential attachment, 10,000 nodes, m = 5")]
    if "feeds" in PARTS:
        log("recommender micro-benchmark (agora-bench feeds)")
        feeds = subprocess.run([AGORA_BENCH, "feeds", "--runs", "5"], capture_output=True, text=True, check=True).stdout
        results["feeds"] = json.loads(feeds)
    if "llm" in PARTS:
        results["llm"] = llm_point()
    results["load_average_at_end"] = list(os.getloadavg())
    results["seconds"] = time.time() - started
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(started))
    path = os.path.join(ROOT, "bench/results", f"{stamp}.json")
    with open(path, "w") as handle:
        json.dump(results, handle, indent=1)
    log(f"results: {path} ({results['seconds']:.0f} s; load average {results['machine']['load_average_at_start'][0]:.1f} "
        f"at start, {results['load_average_at_end'][0]:.1f} at end)")
    with open(path.replace(".json", "-summary.txt"), "w") as handle:
        handle.write("\n".join(SUMMARY) + "\n")
    failed = [p for p in results.get("reference_model", []) if p["agreement_checked"] and not p["totals_agree"]]
    if failed:
        log("FAIL: Agora and Mesa totals differ by more than 5% at " + ", ".join(f"{p['agents']:,}" for p in failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
