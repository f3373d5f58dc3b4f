import AgoraCore

/// Whom a newly arrived agent follows: the first account by preferential attachment (probability
/// ∝ followers + 1, Barabási & Albert 1999); each further one, with probability
/// `friendsOfFriendsProbability`, a uniformly drawn followee of an account already chosen
/// (triadic closure, friends of friends), else again by preferential attachment. Churned agents
/// can be followed; the new agent itself and duplicates are not.
///
/// Complexity: O(n) per preferential draw (one pass over follower counts), O(m) memory in
/// `chosen`; arrivals are rare next to sessions, so this stays off the hot path.
public enum ArrivalFollowChoice {
    /// Fills `chosen` (emptied first) with up to `count` distinct followees for `newcomer`, drawn
    /// from `stream`. Agents `0..<newcomer.index` are candidates.
    public static func choose(
        for newcomer: AgentID, count: Int, friendsOfFriendsProbability: Double, graph: FollowGraph,
        stream: inout RandomStream, into chosen: inout [UInt32]
    ) {
        chosen.removeAll(keepingCapacity: true)
        let candidates = min(newcomer.index, graph.nodeCount)
        let wanted = min(count, candidates)
        var attempts = 0
        while chosen.count < wanted && attempts < 20 * max(1, wanted) {
            attempts += 1
            var pick: UInt32?
            if !chosen.isEmpty && stream.nextUnit() < friendsOfFriendsProbability {
                let via = chosen[stream.nextIndex(below: chosen.count)]
                let theirs = graph.followees[Int(via)]
                if !theirs.isEmpty { pick = theirs[stream.nextIndex(below: theirs.count)] }
            }
            if pick == nil { pick = preferential(candidates: candidates, graph: graph, stream: &stream) }
            guard let pick, pick != newcomer.rawValue, Int(pick) < candidates, !chosen.contains(pick) else { continue }
            chosen.append(pick)
        }
    }

    /// One agent in `0..<candidates` drawn with probability ∝ followers + 1. O(candidates).
    static func preferential(candidates: Int, graph: FollowGraph, stream: inout RandomStream) -> UInt32 {
        var total = 0
        for index in 0..<candidates { total += Int(graph.followerCounts[index]) + 1 }
        var target = stream.nextIndex(below: total)
        for index in 0..<candidates {
            target -= Int(graph.followerCounts[index]) + 1
            if target < 0 { return UInt32(index) }
        }
        return UInt32(candidates - 1)
    }
}
