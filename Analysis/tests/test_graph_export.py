"""End to end: `agora run` a tiny world, `agora graph export` its final graph as GEXF and GraphML,
read both with networkx and compare node and edge counts and degrees with `agora graph stats` on
the exported edge list.

The agora binary comes from $AGORA_BIN (default: <repo>/.build/debug/agora).
"""
from __future__ import annotations

import json
import os
import pathlib
import subprocess

import networkx as nx
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
AGORA = pathlib.Path(os.environ.get("AGORA_BIN", REPO / ".build" / "debug" / "agora"))

WORLD = """\
name: export-check
seed: 5
horizon: 2d
population:
  size: 200
  types:
    - {name: casual, fraction: 0.8, follow_probability: 0.5, like_probability: 0.5}
    - {name: power, fraction: 0.2, post_probability: 1.0}
  arrivals: {rate_per_day: 10, follows: 3}
graph:
  kind: stochastic_block
  blocks: 4
  p_in: 0.08
  p_out: 0.005
trace:
  block_events: 4096
"""


def agora(*arguments: str, cwd: pathlib.Path) -> subprocess.CompletedProcess:
    if not AGORA.exists():
        pytest.fail(f"agora binary not found at {AGORA}; run `swift build` or set AGORA_BIN")
    return subprocess.run([str(AGORA), *arguments], cwd=cwd, capture_output=True, text=True)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("export")
    (folder / "world.yaml").write_text(WORLD)
    run = agora("run", "world.yaml", "--out", "runs", "--quiet", "--threads", "2", cwd=folder)
    assert run.returncode == 0, run.stderr
    run_id = run.stdout.strip().splitlines()[-1]
    files = {}
    for fmt, name in [("gexf", "end.gexf"), ("graphml", "end.graphml"), ("edgelist", "end.edges")]:
        result = agora("graph", "export", run_id, "--at", "end", "--format", fmt, "--out", name, cwd=folder)
        assert result.returncode == 0, result.stderr
        files[fmt] = folder / name
    stats = agora("graph", "stats", str(files["edgelist"]), "--directed", "--format", "json", cwd=folder)
    assert stats.returncode == 0, stats.stderr
    return {"files": files, "stats": json.loads(stats.stdout), "folder": folder, "run_id": run_id}


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_exported_graph_matches_graph_stats_of_the_edge_list(exported, fmt):
    path = exported["files"][fmt]
    graph = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
    assert graph.is_directed()
    stats = exported["stats"]
    # The edge list carries no isolated agents; GEXF/GraphML carry every agent, arrivals included.
    non_isolated = [n for n in graph.nodes if graph.degree(n) > 0]
    assert len(non_isolated) == stats["nodes"]
    assert graph.number_of_nodes() >= 200
    assert graph.number_of_edges() == stats["edges"]
    # Degrees written as attributes agree with the graph's own degrees.
    for node, data in graph.nodes(data=True):
        assert int(data["in_degree"]) == graph.in_degree(node)
        assert int(data["out_degree"]) == graph.out_degree(node)
    # In-degree Gini and reciprocity of the exported graph agree with agora graph stats.
    assert nx.overall_reciprocity(graph) == pytest.approx(stats["reciprocity"], abs=1e-9)
    communities = {int(data["community"]) for _, data in graph.nodes(data=True)}
    assert {0, 1, 2, 3} <= communities


def test_edge_list_round_trips_through_networkx(exported):
    edges = nx.read_edgelist(exported["files"]["edgelist"], create_using=nx.DiGraph, comments="#")
    stats = exported["stats"]
    assert edges.number_of_nodes() == stats["nodes"]
    assert edges.number_of_edges() == stats["edges"]
    in_degrees = sorted(d for _, d in edges.in_degree())
    gexf = nx.read_gexf(exported["files"]["gexf"])
    assert sorted(d for n, d in gexf.in_degree() if gexf.degree(n) > 0) == in_degrees


def test_unknown_run_is_an_error_with_exit_code_2(exported):
    result = agora("graph", "export", "no-such-run", "--format", "gexf", cwd=exported["folder"])
    assert result.returncode == 2
    assert "no run 'no-such-run'" in result.stderr
