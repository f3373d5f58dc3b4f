import Foundation

/// What each agent saw and engaged with, with Ebbinghaus-style forgetting — the one shared agent
/// memory of docs/architecture.md ("Contracts": shared agent state), read by recommenders (the "don't show again"
/// window) and by rule-driven and LLM-driven policies alike (fatigue, memory summaries).
///
/// Each agent has a bounded ring of `capacity` items: post id, the last time it was seen, and a
/// memory strength `S` (seconds). The retention of an item at time `t` is
/// `R = exp(−(t − lastSeen) / S)` (MemoryBank, Zhong et al. 2023, after Ebbinghaus). A first
/// exposure starts at `S = baseStrength` (doubled when the agent engaged with the item); every
/// re-exposure multiplies `S` by `reinforcement`. When the ring is full the oldest-written item is
/// forgotten. Storage: 12 bytes × capacity per agent, flat arrays, no allocation after set-up.
/// A capacity of 0 is a world whose agents remember nothing (no fatigue, no "don't show again"):
/// every query answers "not remembered" and recording costs nothing — what a model without
/// memory, such as the benchmark's reference model, needs.
/// Mutated only in the serial apply phase; read concurrently while deciding.
public struct AgentMemory: Sendable {
    /// Items remembered per agent.
    public let capacity: Int
    /// First-exposure strength S₀ in seconds.
    public let baseStrength: Float
    /// Factor applied to S on every re-exposure.
    public let reinforcement: Float
    @usableFromInline var post: [UInt32]
    @usableFromInline var seenAt: [UInt32]         // simulated seconds
    @usableFromInline var strength: [Float]        // seconds
    @usableFromInline var written: [UInt32]        // items ever written per agent (ring cursor)

    /// Creates empty memories for `agentCount` agents; `capacity` 0 remembers nothing.
    public init(agentCount: Int, capacity: Int, baseStrength: SimTime, reinforcement: Float) {
        self.capacity = max(0, capacity)
        self.baseStrength = Float(baseStrength.seconds)
        self.reinforcement = reinforcement
        post = [UInt32](repeating: UInt32.max, count: agentCount * self.capacity)
        seenAt = [UInt32](repeating: 0, count: agentCount * self.capacity)
        strength = [Float](repeating: 0, count: agentCount * self.capacity)
        written = [UInt32](repeating: 0, count: agentCount)
    }

    /// Number of agents with a memory row.
    public var agentCount: Int { written.count }

    /// Adds room for one more agent (an arrival).
    public mutating func appendAgent() {
        post.append(contentsOf: repeatElement(UInt32.max, count: capacity))
        seenAt.append(contentsOf: repeatElement(0, count: capacity))
        strength.append(contentsOf: repeatElement(0, count: capacity))
        written.append(0)
    }

    /// The slot holding `item` in `agent`'s ring, if remembered. O(capacity).
    @usableFromInline
    func slot(of item: PostID, agent: AgentID) -> Int? {
        let base = agent.index * capacity
        let filled = min(Int(written[agent.index]), capacity)
        for i in 0..<filled where post[base + i] == item.rawValue { return base + i }
        return nil
    }

    /// When `agent` last saw `item`, if it is still remembered. O(capacity).
    public func lastSeen(_ item: PostID, by agent: AgentID) -> SimTime? {
        guard let slot = slot(of: item, agent: agent) else { return nil }
        return SimTime(milliseconds: Int64(seenAt[slot]) * 1000)
    }

    /// Whether `agent` saw `item` within `window` before `time`. O(capacity).
    @inlinable
    public func sawRecently(_ item: PostID, by agent: AgentID, within window: SimTime, before time: SimTime) -> Bool {
        guard let slot = slot(of: item, agent: agent) else { return false }
        return Int64(seenAt[slot]) * 1000 > time.milliseconds - window.milliseconds
    }

    /// Retention `R = exp(−Δt/S)` of `item` for `agent` at `time`; 0 when not remembered.
    public func retention(of item: PostID, by agent: AgentID, at time: SimTime) -> Double {
        guard let slot = slot(of: item, agent: agent) else { return 0 }
        let elapsed = max(0, time.seconds - Double(seenAt[slot]))
        return exp(-elapsed / Double(strength[slot]))
    }

    /// Records an exposure of `agent` to `item` at `time`: reinforces a remembered item, or writes
    /// a new one over the oldest. O(capacity).
    public mutating func recordExposure(of item: PostID, by agent: AgentID, at time: SimTime, engaged: Bool) {
        guard capacity > 0 else { return }
        let seconds = UInt32(clamping: time.milliseconds / 1000)
        if let slot = slot(of: item, agent: agent) {
            seenAt[slot] = seconds
            strength[slot] *= engaged ? reinforcement * 2 : reinforcement
            return
        }
        let count = Int(written[agent.index])
        let slot = agent.index * capacity + count % capacity
        post[slot] = item.rawValue
        seenAt[slot] = seconds
        strength[slot] = engaged ? baseStrength * 2 : baseStrength
        written[agent.index] &+= 1
    }

    /// Mean retention over everything `agent` remembers at `time` (0 when empty): how "saturated"
    /// the agent is, used for fatigue. O(capacity).
    public func meanRetention(of agent: AgentID, at time: SimTime) -> Double {
        let base = agent.index * capacity
        let filled = min(Int(written[agent.index]), capacity)
        guard filled > 0 else { return 0 }
        var total = 0.0
        for i in 0..<filled {
            total += exp(-max(0, time.seconds - Double(seenAt[base + i])) / Double(strength[base + i]))
        }
        return total / Double(filled)
    }

    /// Calls `body` with every remembered item of `agent` (post, last seen, retention at `time`),
    /// most recently written first. O(capacity).
    public func forEachItem(of agent: AgentID, at time: SimTime, _ body: (PostID, SimTime, Double) -> Void) {
        let base = agent.index * capacity
        let count = Int(written[agent.index])
        for back in 0..<min(count, capacity) {
            let slot = base + (count - 1 - back) % capacity
            let elapsed = max(0, time.seconds - Double(seenAt[slot]))
            body(PostID(post[slot]), SimTime(milliseconds: Int64(seenAt[slot]) * 1000), exp(-elapsed / Double(strength[slot])))
        }
    }
}
