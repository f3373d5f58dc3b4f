import AgoraCore
import AgoraTrace

extension ExposureMetricsAccumulator {
    /// How far ahead (in events) `consume(block:)` hints an impression's post record, and its
    /// author's record: the author is read from the post record, so that hint comes later.
    static let postHintDistance = 16
    static let authorHintDistance = 8
    /// How far ahead a session's viewer gets its followee-list slot hinted, and then the list
    /// itself (whose address the slot holds): every impression of the session tests whether the
    /// viewer follows the post's writer, and the first test of a session otherwise waits for the
    /// slot, the list's header and its elements in turn.
    static let followeeSlotHintDistance = 48
    static let followeeListHintDistance = 24

    /// Consumes a whole block, event by event in order — exactly `consume(_:)` on each event —
    /// with cache hints ahead of the impressions: each impression reads its post's record and,
    /// when the feed is folded, its author's record, both scattered over tens of megabytes at 1M
    /// agents, so without hints every impression waits for two cache misses in turn. O(events).
    public mutating func consume(block: TraceEventBlock) {
        let count = block.count
        let impression = EventKind.impression.rawValue
        let sessionStart = EventKind.sessionStart.rawValue
        var hints = RecordAddresses(of: self)
        for i in 0..<count {
            hints.followeeLists.refresh(for: graph)
            let slotAhead = i + Self.followeeSlotHintDistance
            if slotAhead < count, block.kinds[slotAhead] == sessionStart {
                hints.followeeLists.hintSlot(Int(block.agents[slotAhead]))
            }
            let listAhead = i + Self.followeeListHintDistance
            if listAhead < count, block.kinds[listAhead] == sessionStart {
                hints.followeeLists.hintList(Int(block.agents[listAhead]))
            }
            let far = i + Self.postHintDistance
            if far < count, block.kinds[far] == impression {
                hints.posts.hintWhole(Int(block.targets[far]))
            }
            let near = i + Self.authorHintDistance
            if near < count, block.kinds[near] == impression {
                let post = Int(block.targets[near])
                if post < posts.count { hints.authors.hint(Int(posts[post].author)) }
            }
            consume(block[i])
            if posts.count != hints.posts.count || authors.count != hints.authors.count { hints = RecordAddresses(of: self) }
        }
    }
}

/// Where the post and author records and the follow graph's followee lists are, for cache hints
/// only, taken once per block and again only when a record array grew (it may have moved); the
/// lists' addresses `FolloweeListHints.refresh(for:)` keeps current as the graph changes.
private struct RecordAddresses {
    let posts: PrefetchColumn
    let authors: PrefetchColumn
    var followeeLists: FolloweeListHints

    init(of accumulator: borrowing ExposureMetricsAccumulator) {
        posts = PrefetchColumn(accumulator.posts)
        authors = PrefetchColumn(accumulator.authors)
        followeeLists = FolloweeListHints(graph: accumulator.graph)
    }
}
