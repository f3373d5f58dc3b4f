extension GraphGenerator {
    /// Stochastic block model by geometric skipping, block pair by block pair.
    ///
    /// Node `u` draws its row from stream (graph, agent u, `StreamTag.stochasticBlock`): for each
    /// block `b` in order, the candidates in `b` (all but `u` when directed; only nodes above `u`
    /// when undirected) are selected independently with `pIn` inside `u`'s block and `pOut`
    /// outside it. Blocks are contiguous id ranges in layout order; the community of a node is
    /// the index of its block.
    static func stochasticBlockGraph(sizes: [Int], pIn: Double, pOut: Double, directed: Bool, seed: UInt64) -> GeneratedGraph {
        let n = sizes.reduce(0, +)
        var starts: [Int] = []
        starts.reserveCapacity(sizes.count + 1)
        var community = [UInt32](repeating: 0, count: n)
        var offset = 0
        for (block, size) in sizes.enumerated() {
            starts.append(offset)
            for node in offset..<(offset + size) { community[node] = UInt32(block) }
            offset += size
        }
        starts.append(n)
        var buffer = GeneratorEdgeBuffer(nodeCount: n)
        for u in 0..<n {
            var stream = RandomStream(seed: seed, purpose: .graph, agent: UInt32(u), sequence: StreamTag.stochasticBlock)
            let home = Int(community[u])
            let follower = UInt32(u)
            for block in 0..<sizes.count {
                let p = block == home ? pIn : pOut
                let start = starts[block]
                let end = starts[block + 1]
                if directed {
                    if block == home {
                        stream.forEachBernoulliIndex(count: end - start - 1, probability: p) { index in
                            let v = start + index
                            buffer.addFollow(follower, UInt32(v < u ? v : v + 1))
                        }
                    } else {
                        stream.forEachBernoulliIndex(count: end - start, probability: p) { index in
                            buffer.addFollow(follower, UInt32(start + index))
                        }
                    }
                } else if block >= home {
                    let first = block == home ? u + 1 : start
                    stream.forEachBernoulliIndex(count: end - first, probability: p) { index in
                        buffer.addMutual(follower, UInt32(first + index))
                    }
                }
            }
        }
        return GeneratedGraph(graph: buffer.makeGraph(), community: community)
    }
}
