import Synchronization
import Testing
@testable import AgoraCore

/// A driver that records what the scheduler asked of it: which sessions were decided together and
/// what state each decision saw.
private final class RecordingDriver: WindowDriver, @unchecked Sendable {
    var counter = 0                     // mutated only while applying
    var seenByDecision: [Int] = []      // per slot: the counter value the decision saw
    var windows: [[UInt32]] = []
    var applied: [(SimTime, UInt32)] = []
    var systemEvents: [(SimTime, ScheduledEventKind)] = []
    let followUpGap: SimTime?
    let decideCalls = Atomic<Int>(0)
    var resolves: [(decided: Int, applied: Int)] = []   // per window: what was done when it resolved

    init(followUpGap: SimTime? = nil) { self.followUpGap = followUpGap }

    func prepareWindow(sessionCount count: Int) {
        seenByDecision = Array(repeating: -1, count: count)
        windows.append([])
    }
    func decide(session: ScheduledEvent, slot: Int, worker: Int) {
        seenByDecision[slot] = counter
        decideCalls.add(1, ordering: .relaxed)
    }
    func resolveWindow() {
        resolves.append((seenByDecision.filter { $0 >= 0 }.count, windows[windows.count - 1].count))
    }
    func applySession(_ session: ScheduledEvent, slot: Int, queue: inout EventQueue) {
        // Every decision of the window saw the state from before the window.
        precondition(seenByDecision[slot] == counter - slot)
        counter += 1
        windows[windows.count - 1].append(session.subject)
        applied.append((session.time, session.subject))
        if let gap = followUpGap, session.subject < 100 {
            queue.schedule(.session, at: session.time + gap, subject: session.subject + 100)
        }
    }
    func applySystem(_ event: ScheduledEvent, queue: inout EventQueue) {
        systemEvents.append((event.time, event.kind))
    }
}

@Suite struct WindowedSchedulerTests {
    /// Five sessions at 10 s, 30 s, 69 s, 70 s and 200 s, run with one-minute windows: windows
    /// [1, 2, 3], [4], [5].
    private func runFiveSessions(threads: Int) -> (driver: RecordingDriver, stop: SchedulerStop) {
        let driver = RecordingDriver()
        var queue = EventQueue()
        for (subject, seconds) in [(1, 10.0), (2, 30.0), (3, 69.0), (4, 70.0), (5, 200.0)] {
            queue.schedule(.session, at: SimTime(seconds: seconds), subject: UInt32(subject))
        }
        let scheduler = WindowedScheduler(driver: driver, window: .minute, horizon: .hour, threads: threads)
        return (driver, scheduler.run(queue: &queue))
    }

    @Test(arguments: [1, 2, 4])
    func sessionsInOneWindowAreDecidedAgainstTheWindowStartAndAppliedInOrder(threads: Int) {
        let (driver, stop) = runFiveSessions(threads: threads)
        #expect(stop == .horizonReached)
        #expect(driver.windows == [[1, 2, 3], [4], [5]])
        #expect(driver.decideCalls.load(ordering: .relaxed) == 5)
    }

    /// The resolve phase runs once per window, after every session of the window was decided and
    /// before the first is applied.
    @Test(arguments: [1, 2])
    func eachWindowResolvesOnceBetweenDecidingAndApplying(threads: Int) {
        let driver = runFiveSessions(threads: threads).driver
        #expect(driver.resolves.map(\.decided) == [3, 1, 1])
        #expect(driver.resolves.map(\.applied) == [0, 0, 0])
    }

    /// Windows of thousands of sessions are cut into many chunks that the threads take from a
    /// shared counter: every slot is decided exactly once, hints reach sessions before their
    /// decision (never after), and sessions are applied in time order.
    @Test(arguments: [1, 2, 4])
    func largeWindowsAreDecidedOnceEachInChunksWithHintsBeforeTheirDecisions(threads: Int) {
        let driver = ChunkRecordingDriver()
        var queue = EventQueue()
        for subject in 0..<3_000 {
            queue.schedule(.session, at: SimTime(milliseconds: Int64(subject * 37 % 3_600_000)), subject: UInt32(subject))
        }
        let scheduler = WindowedScheduler(driver: driver, window: .hour, horizon: .day, threads: threads)
        #expect(scheduler.run(queue: &queue) == .horizonReached)
        #expect(driver.applied.count == 3_000)
        let times = driver.applied.map { Int($0) * 37 % 3_600_000 }
        #expect(times == times.sorted())
        #expect(driver.problems.withLock { $0 } == [])
        // Most sessions get a hint at every stage (all but the first few slots of each chunk).
        #expect(driver.hints.load(ordering: .relaxed) > 3_000 * Prefetch.Stage.allCases.count * 3 / 4)
    }

    @Test func systemEventsCutWindowsAndComeFirstAtEqualTimes() {
        let driver = RecordingDriver()
        var queue = EventQueue()
        queue.schedule(.session, at: SimTime(seconds: 10), subject: 1)
        queue.schedule(.session, at: SimTime(seconds: 40), subject: 2)
        queue.schedule(.snapshot, at: SimTime(seconds: 30), subject: 0)
        queue.schedule(.session, at: SimTime(seconds: 30), subject: 3)
        let scheduler = WindowedScheduler(driver: driver, window: .minute, horizon: .hour, threads: 2)
        _ = scheduler.run(queue: &queue)
        #expect(driver.windows == [[1], [3, 2]])
        #expect(driver.systemEvents.map(\.0) == [SimTime(seconds: 30)])
    }

    @Test func sessionsScheduledInsideAClosedWindowRunInTheNextOne() {
        let driver = RecordingDriver(followUpGap: SimTime(seconds: 5))
        var queue = EventQueue()
        queue.schedule(.session, at: SimTime(seconds: 1), subject: 1)
        queue.schedule(.session, at: SimTime(seconds: 50), subject: 2)
        let scheduler = WindowedScheduler(driver: driver, window: .minute, horizon: .hour, threads: 2)
        _ = scheduler.run(queue: &queue)
        #expect(driver.windows == [[1, 2], [101, 102]])
        #expect(driver.applied.map(\.0) == [1, 50, 6, 55].map { SimTime(seconds: $0) })
    }

    @Test func eventsAtOrAfterTheHorizonAreNotProcessed() {
        let driver = RecordingDriver()
        var queue = EventQueue()
        queue.schedule(.session, at: SimTime(seconds: 59), subject: 1)
        queue.schedule(.session, at: .minute, subject: 2)
        let scheduler = WindowedScheduler(driver: driver, window: .hour, horizon: .minute, threads: 1)
        #expect(scheduler.run(queue: &queue) == .horizonReached)
        #expect(driver.windows == [[1]])
        #expect(queue.count == 1)
    }

    @Test func aRaisedStopFlagEndsTheRunAtAWindowBoundary() {
        let driver = RecordingDriver()
        var queue = EventQueue()
        for s in 0..<10 { queue.schedule(.session, at: SimTime(seconds: Double(s * 100)), subject: UInt32(s)) }
        let scheduler = WindowedScheduler(driver: driver, window: .minute, horizon: .day, threads: 2)
        var windows = 0
        let stop = scheduler.run(queue: &queue, shouldStop: { windows >= 3 }, progress: { _ in windows += 1 })
        #expect(stop == .interrupted(at: SimTime(seconds: 300)))
        #expect(driver.applied.count == 3)
    }
}

/// A driver that checks that each slot is decided exactly once and that no hint arrives for a
/// session already decided (subjects are unique, so they name the sessions).
private final class ChunkRecordingDriver: WindowDriver, @unchecked Sendable {
    var decidedBy: [Int] = []           // per slot: the worker that decided it, -1 before
    var applied: [UInt32] = []
    let problems = Mutex<[String]>([])
    let decided = Mutex<Set<UInt32>>([])
    let hints = Atomic<Int>(0)

    func prepareWindow(sessionCount count: Int) {
        decidedBy = Array(repeating: -1, count: count)
    }
    func decideHints() -> ChunkHints { ChunkHints(driver: self) }
    func hint(_ session: ScheduledEvent) {
        hints.add(1, ordering: .relaxed)
        if decided.withLock({ $0.contains(session.subject) }) {
            problems.withLock { $0.append("hint for \(session.subject) after its decision") }
        }
    }
    func decide(session: ScheduledEvent, slot: Int, worker: Int) {
        if decidedBy[slot] != -1 { problems.withLock { $0.append("slot \(slot) decided twice") } }
        decidedBy[slot] = worker
        decided.withLock { _ = $0.insert(session.subject) }
    }
    func applySession(_ session: ScheduledEvent, slot: Int, queue: inout EventQueue) {
        if decidedBy[slot] == -1 { problems.withLock { $0.append("slot \(slot) never decided") } }
        applied.append(session.subject)
    }
    func applySystem(_ event: ScheduledEvent, queue: inout EventQueue) {}
}

/// The opt-in hints of `ChunkRecordingDriver`: every hint is counted and checked by the driver.
private struct ChunkHints: DecideHints {
    let driver: ChunkRecordingDriver
    func hint(_ session: ScheduledEvent, stage: Prefetch.Stage) { driver.hint(session) }
}
