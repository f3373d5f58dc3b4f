/// The directed, mutable follow graph: `a → b` means agent `a` follows agent `b`.
///
/// Storage is one sorted followee array per agent plus follower counts, so that
/// - "does `a` follow `b`?" is a binary search, O(log out-degree);
/// - following/unfollowing is an insertion/removal in one small array, O(out-degree);
/// - reading an agent's followees (the hot path of in-network feeds) is a contiguous scan.
/// Self-follows and duplicate edges are never stored.
public struct FollowGraph: Sendable, Equatable {
    /// Sorted followee ids of each agent.
    public private(set) var followees: [[UInt32]]
    /// Number of followers (in-degree) of each agent.
    public private(set) var followerCounts: [UInt32]
    /// Number of edges (follow relations).
    public private(set) var edgeCount: Int
    /// Changes whenever the outer array of `followees` may have moved: at every added node (the
    /// array may grow into new storage) and every added or removed edge (the first edit after the
    /// graph value was copied copies the outer array). `FolloweeListHints` compares it to know
    /// when its slot addresses are stale; it is bookkeeping, not part of the graph's value (`==`
    /// ignores it).
    @usableFromInline private(set) var storageGeneration: UInt64 = 0

    /// Creates a graph of `nodeCount` agents and no edges.
    public init(nodeCount: Int) {
        followees = Array(repeating: [], count: nodeCount)
        followerCounts = Array(repeating: 0, count: nodeCount)
        edgeCount = 0
    }

    /// Number of agents (nodes), including those without edges.
    @inlinable public var nodeCount: Int { followerCounts.count }

    /// Adds an agent without edges and returns its id. Amortized O(1).
    @discardableResult
    public mutating func addNode() -> AgentID {
        storageGeneration &+= 1
        followees.append([])
        followerCounts.append(0)
        return AgentID(followerCounts.count - 1)
    }

    /// Whether `follower` follows `followee`: a binary search of `follower`'s followee list
    /// (`position(of:in:)`). O(log out-degree).
    @inlinable
    public func follows(_ follower: AgentID, _ followee: AgentID) -> Bool {
        FollowGraph.position(of: followee.rawValue, in: followees[follower.index]).found
    }

    /// Makes `follower` follow `followee`. Returns `false` (and changes nothing) for a self-follow
    /// or an existing edge. O(out-degree); amortised O(1) when `followee` sorts after every
    /// current followee (how a trace's initial graph arrives: each follower's list in order).
    @discardableResult
    public mutating func follow(_ follower: AgentID, _ followee: AgentID) -> Bool {
        guard follower != followee else { return false }
        if let last = followees[follower.index].last, last >= followee.rawValue {
            let (index, found) = FollowGraph.position(of: followee.rawValue, in: followees[follower.index])
            guard !found else { return false }
            followees[follower.index].insert(followee.rawValue, at: index)
        } else {
            followees[follower.index].append(followee.rawValue)
        }
        followerCounts[followee.index] += 1
        edgeCount += 1
        storageGeneration &+= 1
        return true
    }

    /// Removes the edge `follower → followee`. Returns `false` when there was none. O(out-degree).
    @discardableResult
    public mutating func unfollow(_ follower: AgentID, _ followee: AgentID) -> Bool {
        let (index, found) = FollowGraph.position(of: followee.rawValue, in: followees[follower.index])
        guard found else { return false }
        followees[follower.index].remove(at: index)
        followerCounts[followee.index] -= 1
        edgeCount -= 1
        storageGeneration &+= 1
        return true
    }

    /// Out-degree (number of followees) of an agent.
    @inlinable public func followeeCount(of agent: AgentID) -> Int { followees[agent.index].count }

    /// Whether two graphs have the same nodes and edges (however each came to them). O(V + E).
    public static func == (lhs: FollowGraph, rhs: FollowGraph) -> Bool {
        lhs.edgeCount == rhs.edgeCount && lhs.followerCounts == rhs.followerCounts && lhs.followees == rhs.followees
    }

    /// Every edge as (follower, followee), ordered by follower then followee. O(V + E).
    public func edges() -> [(follower: UInt32, followee: UInt32)] {
        var result: [(follower: UInt32, followee: UInt32)] = []
        result.reserveCapacity(edgeCount)
        for (follower, list) in followees.enumerated() {
            for followee in list { result.append((UInt32(follower), followee)) }
        }
        return result
    }
}
