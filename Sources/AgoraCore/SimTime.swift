/// A point or span of simulated time, counted in whole milliseconds since the start of a run.
///
/// Simulated time never touches the wall clock. Whole milliseconds keep arithmetic exact, so the
/// total order of events — and therefore the trace bytes — cannot depend on floating-point
/// rounding. `seconds` gives the value in simulated seconds for display and rates.
public struct SimTime: Hashable, Comparable, Sendable, Codable {
    /// Milliseconds since the start of the run (or the length of a span).
    public var milliseconds: Int64

    /// Creates a time from whole milliseconds.
    @inlinable public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// Creates a time from simulated seconds, rounded to the nearest millisecond.
    @inlinable public init(seconds: Double) { self.milliseconds = Int64((seconds * 1000).rounded()) }

    /// The start of every run.
    public static let zero = SimTime(milliseconds: 0)
    /// One simulated second.
    public static let second = SimTime(milliseconds: 1000)
    /// One simulated minute.
    public static let minute = SimTime(milliseconds: 60_000)
    /// One simulated hour.
    public static let hour = SimTime(milliseconds: 3_600_000)
    /// One simulated day.
    public static let day = SimTime(milliseconds: 86_400_000)

    /// The value in simulated seconds.
    @inlinable public var seconds: Double { Double(milliseconds) / 1000 }
    /// The value in simulated days.
    @inlinable public var days: Double { Double(milliseconds) / 86_400_000 }
    /// The zero-based index of the simulated day this instant falls in.
    @inlinable public var dayIndex: Int { Int(milliseconds / 86_400_000) }
    /// Seconds since the last midnight of simulated time, in `0..<86400`.
    @inlinable public var secondOfDay: Double { Double(milliseconds % 86_400_000) / 1000 }

    @inlinable public static func < (lhs: SimTime, rhs: SimTime) -> Bool { lhs.milliseconds < rhs.milliseconds }
    @inlinable public static func + (lhs: SimTime, rhs: SimTime) -> SimTime {
        SimTime(milliseconds: lhs.milliseconds &+ rhs.milliseconds)
    }
    @inlinable public static func - (lhs: SimTime, rhs: SimTime) -> SimTime {
        SimTime(milliseconds: lhs.milliseconds &- rhs.milliseconds)
    }
    @inlinable public static func * (lhs: SimTime, rhs: Int64) -> SimTime {
        SimTime(milliseconds: lhs.milliseconds &* rhs)
    }

    /// Encodes as the duration text `parse` accepts (`90s`, `15m`, `6h`, `30d`, `250ms`).
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(durationText)
    }

    /// Decodes from duration text such as `30d`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        self = try SimTime.parse(duration: text)
    }
}
