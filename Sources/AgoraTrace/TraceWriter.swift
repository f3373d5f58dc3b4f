import AgoraCore

/// Writes one run's trace: header, agents and initial graph up front, then events in columnar
/// zstd blocks compressed on a background thread, text blocks, and a footer.
///
/// Usage: create it before the first event, call `append` from the apply phase (one thread),
/// `appendText` for LLM-written posts, and `finish` once. Blocks go to disk as they fill, each
/// with one `write` call, so a process killed at any moment leaves a readable prefix.
///
/// Not thread-safe: one owner calls `append`/`appendText`/`finish`.
public final class TraceWriter: TraceEventSink, TraceTextSink {
    /// The trace file.
    public let path: String
    /// The header as written (with agent, topic and edge counts filled in).
    public let header: TraceHeader
    /// Events per block.
    @usableFromInline let blockEvents: Int
    /// The block being filled: `blockEvents` slots owned by `pipeline`, `filled` of them used.
    @usableFromInline var buffer: UnsafeMutablePointer<TraceEvent>
    /// Events in `buffer`.
    @usableFromInline var filled = 0
    private let pipeline: TraceBlockPipeline
    private var textPosts: [UInt32] = []
    private var textLengths: [Int] = []
    private var textUTF8: [UInt8] = []
    private var finished = false

    /// Creates the file at `path` and writes the header, the agents' attributes and the initial
    /// follow graph. `header.agentCount`, `topicCount` and `initialEdgeCount` are set from
    /// `agents` and `initialGraph`.
    /// - Parameter compressionLevel: zstd level, 1–19 (3 is a good speed/size balance).
    /// - Throws: `TraceError.invalidInput` when `agents` and `initialGraph` disagree on the number
    ///   of agents, or the block size is not positive; `.io` when the file cannot be written.
    public init(
        path: String, header: TraceHeader, agents: AgentAttributes, initialGraph: FollowGraph,
        compressionLevel: Int32 = 3
    ) throws(TraceError) {
        guard header.blockEvents > 0 else {
            throw .invalidInput(reason: "block size must be positive, got \(header.blockEvents)")
        }
        try Self.validate(agents: agents, graph: initialGraph)
        var header = header
        header.formatVersion = TraceFormat.version
        header.agentCount = agents.count
        header.topicCount = agents.topicCount
        header.initialEdgeCount = initialGraph.edgeCount
        self.path = path
        self.header = header
        self.blockEvents = header.blockEvents
        let fileWriter = try TraceBlockFileWriter(path: path, compressionLevel: compressionLevel)
        try Self.writePrologue(header: header, agents: agents, graph: initialGraph, to: fileWriter)
        pipeline = TraceBlockPipeline(fileWriter: fileWriter, blockEvents: blockEvents)
        buffer = pipeline.takeBuffer()
        pipeline.start()
    }

    deinit {
        // Abandoned without `finish`: flush what was appended and leave the file without a footer,
        // exactly like an interrupted process.
        if !finished {
            if filled > 0 { _ = pipeline.submitEvents(buffer, count: filled) }
            _ = pipeline.stopAndWait()
        }
    }

    /// Appends one event. Amortized O(1) and allocation-free: events go into a preallocated
    /// buffer; a full buffer is handed to the compressor thread, waiting only when
    /// `TraceBlockPipeline.inFlight` blocks are already queued.
    @inlinable
    public func append(_ event: TraceEvent) {
        buffer[filled] = event
        filled &+= 1
        if filled == blockEvents { submitFullBlock() }
    }

    /// Hands the current buffer to the pipeline and takes an empty one.
    @usableFromInline
    func submitFullBlock() {
        precondition(!finished, "TraceWriter.append called after finish")
        buffer = pipeline.submitEvents(buffer, count: filled)
        filled = 0
    }

    /// Records the text of a post. Texts are collected into text blocks of about 1 MiB, written
    /// between event blocks at positions fixed by the order of calls (so traces stay
    /// deterministic); a text block may precede the event block holding its posts' events.
    public func appendText(post: UInt32, text: String) {
        precondition(!finished, "TraceWriter.appendText called after finish")
        let before = textUTF8.count
        textUTF8.append(contentsOf: text.utf8)
        textPosts.append(post)
        textLengths.append(textUTF8.count - before)
        if textUTF8.count >= TraceFormat.textBlockBytes || textPosts.count >= TraceFormat.textBlockEntries {
            submitTexts()
        }
    }

    /// Flushes the last blocks, writes the footer with `status` and the simulated time reached,
    /// waits for the compressor thread and closes the file.
    /// - Throws: the first I/O or compression error met while writing any block.
    public func finish(status: TraceEndStatus, simulatedTime: SimTime) throws(TraceError) -> TraceWriteSummary {
        guard !finished else { throw .invalidInput(reason: "finish called twice on \(path)") }
        if filled > 0 {
            buffer = pipeline.submitEvents(buffer, count: filled)
            filled = 0
        }
        if !textPosts.isEmpty { submitTexts() }
        pipeline.submit(.footer(status, simulatedTime: simulatedTime.milliseconds))
        finished = true
        if let failure = pipeline.stopAndWait() { throw failure }
        return TraceWriteSummary(
            events: pipeline.eventsWritten, eventBlocks: pipeline.eventBlocks, textBlocks: pipeline.textBlocks,
            bytes: pipeline.fileWriter.bytesWritten, eventBlockBytes: pipeline.eventBlockBytes,
            kindCounts: pipeline.kindCounts)
    }

    private func submitTexts() {
        pipeline.submit(.texts(posts: textPosts, lengths: textLengths, utf8: textUTF8))
        textPosts = []
        textLengths = []
        textUTF8 = []
    }
}
