import AgoraCore
import Foundation

/// What `agora trace stats` reports: events per kind by name, blocks, size per event, and whether
/// the trace is complete (docs/architecture.md, "Contracts": `agora trace stats`).
public struct TraceStats: Equatable, Sendable {
    /// Events of one kind.
    public struct KindCount: Equatable, Sendable {
        /// The kind code.
        public var code: UInt8
        /// Its name from the trace's kind table (`kind_<code>` when the table lacks it).
        public var name: String
        /// Events of that kind.
        public var count: UInt64
    }

    /// Events read (all of them for a complete trace, the recovered ones otherwise).
    public var events: UInt64
    /// Event blocks read.
    public var blocks: UInt64
    /// Every kind of the trace's kind table plus any other code that occurred, ascending by code.
    public var kinds: [KindCount]
    /// The trace file's size in bytes.
    public var fileBytes: Int
    /// Bytes of the event blocks alone (see `TraceReader.eventBlockBytes`).
    public var eventBlockBytes: UInt64
    /// How reading ended.
    public var outcome: TraceReadOutcome

    /// Whether the trace ended with a valid footer.
    public var complete: Bool { outcome.isComplete }
    /// File bytes per event (0 without events).
    public var bytesPerEvent: Double { events == 0 ? 0 : Double(fileBytes) / Double(events) }
    /// Event-block bytes per event: what tracing one more event costs, without the one-off
    /// prologue (agents and initial graph) that dominates short runs of large worlds.
    public var eventBytesPerEvent: Double { events == 0 ? 0 : Double(eventBlockBytes) / Double(events) }

    /// Reads the whole trace at `path`, streaming block by block (memory: one block). O(file size).
    /// - Throws: the errors of `TraceReader.init` (not a trace, damaged header or prologue, I/O).
    ///   A truncated or corrupted event stream is not thrown: it is in `outcome`.
    public init(path: String) throws(TraceError) {
        var reader = try TraceReader(path: path)
        while reader.nextBlock() != nil {}
        events = reader.eventsRead
        blocks = reader.eventBlocksRead
        fileBytes = reader.fileSize
        eventBlockBytes = reader.eventBlockBytes
        outcome = reader.outcome
        let counts = reader.kindCounts
        let header = reader.header
        let codes = Set(header.kinds.map(\.code)).union(counts.indices.filter { counts[$0] > 0 }.map { UInt8($0) })
        kinds = codes.sorted().map { KindCount(code: $0, name: header.kindName($0), count: counts[Int($0)]) }
    }

    /// The human-readable table: one line per kind with a non-zero count, then totals.
    public func renderText() -> String {
        let width = max(17, kinds.map(\.name.count).max() ?? 0)
        var lines: [String] = []
        for kind in kinds where kind.count > 0 {
            lines.append(kind.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(kind.count)")
        }
        lines.append("events".padding(toLength: width, withPad: " ", startingAt: 0) + "  \(events)")
        lines.append("blocks".padding(toLength: width, withPad: " ", startingAt: 0) + "  \(blocks)")
        lines.append("bytes/event".padding(toLength: width, withPad: " ", startingAt: 0)
            + "  " + String(format: "%.2f", bytesPerEvent))
        lines.append("event bytes/event".padding(toLength: width, withPad: " ", startingAt: 0)
            + "  " + String(format: "%.2f", eventBytesPerEvent))
        lines.append("complete".padding(toLength: width, withPad: " ", startingAt: 0) + "  \(complete ? "yes" : "no")")
        return lines.joined(separator: "\n")
    }

    /// One JSON object with exactly the keys `events`, `blocks`, `kinds` (name → count, every
    /// kind of the table including zeros, in code order), `bytes_per_event`, `complete`.
    public func renderJSON() -> String {
        let kindMembers = kinds.map { "\(TextEscaping.jsonString($0.name)):\($0.count)" }.joined(separator: ",")
        return "{\"events\":\(events),\"blocks\":\(blocks),\"kinds\":{\(kindMembers)},"
            + "\"bytes_per_event\":\(String(format: "%.4f", bytesPerEvent)),\"complete\":\(complete)}"
    }
}
