import Foundation

/// Edges collected by a generator before they become a ``FollowGraph``.
///
/// Generators draw edges in whatever order their algorithm dictates; inserting those one by one
/// into the sorted followee arrays of `FollowGraph` would cost O(out-degree) each. The buffer keeps
/// unsorted per-agent lists instead and hands them over sorted, so that every insertion appends:
/// building costs O(V + E log d) overall. Duplicates and self-loops are dropped by the graph.
struct GeneratorEdgeBuffer {
    /// Unsorted followees of each agent, duplicates allowed until ``makeGraph()``.
    private(set) var followees: [[UInt32]]

    /// An empty buffer for `nodeCount` agents.
    init(nodeCount: Int) {
        followees = Array(repeating: [], count: nodeCount)
    }

    /// Records `follower → followee`. O(1) amortized.
    @inline(__always)
    mutating func addFollow(_ follower: UInt32, _ followee: UInt32) {
        followees[Int(follower)].append(followee)
    }

    /// Records a mutual follow pair (an undirected edge). O(1) amortized.
    @inline(__always)
    mutating func addMutual(_ a: UInt32, _ b: UInt32) {
        followees[Int(a)].append(b)
        followees[Int(b)].append(a)
    }

    /// Builds the follow graph, dropping self-loops and merging duplicates. O(V + E log d).
    func makeGraph() -> FollowGraph {
        var graph = FollowGraph(nodeCount: followees.count)
        for (follower, list) in followees.enumerated() where !list.isEmpty {
            let sorted = list.sorted()
            let from = AgentID(follower)
            for followee in sorted { graph.follow(from, AgentID(followee)) }
        }
        return graph
    }
}

extension RandomStream {
    /// Calls `body` with each index of `0..<count` independently selected with probability `p`,
    /// in increasing order, by geometric skipping (Batagelj & Brandes 2005): the gap to the next
    /// selected index is geometric, so the cost is O(1 + selected), not O(count).
    /// Draws one number per selected index plus one to end the range.
    @inline(__always)
    mutating func forEachBernoulliIndex(count: Int, probability p: Double, _ body: (Int) -> Void) {
        guard count > 0, p > 0 else { return }
        if p >= 1 {
            for index in 0..<count { body(index) }
            return
        }
        let logQ = log1p(-p)
        var index = -1
        let limit = Double(count)
        while true {
            let skip = (log(nextOpenUnit()) / logQ).rounded(.down)
            if skip >= limit - Double(index) - 1 { return }
            index += 1 + Int(skip)
            if index >= count { return }
            body(index)
        }
    }
}

/// The `sequence` part of each generator's random-stream keys: the generator in the high 32 bits,
/// the phase of the algorithm in the low ones, so two generators (or two phases) never share
/// numbers for the same seed and agent.
enum StreamTag {
    static let erdosRenyi: UInt64 = 1 << 32
    static let erdosRenyiEdges: UInt64 = 2 << 32
    static let barabasiAlbert: UInt64 = 3 << 32
    static let wattsStrogatz: UInt64 = 4 << 32
    static let stochasticBlock: UInt64 = 5 << 32
    static let holmeKim: UInt64 = 6 << 32
    static let configurationModel: UInt64 = 7 << 32
}
