import AgoraCore

/// Per-worker scratch memory for who-to-follow suggestions, reused across calls so that
/// suggesting allocates nothing once it has grown to the population size.
///
/// Holds a dense per-agent score accumulator (two-hop kinds), the list of agents it touched, and
/// a small best-first ranking of candidate agents. `@unchecked Sendable`: owned by one decide
/// thread at a time.
public final class FollowScratch: @unchecked Sendable {
    var accumulated: [Float] = []
    var touched: [UInt32] = []
    /// Ranked candidate agents, best first, and their scores.
    private(set) var ranked: [UInt32] = []
    private(set) var rankedScores: [Double] = []
    private var limit = 0

    /// Creates empty scratch.
    public init() {}

    /// Grows the accumulator to `agentCount` zeros (amortized; no allocation once grown).
    func prepare(agentCount: Int, limit: Int) {
        if accumulated.count < agentCount {
            accumulated.append(contentsOf: repeatElement(0, count: agentCount - accumulated.count))
        }
        touched.removeAll(keepingCapacity: true)
        ranked.removeAll(keepingCapacity: true)
        rankedScores.removeAll(keepingCapacity: true)
        self.limit = limit
    }

    /// Inserts a candidate agent in best-first order (ties: lower id first), keeping `limit`.
    /// O(limit).
    func rank(_ agent: UInt32, score: Double) {
        guard limit > 0, !ranked.contains(agent) else { return }
        if ranked.count >= limit {
            let last = rankedScores[ranked.count - 1]
            guard score > last || (score == last && agent < ranked[ranked.count - 1]) else { return }
            ranked.removeLast()
            rankedScores.removeLast()
        }
        var index = ranked.count
        while index > 0 {
            let s = rankedScores[index - 1]
            if s > score || (s == score && ranked[index - 1] < agent) { break }
            index -= 1
        }
        ranked.insert(agent, at: index)
        rankedScores.insert(score, at: index)
    }
}
