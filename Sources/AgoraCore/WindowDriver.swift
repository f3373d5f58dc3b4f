/// What the windowed scheduler drives: the engine's decide, resolve and apply phases.
///
/// The scheduler guarantees, for each window:
/// 1. `prepareWindow(sessionCount:)`, then `decide(session:slot:worker:)` for every session of
///    the window, possibly concurrently from several threads, each slot exactly once, and never at
///    the same time as any other call. Deciding must only read shared world state and write into
///    per-slot storage (`slot`) and per-worker scratch (`worker`, in `0..<threads`).
/// 2. `resolveWindow()` once, serially, after every decision and before anything is applied: the
///    window's asynchronous work (LLM requests, an external process's batch) is done and awaited
///    here, while the world is still as it stood at the window's start.
/// 3. `applySession(_:slot:queue:)` serially, in the total order of the window's sessions; it may
///    mutate the world and schedule new events. Applying never waits on anything outside the
///    process.
/// System events go to `applySystem(_:queue:)`, serially, each alone.
///
/// Cache hints are an opt-in refinement: a driver that declares `Hints` (a `DecideHints` type)
/// is asked for the window's hints once per window and the scheduler hints each session a few
/// slots before deciding it; a driver that does not gets `NoDecideHints`, which compiles away.
public protocol WindowDriver: AnyObject {
    /// Cache hints for the decide loop (`NoDecideHints` unless the driver offers some).
    associatedtype Hints: DecideHints = NoDecideHints

    /// Makes room for `count` per-slot decision buffers before a window is decided.
    func prepareWindow(sessionCount count: Int)
    /// The hints for the window just prepared (called serially, after `prepareWindow`).
    func decideHints() -> Hints
    /// Decides one session against the world as it stood at the window's start.
    func decide(session: ScheduledEvent, slot: Int, worker: Int)
    /// Completes the window's decisions that need work outside the decide threads (the default
    /// does nothing).
    func resolveWindow()
    /// Applies the decided session in total order: emits its events, mutates the world, and
    /// schedules the agent's next wake-up.
    func applySession(_ session: ScheduledEvent, slot: Int, queue: inout EventQueue)
    /// Applies a system event (snapshot, retrain, arrival).
    func applySystem(_ event: ScheduledEvent, queue: inout EventQueue)
}

extension WindowDriver {
    /// Nothing to resolve (the default).
    public func resolveWindow() {}
}

extension WindowDriver where Hints == NoDecideHints {
    /// No hints (the default).
    public func decideHints() -> NoDecideHints { NoDecideHints() }
}

/// Cache prefetch hints for the decide loop: `hint(_:stage:)` is called from the decide threads
/// `stage.distance` slots before the same thread decides `session`. A hint must not change any
/// state that decisions read.
public protocol DecideHints {
    /// Hints the memory that deciding `session` will read at `stage`.
    func hint(_ session: ScheduledEvent, stage: Prefetch.Stage)
}

/// The hints of a driver that offers none.
public struct NoDecideHints: DecideHints {
    /// Creates the empty hints.
    @inlinable public init() {}
    /// Does nothing.
    @inlinable @inline(__always) public func hint(_ session: ScheduledEvent, stage: Prefetch.Stage) {}
}

/// Why a scheduler run ended.
public enum SchedulerStop: Equatable, Sendable {
    /// Every event before the horizon was processed.
    case horizonReached
    /// The stop flag was raised; the run stopped at a window boundary at this simulated time.
    case interrupted(at: SimTime)
}
