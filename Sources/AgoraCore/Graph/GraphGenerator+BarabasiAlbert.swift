extension GraphGenerator {
    /// Directed preferential attachment with the "+1" offset (the bench reference model).
    ///
    /// Sampling proportional to (in-degree + 1) is O(1) per draw from the *repeated targets* list:
    /// it holds every node once plus once more per follower, so a uniform pick from it is a pick
    /// proportional to (in-degree + 1). Agent `i` draws from stream (graph, agent i,
    /// `StreamTag.barabasiAlbert`): first its `m` distinct followees (rejecting repeats, i.e.
    /// sequential sampling without replacement), then one Bernoulli per followee for the follow-back
    /// when `reciprocation > 0` (none otherwise, so `reciprocation: 0` is exactly the reference
    /// model). Followees are drawn from the state before agent `i` joined.
    /// Memory: one `UInt32` per node plus one per edge for the list.
    static func barabasiAlbertGraph(nodeCount n: Int, m: Int, reciprocation: Double, seed: UInt64) -> FollowGraph {
        var graph = FollowGraph(nodeCount: n)
        var targets: [UInt32] = []
        let expectedEdges = Double(n) * Double(m) * (1 + reciprocation)
        targets.reserveCapacity(n + Int(expectedEdges.rounded(.up)) + m * m + m)
        // Founders 0...m: a complete directed graph, so each has in-degree m.
        for a in 0...m {
            for b in 0...m where b != a { graph.follow(AgentID(a), AgentID(b)) }
            for _ in 0...m { targets.append(UInt32(a)) }
        }
        guard n > m + 1 else { return graph }
        var chosen: [UInt32] = []
        chosen.reserveCapacity(m)
        for i in (m + 1)..<n {
            var stream = RandomStream(seed: seed, purpose: .graph, agent: UInt32(i), sequence: StreamTag.barabasiAlbert)
            chosen.removeAll(keepingCapacity: true)
            let available = targets.count
            while chosen.count < m {
                let candidate = targets[stream.nextIndex(below: available)]
                if !chosen.contains(candidate) { chosen.append(candidate) }
            }
            let newcomer = AgentID(i)
            // Followees in drawn order keep the follow-back draws tied to the draw sequence;
            // the graph sorts each followee array itself.
            for target in chosen {
                graph.follow(newcomer, AgentID(target))
                targets.append(target)
            }
            targets.append(UInt32(i))
            if reciprocation > 0 {
                for target in chosen where stream.bernoulli(reciprocation) {
                    // `i` is the largest id so far, so this appends to the target's array.
                    graph.follow(AgentID(target), newcomer)
                    targets.append(UInt32(i))
                }
            }
        }
        return graph
    }
}
