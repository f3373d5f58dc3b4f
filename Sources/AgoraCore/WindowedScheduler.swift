import Dispatch

/// The deterministic windowed discrete-event scheduler of DESIGN.md.
///
/// Each step takes the earliest pending event at time `t`. A system event is applied alone. A
/// session opens a window `[t, min(t + Δ, next system event, horizon))`: every session wake-up in
/// the window is decided in parallel against the world as it stood at `t`
/// (`DispatchQueue.concurrentPerform`, one contiguous share of the window per thread), then the
/// decisions are applied serially in the total order (time, priority, sequence). Sessions that an
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
        let workers = min(threads, count)
        if workers <= 1 {
            for slot in 0..<count { driver.decide(session: batch[slot], slot: slot, worker: 0) }
            return
        }
        let shared = SharedBatch(driver: driver, batch: batch, workers: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            shared.decide(worker: worker)
        }
    }
}

/// The read-only view of one window that decide threads share.
///
/// `@unchecked Sendable` invariant: during `concurrentPerform` nothing mutates `batch` or the
/// driver's shared state; each worker decides a disjoint contiguous range of slots and writes only
/// to those slots and to its own scratch (the `WindowDriver` contract).
private final class SharedBatch<Driver: WindowDriver>: @unchecked Sendable {
    let driver: Driver
    let batch: [ScheduledEvent]
    let workers: Int

    init(driver: Driver, batch: [ScheduledEvent], workers: Int) {
        self.driver = driver
        self.batch = batch
        self.workers = workers
    }

    func decide(worker: Int) {
        let count = batch.count
        let start = count * worker / workers
        let end = count * (worker + 1) / workers
        for slot in start..<end { driver.decide(session: batch[slot], slot: slot, worker: worker) }
    }
}
