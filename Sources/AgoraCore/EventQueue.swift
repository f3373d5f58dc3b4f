import HeapModule

/// The scheduler's pending events, in the total order of `ScheduledEvent`.
///
/// Session wake-ups live in a calendar queue (`SessionCalendar`: time buckets, taken a window at a
/// time) and system events in a min-heap, so the scheduler can see, in O(1), the next system event
/// that bounds the current window. Sequence numbers come from one counter,
/// so the combined order is the total order (time, priority, sequence).
public struct EventQueue: Sendable {
    private var sessions = SessionCalendar()
    private var system = Heap<ScheduledEvent>()
    private var nextSequence: UInt64 = 0

    /// Creates an empty queue.
    public init() {}

    /// Schedules an event and returns it with its assigned sequence number. O(1) amortized for a
    /// session within the calendar's ring (≈ 37 simulated hours ahead), O(log n) otherwise.
    @discardableResult
    public mutating func schedule(_ kind: ScheduledEventKind, at time: SimTime, subject: UInt32) -> ScheduledEvent {
        let event = ScheduledEvent(time: time, kind: kind, sequence: nextSequence, subject: subject)
        nextSequence &+= 1
        if kind.isSystem { system.insert(event) } else { sessions.insert(event) }
        return event
    }

    /// Number of pending events of either sort.
    public var count: Int { sessions.count + system.count }

    /// Whether nothing is pending.
    public var isEmpty: Bool { sessions.isEmpty && system.isEmpty }

    /// The earliest pending session wake-up, if any. O(k) for the k wake-ups in its time bucket.
    public var nextSession: ScheduledEvent? { sessions.min }

    /// The earliest pending system event, if any. O(1).
    public var nextSystem: ScheduledEvent? { system.min }

    /// The earliest pending event in the total order, if any (see `nextSession`).
    public var next: ScheduledEvent? {
        switch (sessions.min, system.min) {
        case (nil, nil): nil
        case (let s?, nil): s
        case (nil, let y?): y
        case (let s?, let y?): y < s ? y : s
        }
    }

    /// Removes and returns the earliest system event. O(log n).
    public mutating func popSystem() -> ScheduledEvent? { system.popMin() }

    /// Moves every session wake-up earlier than `end` into `batch`, in total order.
    /// O(b + k log k) for k moved events spread over b time buckets.
    public mutating func popSessions(before end: SimTime, into batch: inout [ScheduledEvent]) {
        sessions.pop(before: end, into: &batch)
    }
}
