/// Where a `TraceReader` stands after reading blocks.
public enum TraceReadOutcome: Equatable, Sendable {
    /// More blocks may follow.
    case reading
    /// The footer was read and its totals match the blocks read.
    case complete(TraceFooter)
    /// The file ends without a footer (crash, kill -9, full disk, or still being written).
    /// Every complete block before the cut was read.
    case truncated(recoveredEvents: UInt64, recoveredBlocks: UInt64)
    /// A block is damaged; reading stopped before it. The error names the block and offset.
    case corrupted(TraceError)

    /// Whether the trace ended with a valid footer.
    public var isComplete: Bool {
        if case .complete = self { true } else { false }
    }

    /// The sentence `agora trace stats` prints for an incomplete trace, or `nil`.
    public var message: String? {
        switch self {
        case .reading, .complete: nil
        case let .truncated(events, blocks): "recovered \(events) events in \(blocks) complete blocks"
        case let .corrupted(error): error.description
        }
    }
}
