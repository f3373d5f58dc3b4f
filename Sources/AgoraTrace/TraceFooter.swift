import AgoraCore

/// How a run ended, as recorded in the footer.
public enum TraceEndStatus: String, Codable, Sendable, Equatable {
    /// The run reached its horizon.
    case completed
    /// The run was stopped early (SIGINT) at a window boundary and its trace flushed.
    case interrupted
}

/// The last block of a complete trace: end status and totals, which readers check against the
/// blocks they read.
public struct TraceFooter: Codable, Equatable, Sendable {
    /// Count of one kind code.
    public struct KindCount: Codable, Equatable, Sendable {
        /// The kind code.
        public var code: UInt8
        /// Events of that kind.
        public var count: UInt64
    }

    /// How the run ended.
    public var status: TraceEndStatus
    /// The simulated time reached (the horizon, or where an interrupted run stopped), in ms.
    public var simulatedTimeMilliseconds: Int64
    /// Events in all event blocks.
    public var events: UInt64
    /// Number of event blocks.
    public var eventBlocks: UInt64
    /// Number of text blocks.
    public var textBlocks: UInt64
    /// Number of texts in all text blocks.
    public var texts: UInt64
    /// Events per kind code, ascending by code, zero counts omitted.
    public var kindCounts: [KindCount]

    /// The simulated time reached.
    public var simulatedTime: SimTime { SimTime(milliseconds: simulatedTimeMilliseconds) }

    enum CodingKeys: String, CodingKey {
        case status
        case simulatedTimeMilliseconds = "simulated_time_ms"
        case events
        case eventBlocks = "event_blocks"
        case textBlocks = "text_blocks"
        case texts
        case kindCounts = "kind_counts"
    }
}

/// What `TraceWriter.finish` reports.
public struct TraceWriteSummary: Equatable, Sendable {
    /// Events written.
    public var events: UInt64
    /// Event blocks written.
    public var eventBlocks: UInt64
    /// Text blocks written.
    public var textBlocks: UInt64
    /// Size of the trace file in bytes.
    public var bytes: UInt64
    /// Bytes of the event blocks alone (headers and compressed payloads).
    public var eventBlockBytes: UInt64
    /// Events per kind code (index = code), 256 entries.
    public var kindCounts: [UInt64]

    /// Events per byte-size, for summaries (`0` without events).
    public var bytesPerEvent: Double { events == 0 ? 0 : Double(bytes) / Double(events) }
    /// Event-block bytes per event (`0` without events): the cost of the events without the
    /// prologue, texts and footer.
    public var eventBytesPerEvent: Double { events == 0 ? 0 : Double(eventBlockBytes) / Double(events) }
}
