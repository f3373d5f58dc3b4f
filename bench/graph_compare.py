"""Times the graph statistics of `agora graph stats` in networkx or python-igraph.

The same operations Agora's `GraphStatistics` runs, each timed: load the edge list, triangles
and clustering (average and global), k-core numbers, PageRank (alpha 0.85), degree
assortativity, connected components, and breadth-first searches from `--sources` sampled nodes
(Agora samples 200 by default). Prints one JSON object: seconds per operation and in total, and
a few values to check that the libraries computed the same graph.

    python bench/graph_compare.py Worlds/data/ego-facebook.edges --library igraph
"""

import argparse
import json
import random
import time


def timed(results, name, body):
    start = time.perf_counter()
    value = body()
    results[name] = time.perf_counter() - start
    return value


def read_edges(path):
    edges = []
    with open(path) as handle:
        for line in handle:
            if not line.strip() or line.lstrip()[0] in "#%":
                continue
            parts = line.replace(",", " ").split()
            if parts[0] != parts[1]:
                edges.append((int(parts[0]), int(parts[1])))
    return edges


def run_networkx(path, sources):
    import networkx as nx
    seconds = {}
    graph = timed(seconds, "load", lambda: nx.Graph(read_edges(path)))
    triangles = timed(seconds, "triangles", lambda: sum(nx.triangles(graph).values()) // 3)
    clustering = timed(seconds, "average_clustering", lambda: nx.average_clustering(graph))
    timed(seconds, "transitivity", lambda: nx.transitivity(graph))
    kcore = timed(seconds, "kcore", lambda: max(nx.core_number(graph).values()))
    timed(seconds, "pagerank", lambda: nx.pagerank(graph, alpha=0.85, tol=1e-10))
    timed(seconds, "assortativity", lambda: nx.degree_assortativity_coefficient(graph))
    components = timed(seconds, "components", lambda: nx.number_connected_components(graph))
    nodes = list(graph.nodes())
    picked = random.Random(1).sample(nodes, min(sources, len(nodes)))
    timed(seconds, "bfs_sample", lambda: [nx.single_source_shortest_path_length(graph, s) for s in picked])
    values = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "triangles": triangles,
              "average_clustering": clustering, "kcore_max": kcore, "components": components}
    return seconds, values


def run_igraph(path, sources):
    import igraph as ig
    seconds = {}

    def load():
        edges = read_edges(path)
        ids = {}
        for u, v in edges:
            ids.setdefault(u, len(ids))
            ids.setdefault(v, len(ids))
        graph = ig.Graph(n=len(ids), edges=[(ids[u], ids[v]) for u, v in edges])
        graph.simplify()
        return graph

    graph = timed(seconds, "load", load)
    def count_triangles():
        # Local clustering times the node's pairs of neighbours is its triangle count.
        local = graph.transitivity_local_undirected(mode="zero")
        return round(sum(c * d * (d - 1) / 2 for c, d in zip(local, graph.degree())) / 3)

    triangles = timed(seconds, "triangles", count_triangles)
    clustering = timed(seconds, "average_clustering",
                       lambda: graph.transitivity_avglocal_undirected(mode="zero"))
    timed(seconds, "transitivity", lambda: graph.transitivity_undirected())
    kcore = timed(seconds, "kcore", lambda: max(graph.coreness()))
    timed(seconds, "pagerank", lambda: graph.pagerank(damping=0.85))
    timed(seconds, "assortativity", lambda: graph.assortativity_degree(directed=False))
    components = timed(seconds, "components", lambda: len(graph.connected_components()))
    picked = random.Random(1).sample(range(graph.vcount()), min(sources, graph.vcount()))
    timed(seconds, "bfs_sample", lambda: graph.distances(source=picked))
    values = {"nodes": graph.vcount(), "edges": graph.ecount(), "triangles": triangles,
              "average_clustering": clustering, "kcore_max": kcore, "components": components}
    return seconds, values


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--library", choices=["networkx", "igraph"], required=True)
    parser.add_argument("--sources", type=int, default=200)
    args = parser.parse_args()
    start = time.perf_counter()
    seconds, values = (run_networkx if args.library == "networkx" else run_igraph)(args.file, args.sources)
    total = time.perf_counter() - start
    print(json.dumps({"library": args.library, "file": args.file, "total_seconds": total,
                      "seconds": seconds, "values": values}))


if __name__ == "__main__":
    main()
