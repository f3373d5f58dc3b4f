import AgoraCore

/// The friendship paradox of a run over time: at every daily snapshot (and on the final graph)
/// the four directed variants of `FriendshipParadox.directed`, the generalized paradox for
/// activity (posts written) and virality (reposts received), and Feld's global versus node-level
/// means; the metrics are declared in `MetricDefinition+FriendshipParadox.swift`.
/// Every value is a series (t = snapshot day; day 0 is the initial graph of the trace header) and
/// a scalar on the graph at the end of the trace.
struct FriendshipParadoxSeries {
    private(set) var points: [TimeseriesValue] = []
    /// The metric whose emergence `emergence(finalWeak:)` follows: followees × followers, weak.
    static let emergenceMetric = MetricDefinition.friendshipParadox(.followees, .followers, .weak)

    /// One measured metric of a graph.
    typealias Measure = (metric: MetricDefinition, value: Double)

    /// The metrics of the most recent `record` (of the initial graph before any snapshot).
    private(set) var lastMeasure: [Measure] = []

    /// Measures one graph (fractions without users are left out).
    static func measure(graph: FollowGraph, posts: [Int], repostsReceived: [Int]) -> [Measure] {
        let csr = CSRGraph(followGraph: graph)
        let n = csr.nodeCount
        var out: [Measure] = []
        func add(_ set: MetricDefinition.ParadoxNeighbours, _ attribute: MetricDefinition.ParadoxAttribute,
                 _ f: FriendshipParadox.Fractions) {
            if let w = f.weakFraction { out.append((.friendshipParadox(set, attribute, .weak), w)) }
            if let s = f.strongFraction { out.append((.friendshipParadox(set, attribute, .strong), s)) }
        }
        // One pass per neighbour direction for all four compared attributes: in-degree
        // (followers), out-degree (followees), posts written and reposts received.
        let inDegree = (0..<n).map { csr.inDegree($0) }
        let outDegree = (0..<n).map { csr.outDegree($0) }
        let activity = (0..<n).map { $0 < posts.count ? posts[$0] : 0 }
        let virality = (0..<n).map { $0 < repostsReceived.count ? repostsReceived[$0] : 0 }
        let attributes: [(MetricDefinition.ParadoxAttribute, [Int])] = [
            (.followers, inDegree), (.followees, outDegree), (.posts, activity), (.repostsReceived, virality),
        ]
        let byFollowees = FriendshipParadox.compareMany(attributes.map(\.1), neighborOffsets: csr.outOffsets,
                                                        neighbors: csr.outTargets)
        let byFollowers = FriendshipParadox.compareMany(attributes.map(\.1), neighborOffsets: csr.inOffsets,
                                                        neighbors: csr.inSources)
        // Names in the order the series always had.
        add(.followees, .followers, byFollowees[0].fractions)
        add(.followees, .followees, byFollowees[1].fractions)
        add(.followers, .followers, byFollowers[0].fractions)
        add(.followers, .followees, byFollowers[1].fractions)
        for a in 2..<4 {
            add(.followees, attributes[a].0, byFollowees[a].fractions)
            add(.followers, attributes[a].0, byFollowers[a].fractions)
        }
        var inSum = 0, inSquares = 0
        for v in 0..<n {
            let k = csr.inDegree(v)
            inSum += k
            inSquares += k * k
        }
        if n > 0 { out.append((.paradoxFeldMeanFollowers, Double(inSum) / Double(n))) }
        if inSum > 0 { out.append((.paradoxFeldFolloweeFollowersOverEdges, Double(inSquares) / Double(inSum))) }
        // Feld's node-level mean is the mean-of-means of the followees × followers comparison.
        let users = byFollowees[0].users
        let meanOfMeans = byFollowees[0].meanOfMeans
        if users > 0 { out.append((.paradoxFeldFolloweeFollowersOverNodes, meanOfMeans / Double(users))) }
        return out
    }

    /// Records the measures of the snapshot of `day` (replacing earlier points of that day: the
    /// initial graph is recorded as day 0 and a trace's own snapshot of day 0 replaces it).
    mutating func record(day: Int, graph: FollowGraph, posts: [Int], repostsReceived: [Int]) {
        points.removeAll { $0.day == day }
        lastMeasure = Self.measure(graph: graph, posts: posts, repostsReceived: repostsReceived)
        for measured in lastMeasure {
            points.append(TimeseriesValue(measured.metric, day: day, value: measured.value))
        }
    }

    /// Whether and when the paradox (`emergenceMetric`) emerged: its value on day 0 (the initial
    /// graph), its change to `finalWeak`, and the first snapshot day it exceeds 0.5 (−1 when none).
    func emergence(finalWeak: Double?) -> [MetricValue] {
        let series = points.filter { $0.name == Self.emergenceMetric.name }
        guard let first = series.first else { return [] }
        var result = [MetricValue(.paradoxEmergenceInitialWeakFraction, value: first.value)]
        if let finalWeak { result.append(MetricValue(.paradoxEmergenceChange, value: finalWeak - first.value)) }
        let day = series.first { $0.value > 0.5 }?.day ?? -1
        result.append(MetricValue(.paradoxEmergenceFirstDayAboveHalf, value: Double(day)))
        return result
    }
}
