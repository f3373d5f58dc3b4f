import AgoraCore

/// Reads a trace: the header, agents and initial graph when opened, then blocks one at a time.
///
/// Reading never traps or hangs on damaged input: every length is checked against the file size,
/// both CRC-32s and the zstd checksum are verified, and the first problem ends the stream with an
/// `outcome` that says what was recovered (`truncated`) or which block is damaged (`corrupted`).
///
/// ```swift
/// var reader = try TraceReader(path: "runs/x/trace.agtrace")
/// while let block = reader.nextEventBlock() { total += block.count }
/// if !reader.outcome.isComplete { print(reader.outcome.message!) }
/// ```
public struct TraceReader {
    /// The trace's path.
    public let path: String
    /// The header.
    public let header: TraceHeader
    /// The agents' attributes at the start of the run.
    public let agents: AgentAttributes
    /// The follow graph at the start of the run.
    public let initialGraph: FollowGraph
    /// The file size in bytes.
    public var fileSize: Int { file.size }
    /// Where reading stands; final once `nextBlock()` has returned `nil`.
    public private(set) var outcome: TraceReadOutcome = .reading
    /// Events in the event blocks read so far.
    public private(set) var eventsRead: UInt64 = 0
    /// Event blocks read so far.
    public private(set) var eventBlocksRead: UInt64 = 0
    /// File bytes of the event blocks read (block headers and compressed payloads): the cost of
    /// the events alone, without the prologue (agents, initial graph), texts and footer.
    public private(set) var eventBlockBytes: UInt64 = 0
    /// Text blocks read so far.
    public private(set) var textBlocksRead: UInt64 = 0
    /// Texts read so far.
    public private(set) var textsRead: UInt64 = 0
    /// Events read so far per kind code (256 entries; codes unknown to this reader included).
    public private(set) var kindCounts = [UInt64](repeating: 0, count: 256)

    private let file: TraceFileSource
    private let decompressor: ZstdDecompressor
    private var offset: Int
    private var blockNumber: Int

    /// Opens `path` and reads the header, the agents and the initial graph.
    /// - Throws: `.notATrace` for a file without the trace magic, `.unsupportedVersion`,
    ///   `.corruptedHeader`, `.corruptedBlock` (a damaged agents or graph block),
    ///   `.truncatedPrologue`, or `.io`.
    public init(path: String) throws(TraceError) {
        let file = try TraceFileSource(path: path)
        guard let decompressor = ZstdDecompressor() else {
            throw .io(path: path, operation: "read the trace", reason: "zstd could not allocate a decompression context")
        }
        self.path = path
        self.file = file
        self.decompressor = decompressor
        let (header, headerEnd) = try Self.readHeader(file)
        self.header = header
        var prologue = TracePrologueReader(file: file, header: header, decompressor: decompressor, offset: headerEnd)
        try prologue.read()
        agents = prologue.agents
        initialGraph = prologue.graph
        offset = prologue.offset
        blockNumber = prologue.blockNumber
    }

    /// The next event or text block, or `nil` at the end — then `outcome` says whether the trace
    /// was complete, truncated or corrupted. Blocks of unknown types are skipped. O(block size).
    public mutating func nextBlock() -> TraceBlock? {
        while outcome == .reading {
            let result: TraceRawBlock.Result
            do {
                result = try TraceRawBlock.read(from: file, at: offset, decompressor: decompressor)
            } catch {
                outcome = .corrupted(error)
                return nil
            }
            switch result {
            case .truncated:
                outcome = .truncated(recoveredEvents: eventsRead, recoveredBlocks: eventBlocksRead)
                return nil
            case let .corrupted(reason):
                outcome = .corrupted(corrupted(reason))
                return nil
            case let .block(raw):
                if let block = accept(raw) { return block }
            }
        }
        return nil
    }

    /// The next event block, skipping text blocks; `nil` at the end (see `outcome`).
    public mutating func nextEventBlock() -> TraceEventBlock? {
        while let block = nextBlock() {
            if case let .events(events) = block { return events }
        }
        return nil
    }

    /// Handles one checked block: decodes it, or finishes on the footer. Returns the block to
    /// hand out, or `nil` when the caller should continue (unknown type) or stop (`outcome` set).
    private mutating func accept(_ raw: TraceRawBlock) -> TraceBlock? {
        let number = blockNumber
        defer {
            offset = raw.offset + raw.length
            blockNumber += 1
        }
        do throws(ByteCursor.Failure) {
            switch TraceBlockType(rawValue: raw.typeCode) {
            case .events:
                let block = try TraceBlockDecoder.decodeEvents(raw.payload, count: raw.itemCount, blockNumber: number)
                for kind in block.kinds { kindCounts[Int(kind)] += 1 }
                eventsRead += UInt64(block.count)
                eventBlocksRead += 1
                eventBlockBytes += UInt64(raw.length)
                return .events(block)
            case .text:
                let block = try TraceBlockDecoder.decodeTexts(raw.payload, count: raw.itemCount, blockNumber: number)
                textBlocksRead += 1
                textsRead += UInt64(block.texts.count)
                return .texts(block)
            case .footer:
                outcome = finishing(with: raw)
                return nil
            case .agents, .initialGraph:
                throw ByteCursor.Failure(reason: "an agents or initial-graph block after the first event block")
            case nil:
                return nil
            }
        } catch {
            outcome = .corrupted(corrupted(error.reason, offset: raw.offset))
            return nil
        }
    }

    /// Checks the footer against what was read and that nothing follows it.
    private func finishing(with raw: TraceRawBlock) -> TraceReadOutcome {
        let footer: TraceFooter
        switch TraceJSON.decode(TraceFooter.self, from: raw.payload, 0..<raw.payload.count) {
        case let .failure(failure): return .corrupted(corrupted("footer: \(failure.reason)", offset: raw.offset))
        case let .success(value): footer = value
        }
        var mismatches: [String] = []
        if footer.events != eventsRead { mismatches.append("\(footer.events) events (read \(eventsRead))") }
        if footer.eventBlocks != eventBlocksRead { mismatches.append("\(footer.eventBlocks) event blocks (read \(eventBlocksRead))") }
        if footer.textBlocks != textBlocksRead { mismatches.append("\(footer.textBlocks) text blocks (read \(textBlocksRead))") }
        if footer.texts != textsRead { mismatches.append("\(footer.texts) texts (read \(textsRead))") }
        for entry in footer.kindCounts where kindCounts[Int(entry.code)] != entry.count {
            mismatches.append("\(entry.count) events of kind \(entry.code) (read \(kindCounts[Int(entry.code)]))")
        }
        if !mismatches.isEmpty {
            return .corrupted(corrupted("footer says " + mismatches.joined(separator: ", "), offset: raw.offset))
        }
        let end = raw.offset + raw.length
        if end != file.size {
            return .corrupted(corrupted("\(file.size - end) bytes follow the footer", offset: raw.offset))
        }
        return .complete(footer)
    }

    private func corrupted(_ reason: String, offset: Int? = nil) -> TraceError {
        .corruptedBlock(path: path, block: blockNumber, offset: offset ?? self.offset, reason: reason)
    }
}
