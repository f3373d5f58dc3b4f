"""Cross-checks of `agora report` against pandas and networkx.

A small world is run with ``$AGORA_BIN run Worlds/quickstart.yaml --set population.size=400
--set horizon=9d --report --format json`` (``AGORA_BIN`` defaults to
``<repo>/.build/debug/agora``); the trace is read with ``agora_trace`` and the numbers of
``report.json`` are recomputed independently: DAU, classic and rolling N-day retention, cascade
sizes, and the friendship-paradox fractions on the final follow graph (rebuilt from the initial
edges and the follow/unfollow events, measured with networkx).
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import agora_frames as af
import agora_trace as at

REPO = pathlib.Path(__file__).resolve().parents[2]
AGORA_BIN = pathlib.Path(os.environ.get("AGORA_BIN", REPO / ".build" / "debug" / "agora"))
DAY_MS = af.DAY_MS


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    assert AGORA_BIN.exists(), f"{AGORA_BIN} is missing: build it with `swift build --product agora` or set AGORA_BIN"
    out = tmp_path_factory.mktemp("report-run")
    result = subprocess.run(
        [str(AGORA_BIN), "run", str(REPO / "Worlds" / "quickstart.yaml"), "--set", "population.size=400",
         "--set", "horizon=9d", "--out", str(out), "--quiet", "--report", "--format", "json"],
        capture_output=True, text=True, check=True)
    run_id = result.stdout.strip().splitlines()[0]
    folder = out / run_id
    report = json.loads((folder / "report.json").read_text())
    trace = at.read_trace(folder / "trace.agtrace")
    return trace, report, folder


def active_days(trace) -> pd.DataFrame:
    starts = trace.kind_frame("session_start")
    return pd.DataFrame({"agent": starts["agent"].astype(np.int64), "day": starts["time_ms"] // DAY_MS}).drop_duplicates()


def test_dau_equals_distinct_agents_with_a_session_each_day(run):
    trace, report, _ = run
    days = -(-trace.header["horizon_ms"] // DAY_MS)
    dau = active_days(trace).groupby("day").size().reindex(range(days), fill_value=0)
    points = report["series"]["activity.dau"]["points"]
    assert [int(d) for d, _ in points] == list(range(days))
    assert [v for _, v in points] == dau.tolist()
    assert report["metrics"]["activity.dau_mean"]["value"] == pytest.approx(dau.mean(), rel=1e-12)


@pytest.mark.parametrize("n", [1, 7])
def test_n_day_retention_matches_pandas(run, n):
    trace, report, _ = run
    days = -(-trace.header["horizon_ms"] // DAY_MS)
    joins = af.join_days(trace)
    active = active_days(trace)
    eligible = joins[(joins + n) < days]
    target = (eligible + n).rename("day").reset_index().rename(columns={"index": "agent"})
    target["agent"] = target["agent"].astype(np.int64)
    target["day"] = target["day"].astype(np.int64)
    classic = target.merge(active, on=["agent", "day"]).shape[0] / len(eligible)
    last = active.groupby("agent")["day"].max()
    rolling = (last.reindex(target["agent"]).fillna(-1).to_numpy() >= target["day"].to_numpy()).mean()
    assert report["metrics"][f"retention.d{n}"]["value"] == pytest.approx(classic, rel=1e-12)
    assert report["metrics"][f"retention.rolling_d{n}"]["value"] == pytest.approx(rolling, rel=1e-12)


def test_cascade_sizes_match_pandas(run):
    trace, report, _ = run
    posts = af.post_roots(trace)
    sizes = posts.groupby("root").size()
    depths = posts.groupby("root")["depth"].max()
    metrics = report["metrics"]
    assert metrics["cascades.count"]["value"] == len(sizes)
    assert metrics["cascades.size_max"]["value"] == sizes.max()
    assert metrics["cascades.size_mean"]["value"] == pytest.approx(sizes.mean(), rel=1e-12)
    assert metrics["cascades.depth_max"]["value"] == depths.max()
    xs = sorted(sizes.unique())
    table = report["tables"]["cascade_size_ccdf"]
    assert [p["x"] for p in table] == [float(x) for x in xs]
    assert [p["y"] for p in table] == pytest.approx([float((sizes >= x).mean()) for x in xs], rel=1e-12)
    assert metrics["cascades.size_max"]["value"] > 1, "the run should have at least one reshared post"


def paradox_fractions(graph: nx.DiGraph, neighbours, attribute) -> tuple[float, float]:
    weak = strong = users = 0
    for node in graph.nodes:
        values = [attribute[v] for v in neighbours(node)]
        if not values:
            continue
        users += 1
        own = attribute[node]
        if own * len(values) < sum(values):
            weak += 1
        ordered = sorted(values)
        if 2 * own < ordered[(len(ordered) - 1) // 2] + ordered[len(ordered) // 2]:
            strong += 1
    return weak / users, strong / users


def test_friendship_paradox_fractions_match_networkx(run):
    trace, report, _ = run
    edges = trace.final_edges()
    graph = nx.DiGraph()
    agents = max(len(trace.agents), int(edges[["follower", "followee"]].to_numpy().max()) + 1)
    graph.add_nodes_from(range(agents))
    graph.add_edges_from(edges.itertuples(index=False, name=None))
    in_degree, out_degree = dict(graph.in_degree()), dict(graph.out_degree())
    sets = {"followees": graph.successors, "followers": graph.predecessors}
    attributes = {"followers": in_degree, "followees": out_degree}
    for set_name, neighbours in sets.items():
        for attribute_name, attribute in attributes.items():
            weak, strong = paradox_fractions(graph, neighbours, attribute)
            prefix = f"friendship_paradox.{set_name}.{attribute_name}"
            assert report["metrics"][f"{prefix}.weak_fraction"]["value"] == pytest.approx(weak, rel=1e-12), prefix
            assert report["metrics"][f"{prefix}.strong_fraction"]["value"] == pytest.approx(strong, rel=1e-12), prefix
    mean_followers = report["metrics"]["friendship_paradox.feld.mean_followers"]["value"]
    assert mean_followers == pytest.approx(graph.number_of_edges() / agents, rel=1e-12)


def test_snapshots_give_the_polarization_series(run):
    trace, report, _ = run
    snaps = trace.snapshots()
    joined = snaps[snaps["status"] < 2]
    last_day = int(joined["day"].max())
    last = joined[joined["day"] == last_day]["opinion"]
    assert report["metrics"]["polarization.opinion_variance"]["value"] == pytest.approx(last.var(ddof=0), rel=1e-9)
    days = [int(d) for d, _ in report["series"]["polarization.opinion_variance"]["points"]]
    assert days == [0] + sorted(joined["day"].unique().tolist())


def test_every_number_has_a_definition_and_a_catalog_name(run):
    _, report, folder = run
    import re
    name = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)*")
    for key, entry in report["metrics"].items():
        assert name.fullmatch(key), key
        assert entry["definition"] and np.isfinite(entry["value"]), key
    for key, entry in report["series"].items():
        assert name.fullmatch(key) and entry["definition"], key
    assert not (folder / "report.html").exists(), "--format json writes only report.json"


def test_agora_report_by_run_id_gives_the_same_json(run, tmp_path):
    _, report, folder = run
    result = subprocess.run(
        [str(AGORA_BIN), "report", folder.name, "--runs", str(folder.parent), "--out", str(tmp_path), "--format", "md,json"],
        capture_output=True, text=True, check=True)
    assert sorted(pathlib.Path(p).name for p in result.stdout.split()) == ["report.json", "report.md"]
    assert json.loads((tmp_path / "report.json").read_text()) == report
    assert (folder / "report.json").read_bytes() == (tmp_path / "report.json").read_bytes()
    assert "# Agora run report" in (tmp_path / "report.md").read_text()


def test_agora_report_of_an_unknown_run_is_a_clear_error(run, tmp_path):
    _, _, folder = run
    result = subprocess.run([str(AGORA_BIN), "report", "no-such-run", "--runs", str(folder.parent)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "no run or trace 'no-such-run'" in result.stderr and "agora runs list" in result.stderr


def test_the_examples_run_on_a_report(run, tmp_path):
    _, _, folder = run
    examples = REPO / "Analysis" / "examples"
    subprocess.run([sys.executable, str(examples / "plot_dau.py"), str(folder / "trace.agtrace"),
                    "--out", str(tmp_path / "dau.svg")], check=True, capture_output=True)
    dau = pd.read_csv(tmp_path / "dau.csv")
    assert dau.shape == (9, 2) and "<polyline" in (tmp_path / "dau.svg").read_text()
    subprocess.run([sys.executable, str(examples / "compare_fp_sweep.py"), str(folder / "report.json"),
                    "--out", str(tmp_path / "fp.csv")], check=True, capture_output=True)
    fp = pd.read_csv(tmp_path / "fp.csv")
    assert len(fp) == 1 and 0 <= fp["friendship_paradox.followees.followers.weak_fraction"].iloc[0] <= 1


def test_the_catalog_holds_the_report_metrics_of_the_run(run):
    import sqlite3
    _, report, folder = run
    with sqlite3.connect(folder.parent / "agora.sqlite") as catalog:
        stored = dict(catalog.execute("SELECT name, value FROM metrics WHERE run_id = ?", (folder.name,)).fetchall())
        series = catalog.execute("SELECT t, value FROM timeseries WHERE run_id = ? AND name = ? ORDER BY t",
                                 (folder.name, "friendship_paradox.followees.followers.weak_fraction")).fetchall()
    for name in ("retention.d1", "cascades.size_max", "friendship_paradox.followees.followers.weak_fraction",
                 "polarization.bimodality_coefficient", "activity.stickiness_mean"):
        assert stored[name] == pytest.approx(report["metrics"][name]["value"], rel=1e-12), name
    expected = report["series"]["friendship_paradox.followees.followers.weak_fraction"]["points"]
    assert [t for t, _ in series] == [float(d) for d, _ in expected]
    assert [v for _, v in series] == pytest.approx([v for _, v in expected], rel=1e-12)
