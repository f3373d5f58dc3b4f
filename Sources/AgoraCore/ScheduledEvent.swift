/// Something the scheduler will do at a simulated time: wake an agent for a session, take a
/// daily snapshot, retrain the recommender, or admit a new user.
///
/// Events are totally ordered by (time, priority, sequence): the sequence number is assigned
/// when the event is scheduled, from a counter advanced only in the serial apply phase, so the
/// order never depends on threads or hash maps (docs/architecture.md, "A window, phase by phase").
public struct ScheduledEvent: Comparable, Sendable {
    /// When the event happens.
    public var time: SimTime
    /// What happens; its raw value is the priority among events at the same time.
    public var kind: ScheduledEventKind
    /// Tie-breaker assigned at scheduling time.
    public var sequence: UInt64
    /// The agent concerned (sessions), or an index for system events (e.g. the day).
    public var subject: UInt32

    /// Creates an event (use `EventQueue.schedule` so the sequence is assigned correctly).
    @inlinable
    public init(time: SimTime, kind: ScheduledEventKind, sequence: UInt64, subject: UInt32) {
        self.time = time
        self.kind = kind
        self.sequence = sequence
        self.subject = subject
    }

    /// The total order: time, then kind priority, then sequence.
    @inlinable
    public static func < (lhs: ScheduledEvent, rhs: ScheduledEvent) -> Bool {
        if lhs.time != rhs.time { return lhs.time < rhs.time }
        if lhs.kind != rhs.kind { return lhs.kind.rawValue < rhs.kind.rawValue }
        return lhs.sequence < rhs.sequence
    }

    /// Events are equal only when all ordering fields are.
    @inlinable
    public static func == (lhs: ScheduledEvent, rhs: ScheduledEvent) -> Bool {
        lhs.time == rhs.time && lhs.kind == rhs.kind && lhs.sequence == rhs.sequence
    }
}

/// The kinds of scheduled events. The raw value is the priority at equal times: lower first, so
/// a snapshot at midnight sees the world before any session starting at midnight.
public enum ScheduledEventKind: UInt8, Sendable, Comparable {
    /// Daily snapshot of opinions and status (system event).
    case snapshot = 0
    /// Recommender retraining (system event).
    case retrain = 1
    /// A new user joins (system event).
    case arrival = 2
    /// An agent wakes up and runs a session (batched into parallel windows).
    case session = 3

    /// Whether the event is applied alone, serially, rather than batched into a parallel window.
    @inlinable public var isSystem: Bool { self != .session }

    @inlinable public static func < (lhs: ScheduledEventKind, rhs: ScheduledEventKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
