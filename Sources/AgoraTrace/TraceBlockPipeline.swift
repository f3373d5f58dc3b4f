import AgoraCore
import Foundation

/// The background half of `TraceWriter`: a worker thread that encodes, compresses and writes
/// blocks in submission order while the simulation keeps running.
///
/// Memory is bounded: there are exactly `inFlight + 1` event buffers of `blockEvents` events,
/// allocated once; the writer fills one, and `submitEvents` hands it over and waits for a free one,
/// so at most `inFlight` full blocks wait for or undergo compression. Buffers are raw pointers so
/// that `TraceWriter.append` needs no array bookkeeping or exclusivity checks per event.
///
/// `@unchecked Sendable` invariant: `queue`, `freeBuffers`, `filledBuffers`, `failure` and
/// `workerDone` are only touched while holding `condition`. A buffer is owned by exactly one side
/// at a time: the writer between taking and submitting it, the worker between dequeuing and
/// freeing it. `fileWriter`, `sink` and the totals are only touched by the worker thread between
/// `start()` and the moment it sets `workerDone`, and by the owner before `start()` and after
/// `stopAndWait()` returns (the lock orders those accesses).
final class TraceBlockPipeline: @unchecked Sendable {
    /// Work for the worker, in file order.
    enum Job {
        /// The next buffer of `filledBuffers`.
        case events
        case texts(posts: [UInt32], lengths: [Int], utf8: [UInt8])
        case footer(TraceEndStatus, simulatedTime: Int64)
        case stop
    }

    /// Blocks that may be waiting for or undergoing compression at once.
    static let inFlight = 2

    let fileWriter: TraceBlockFileWriter
    private let condition = NSCondition()
    private var queue: [Job] = []
    private let allBuffers: [UnsafeMutablePointer<TraceEvent>]
    private var freeBuffers: [UnsafeMutablePointer<TraceEvent>]
    private var filledBuffers: [UnsafeBufferPointer<TraceEvent>] = []
    private var failure: TraceError?
    private var workerDone = false
    private var started = false
    private var sink = ByteSink()
    /// Where event blocks are encoded (see `TraceBlockEncoder.encodeEvents`).
    private var eventScratch = ByteSink()

    /// Events per kind code written so far (256 entries).
    private(set) var kindCounts = [UInt64](repeating: 0, count: 256)
    /// Events written so far.
    private(set) var eventsWritten: UInt64 = 0
    /// Event blocks written so far.
    private(set) var eventBlocks: UInt64 = 0
    /// File bytes of the event blocks written so far.
    private(set) var eventBlockBytes: UInt64 = 0
    /// Text blocks written so far.
    private(set) var textBlocks: UInt64 = 0
    /// Texts written so far.
    private(set) var textsWritten: UInt64 = 0

    /// Creates the pipeline with its `inFlight + 1` buffers of `blockEvents` events; take the
    /// first with `takeBuffer()`, then call `start()`.
    init(fileWriter: TraceBlockFileWriter, blockEvents: Int) {
        self.fileWriter = fileWriter
        allBuffers = (0...Self.inFlight).map { _ in UnsafeMutablePointer<TraceEvent>.allocate(capacity: blockEvents) }
        freeBuffers = allBuffers
    }

    deinit {
        for buffer in allBuffers { buffer.deallocate() }
    }

    /// Takes a free buffer, waiting while none is free.
    func takeBuffer() -> UnsafeMutablePointer<TraceEvent> {
        condition.lock()
        defer { condition.unlock() }
        while freeBuffers.isEmpty { condition.wait() }
        return freeBuffers.removeLast()
    }

    /// Starts the worker thread.
    func start() {
        started = true
        let thread = Thread { [self] in runWorker() }
        thread.name = "agora.trace.compressor"
        thread.start()
    }

    /// Queues a full (or final) event buffer and returns an empty one to fill, waiting while all
    /// buffers are in flight.
    func submitEvents(_ buffer: UnsafeMutablePointer<TraceEvent>, count: Int) -> UnsafeMutablePointer<TraceEvent> {
        condition.lock()
        filledBuffers.append(UnsafeBufferPointer(start: buffer, count: count))
        queue.append(.events)
        condition.broadcast()
        condition.unlock()
        return takeBuffer()
    }

    /// Queues a job that carries its own storage (texts, footer, stop).
    func submit(_ job: Job) {
        condition.lock()
        queue.append(job)
        condition.broadcast()
        condition.unlock()
    }

    /// Queues `stop`, waits for the worker to drain the queue and exit, and returns the first
    /// write error it met, if any.
    func stopAndWait() -> TraceError? {
        guard started else { return failure }
        submit(.stop)
        condition.lock()
        defer { condition.unlock() }
        while !workerDone { condition.wait() }
        return failure
    }

    private func runWorker() {
        while true {
            condition.lock()
            while queue.isEmpty { condition.wait() }
            let job = queue.removeFirst()
            var buffer = UnsafeBufferPointer<TraceEvent>(start: nil, count: 0)
            if case .events = job { buffer = filledBuffers.removeFirst() }
            let failed = failure != nil
            condition.unlock()
            var error: TraceError?
            switch job {
            case .events:
                if !failed, !buffer.isEmpty { error = writeEvents(buffer) }
                condition.lock()
                freeBuffers.append(UnsafeMutablePointer(mutating: buffer.baseAddress!))
                condition.broadcast()
                condition.unlock()
            case let .texts(posts, lengths, utf8):
                if !failed { error = writeTexts(posts: posts, lengths: lengths, utf8: utf8) }
            case let .footer(status, time):
                if !failed { error = writeFooter(status: status, simulatedTime: time) }
            case .stop:
                condition.lock()
                workerDone = true
                condition.broadcast()
                condition.unlock()
                return
            }
            if let error {
                condition.lock()
                if failure == nil { failure = error }
                condition.unlock()
            }
        }
    }

    private func writeEvents(_ events: UnsafeBufferPointer<TraceEvent>) -> TraceError? {
        let used = TraceBlockEncoder.encodeEvents(events, into: &eventScratch, kindCounts: &kindCounts)
        let before = fileWriter.bytesWritten
        do {
            try fileWriter.writeBlock(type: .events, itemCount: events.count, payload: eventScratch.bytes, length: used)
        } catch { return error }
        eventBlockBytes += fileWriter.bytesWritten - before
        eventsWritten += UInt64(events.count)
        eventBlocks += 1
        return nil
    }

    private func writeTexts(posts: [UInt32], lengths: [Int], utf8: [UInt8]) -> TraceError? {
        TraceBlockEncoder.encodeTexts(posts: posts, lengths: lengths, utf8: utf8, into: &sink)
        do {
            try fileWriter.writeBlock(type: .text, itemCount: posts.count, payload: sink.bytes)
        } catch { return error }
        textBlocks += 1
        textsWritten += UInt64(posts.count)
        return nil
    }

    private func writeFooter(status: TraceEndStatus, simulatedTime: Int64) -> TraceError? {
        let footer = TraceFooter(
            status: status, simulatedTimeMilliseconds: simulatedTime, events: eventsWritten,
            eventBlocks: eventBlocks, textBlocks: textBlocks, texts: textsWritten,
            kindCounts: kindCounts.indices.compactMap { code in
                kindCounts[code] == 0 ? nil : TraceFooter.KindCount(code: UInt8(code), count: kindCounts[code])
            })
        do {
            let json = try TraceJSON.encode(footer)
            try fileWriter.writeBlock(type: .footer, itemCount: 0, payload: json)
        } catch let error as TraceError {
            return error
        } catch {
            return .invalidInput(reason: "footer could not be encoded: \(error)")
        }
        return nil
    }
}
