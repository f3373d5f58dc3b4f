extension GraphGenerator {
    /// Holme–Kim (2002) power-law cluster graph, following networkx's `powerlaw_cluster_graph`.
    ///
    /// Nodes `0..<m` start without edges. Each later node `s` (stream (graph, agent s,
    /// `StreamTag.holmeKim`)) draws `m` distinct preferential targets from the repeated-nodes list
    /// (each node once per edge end, the first `m` nodes once to start), links to the first, and
    /// then makes `m − 1` more links: with probability `triadProbability` to a uniformly chosen
    /// neighbour of the last target that `s` is not yet linked to (a triangle), otherwise to its
    /// next preferential target. As in networkx, a preferential target already reached through a
    /// triangle is not linked twice, so a node can end with fewer than `m` links. Ties are mutual
    /// follows.
    static func holmeKimGraph(nodeCount n: Int, m: Int, triadProbability p: Double, seed: UInt64) -> FollowGraph {
        var neighbours = [[UInt32]](repeating: [], count: n)
        var repeated: [UInt32] = (0..<m).map(UInt32.init)
        repeated.reserveCapacity(m + 4 * n * m)
        var preferential: [UInt32] = []
        preferential.reserveCapacity(m)
        for source in m..<n {
            var stream = RandomStream(seed: seed, purpose: .graph, agent: UInt32(source), sequence: StreamTag.holmeKim)
            let s = UInt32(source)
            preferential.removeAll(keepingCapacity: true)
            while preferential.count < m {
                let candidate = repeated[stream.nextIndex(below: repeated.count)]
                if !preferential.contains(candidate) { preferential.append(candidate) }
            }
            var nextPreferential = 0
            func link(_ target: UInt32) {
                if !neighbours[source].contains(target) {
                    neighbours[source].append(target)
                    neighbours[Int(target)].append(s)
                }
                repeated.append(target)
            }
            var target = preferential[nextPreferential]
            nextPreferential += 1
            link(target)
            var count = 1
            while count < m {
                if stream.bernoulli(p),
                   let friend = randomEligibleNeighbour(of: target, for: source, neighbours: neighbours, stream: &stream) {
                    link(friend)
                    count += 1
                    continue
                }
                target = preferential[nextPreferential]
                nextPreferential += 1
                link(target)
                count += 1
            }
            for _ in 0..<m { repeated.append(s) }
        }
        return makeGraph(adjacency: neighbours)
    }

    /// A neighbour of `target` that is not `source` and not yet linked to it, uniformly at random;
    /// `nil` when there is none. A few uniform picks with rejection first (cheap for hubs), then
    /// one exact pass over the list: both stages are uniform over the eligible neighbours.
    private static func randomEligibleNeighbour(
        of target: UInt32, for source: Int, neighbours: [[UInt32]], stream: inout RandomStream
    ) -> UInt32? {
        let list = neighbours[Int(target)]
        let own = neighbours[source]
        func eligible(_ node: UInt32) -> Bool { Int(node) != source && !own.contains(node) }
        for _ in 0..<8 {
            let candidate = list[stream.nextIndex(below: list.count)]
            if eligible(candidate) { return candidate }
        }
        var eligibleCount = 0
        for node in list where eligible(node) { eligibleCount += 1 }
        guard eligibleCount > 0 else { return nil }
        var pick = stream.nextIndex(below: eligibleCount)
        for node in list where eligible(node) {
            if pick == 0 { return node }
            pick -= 1
        }
        return nil
    }
}
