import AgoraCore
import AgoraTrace

extension ReportPass {
    /// How far ahead (in events) `consume(_:)` hints an impression's post columns, then its
    /// author's impression counter (the author is read from the post's column, so later).
    static let postHintDistance = 16
    static let authorHintDistance = 8
    /// How far ahead a session's agent gets its retention rows and its seen-stance counters
    /// hinted (one session's events are about 14).
    static let sessionHintDistance = 24

    /// Consumes every event of a block, in order — exactly `consume(time:kind:…)` on each — with
    /// cache hints ahead: at 1M agents each impression reads its post's author, "known" flag and
    /// stance and its author's counter, and each session its agent's retention rows, all
    /// scattered over tens of megabytes, so without hints every one of them is a cache miss in
    /// turn. O(events).
    mutating func consume(_ block: TraceEventBlock) {
        let count = block.count
        let impression = EventKind.impression.rawValue
        let sessionStart = EventKind.sessionStart.rawValue
        var hints = ReportRowAddresses(of: self)
        for i in 0..<count {
            let session = i + Self.sessionHintDistance
            if session < count, block.kinds[session] == sessionStart { hints.hintAgent(Int(block.agents[session])) }
            let far = i + Self.postHintDistance
            if far < count, block.kinds[far] == impression { hints.hintPost(Int(block.targets[far])) }
            let near = i + Self.authorHintDistance
            if near < count, block.kinds[near] == impression, let author = cascades.authorOf(block.targets[near]) {
                hints.impressionsReceived.hint(author)
            }
            consume(time: block.times[i], kind: block.kinds[i], agent: block.agents[i], target: block.targets[i],
                    value: block.values[i], extra: block.extras[i])
            if !hints.isCurrent(for: self) { hints = ReportRowAddresses(of: self) }
        }
    }
}

/// Where the rows `ReportPass` reads per impression and per session are, for cache hints only,
/// taken once per block and again only when one of the arrays grew (it may have moved).
private struct ReportRowAddresses {
    let author: PrefetchColumn
    let known: PrefetchColumn
    let stance: PrefetchColumn
    let impressionsReceived: PrefetchColumn
    let activeBits: PrefetchColumn
    let words: Int
    let lastSessionEnd: PrefetchColumn
    let seenStanceSum: PrefetchColumn
    let seenCount: PrefetchColumn

    init(of pass: borrowing ReportPass) {
        author = PrefetchColumn(pass.cascades.author)
        known = PrefetchColumn(pass.cascades.known)
        stance = PrefetchColumn(pass.cascades.stance)
        impressionsReceived = PrefetchColumn(pass.cascades.impressionsReceived)
        activeBits = PrefetchColumn(pass.retention.activeBits)
        words = pass.retention.words
        lastSessionEnd = PrefetchColumn(pass.retention.lastSessionEnd)
        seenStanceSum = PrefetchColumn(pass.seenStanceSum)
        seenCount = PrefetchColumn(pass.seenCount)
    }

    /// Whether every array still has the length these addresses were taken at.
    @inline(__always) func isCurrent(for pass: borrowing ReportPass) -> Bool {
        pass.cascades.author.count == author.count && pass.cascades.impressionsReceived.count == impressionsReceived.count
            && pass.retention.lastSessionEnd.count == lastSessionEnd.count && pass.seenCount.count == seenCount.count
    }

    /// Hints the post's author, known flag and stance.
    @inline(__always) func hintPost(_ post: Int) {
        author.hint(post)
        known.hint(post)
        stance.hint(post)
    }

    /// Hints a session's agent: its retention rows and its seen-stance counters.
    @inline(__always) func hintAgent(_ agent: Int) {
        activeBits.hintRow(agent, rowWidth: words)
        lastSessionEnd.hint(agent)
        seenStanceSum.hint(agent)
        seenCount.hint(agent)
    }
}
