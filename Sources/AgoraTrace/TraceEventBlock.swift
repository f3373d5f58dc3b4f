import AgoraCore

/// The events of one event block, column by column, as decoded by `TraceReader`.
///
/// Columns have equal length `count`; event `i` is `(times[i], kinds[i], agents[i], targets[i],
/// values[i], extras[i])`. Kind codes are kept raw, so codes unknown to this reader survive.
public struct TraceEventBlock: Equatable, Sendable {
    /// The block's number in file order (every block counts, from 0 after the header).
    public var blockNumber: Int
    /// Event times in simulated milliseconds.
    public var times: [Int64]
    /// Raw kind codes.
    public var kinds: [UInt8]
    /// Acting agents.
    public var agents: [UInt32]
    /// Targets (post, user or sequence number, per kind).
    public var targets: [UInt32]
    /// First kind-specific value.
    public var values: [Int64]
    /// Second kind-specific value.
    public var extras: [Int64]

    /// Number of events in the block.
    public var count: Int { kinds.count }

    /// Event `index` as a `TraceEvent`. O(1).
    public subscript(index: Int) -> TraceEvent {
        TraceEvent(
            time: SimTime(milliseconds: times[index]), kindCode: kinds[index], agent: agents[index],
            target: targets[index], value: values[index], extra: extras[index])
    }

    /// All events of the block, in trace order. O(count).
    public var events: [TraceEvent] { (0..<count).map { self[$0] } }
}

/// The texts of one text block: post ids and their UTF-8 texts, in write order.
public struct TraceTextBlock: Equatable, Sendable {
    /// The block's number in file order.
    public var blockNumber: Int
    /// Post ids.
    public var posts: [UInt32]
    /// Texts, parallel to `posts`.
    public var texts: [String]
}

/// A block the streaming reader hands out.
public enum TraceBlock: Equatable, Sendable {
    /// A block of events.
    case events(TraceEventBlock)
    /// A block of post texts.
    case texts(TraceTextBlock)
}
