/// Which authors each agent muted: a bounded list per agent (the newest `capacity` mutes win).
/// Recommenders never show a muted author's posts (nor reposts of them); behaviour policies record
/// a mute when an agent mutes someone.
///
/// Layout: few agents ever mute, so an agent's ring of `capacity` slots is allocated from a shared
/// pool on its first mute (`block[agent]`, `UInt32.max` until then); `written[agent]` is the ring
/// cursor. A million agents cost 8 bytes each plus `4 · capacity` bytes per agent that muted
/// (instead of `4 · capacity` for everyone). Mutated only in the serial apply phase; read
/// concurrently while deciding (the `WorldState` owner discipline).
public struct MuteList: Sendable, Equatable {
    /// Mutes remembered per agent; older mutes are forgotten when the ring is full.
    public let capacity: Int
    /// Rings of the agents that muted someone, `capacity` slots each, in order of first mute.
    @usableFromInline var muted: [UInt32] = []
    /// Per agent: index of its ring in `muted` (in rings), or `UInt32.max` before its first mute.
    @usableFromInline var block: [UInt32]
    /// Per agent: mutes ever recorded (the ring cursor).
    @usableFromInline var written: [UInt32]

    /// Creates empty mute lists for `agentCount` agents.
    public init(agentCount: Int, capacity: Int = 16) {
        self.capacity = max(1, capacity)
        block = [UInt32](repeating: UInt32.max, count: agentCount)
        written = [UInt32](repeating: 0, count: agentCount)
    }

    /// Number of agents.
    @inlinable public var agentCount: Int { written.count }

    /// Adds an empty list for one more agent (an arrival).
    public mutating func appendAgent() {
        block.append(UInt32.max)
        written.append(0)
    }

    /// Whether `agent` muted `author` (and still remembers it). O(capacity).
    @inlinable
    public func isMuted(_ author: UInt32, by agent: AgentID) -> Bool {
        guard !muted.isEmpty, agent.index < written.count, written[agent.index] > 0 else { return false }
        let filled = min(Int(written[agent.index]), capacity)
        let base = Int(block[agent.index]) * capacity
        for i in 0..<filled where muted[base + i] == author { return true }
        return false
    }

    /// Whether `agent` has muted anyone (lets feeds skip the mute checks). O(1); while nobody
    /// has muted anyone it reads no per-agent row (a cache miss per feed otherwise).
    @inlinable
    public func hasMutes(_ agent: AgentID) -> Bool {
        !muted.isEmpty && agent.index < written.count && written[agent.index] > 0
    }

    /// Records that `agent` muted `author`. Returns `false` for a self-mute or an author already
    /// muted. O(capacity) (amortized, counting the first mute's ring).
    @discardableResult
    public mutating func mute(_ author: AgentID, by agent: AgentID) -> Bool {
        guard author != agent, !isMuted(author.rawValue, by: agent) else { return false }
        if block[agent.index] == UInt32.max {
            block[agent.index] = UInt32(muted.count / capacity)
            muted.append(contentsOf: repeatElement(UInt32.max, count: capacity))
        }
        let count = Int(written[agent.index])
        muted[Int(block[agent.index]) * capacity + count % capacity] = author.rawValue
        written[agent.index] &+= 1
        return true
    }

    /// Removes `author` from `agent`'s mutes. Returns whether it was muted. O(capacity).
    @discardableResult
    public mutating func unmute(_ author: AgentID, by agent: AgentID) -> Bool {
        guard written[agent.index] > 0 else { return false }
        let filled = min(Int(written[agent.index]), capacity)
        let base = Int(block[agent.index]) * capacity
        for i in 0..<filled where muted[base + i] == author.rawValue {
            // Sentinel instead of compaction keeps the ring cursor meaningful; no agent has id UInt32.max.
            muted[base + i] = UInt32.max
            return true
        }
        return false
    }
}
