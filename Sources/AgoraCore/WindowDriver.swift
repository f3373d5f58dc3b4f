/// What the windowed scheduler drives: the engine's decide and apply steps.
///
/// The scheduler guarantees:
/// - `decide(session:slot:worker:)` is called for every session of a window, possibly
///   concurrently from several threads, each slot exactly once, and never at the same time as
///   any `apply…` call. It must only read shared world state and write into per-slot storage
///   (`slot`) and per-worker scratch (`worker`, in `0..<threads`).
/// - `applySession(_:slot:queue:)` is then called serially, in the total order of the window's
///   sessions; it may mutate the world and schedule new events.
/// - `applySystem(_:queue:)` is called serially for system events, each alone.
public protocol WindowDriver: AnyObject {
    /// Makes room for `count` per-slot decision buffers before a window is decided.
    func prepareWindow(sessionCount count: Int)
    /// Decides one session against the world as it stood at the window's start.
    func decide(session: ScheduledEvent, slot: Int, worker: Int)
    /// Hints the memory that deciding `session` will read, `stage.distance` slots before the
    /// same thread decides it (called from the decide threads, like `decide`). Must not change
    /// any state that decisions read; the default does nothing.
    func prefetch(session: ScheduledEvent, stage: Prefetch.Stage)
    /// Applies the decided session in total order: emits its events, mutates the world, and
    /// schedules the agent's next wake-up.
    func applySession(_ session: ScheduledEvent, slot: Int, queue: inout EventQueue)
    /// Applies a system event (snapshot, retrain, arrival).
    func applySystem(_ event: ScheduledEvent, queue: inout EventQueue)
}

extension WindowDriver {
    /// No hints (the default).
    public func prefetch(session: ScheduledEvent, stage: Prefetch.Stage) {}
}

/// Why a scheduler run ended.
public enum SchedulerStop: Equatable, Sendable {
    /// Every event before the horizon was processed.
    case horizonReached
    /// The stop flag was raised; the run stopped at a window boundary at this simulated time.
    case interrupted(at: SimTime)
}
