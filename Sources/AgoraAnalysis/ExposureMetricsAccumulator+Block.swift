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
        let follow = EventKind.follow.rawValue, unfollow = EventKind.unfollow.rawValue, arrival = EventKind.arrival.rawValue
        var hints = RecordAddresses(of: self)
        for i in 0..<count {
            let slotAhead = i + Self.followeeSlotHintDistance
            if slotAhead < count, block.kinds[slotAhead] == sessionStart {
                hints.hintFolloweeSlot(Int(block.agents[slotAhead]))
            }
            let listAhead = i + Self.followeeListHintDistance
            if listAhead < count, block.kinds[listAhead] == sessionStart {
                hints.hintFolloweeList(Int(block.agents[listAhead]))
            }
            let far = i + Self.postHintDistance
            if far < count, block.kinds[far] == impression {
                hints.hintPost(Int(block.targets[far]))
            }
            let near = i + Self.authorHintDistance
            if near < count, block.kinds[near] == impression {
                let post = Int(block.targets[near])
                if post < posts.count { hints.hintAuthor(Int(posts[post].author)) }
            }
            consume(block[i])
            // A follow, unfollow or arrival may have moved the graph's outer array (copy on write
            // while the initial graph is still shared, or growth), whose slots the hints read.
            let kind = block.kinds[i]
            if kind == follow || kind == unfollow || kind == arrival
                || posts.count != hints.postCount || authors.count != hints.authorCount {
                hints = RecordAddresses(of: self)
            }
        }
    }
}

/// The start addresses of the post and author records and of the follow graph's followee-list
/// slots (`Prefetch.address(of:)`), taken once and again only when an array grew (it may have
/// moved). Used for cache hints only: a hint never faults and changes no value, and the record
/// addresses are never dereferenced; the one memory read is a followee-list slot (in bounds),
/// for the address of the list it refers to, so the addresses are taken again after every event
/// that can move the graph's outer array.
private struct RecordAddresses {
    let posts: UnsafeRawPointer?
    let postCount: Int
    let authors: UnsafeRawPointer?
    let authorCount: Int
    let followees: UnsafeRawPointer?
    let nodeCount: Int

    init(of accumulator: borrowing ExposureMetricsAccumulator) {
        posts = Prefetch.address(of: accumulator.posts)
        postCount = accumulator.posts.count
        authors = Prefetch.address(of: accumulator.authors)
        authorCount = accumulator.authors.count
        // An array value is one reference to its storage; hint nothing if that ever changes.
        followees = MemoryLayout<[UInt32]>.size == MemoryLayout<UInt>.size ? Prefetch.address(of: accumulator.graph.followees) : nil
        nodeCount = accumulator.graph.nodeCount
    }

    /// Hints the slot of `agent`'s followee list (an array reference in the graph's outer array).
    @inline(__always) func hintFolloweeSlot(_ agent: Int) {
        guard let followees, agent < nodeCount else { return }
        Prefetch.read(followees + agent * MemoryLayout<[UInt32]>.stride)
    }

    /// Hints `agent`'s followee list: its storage (header and first elements), whose address is
    /// the reference its slot holds (hinted earlier, so this read is usually cached).
    @inline(__always) func hintFolloweeList(_ agent: Int) {
        guard let followees, agent < nodeCount else { return }
        let storage = followees.load(fromByteOffset: agent * MemoryLayout<[UInt32]>.stride, as: UInt.self)
        guard let list = UnsafeRawPointer(bitPattern: storage) else { return }
        Prefetch.read(list)
        Prefetch.read(list + 64)
    }

    /// Hints both cache lines a 40-byte post record can straddle.
    @inline(__always) func hintPost(_ index: Int) {
        guard let posts, index < postCount else { return }
        let start = posts + index * MemoryLayout<PostExposure>.stride
        Prefetch.read(start)
        Prefetch.read(start + (MemoryLayout<PostExposure>.stride - 1))
    }

    @inline(__always) func hintAuthor(_ index: Int) {
        guard let authors, index < authorCount else { return }
        Prefetch.read(authors + index * MemoryLayout<AuthorExposure>.stride)
    }
}
