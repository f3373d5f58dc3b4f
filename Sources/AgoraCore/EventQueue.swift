import HeapModule

/// The scheduler's pending events, in the total order of `ScheduledEvent`.
///
/// Session wake-ups and system events live in two min-heaps so the scheduler can see, in O(1),
/// the next system event that bounds the current window. Sequence numbers come from one counter,
/// so the combined order is the total order (time, priority, sequence).
public struct EventQueue: Sendable {
    private var sessions = Heap<ScheduledEvent>()
    private var system = Heap<ScheduledEvent>()
    private var nextSequence: UInt64 = 0

    /// Creates an empty queue.
    public init() {}

    /// Schedules an event and returns it with its assigned sequence number. O(log n).
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

    /// The earliest pending session wake-up, if any. O(1).
    public var nextSession: ScheduledEvent? { sessions.min }

    /// The earliest pending system event, if any. O(1).
    public var nextSystem: ScheduledEvent? { system.min }

    /// The earliest pending event in the total order, if any. O(1).
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
    /// O(k log n) for k moved events.
    public mutating func popSessions(before end: SimTime, into batch: inout [ScheduledEvent]) {
        while let first = sessions.min, first.time < end {
            batch.append(sessions.removeMin())
        }
    }
}
