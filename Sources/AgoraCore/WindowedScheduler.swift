import Dispatch
import Synchronization

/// The deterministic windowed discrete-event scheduler (docs/architecture.md, "A window, phase by phase").
///
/// Each step takes the earliest pending event at time `t`. A system event is applied alone. A
/// session opens a window `[t, min(t + Δ, next system event, horizon))` with three phases:
/// 1. decide — every session wake-up in the window is decided in parallel against the world as it
///    stood at `t` (`DispatchQueue.concurrentPerform`; threads take chunks of `decideChunk`
///    consecutive slots from a shared counter, so a thread that shares its core with the trace
///    compressor simply takes fewer);
/// 2. resolve — the driver completes what the decisions left to work outside the decide threads
///    (`WindowDriver.resolveWindow`), once, with the world still as it stood at `t`;
/// 3. apply — the decisions are applied serially in the total order (time, priority, sequence).
/// Sessions that an
/// apply schedules inside the window just closed are picked up by the next window, which then
/// starts at their time. Because decisions only depend on the window's starting state and on
/// per-(agent, session) random streams, the applied sequence — and so the trace — is the same for
/// any thread count.
public final class WindowedScheduler<Driver: WindowDriver> {
    /// The engine's decide/apply steps.
    public let driver: Driver
    /// Window length Δ.
    public let window: SimTime
    /// Events at or after this time are never processed.
    public let horizon: SimTime
    /// Number of threads deciding a window (1 = no Dispatch at all).
    public let threads: Int
    /// Windows processed so far.
    public private(set) var windowsProcessed = 0
    /// Sessions decided so far.
    public private(set) var sessionsProcessed = 0

    private var batch: [ScheduledEvent] = []

    /// Creates a scheduler.
    /// - Parameters:
    ///   - driver: decide/apply implementation.
    ///   - window: Δ, must be positive.
    ///   - horizon: end of simulated time.
    ///   - threads: deciding threads, at least 1.
    public init(driver: Driver, window: SimTime, horizon: SimTime, threads: Int) {
        precondition(window.milliseconds > 0, "window must be positive")
        self.driver = driver
        self.window = window
        self.horizon = horizon
        self.threads = max(1, threads)
    }

    /// Runs until the horizon or until `shouldStop` returns true (checked at window boundaries).
    ///
    /// - Parameters:
    ///   - queue: pending events; on return it holds what was not processed.
    ///   - shouldStop: polled before every window; return true to stop (e.g. after SIGINT).
    ///   - progress: called after every window with the simulated time reached.
    public func run(
        queue: inout EventQueue, shouldStop: () -> Bool = { false }, progress: (SimTime) -> Void = { _ in }
    ) -> SchedulerStop {
        while let next = queue.next, next.time < horizon {
            if shouldStop() { return .interrupted(at: next.time) }
            if next.kind.isSystem {
                let event = queue.popSystem()!
                driver.applySystem(event, queue: &queue)
                progress(event.time)
                continue
            }
            var end = SimTime(milliseconds: min(next.time.milliseconds &+ window.milliseconds, horizon.milliseconds))
            if let system = queue.nextSystem, system.time < end { end = system.time }
            // A system event at exactly `next.time` with lower priority was handled above, so the
            // window is never empty.
            batch.removeAll(keepingCapacity: true)
            queue.popSessions(before: end, into: &batch)
            decideBatch()
            driver.resolveWindow()
            for slot in batch.indices {
                driver.applySession(batch[slot], slot: slot, queue: &queue)
            }
            windowsProcessed += 1
            sessionsProcessed += batch.count
            progress(end)
        }
        return .horizonReached
    }

    /// Decides the current batch, in parallel when more than one thread is allowed.
    private func decideBatch() {
        let count = batch.count
        driver.prepareWindow(sessionCount: count)
        let hints = driver.decideHints()
        let workers = min(threads, count)
        if workers <= 1 {
            batch.withUnsafeBufferPointer { sessions in
                for slot in 0..<count { decideSlot(slot, of: sessions, until: count, driver: driver, hints: hints, worker: 0) }
            }
            return
        }
        let shared = SharedBatch(driver: driver, hints: hints, batch: batch, workers: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            shared.decide(worker: worker)
        }
    }
}

/// The read-only view of one window that decide threads share.
///
/// `@unchecked Sendable` invariant: during `concurrentPerform` nothing mutates `batch` or the
/// driver's shared state; each slot is decided by exactly one worker (the one that took its chunk
/// from `nextChunk`), which writes only to that slot and to its own scratch (the `WindowDriver`
/// contract). Which worker decides a slot does not change the decision, so the trace does not
/// depend on the chunking.
private final class SharedBatch<Driver: WindowDriver>: @unchecked Sendable {
    /// Consecutive slots a worker takes at a time: large enough that the shared counter is touched
    /// rarely, small enough that two workers finish a window of a few hundred sessions together.
    static var decideChunk: Int { 64 }

    let driver: Driver
    let hints: Driver.Hints
    let batch: [ScheduledEvent]
    let workers: Int
    private let nextChunk = Atomic<Int>(0)

    init(driver: Driver, hints: Driver.Hints, batch: [ScheduledEvent], workers: Int) {
        self.driver = driver
        self.hints = hints
        self.batch = batch
        self.workers = workers
    }

    func decide(worker: Int) {
        let count = batch.count
        batch.withUnsafeBufferPointer { sessions in
            while true {
                let start = nextChunk.add(Self.decideChunk, ordering: .relaxed).oldValue
                guard start < count else { return }
                let end = min(start + Self.decideChunk, count)
                for slot in start..<end { decideSlot(slot, of: sessions, until: end, driver: driver, hints: hints, worker: worker) }
            }
        }
    }
}

/// Decides one slot after hinting the sessions `Prefetch.Stage` distances ahead of it (within
/// `end`, the end of the caller's run of slots).
@inline(__always)
private func decideSlot<Driver: WindowDriver>(
    _ slot: Int, of sessions: UnsafeBufferPointer<ScheduledEvent>, until end: Int, driver: Driver, hints: Driver.Hints,
    worker: Int
) {
    for stage in Prefetch.Stage.allCases where slot + stage.distance < end {
        hints.hint(sessions[slot + stage.distance], stage: stage)
    }
    driver.decide(session: sessions[slot], slot: slot, worker: worker)
}
