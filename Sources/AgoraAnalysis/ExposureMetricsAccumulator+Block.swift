import AgoraCore
import AgoraTrace

extension ExposureMetricsAccumulator {
    /// How far ahead (in events) `consume(block:)` hints an impression's post record, and its
    /// author's record: the author is read from the post record, so that hint comes later.
    static let postHintDistance = 16
    static let authorHintDistance = 8

    /// Consumes a whole block, event by event in order — exactly `consume(_:)` on each event —
    /// with cache hints ahead of the impressions: each impression reads its post's record and,
    /// when the feed is folded, its author's record, both scattered over tens of megabytes at 1M
    /// agents, so without hints every impression waits for two cache misses in turn. O(events).
    public mutating func consume(block: TraceEventBlock) {
        let count = block.count
        let impression = EventKind.impression.rawValue
        var hints = RecordAddresses(of: self)
        for i in 0..<count {
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
            if posts.count != hints.postCount || authors.count != hints.authorCount { hints = RecordAddresses(of: self) }
        }
    }
}

/// The start addresses of the post and author records (`Prefetch.address(of:)`), taken once and
/// again only when a record array grew (it may have moved). Used for cache hints only: a hint
/// never faults and changes no value, and the addresses are never dereferenced.
private struct RecordAddresses {
    let posts: UnsafeRawPointer?
    let postCount: Int
    let authors: UnsafeRawPointer?
    let authorCount: Int

    init(of accumulator: ExposureMetricsAccumulator) {
        posts = Prefetch.address(of: accumulator.posts)
        postCount = accumulator.posts.count
        authors = Prefetch.address(of: accumulator.authors)
        authorCount = accumulator.authors.count
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
