extension GraphGenerator {
    /// Number of possible edges among `n` nodes (ordered pairs when directed), saturating at
    /// `Int.max`.
    static func pairCount(nodeCount n: Int, directed: Bool) -> Int {
        let (ordered, overflow) = n.multipliedReportingOverflow(by: n - 1)
        if overflow { return directed ? Int.max : Int.max / 2 }
        return directed ? ordered : ordered / 2
    }

    /// G(n, p). Row `u` draws from stream (graph, agent u, `StreamTag.erdosRenyi`): directed rows cover the
    /// n − 1 other nodes, undirected rows the nodes above `u`.
    static func erdosRenyiGraph(nodeCount n: Int, p: Double, directed: Bool, seed: UInt64) -> FollowGraph {
        var buffer = GeneratorEdgeBuffer(nodeCount: n)
        for u in 0..<n {
            var stream = RandomStream(seed: seed, purpose: .graph, agent: UInt32(u), sequence: StreamTag.erdosRenyi)
            let follower = UInt32(u)
            if directed {
                stream.forEachBernoulliIndex(count: n - 1, probability: p) { index in
                    buffer.addFollow(follower, UInt32(index < u ? index : index + 1))
                }
            } else {
                stream.forEachBernoulliIndex(count: n - 1 - u, probability: p) { index in
                    buffer.addMutual(follower, UInt32(u + 1 + index))
                }
            }
        }
        return buffer.makeGraph()
    }

    /// G(n, m): `edges` distinct pairs drawn uniformly without replacement from one stream
    /// (graph, agent 0, `StreamTag.erdosRenyiEdges`). When more than half of all pairs are wanted, the pairs to
    /// leave out are drawn instead, so rejection never dominates.
    static func erdosRenyiEdgesGraph(nodeCount n: Int, edges: Int, directed: Bool, seed: UInt64) -> FollowGraph {
        var stream = RandomStream(seed: seed, purpose: .graph, agent: 0, sequence: StreamTag.erdosRenyiEdges)
        let pairs = pairCount(nodeCount: n, directed: directed)
        let complement = edges > pairs / 2
        let drawCount = complement ? pairs - edges : edges
        // Key of a pair: follower · n + followee, with follower < followee when undirected.
        var drawn = Set<UInt64>(minimumCapacity: drawCount)
        var drawnInOrder: [UInt64] = []
        drawnInOrder.reserveCapacity(drawCount)
        while drawnInOrder.count < drawCount {
            var a = stream.nextIndex(below: n)
            var b = stream.nextIndex(below: n - 1)
            if b >= a { b += 1 }
            if !directed && a > b { swap(&a, &b) }
            let key = UInt64(a) * UInt64(n) + UInt64(b)
            if drawn.insert(key).inserted { drawnInOrder.append(key) }
        }
        var buffer = GeneratorEdgeBuffer(nodeCount: n)
        func add(_ a: Int, _ b: Int) {
            if directed { buffer.addFollow(UInt32(a), UInt32(b)) } else { buffer.addMutual(UInt32(a), UInt32(b)) }
        }
        if complement {
            // Dense case: enumerate every pair not left out (at most 2 · edges pairs).
            for a in 0..<n {
                for b in (directed ? 0 : a + 1)..<n where b != a {
                    if !drawn.contains(UInt64(a) * UInt64(n) + UInt64(b)) { add(a, b) }
                }
            }
        } else {
            for key in drawnInOrder { add(Int(key / UInt64(n)), Int(key % UInt64(n))) }
        }
        return buffer.makeGraph()
    }
}
