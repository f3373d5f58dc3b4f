import AgoraCore

/// The friendship paradox of a run over time: at every daily snapshot (and on the final graph)
/// the four directed variants of `FriendshipParadox.directed`, the generalized paradox for
/// activity and virality, and Feld's global versus node-level means.
///
/// Names (repeated in `docs/metrics.md`; `<set>` ∈ {followees, followers} is the neighbour set,
/// `<attr>` the compared attribute, `<kind>` ∈ {weak, strong}):
/// - `friendship_paradox.<set>.<attr>.<kind>_fraction` with `<attr>` ∈ {followers, followees}
///   (in-/out-degree), `posts` (original posts written so far: generalized paradox for
///   activity) and `reposts_received` (reposts of the agent's posts so far: virality);
/// - `friendship_paradox.feld.mean_followers`: mean in-degree over all agents (global mean);
///   `friendship_paradox.feld.followee_followers_over_edges`: mean in-degree of the followee at
///   the end of a random follow edge (Feld's mean, Σ in² / Σ in);
///   `friendship_paradox.feld.followee_followers_over_nodes`: mean over agents with followees of
///   their followees' mean in-degree (the node-level mean).
/// Every value is a series (t = snapshot day; day 0 is the initial graph of the trace header) and
/// a scalar on the graph at the end of the trace.
struct FriendshipParadoxSeries {
    private(set) var points: [TimeseriesValue] = []
    /// The metrics of the most recent `record` (of the initial graph before any snapshot).
    private(set) var lastMeasure: [(String, Double)] = []

    /// Measures one graph; returns the metrics by name (fractions without users are left out).
    static func measure(graph: FollowGraph, posts: [Int], repostsReceived: [Int]) -> [(String, Double)] {
        let csr = CSRGraph(followGraph: graph)
        let n = csr.nodeCount
        var out: [(String, Double)] = []
        func add(_ name: String, _ f: FriendshipParadox.Fractions) {
            if let w = f.weakFraction { out.append(("friendship_paradox.\(name).weak_fraction", w)) }
            if let s = f.strongFraction { out.append(("friendship_paradox.\(name).strong_fraction", s)) }
        }
        // One pass per neighbour direction for all four compared attributes: in-degree
        // (followers), out-degree (followees), posts written and reposts received.
        let inDegree = (0..<n).map { csr.inDegree($0) }
        let outDegree = (0..<n).map { csr.outDegree($0) }
        let activity = (0..<n).map { $0 < posts.count ? posts[$0] : 0 }
        let virality = (0..<n).map { $0 < repostsReceived.count ? repostsReceived[$0] : 0 }
        let attributes = [("followers", inDegree), ("followees", outDegree), ("posts", activity), ("reposts_received", virality)]
        let byFollowees = FriendshipParadox.compareMany(attributes.map(\.1), neighborOffsets: csr.outOffsets,
                                                        neighbors: csr.outTargets)
        let byFollowers = FriendshipParadox.compareMany(attributes.map(\.1), neighborOffsets: csr.inOffsets,
                                                        neighbors: csr.inSources)
        // Names in the order the series always had.
        add("followees.followers", byFollowees[0].fractions)
        add("followees.followees", byFollowees[1].fractions)
        add("followers.followers", byFollowers[0].fractions)
        add("followers.followees", byFollowers[1].fractions)
        for a in 2..<4 {
            add("followees.\(attributes[a].0)", byFollowees[a].fractions)
            add("followers.\(attributes[a].0)", byFollowers[a].fractions)
        }
        var inSum = 0, inSquares = 0
        for v in 0..<n {
            let k = csr.inDegree(v)
            inSum += k
            inSquares += k * k
        }
        if n > 0 { out.append(("friendship_paradox.feld.mean_followers", Double(inSum) / Double(n))) }
        if inSum > 0 {
            out.append(("friendship_paradox.feld.followee_followers_over_edges", Double(inSquares) / Double(inSum)))
        }
        // Feld's node-level mean is the mean-of-means of the followees × followers comparison.
        let users = byFollowees[0].users
        let meanOfMeans = byFollowees[0].meanOfMeans
        if users > 0 { out.append(("friendship_paradox.feld.followee_followers_over_nodes", meanOfMeans / Double(users))) }
        return out
    }

    /// Records the measures of the snapshot of `day` (replacing earlier points of that day: the
    /// initial graph is recorded as day 0 and a trace's own snapshot of day 0 replaces it).
    mutating func record(day: Int, graph: FollowGraph, posts: [Int], repostsReceived: [Int]) {
        points.removeAll { $0.day == day }
        lastMeasure = Self.measure(graph: graph, posts: posts, repostsReceived: repostsReceived)
        for (name, value) in lastMeasure {
            points.append(TimeseriesValue(name: name, day: day, value: value))
        }
    }

    /// Whether and when the paradox (followees × followers, weak) emerged: scalars
    /// `friendship_paradox.emergence.initial_weak_fraction` (day 0: the initial graph),
    /// `friendship_paradox.emergence.change` (final − day 0) and
    /// `friendship_paradox.emergence.first_day_above_half` (first snapshot day with a weak
    /// fraction above 0.5; −1 when none).
    func emergence(finalWeak: Double?) -> [MetricValue] {
        let series = points.filter { $0.name == "friendship_paradox.followees.followers.weak_fraction" }
        guard let first = series.first else { return [] }
        var result = [MetricValue(name: "friendship_paradox.emergence.initial_weak_fraction", value: first.value)]
        if let finalWeak { result.append(MetricValue(name: "friendship_paradox.emergence.change", value: finalWeak - first.value)) }
        let day = series.first { $0.value > 0.5 }?.day ?? -1
        result.append(MetricValue(name: "friendship_paradox.emergence.first_day_above_half", value: Double(day)))
        return result
    }
}
