/// Which authors each agent muted: a bounded list per agent (the newest `capacity` mutes win),
/// stored flat so a million agents cost one array. Recommenders never show a muted author's posts
/// (nor reposts of them); behaviour policies record a mute when an agent mutes someone.
///
/// Layout: slots `agent*capacity ..< (agent+1)*capacity` hold muted author ids, written as a ring
/// (`written[agent]` is the cursor). Mutated only in the serial apply phase; read concurrently
/// while deciding (the `WorldState` owner discipline).
public struct MuteList: Sendable, Equatable {
    /// Mutes remembered per agent; older mutes are forgotten when the ring is full.
    public let capacity: Int
    @usableFromInline var muted: [UInt32]
    @usableFromInline var written: [UInt32]

    /// Creates empty mute lists for `agentCount` agents.
    public init(agentCount: Int, capacity: Int = 16) {
        self.capacity = max(1, capacity)
        muted = [UInt32](repeating: UInt32.max, count: agentCount * self.capacity)
        written = [UInt32](repeating: 0, count: agentCount)
    }

    /// Number of agents covered.
    @inlinable public var agentCount: Int { written.count }

    /// Adds room for one more agent (an arrival).
    public mutating func appendAgent() {
        muted.append(contentsOf: repeatElement(UInt32.max, count: capacity))
        written.append(0)
    }

    /// Whether `agent` muted `author`. O(capacity); agents outside the list mute nobody.
    @inlinable
    public func isMuted(_ author: UInt32, by agent: AgentID) -> Bool {
        guard agent.index < written.count else { return false }
        let filled = min(Int(written[agent.index]), capacity)
        let base = agent.index * capacity
        for i in 0..<filled where muted[base + i] == author { return true }
        return false
    }

    /// Whether `agent` muted anyone (lets hot loops skip the per-post check). O(1).
    @inlinable
    public func hasMutes(_ agent: AgentID) -> Bool {
        agent.index < written.count && written[agent.index] > 0
    }

    /// Records that `agent` muted `author`; muting someone already muted changes nothing, and a
    /// self-mute is ignored. Returns whether the list changed. O(capacity).
    @discardableResult
    public mutating func mute(_ author: AgentID, by agent: AgentID) -> Bool {
        guard author != agent, !isMuted(author.rawValue, by: agent) else { return false }
        let count = Int(written[agent.index])
        muted[agent.index * capacity + count % capacity] = author.rawValue
        written[agent.index] &+= 1
        return true
    }

    /// Lifts a mute. Returns whether `author` was muted. O(capacity).
    @discardableResult
    public mutating func unmute(_ author: AgentID, by agent: AgentID) -> Bool {
        let filled = min(Int(written[agent.index]), capacity)
        let base = agent.index * capacity
        for i in 0..<filled where muted[base + i] == author.rawValue {
            // Sentinel instead of compaction keeps the ring cursor meaningful; no agent has id UInt32.max.
            muted[base + i] = UInt32.max
            return true
        }
        return false
    }
}
