"""Turns one bench/results/<stamp>.json into the Markdown tables of docs/performance.md.

    python3 bench/summarize.py bench/results/20261127T044200Z.json
"""

import json
import sys


def rng(spread, scale=1.0, digits=0):
    """'median (min–max)' of a spread dict."""
    fmt = f"{{:,.{digits}f}}"
    return (f"{fmt.format(spread['median'] * scale)} "
            f"({fmt.format(spread['min'] * scale)}–{fmt.format(spread['max'] * scale)})")


def main(path):
    with open(path) as handle:
        results = json.load(handle)
    machine = results["machine"]
    print(f"Run {results['started']}, commit {machine['commit']}, {machine['cpu']}, {machine['cores']} cores, "
          f"{machine['memory_bytes'] / 2**30:.0f} GiB; load average {machine['load_average_at_start'][0]:.1f} at start, "
          f"{results['load_average_at_end'][0]:.1f} at end; {results['seconds'] / 60:.1f} minutes.\n")
    if "reference_model" in results:
        print("| agents | Agora simulation phase sessions/s | Mesa run_until sessions/s | ratio (simulation) "
              "| Agora whole process sessions/s | Mesa with set-up | ratio (whole) | ratio (CPU) | Agora impressions/s (whole) | load avg |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for point in results["reference_model"]:
            agora, mesa = point["agora"], point["mesa"]
            simulation = agora.get("simulation_sessions_per_second")
            simulated = (f"| {rng(simulation)} | {rng(mesa['sessions_per_second'])} | {point['ratio_simulation_to_run_until']:.1f}× "
                         if simulation else f"| – | {rng(mesa['sessions_per_second'])} | – ")
            print(f"| {point['agents']:,} ({len(agora['runs'])} Agora / {len(mesa['runs'])} Mesa seeds) " + simulated, end="")
            print(f"| {rng(agora['sessions_per_second'])} | {rng(mesa['sessions_per_second_with_setup'])} "
                  f"| {point['ratio_with_mesa_setup']:.1f}× | {point['ratio_sessions_per_cpu_second']:.1f}× "
                  f"| {rng(agora['impressions_per_second'])} "
                  f"| {point['load_average'][0]:.1f}–{point['load_average'][1]:.1f} |")
        print()
        phases = [p for p in results["reference_model"] if "phases" in p["agora"]]
        if phases:
            print("| agents | build s | simulate s | trace flush s | metrics s |")
            print("|---|---|---|---|---|")
            for point in phases:
                ph = point["agora"]["phases"]
                print(f"| {point['agents']:,} | {rng(ph['build_seconds'], digits=2)} | {rng(ph['simulate_seconds'], digits=2)} "
                      f"| {rng(ph['trace_finish_seconds'], digits=2)} | {rng(ph['metrics_seconds'], digits=2)} |")
            print()
        print("| agents | totals | Agora mean | Mesa mean | difference | checked |")
        print("|---|---|---|---|---|---|")
        for point in results["reference_model"]:
            for key, difference in point["totals_relative_difference"].items():
                print(f"| {point['agents']:,} | {key} | {point['agora']['means'][key]:,.0f} | {point['mesa']['means'][key]:,.0f} "
                      f"| {100 * difference:+.1f}% | {'yes (≤ 5%)' if point['agreement_checked'] else 'no (1 Mesa seed)'} |")
        print()
    if "reference_model_1m" in results:
        point = results["reference_model_1m"]
        ph = point["phases"]
        ebe = point.get("event_bytes_per_event")
        print("| reference model, agents | runs | simulation phase sessions/s | simulation phase events/s "
              "| whole process events/s | build / simulate / flush / metrics s | peak RSS MiB (simulation / whole) "
              "| bytes/event (file) | bytes/event (event blocks) | load avg |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        print(f"| {point['agents']:,} | {len(point['runs'])} | {rng(point['simulation_sessions_per_second'])} "
              f"| {rng(point['simulation_events_per_second'])} | {rng(point['events_per_second'])} "
              f"| {ph['build_seconds']['median']:.1f} / {ph['simulate_seconds']['median']:.1f} / "
              f"{ph['trace_finish_seconds']['median']:.1f} / {ph['metrics_seconds']['median']:.1f} "
              f"| {ph['simulation_peak_rss_bytes']['median'] / 2**20:,.0f} / {point['peak_rss_bytes']['median'] / 2**20:,.0f} "
              f"| {rng(point['bytes_per_event'], digits=2)} | {rng(ebe, digits=2) if ebe else '–'} "
              f"| {point['load_average'][0]:.1f}–{point['load_average'][1]:.1f} |")
        print()
    if "bench_world" in results:
        print("| agents | threads | runs | wall s | sessions/s | sessions per CPU-s | events/s (whole) "
              "| events/s (simulation phase) | simulate s | metrics s | peak RSS MiB | bytes/agent "
              "| bytes/event (file) | bytes/event (event blocks) | µs wall per agent | load avg |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for point in results["bench_world"]:
            sim = point.get("simulation_events_per_second")
            ph = point.get("phases", {})
            print(f"| {point['agents']:,} | {point['threads']} | {len(point['runs'])} | {rng(point['wall_seconds'], digits=1)} "
                  f"| {rng(point['sessions_per_second'])} | {rng(point['sessions_per_cpu_second'])} "
                  f"| {rng(point['events_per_second'])} | {rng(sim) if sim else '–'} "
                  f"| {rng(ph['simulate_seconds'], digits=1) if ph else '–'} | {rng(ph['metrics_seconds'], digits=1) if ph else '–'} "
                  f"| {rng(point['peak_rss_bytes'], 1 / 2**20)} "
                  f"| {rng(point['bytes_per_agent'])} | {rng(point['bytes_per_event'], digits=2)} "
                  f"| {rng(point['event_bytes_per_event'], digits=2) if 'event_bytes_per_event' in point else '–'} "
                  f"| {rng(point['wall_microseconds_per_agent'], digits=1)} "
                  f"| {point['load_average'][0]:.1f}–{point['load_average'][1]:.1f} |")
        print()
    if "trace_throughput" in results:
        trace = results["trace_throughput"]
        writer, raw = trace["trace_writer"], trace["raw_zstd"]
        print(f"Trace throughput ({trace['events']:,} events, zstd level {trace['level']}, {trace['runs']} runs): "
              f"raw payload {trace['raw_bytes_per_event']:.2f} B/event, file {trace['file_bytes_per_event']:.2f} B/event; "
              f"TraceWriter {writer['raw_mb_per_second_median']:.0f} MB/s ({writer['raw_mb_per_second_min']:.0f}–"
              f"{writer['raw_mb_per_second_max']:.0f}), {writer['events_per_second_median'] / 1e6:.1f}M events/s; raw zstd "
              f"{raw['raw_mb_per_second_median']:.0f} MB/s ({raw['raw_mb_per_second_min']:.0f}–{raw['raw_mb_per_second_max']:.0f}), "
              f"{raw['events_per_second_median'] / 1e6:.1f}M events/s; writer/raw = {trace['writer_over_raw_speed']:.2f}.\n")
    if "trace_reading" in results:
        reading = results["trace_reading"]
        print(f"| reading the {reading['events']:,}-event bench trace back (whole process) | wall s "
              "| events/s (wall) | events per CPU-second |")
        print("|---|---|---|---|")
        names = {"swift_trace_stats": "`agora trace stats`", "report": "`agora report` (HTML, MD, JSON)",
                 "python_read_trace": "Python `agora_trace.read_trace`"}
        for key, name in names.items():
            if key in reading:
                point = reading[key]
                print(f"| {name} | {rng(point['wall_seconds'], digits=2)} | {rng(point['events_per_second'])} "
                      f"| {rng(point['events_per_cpu_second'])} |")
        print()
    if "graph_statistics" in results:
        print("| graph | agora graph stats (whole process, all keys) | igraph (sum of timed operations) | networkx (same) "
              "| networkx slowest parts | load avg |")
        print("|---|---|---|---|---|---|")
        for point in results["graph_statistics"]:
            nx_seconds = point["libraries"]["networkx"]["seconds"]
            slowest = ", ".join(f"{k} {v:.1f} s" for k, v in sorted(nx_seconds.items(), key=lambda kv: -kv[1])[:3])
            print(f"| {point['graph']} | {rng(point['agora_wall_seconds'], digits=2)} s "
                  f"| {point['libraries']['igraph']['total_seconds']:.2f} s | {point['libraries']['networkx']['total_seconds']:.2f} s "
                  f"| {slowest} | {point['load_average'][0]:.1f}–{point['load_average'][1]:.1f} |")
        print()
    if "feeds" in results:
        print("agora-bench feeds: `" + json.dumps(results["feeds"]) + "`")


if __name__ == "__main__":
    main(sys.argv[1])
