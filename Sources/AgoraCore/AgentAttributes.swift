/// The per-agent attributes a trace records up front (docs/architecture.md, "Contracts": trace content), stored
/// struct-of-arrays so that a million agents cost a handful of flat arrays.
///
/// `interests` is row-major: agent `i`'s vector is `interests[i*topicCount ..< (i+1)*topicCount]`.
public struct AgentAttributes: Equatable, Sendable {
    /// Number of topics per interest vector.
    public var topicCount: Int
    /// Index into the world's population types (`population.types[]`).
    public var type: [UInt8]
    /// Expected sessions per simulated day.
    public var activity: [Float]
    /// Interest vectors, row-major, `count × topicCount`.
    public var interests: [Float]
    /// Opinion in `[-1, 1]`.
    public var opinion: [Float]
    /// Community id (0 when the graph has no communities).
    public var community: [UInt32]
    /// Persona id for LLM-driven agents (`UInt32.max` for none).
    public var persona: [UInt32]
    /// Simulated time (ms) at which the agent joins; 0 for the initial population.
    public var joinTime: [Int64]

    /// Creates attributes for `count` agents, zero-filled, with no persona.
    public init(count: Int, topicCount: Int) {
        self.topicCount = topicCount
        self.type = [UInt8](repeating: 0, count: count)
        self.activity = [Float](repeating: 0, count: count)
        self.interests = [Float](repeating: 0, count: count * topicCount)
        self.opinion = [Float](repeating: 0, count: count)
        self.community = [UInt32](repeating: 0, count: count)
        self.persona = [UInt32](repeating: UInt32.max, count: count)
        self.joinTime = [Int64](repeating: 0, count: count)
    }

    /// Number of agents described.
    public var count: Int { type.count }
}
