/// The fixed constants of trace format v1 (docs/trace-format.md repeats every one of them).
///
/// A trace file is: `fileMagic`, the length-prefixed JSON header with its CRC-32, then a sequence
/// of framed blocks (`TraceBlockType`), ended by a footer block when the run finished cleanly.
public enum TraceFormat {
    /// The format version this code writes and the highest it reads.
    public static let version = 1
    /// The eight bytes every trace starts with: `AGTRACE` and a newline.
    public static let fileMagic: [UInt8] = Array("AGTRACE\n".utf8)
    /// The four bytes every block header starts with: `AGBK`.
    public static let blockMagic: [UInt8] = Array("AGBK".utf8)
    /// Size of a block header in bytes: magic 4, type 1, reserved 3, compressed length 4,
    /// item count 4, uncompressed length 4, payload CRC-32 4, header CRC-32 4.
    public static let blockHeaderSize = 28
    /// The conventional file name of a run's trace (docs/architecture.md, "Contracts": output folder).
    public static let fileName = "trace.agtrace"

    /// Largest header JSON a reader accepts; larger lengths mean a damaged or foreign file.
    static let maxHeaderBytes = 16 << 20
    /// Largest decompressed block a reader accepts (guards allocations against hostile files).
    static let maxBlockBytes = 1 << 30
    /// Agents per agent-attributes block.
    static let agentsPerBlock = 65_536
    /// Edges per initial-graph block.
    static let edgesPerBlock = 1 << 20
    /// A text block is flushed once its UTF-8 bytes reach this size.
    static let textBlockBytes = 1 << 20
    /// A text block is flushed once it holds this many texts.
    static let textBlockEntries = 4096
    /// Default number of events per event block.
    public static let defaultBlockEvents = 65_536
}

/// What a block holds. Readers skip block types they do not know.
public enum TraceBlockType: UInt8, Sendable, CaseIterable {
    /// A run of agents' attributes (columnar, fixed-width little-endian).
    case agents = 1
    /// A run of initial follow edges (two zigzag-delta varint columns).
    case initialGraph = 2
    /// Up to `blockEvents` events (six columns).
    case events = 3
    /// Post texts (post id → UTF-8 text).
    case text = 4
    /// The footer: totals and end status; the last block of a complete trace.
    case footer = 5
}
