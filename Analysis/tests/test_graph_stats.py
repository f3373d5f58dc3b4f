"""Cross-check of `agora graph stats --format json` against networkx (Analysis/graph_stats_nx.py).

The agora binary comes from $AGORA_BIN (default: <repo>/.build/debug/agora). Tolerances are the
ones docs/graph-statistics.md states: exact quantities 1e-9, PageRank 1e-6, sampled distances
within a stated band of the exact all-sources values.
"""
from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import networkx as nx
import pytest

ANALYSIS = pathlib.Path(__file__).resolve().parents[1]
REPO = ANALYSIS.parent
sys.path.insert(0, str(ANALYSIS))

import graph_stats_nx as reference  # noqa: E402

AGORA = pathlib.Path(os.environ.get("AGORA_BIN", REPO / ".build" / "debug" / "agora"))
EGO_FACEBOOK = REPO / "Worlds" / "data" / "ego-facebook.edges"
EXACT = 1e-9
PAGERANK = 1e-6
# Sampled BFS (200 of 4,039 sources on ego-Facebook): the effective diameter is a quantile of
# ~800k sampled pairs, the diameter the largest distance seen from the sample.
EFFECTIVE_DIAMETER_BAND = 0.25
DIAMETER_BAND = 1

EXACT_KEYS = [
    "nodes", "edges", "density", "triangles", "average_clustering", "transitivity",
    "degree_gini", "kcore_max", "assortativity",
]
UNDIRECTED_KEYS = ["components"]
DIRECTED_KEYS = ["reciprocity", "weak_components", "strong_components", "largest_scc"]


def agora_stats(path: pathlib.Path, *options: str) -> dict:
    if not AGORA.exists():
        pytest.fail(f"agora binary not found at {AGORA}; run `swift build` or set AGORA_BIN")
    result = subprocess.run(
        [str(AGORA), "graph", "stats", str(path), "--format", "json", *options],
        capture_output=True, text=True, check=True,
    )
    return json.loads(result.stdout)


def close(actual, expected, tolerance: float) -> bool:
    if expected is None or actual is None:
        return actual is expected
    return abs(actual - expected) <= tolerance * max(1.0, abs(expected))


def assert_matches(ours: dict, ref: dict, exact_distances: bool) -> None:
    assert ours["directed"] == ref["directed"]
    keys = EXACT_KEYS + (DIRECTED_KEYS if ref["directed"] else UNDIRECTED_KEYS)
    for key in keys:
        assert close(ours[key], ref[key], EXACT), f"{key}: agora {ours[key]} vs networkx {ref[key]}"
    # PageRank: each listed score against networkx's score of that node, and the ranking's
    # scores against networkx's ten best (robust to ties in the order).
    for entry in ours["pagerank_top"]:
        assert abs(entry["score"] - ref["pagerank"][entry["id"]]) <= PAGERANK, entry
    assert len(ours["pagerank_top"]) == min(10, ref["nodes"])
    for mine, theirs in zip(ours["pagerank_top"], ref["pagerank_top"]):
        assert abs(mine["score"] - theirs["score"]) <= PAGERANK
    # Power law: same algorithm on both sides, so exact.
    if ref["powerlaw"] is None:
        assert ours["powerlaw"] is None
    else:
        for key in ("xmin", "tail_size", "degree"):
            assert ours["powerlaw"][key] == ref["powerlaw"][key], key
        for key in ("alpha", "ks"):
            assert close(ours["powerlaw"][key], ref["powerlaw"][key], EXACT), key
    assert_paradox(ours["friendship_paradox"], ref["friendship_paradox"])
    if exact_distances:
        assert ours["bfs_sample_size"] == ref["nodes"]
        assert ours["distance_histogram"] == ref["distance_histogram"]
        assert ours["diameter_estimate"] == ref["diameter_estimate"]
        assert close(ours["effective_diameter_90"], ref["effective_diameter_90"], EXACT)
    else:
        assert ref["diameter_estimate"] - DIAMETER_BAND <= ours["diameter_estimate"] <= ref["diameter_estimate"]
        assert abs(ours["effective_diameter_90"] - ref["effective_diameter_90"]) <= EFFECTIVE_DIAMETER_BAND


def assert_paradox(ours: dict, ref: dict, path: str = "friendship_paradox") -> None:
    assert set(ours) == set(ref), path
    for key, expected in ref.items():
        if isinstance(expected, dict):
            assert_paradox(ours[key], expected, f"{path}.{key}")
        else:
            assert close(ours[key], expected, EXACT), f"{path}.{key}: {ours[key]} vs {expected}"


def write_edges(graph: nx.Graph, path: pathlib.Path, header: str = "") -> pathlib.Path:
    lines = [header] if header else []
    lines += [f"{u} {v}" for u, v in graph.edges()]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def karate(tmp_path_factory) -> pathlib.Path:
    return write_edges(nx.karate_club_graph(), tmp_path_factory.mktemp("karate") / "karate.edges", "# Zachary's karate club")


@pytest.fixture(scope="module")
def directed_gnp(tmp_path_factory) -> pathlib.Path:
    graph = nx.gnp_random_graph(400, 0.015, seed=7, directed=True)
    return write_edges(graph, tmp_path_factory.mktemp("gnp") / "gnp.edges", "% directed G(n, p), n=400, p=0.015")


@pytest.fixture(scope="module")
def scale_free_multigraph(tmp_path_factory) -> pathlib.Path:
    """A directed scale-free multigraph: its parallel edges and self-loops exercise the
    "self-loops skipped, duplicates merged" rule on both sides."""
    graph = nx.scale_free_graph(1500, seed=3)
    path = tmp_path_factory.mktemp("scalefree") / "scalefree.csv"
    path.write_text("".join(f"{u},{v},1\n" for u, v, _ in graph.edges(keys=True)))
    return path


@pytest.fixture(scope="module")
def ego_facebook_reference() -> dict:
    return reference.graph_statistics(reference.load_edge_list(str(EGO_FACEBOOK), directed=False))


def test_karate_club_matches_networkx(karate):
    ref = reference.graph_statistics(reference.load_edge_list(str(karate), directed=False))
    assert_matches(agora_stats(karate, "--sample", "1000"), ref, exact_distances=True)


def test_directed_gnp_matches_networkx(directed_gnp):
    ref = reference.graph_statistics(reference.load_edge_list(str(directed_gnp), directed=True))
    assert ref["reciprocity"] > 0
    assert_matches(agora_stats(directed_gnp, "--directed", "--sample", "1000"), ref, exact_distances=True)


def test_scale_free_multigraph_matches_networkx_after_merging(scale_free_multigraph):
    ref = reference.graph_statistics(reference.load_edge_list(str(scale_free_multigraph), directed=True))
    assert ref["powerlaw"] is not None
    assert_matches(agora_stats(scale_free_multigraph, "--directed", "--sample", "5000"), ref, exact_distances=True)


@pytest.fixture(scope="module")
def ego_facebook_agora() -> dict:
    return agora_stats(EGO_FACEBOOK)


def test_ego_facebook_matches_networkx(ego_facebook_agora, ego_facebook_reference):
    ours = ego_facebook_agora
    assert ours["bfs_sample_size"] == 200 and ours["seed"] == 1
    assert_matches(ours, ego_facebook_reference, exact_distances=False)


def test_ego_facebook_matches_published_statistics(ego_facebook_agora):
    ours = ego_facebook_agora
    assert ours["nodes"] == 4039
    assert ours["edges"] == 88234
    assert ours["triangles"] == 1_612_010
    assert abs(ours["average_clustering"] - 0.6055) <= 5e-5
    assert abs(ours["transitivity"] - 0.519174) <= 5e-7
    assert ours["components"] == 1
    assert ours["diameter_estimate"] <= 8


def test_reference_clustering_shortcut_agrees_with_networkx(karate, directed_gnp):
    for path, directed in ((karate, False), (directed_gnp, True)):
        undirected = reference.load_edge_list(str(path), directed).to_undirected()
        derived = reference.clustering_from_triangles(undirected, nx.triangles(undirected))
        assert close(derived[0], nx.average_clustering(undirected), EXACT)
        assert close(derived[1], nx.transitivity(undirected), EXACT)


def test_reference_distances_agree_with_networkx(karate):
    graph = reference.load_edge_list(str(karate), directed=False)
    histogram = [0] * (nx.diameter(graph) + 1)
    for _, lengths in nx.all_pairs_shortest_path_length(graph):
        for distance in lengths.values():
            if distance > 0:
                histogram[distance] += 1
    assert reference.distance_histogram(graph) == histogram


def test_missing_file_exits_with_status_2_and_names_the_path(tmp_path):
    if not AGORA.exists():
        pytest.fail(f"agora binary not found at {AGORA}")
    missing = tmp_path / "nope.edges"
    result = subprocess.run([str(AGORA), "graph", "stats", str(missing)], capture_output=True, text=True)
    assert result.returncode == 2
    assert str(missing) in result.stderr and "not found" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_reference_paradox_means_agree_with_networkx(karate):
    graph = reference.load_edge_list(str(karate), directed=False)
    paradox = reference.graph_statistics(graph)["friendship_paradox"]
    neighbour_means = nx.average_neighbor_degree(graph)
    assert close(paradox["mean_neighbor_degree_over_nodes"], sum(neighbour_means.values()) / len(neighbour_means), EXACT)


def test_string_ids_match_networkx(tmp_path):
    graph = nx.relabel_nodes(nx.karate_club_graph(), {i: f"member-{i}" for i in range(34)})
    path = write_edges(graph, tmp_path / "named.edges")
    ref = reference.graph_statistics(reference.load_edge_list(str(path), directed=False, string_ids=True))
    ours = agora_stats(path, "--string-ids", "--sample", "100")
    assert ours["pagerank_top"][0]["id"].startswith("member-")
    assert_matches(ours, ref, exact_distances=True)
