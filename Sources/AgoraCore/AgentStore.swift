/// The mutable per-agent state of a run, struct-of-arrays, indexed by `AgentID`.
///
/// The attributes recorded in the trace header live in `attributes` and keep their initial
/// values; the fields below change as the run goes (`interests` and `opinion` start as copies of
/// the attributes and drift with behaviour). Mutated only in the serial apply phase; read concurrently while
/// deciding.
public struct AgentStore: Sendable {
    /// Attributes drawn at set-up (type, activity, interests, opinion, community, persona).
    public var attributes: AgentAttributes
    /// Current status.
    public var status: [AgentStatus]
    /// Sessions started so far (the session sequence number keying the agent's random streams).
    public var sessionCount: [UInt32]
    /// Start time (ms) of the agent's previous session, or -1 before the first.
    public var lastSessionStart: [Int64]
    /// The agent's most recent posts (any creation kind), newest last, `recentPostCapacity` per
    /// agent in one flat ring buffer: slots `agent*capacity ..< (agent+1)*capacity`.
    public var recentPosts: [UInt32]
    /// How many posts the agent ever wrote (the ring's write cursor is this modulo capacity).
    public var postsWritten: [UInt32]
    /// Ring capacity per agent.
    public let recentPostCapacity: Int
    /// Current interest vectors, row-major `count × topicCount` (start as `attributes.interests`).
    public var interests: [Float]
    /// Current opinion in `[-1, 1]` (starts as `attributes.opinion`).
    public var opinion: [Float]
    /// Satisfaction with the platform in `[0, 1]` (the KuaiSim-style temper).
    public var satisfaction: [Float]
    /// Consecutive sessions that ended with satisfaction below the churn threshold.
    public var lowSatisfactionSessions: [UInt16]
    /// Static novelty-seeking propensity in `[0, 1]`.
    public var noveltyPropensity: [Float]

    /// Creates the store for the given attributes; everyone active (or not yet joined when their
    /// join time is in the future), with no sessions or posts.
    public init(attributes: AgentAttributes, recentPostCapacity: Int = 8) {
        let n = attributes.count
        self.attributes = attributes
        self.status = attributes.joinTime.map { $0 > 0 ? .notJoined : .active }
        self.sessionCount = [UInt32](repeating: 0, count: n)
        self.lastSessionStart = [Int64](repeating: -1, count: n)
        self.recentPosts = [UInt32](repeating: 0, count: n * recentPostCapacity)
        self.postsWritten = [UInt32](repeating: 0, count: n)
        self.recentPostCapacity = recentPostCapacity
        self.interests = attributes.interests
        self.opinion = attributes.opinion
        self.satisfaction = [Float](repeating: 0.6, count: n)
        self.lowSatisfactionSessions = [UInt16](repeating: 0, count: n)
        self.noveltyPropensity = [Float](repeating: 0, count: n)
    }

    /// Appends one agent (an arrival) with its attributes; every per-agent array grows by one, in
    /// step. Returns its id. Amortized O(topicCount + recentPostCapacity).
    @discardableResult
    public mutating func append(
        type: UInt8, activity: Float, interests vector: ArraySlice<Float>, opinion value: Float, joinTime: SimTime,
        satisfaction initialSatisfaction: Float, noveltyPropensity propensity: Float
    ) -> AgentID {
        precondition(vector.count == topicCount, "interest vector length must equal the topic count")
        let id = AgentID(count)
        attributes.type.append(type)
        attributes.activity.append(activity)
        attributes.interests.append(contentsOf: vector)
        attributes.opinion.append(value)
        attributes.community.append(0)
        attributes.persona.append(UInt32.max)
        attributes.joinTime.append(joinTime.milliseconds)
        status.append(.active)
        sessionCount.append(0)
        lastSessionStart.append(-1)
        recentPosts.append(contentsOf: repeatElement(0, count: recentPostCapacity))
        postsWritten.append(0)
        interests.append(contentsOf: vector)
        opinion.append(value)
        satisfaction.append(initialSatisfaction)
        lowSatisfactionSessions.append(0)
        noveltyPropensity.append(propensity)
        return id
    }

    /// Number of agents.
    @inlinable public var count: Int { status.count }

    /// Number of topics in interest vectors.
    @inlinable public var topicCount: Int { attributes.topicCount }

    /// Records that `agent` wrote `post` (kept in its ring of recent posts). O(1).
    public mutating func recordPost(_ post: PostID, by agent: AgentID) {
        let written = Int(postsWritten[agent.index])
        recentPosts[agent.index * recentPostCapacity + written % recentPostCapacity] = post.rawValue
        postsWritten[agent.index] &+= 1
    }

    /// Calls `body` with the agent's recent posts, newest first. O(capacity).
    @inlinable
    public func forEachRecentPost(of agent: AgentID, _ body: (PostID) -> Void) {
        let written = Int(postsWritten[agent.index])
        let available = min(written, recentPostCapacity)
        let base = agent.index * recentPostCapacity
        for back in 0..<available {
            body(PostID(recentPosts[base + (written - 1 - back) % recentPostCapacity]))
        }
    }

    /// The current interest weight of `agent` for `topic`.
    @inlinable
    public func interest(of agent: AgentID, topic: Int) -> Float {
        interests[agent.index * attributes.topicCount + topic]
    }
}
