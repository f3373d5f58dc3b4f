extension GraphGenerator {
    /// Watts–Strogatz, following networkx's `watts_strogatz_graph` step by step.
    ///
    /// The lattice ties `u` to `u ± 1 … u ± k/2` (mod n). Then, for each offset `j = 1…k/2` and
    /// each node `u` in order, the tie `u — u+j` is rewired with probability `rewiring` to
    /// `u — w`, `w` uniform among nodes that are neither `u` nor already tied to `u` (left as is
    /// when `u` is tied to everyone). Undirected ties are mutual follows. Directed: `u` follows
    /// `u ± 1 … u ± k/2` and each of its own follows (to the right and to the left) is rewired
    /// the same way, so every out-degree stays exactly `k`. Node `u` draws for offset `j` from
    /// stream (graph, agent u, `StreamTag.wattsStrogatz + j`).
    static func wattsStrogatzGraph(nodeCount n: Int, k: Int, rewiring p: Double, directed: Bool, seed: UInt64) -> FollowGraph {
        let half = k / 2
        // Undirected: neighbour lists; directed: followee lists. Unsorted, duplicate-free.
        var adjacency = [[UInt32]](repeating: [], count: n)
        for u in 0..<n {
            adjacency[u].reserveCapacity(k + 1)
        }
        for u in 0..<n {
            for j in 1...half {
                let right = UInt32((u + j) % n)
                adjacency[u].append(right)
                if directed {
                    adjacency[u].append(UInt32((u - j + n) % n))
                } else {
                    adjacency[Int(right)].append(UInt32(u))
                }
            }
        }
        guard p > 0 else { return makeGraph(adjacency: adjacency) }
        for j in 1...half {
            for u in 0..<n {
                var stream = RandomStream(seed: seed, purpose: .graph, agent: UInt32(u), sequence: StreamTag.wattsStrogatz + UInt64(j))
                for side in 0..<(directed ? 2 : 1) where stream.bernoulli(p) {
                    let v = side == 0 ? (u + j) % n : (u - j + n) % n
                    guard adjacency[u].count < n - 1 else { continue }
                    var w = stream.nextIndex(below: n)
                    while w == u || adjacency[u].contains(UInt32(w)) {
                        w = stream.nextIndex(below: n)
                    }
                    remove(UInt32(v), from: &adjacency[u])
                    adjacency[u].append(UInt32(w))
                    if !directed {
                        remove(UInt32(u), from: &adjacency[v])
                        adjacency[w].append(UInt32(u))
                    }
                }
            }
        }
        return makeGraph(adjacency: adjacency)
    }

    /// Removes one occurrence of `value` from an unsorted list (order is not kept).
    private static func remove(_ value: UInt32, from list: inout [UInt32]) {
        if let index = list.firstIndex(of: value) {
            list.swapAt(index, list.count - 1)
            list.removeLast()
        }
    }

    /// A follow graph with `adjacency[u]` as the followees of `u`.
    static func makeGraph(adjacency: [[UInt32]]) -> FollowGraph {
        var graph = FollowGraph(nodeCount: adjacency.count)
        for (follower, list) in adjacency.enumerated() {
            for followee in list.sorted() { graph.follow(AgentID(follower), AgentID(followee)) }
        }
        return graph
    }
}
