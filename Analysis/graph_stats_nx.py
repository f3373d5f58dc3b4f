#!/usr/bin/env python3
"""Reference implementation of `agora graph stats` with networkx (and scipy for distances).

Reads an edge list with the same rules as Agora's `EdgeListLoader` and computes every key of
`agora graph stats --format json` the way docs/graph-statistics.md defines it, using the named
networkx function wherever one exists. The power-law fit (Clauset-Shalizi-Newman, discrete) is
implemented here with the same Hurwitz-zeta formula as the Swift code because the `powerlaw`
package is not installed.

Usage: python graph_stats_nx.py FILE [--directed] [--string-ids]  (prints JSON)
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys

import networkx as nx
import numpy as np

_SEPARATORS = re.compile(r"[ \t,\r\v\f]+")
POWERLAW_MINIMUM_TAIL = 10
# networkx's average_clustering and transitivity each recount all triangles (seconds on
# ego-Facebook); above this size both are derived from one nx.triangles call with the same
# formulas (the tests check the two routes agree on the small graphs).
CLUSTERING_FROM_TRIANGLES_ABOVE = 2000


def load_edge_list(path: str, directed: bool, string_ids: bool = False) -> nx.Graph:
    """Reads `path` like EdgeListLoader: comments (#, %) and blank lines skipped, first two tokens
    of a line are the ids, self-loop lines skipped before the nodes are created, duplicates
    merged, nodes in order of first appearance (named by their token, or by str(int) of it)."""
    graph = nx.DiGraph() if directed else nx.Graph()
    with open(path, "rb") as handle:
        data = handle.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.decode("utf-8", errors="replace").split("\n"), start=1):
        tokens = [t for t in _SEPARATORS.split(raw) if t]
        if not tokens or tokens[0][0] in "#%":
            continue
        if len(tokens) < 2:
            raise ValueError(f"{path}:{number}: expected two node ids")
        u, v = tokens[0], tokens[1]
        if not string_ids:
            u, v = str(int(u)), str(int(v))
        if u == v:
            continue
        graph.add_edge(u, v)
    return graph


# ---- power law (CSN discrete MLE), same formulas as HurwitzZeta.swift / PowerLawFit.swift ----

_BERNOULLI = [1.0 / 12, -1.0 / 720, 1.0 / 30240, -1.0 / 1209600]


def hurwitz_zeta_and_log_moment(s: float, q: float) -> tuple[float, float]:
    """zeta(s, q) and sum_k ln(q+k) (q+k)^-s: 20 direct terms plus an Euler-Maclaurin tail."""
    zeta = 0.0
    moment = 0.0
    for k in range(20):
        x = q + k
        term = x ** -s
        zeta += term
        moment += math.log(x) * term
    m = q + 20
    log_m = math.log(m)
    m_power = m ** -s
    zeta += m * m_power / (s - 1) + m_power / 2
    moment += m * m_power * (log_m / (s - 1) + 1 / ((s - 1) * (s - 1))) + log_m * m_power / 2
    product = s
    reciprocal_sum = 1 / s
    power = m_power / m
    for j, c in enumerate(_BERNOULLI):
        zeta += c * product * power
        moment += c * product * (log_m - reciprocal_sum) * power
        a = s + (2 * j + 1)
        b = s + (2 * j + 2)
        product *= a * b
        reciprocal_sum += 1 / a + 1 / b
        power /= m * m
    return zeta, moment


def _solve_alpha(xmin: float, mean_log: float) -> float | None:
    def excess(alpha: float) -> float:
        zeta, moment = hurwitz_zeta_and_log_moment(alpha, xmin)
        return moment / zeta - mean_log

    low, high = 1.0 + 1e-9, 50.0
    if not (excess(low) > 0 and excess(high) < 0):
        return None
    for _ in range(200):
        mid = (low + high) / 2
        if mid == low or mid == high:
            break
        if excess(mid) > 0:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def powerlaw_fit(values) -> dict | None:
    """CSN discrete power-law fit with KS-chosen xmin (see docs/graph-statistics.md)."""
    values = [v for v in values if v >= 1]
    distinct, frequency = np.unique(values, return_counts=True)
    distinct = [int(x) for x in distinct]
    frequency = [int(f) for f in frequency]
    tail = [0] * (len(distinct) + 1)
    log_tail = [0.0] * (len(distinct) + 1)
    for i in range(len(distinct) - 1, -1, -1):
        tail[i] = tail[i + 1] + frequency[i]
        log_tail[i] = log_tail[i + 1] + frequency[i] * math.log(distinct[i])
    best = None
    for start in range(len(distinct) - 1):
        if tail[start] < POWERLAW_MINIMUM_TAIL:
            continue
        xmin = distinct[start]
        alpha = _solve_alpha(float(xmin), log_tail[start] / tail[start])
        if alpha is None:
            continue
        normaliser = hurwitz_zeta_and_log_moment(alpha, float(xmin))[0]
        below = 0
        distance = 0.0
        for i in range(start, len(distinct)):
            x = distinct[i]
            # zeta(a, x) = P(X >= x) zeta(a, xmin); P(X <= x) = 1 - (zeta(a, x) - x^-a) / zeta(a, xmin)
            upper = normaliser if i == start else hurwitz_zeta_and_log_moment(alpha, float(x))[0]
            if i > start:
                distance = max(distance, abs(below / tail[start] - (1 - upper / normaliser)))
            below += frequency[i]
            model = 1 - (upper - float(x) ** -alpha) / normaliser
            distance = max(distance, abs(below / tail[start] - model))
        if best is None or distance < best["ks"]:
            best = {"alpha": alpha, "xmin": xmin, "ks": distance, "tail_size": tail[start]}
    return best


# ---- the other statistics ----


def clustering_from_triangles(undirected: nx.Graph, triangles: dict) -> tuple[float, float]:
    """nx.average_clustering and nx.transitivity from per-node triangle counts:
    mean of 2t/(d(d-1)) (0 for d < 2) over all nodes, and 3T / sum C(d, 2)."""
    clustering_sum = 0.0
    corners = 0
    triples = 0
    for node, d in undirected.degree():
        t = triangles[node]
        corners += t
        triples += d * (d - 1) // 2
        if t > 0:
            clustering_sum += 2 * t / (d * (d - 1))
    n = undirected.number_of_nodes()
    return (clustering_sum / n if n else 0.0, corners / triples if corners else 0.0)


def gini(values) -> float:
    """sum_i (2i - n - 1) x_(i) / (n sum x), ascending order, i = 1..n; 0 when sum x = 0."""
    x = sorted(int(v) for v in values)
    n, total = len(x), sum(x)
    if n == 0 or total == 0:
        return 0.0
    return sum((2 * (i + 1) - n - 1) * v for i, v in enumerate(x)) / (n * total)


def distance_histogram(undirected: nx.Graph) -> list[int]:
    """Exact histogram of (source, target) pair distances over all sources, target != source
    reachable. Bit-parallel BFS: 64 sources per pass, one vectorised OR-gather per level."""
    nodes = list(undirected.nodes())
    n = len(nodes)
    if n == 0:
        return [0]
    adjacency = nx.to_scipy_sparse_array(undirected, nodelist=nodes, weight=None, format="csr")
    indptr, indices = adjacency.indptr, adjacency.indices
    isolated = np.diff(indptr) == 0
    starts = indptr[:-1]
    histogram = [0]
    for block in range(0, n, 64):
        sources = np.arange(block, min(n, block + 64))
        frontier = np.zeros(n, dtype=np.uint64)
        frontier[sources] = np.left_shift(np.uint64(1), (sources - block).astype(np.uint64))
        visited = frontier.copy()
        distance = 0
        while True:
            gathered = np.append(frontier[indices], np.uint64(0))
            reached = np.bitwise_or.reduceat(gathered, starts)
            reached[isolated] = 0
            new = reached & ~visited
            found = int(np.bitwise_count(new).sum())
            if found == 0:
                break
            distance += 1
            if len(histogram) <= distance:
                histogram.append(0)
            histogram[distance] += found
            visited |= new
            frontier = new
    return histogram


def effective_diameter(histogram: list[int], quantile: float = 0.9) -> float:
    """Smallest D with C(D) >= q P, interpolated: D - 1 + (q P - C(D-1)) / (C(D) - C(D-1))."""
    pairs = sum(histogram)
    if pairs == 0:
        return 0.0
    target = quantile * pairs
    cumulative = 0
    for d in range(1, len(histogram)):
        previous = cumulative
        cumulative += histogram[d]
        if cumulative >= target:
            return (d - 1) + (target - previous) / histogram[d]
    return float(len(histogram) - 1)


def _paradox(values: dict, neighbour_sets) -> tuple[dict, float, int]:
    """Weak (below the mean) and strong (below the median) fractions over nodes with a
    non-empty neighbour set, in exact integer arithmetic."""
    users = weak = strong = 0
    mean_of_means = 0.0
    for node, neighbours in neighbour_sets:
        neighbour_values = sorted(values[u] for u in neighbours)
        count = len(neighbour_values)
        if count == 0:
            continue
        users += 1
        total = sum(neighbour_values)
        mean_of_means += total / count
        if values[node] * count < total:
            weak += 1
        if 2 * values[node] < neighbour_values[(count - 1) // 2] + neighbour_values[count // 2]:
            strong += 1
    fractions = {
        "weak_fraction": weak / users if users else None,
        "strong_fraction": strong / users if users else None,
        "users": users,
    }
    return fractions, mean_of_means, users


def _nan_to_none(value: float):
    return None if value is None or math.isnan(value) else float(value)


def graph_statistics(graph: nx.Graph, pagerank_tol: float = 1e-13) -> dict:
    """Every key of `agora graph stats --format json` except the BFS sample size and seed
    (distances here are exact: all sources)."""
    directed = graph.is_directed()
    undirected = graph.to_undirected() if directed else graph
    n = graph.number_of_nodes()
    triangles_per_node = nx.triangles(undirected)
    fitted_degree = [d for _, d in (graph.in_degree() if directed else graph.degree())]
    pagerank = nx.pagerank(graph, alpha=0.85, tol=pagerank_tol, max_iter=100_000)
    nodes = list(graph.nodes())
    index = {node: i for i, node in enumerate(nodes)}
    ranked = sorted(nodes, key=lambda node: (-pagerank[node], index[node]))[:10]
    fit = powerlaw_fit(fitted_degree)
    if fit is not None:
        fit["degree"] = "in_degree" if directed else "degree"
    histogram = distance_histogram(undirected)
    core = nx.core_number(undirected)
    if n <= CLUSTERING_FROM_TRIANGLES_ABOVE:
        average_clustering = nx.average_clustering(undirected)
        transitivity = nx.transitivity(undirected)
    else:
        average_clustering, transitivity = clustering_from_triangles(undirected, triangles_per_node)
    stats = {
        "directed": directed,
        "nodes": n,
        "edges": graph.number_of_edges(),
        "density": nx.density(graph),
        "triangles": sum(triangles_per_node.values()) // 3,
        "average_clustering": average_clustering,
        "transitivity": transitivity,
        "degree_gini": gini(fitted_degree),
        "kcore_max": max(core.values()) if core else 0,
        "pagerank_top": [{"id": node, "score": pagerank[node]} for node in ranked],
        "pagerank": pagerank,
        "powerlaw": fit,
        "diameter_estimate": len(histogram) - 1,
        "effective_diameter_90": effective_diameter(histogram),
        "distance_histogram": histogram,
        "assortativity": _nan_to_none(nx.degree_assortativity_coefficient(graph)),
    }
    if directed:
        in_degree = dict(graph.in_degree())
        out_degree = dict(graph.out_degree())
        stats["reciprocity"] = nx.overall_reciprocity(graph)
        stats["weak_components"] = nx.number_weakly_connected_components(graph)
        strong = [len(c) for c in nx.strongly_connected_components(graph)]
        stats["strong_components"] = len(strong)
        stats["largest_scc"] = max(strong)
        paradox = {}
        for set_name, neighbours in (("followees", graph.successors), ("followers", graph.predecessors)):
            paradox[set_name] = {}
            for attribute, values in (("followers", in_degree), ("followees", out_degree)):
                paradox[set_name][attribute] = _paradox(values, ((v, neighbours(v)) for v in nodes))[0]
        stats["friendship_paradox"] = paradox
    else:
        degree = dict(graph.degree())
        total = sum(degree.values())
        fractions, mean_of_means, users = _paradox(degree, ((v, graph.neighbors(v)) for v in nodes))
        stats["components"] = nx.number_connected_components(graph)
        stats["friendship_paradox"] = {
            "mean_degree": total / n if n else 0.0,
            "mean_neighbor_degree_over_edges": sum(k * k for k in degree.values()) / total if total else None,
            "mean_neighbor_degree_over_nodes": mean_of_means / users if users else None,
            "weak_fraction": fractions["weak_fraction"],
            "strong_fraction": fractions["strong_fraction"],
            "nodes": users,
        }
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file")
    parser.add_argument("--directed", action="store_true")
    parser.add_argument("--string-ids", action="store_true")
    args = parser.parse_args(argv)
    stats = graph_statistics(load_edge_list(args.file, args.directed, args.string_ids))
    del stats["pagerank"]
    json.dump(stats, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
