/// Where the engine's apply phase sends trace events, in apply order.
///
/// The trace writer conforms to it; tests use an in-memory sink. The engine is generic over the
/// sink so the per-event call is statically dispatched in the hot loop.
public protocol TraceEventSink: AnyObject {
    /// Records one event. Called serially, in the run's total order.
    func append(_ event: TraceEvent)
}

/// A sink that keeps every event in memory (tests and small analyses).
public final class MemoryEventSink: TraceEventSink {
    /// Everything appended so far.
    public private(set) var events: [TraceEvent] = []
    /// Creates an empty sink.
    public init() {}
    /// Keeps the event.
    public func append(_ event: TraceEvent) { events.append(event) }
}

/// Where the engine's apply phase sends the texts of LLM-written posts (quotes, comments, posts),
/// in apply order, right after the event creating the post. The trace writer conforms; rule-only
/// runs never call it, so their traces hold no text blocks.
public protocol TraceTextSink: AnyObject {
    /// Records the text of post `post`.
    func appendText(post: UInt32, text: String)
}
