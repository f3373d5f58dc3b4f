import AgoraCore

/// The two findings of Orlando et al. (2025, GABM) and the tie-strength view of Bagrow et al.
/// (2017) on the final follow graph of a run.
///
/// Over all follow edges u → v (u follows v): the mean in-degree and original posts of v and of u
/// (do agents follow the more influential, the more active?), and the edges binned by the
/// interactions of u with v's posts during the run (`like`, `repost`, `quote`, `comment` events by
/// u on posts v wrote), with the share of each bin's edges whose followee has more followers. The
/// metrics are declared in `MetricDefinition+FriendshipParadox.swift`.
enum FollowTieAnalysis {
    /// The bins, by increasing lower bound.
    static let bins = MetricDefinition.TieBin.allCases
    /// Each bin's inclusive lower bound of interactions.
    static let lowerBounds = bins.map(\.lowerBound)

    /// Key of a (follower, followee) pair in the interaction dictionary.
    @inline(__always) static func key(_ follower: UInt32, _ followee: UInt32) -> UInt64 {
        UInt64(follower) << 32 | UInt64(followee)
    }

    /// The metrics above for `graph`, agents' original posts and the tie interactions (one key
    /// per interaction, any order). O(E + I log I) for E edges and I interactions: the sorted keys
    /// are merged with the edges, which come in key order (followers ascending, each followee
    /// list sorted).
    static func measure(graph: FollowGraph, posts: [Int], interactionKeys: consuming [UInt64]) -> [MetricValue] {
        let edges = graph.edgeCount
        guard edges > 0 else { return [] }
        var unsorted = consume interactionKeys
        unsorted.sort()   // in place: the caller handed over its only reference
        let keys = unsorted
        // Fixed follower ranges on both cores; every total is an integer, so the sums do not
        // depend on the split. Each range starts its walk of the keys at its first follower's.
        let n = graph.nodeCount
        let parts = ChunkedParallelism.mapChunks(count: n, chunks: ChunkedParallelism.chunkCount(for: n)) { range in
            keys.withUnsafeBufferPointer { totals(followers: range, graph: graph, posts: posts, keys: $0) }
        }
        var total = TieTotals()
        for part in parts { total.add(part) }
        let e = Double(edges)
        var result = [
            MetricValue(.paradoxGABMFolloweeFollowersMean, value: Double(total.followeeIn) / e),
            MetricValue(.paradoxGABMFollowerFollowersMean, value: Double(total.followerIn) / e),
            MetricValue(.paradoxGABMFolloweePostsMean, value: Double(total.followeePosts) / e),
            MetricValue(.paradoxGABMFollowerPostsMean, value: Double(total.followerPosts) / e),
        ]
        for (i, bin) in bins.enumerated() {
            result.append(MetricValue(.tieEdges(bin), value: Double(total.binEdges[i])))
            if total.binEdges[i] > 0 {
                result.append(MetricValue(.tieFolloweeMoreFollowersShare(bin),
                                          value: Double(total.binMore[i]) / Double(total.binEdges[i])))
            }
        }
        return result
    }

    /// The totals over the out-edges of `followers` (a range of node ids).
    private static func totals(followers: Range<Int>, graph: FollowGraph, posts: [Int],
                               keys: UnsafeBufferPointer<UInt64>) -> TieTotals {
        var totals = TieTotals()
        func postsOf(_ v: Int) -> Int { v < posts.count ? posts[v] : 0 }
        let inDegree = graph.followerCounts
        guard let first = followers.first else { return totals }
        // The first key of this range: binary search for (first follower, followee 0).
        var next = 0
        var high = keys.count
        let start = key(UInt32(first), 0)
        while next < high {
            let mid = (next + high) >> 1
            if keys[mid] < start { next = mid + 1 } else { high = mid }
        }
        for u in followers {
            let uIn = Int(inDegree[u])
            for followee in graph.followees[u] {
                let v = Int(followee)
                let vIn = Int(inDegree[v])
                totals.followeeIn += vIn
                totals.followerIn += uIn
                totals.followeePosts += postsOf(v)
                totals.followerPosts += postsOf(u)
                let edgeKey = key(UInt32(u), followee)
                while next < keys.count && keys[next] < edgeKey { next += 1 }
                var count = 0
                while next < keys.count && keys[next] == edgeKey {
                    count += 1
                    next += 1
                }
                let bin = lowerBounds.lastIndex { count >= $0 } ?? 0
                totals.binEdges[bin] += 1
                if vIn > uIn { totals.binMore[bin] += 1 }
            }
        }
        return totals
    }
}

/// Integer totals of `FollowTieAnalysis` over a range of followers.
struct TieTotals: Sendable {
    var followeeIn = 0, followerIn = 0, followeePosts = 0, followerPosts = 0
    var binEdges = [Int](repeating: 0, count: FollowTieAnalysis.bins.count)
    var binMore = [Int](repeating: 0, count: FollowTieAnalysis.bins.count)

    /// Adds another range's totals.
    mutating func add(_ other: TieTotals) {
        followeeIn += other.followeeIn
        followerIn += other.followerIn
        followeePosts += other.followeePosts
        followerPosts += other.followerPosts
        for bin in binEdges.indices {
            binEdges[bin] += other.binEdges[bin]
            binMore[bin] += other.binMore[bin]
        }
    }
}
