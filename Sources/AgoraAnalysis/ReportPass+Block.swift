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
                hints.hintAuthor(author)
            }
            consume(time: block.times[i], kind: block.kinds[i], agent: block.agents[i], target: block.targets[i],
                    value: block.values[i], extra: block.extras[i])
            if !hints.isCurrent(for: self) { hints = ReportRowAddresses(of: self) }
        }
    }
}

/// The start addresses of the rows `ReportPass` reads per impression and per session
/// (`Prefetch.address(of:)`), taken once and again only when one of the arrays grew (it may have
/// moved). For cache hints only: a hint never faults and changes no value, and the addresses are
/// never dereferenced.
private struct ReportRowAddresses {
    let author: UnsafeRawPointer?
    let known: UnsafeRawPointer?
    let stance: UnsafeRawPointer?
    let postCount: Int
    let impressionsReceived: UnsafeRawPointer?
    let authorCount: Int
    let activeBits: UnsafeRawPointer?
    let lastSessionEnd: UnsafeRawPointer?
    let seenStanceSum: UnsafeRawPointer?
    let seenCount: UnsafeRawPointer?
    let agentCount: Int
    let viewerCount: Int
    let words: Int

    init(of pass: borrowing ReportPass) {
        author = Prefetch.address(of: pass.cascades.author)
        known = Prefetch.address(of: pass.cascades.known)
        stance = Prefetch.address(of: pass.cascades.stance)
        postCount = min(pass.cascades.author.count, pass.cascades.known.count, pass.cascades.stance.count)
        impressionsReceived = Prefetch.address(of: pass.cascades.impressionsReceived)
        authorCount = pass.cascades.impressionsReceived.count
        activeBits = Prefetch.address(of: pass.retention.activeBits)
        lastSessionEnd = Prefetch.address(of: pass.retention.lastSessionEnd)
        agentCount = min(pass.retention.agentCount, pass.retention.lastSessionEnd.count)
        seenStanceSum = Prefetch.address(of: pass.seenStanceSum)
        seenCount = Prefetch.address(of: pass.seenCount)
        viewerCount = min(pass.seenStanceSum.count, pass.seenCount.count)
        words = pass.retention.words
    }

    /// Whether every array still has the length these addresses were taken at.
    @inline(__always) func isCurrent(for pass: borrowing ReportPass) -> Bool {
        pass.cascades.author.count == postCount && pass.cascades.impressionsReceived.count == authorCount
            && pass.retention.agentCount == agentCount && pass.seenCount.count == viewerCount
    }

    /// Hints the post's author, known flag and stance.
    @inline(__always) func hintPost(_ post: Int) {
        guard post < postCount, let author, let known, let stance else { return }
        Prefetch.read(author + post * MemoryLayout<UInt32>.stride)
        Prefetch.read(known + post * MemoryLayout<Bool>.stride)
        Prefetch.read(stance + post * MemoryLayout<Float>.stride)
    }

    /// Hints the author's impression counter.
    @inline(__always) func hintAuthor(_ agent: Int) {
        guard agent < authorCount, let impressionsReceived else { return }
        Prefetch.read(impressionsReceived + agent * MemoryLayout<Int>.stride)
    }

    /// Hints a session's agent: its retention rows and its seen-stance counters.
    @inline(__always) func hintAgent(_ agent: Int) {
        if agent < agentCount, let activeBits, let lastSessionEnd {
            Prefetch.read(activeBits + agent * words * MemoryLayout<UInt64>.stride)
            Prefetch.read(lastSessionEnd + agent * MemoryLayout<Int64>.stride)
        }
        if agent < viewerCount, let seenStanceSum, let seenCount {
            Prefetch.read(seenStanceSum + agent * MemoryLayout<Double>.stride)
            Prefetch.read(seenCount + agent * MemoryLayout<Int32>.stride)
        }
    }
}
