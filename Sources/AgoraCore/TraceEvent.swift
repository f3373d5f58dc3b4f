/// One event as the trace stores it: five integer columns plus its kind.
///
/// This is the unit the engine's apply phase emits and `AgoraTrace` writes and reads. It is a
/// plain 32-byte value so buffers of events never allocate per event.
public struct TraceEvent: Hashable, Sendable {
    /// When it happened.
    public var time: SimTime
    /// What happened (raw code; unknown codes from newer writers are preserved by readers).
    public var kindCode: UInt8
    /// The acting user, or `AgentID.none.rawValue` for system events.
    public var agent: UInt32
    /// The post, user or sequence number the event is about (see `EventKind`).
    public var target: UInt32
    /// First kind-specific number (see `EventKind`).
    public var value: Int64
    /// Second kind-specific number (see `EventKind`).
    public var extra: Int64

    /// Creates an event from its columns.
    @inlinable
    public init(time: SimTime, kind: EventKind, agent: UInt32, target: UInt32 = 0, value: Int64 = 0, extra: Int64 = 0) {
        self.time = time
        self.kindCode = kind.rawValue
        self.agent = agent
        self.target = target
        self.value = value
        self.extra = extra
    }

    /// Creates an event from a raw kind code (used by readers).
    @inlinable
    public init(time: SimTime, kindCode: UInt8, agent: UInt32, target: UInt32, value: Int64, extra: Int64) {
        self.time = time
        self.kindCode = kindCode
        self.agent = agent
        self.target = target
        self.value = value
        self.extra = extra
    }

    /// The kind, or `nil` when the code is unknown to this reader.
    @inlinable public var kind: EventKind? { EventKind(rawValue: kindCode) }
}

/// Packs a post's topic index and stance into the `extra` column of post-creating events.
///
/// Layout: bits 0–15 hold the topic index; bits 16–31 hold the stance in `[-1, 1]` as a signed
/// 16-bit integer `round(stance × 32767)`. Everything above bit 31 is zero.
public enum PostAttributesPacking {
    /// Packs topic and stance.
    @inlinable
    public static func pack(topic: UInt16, stance: Float) -> Int64 {
        let clamped = max(-1, min(1, stance))
        let q = Int16((clamped * 32767).rounded())
        return Int64(topic) | (Int64(UInt16(bitPattern: q)) << 16)
    }

    /// Unpacks the topic index.
    @inlinable
    public static func topic(_ packed: Int64) -> UInt16 { UInt16(truncatingIfNeeded: packed) }

    /// Unpacks the stance in `[-1, 1]`.
    @inlinable
    public static func stance(_ packed: Int64) -> Float {
        Float(Int16(bitPattern: UInt16(truncatingIfNeeded: packed >> 16))) / 32767
    }
}
