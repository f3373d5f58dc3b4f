import AgoraCore

/// The rule-driven behaviour policy: given a served feed, decides what an agent does in one
/// session, from the agent's own random stream.
///
/// For each post of the feed, in order, the agent spends a dwell time drawn from an exponential
/// distribution, records an impression, and then, with `s = θ[topic] / ‖θ‖₂` the match between
/// its interest vector θ and the post's topic:
/// - likes it with probability `likeProbability · s`;
/// - if it liked it and does not follow the original author (the cascade root's author — for a
///   repost, the person who wrote what was reposted), follows them with probability
///   `followProbability`;
/// - reposts it with probability `repostProbability · s`.
/// After the feed it writes a new post with probability `postProbability`; the topic is drawn
/// from θ, the stance from N(opinion, stanceNoise) clipped to [−1, 1]. The session ends after the
/// last action; its length is the sum of the dwell times.
///
/// Every draw comes from the stream passed in, so the decision depends only on (seed, agent,
/// session sequence) and the world at the window's start. No allocation.
public struct RuleBehaviour: Sendable {
    /// Parameters per population type index.
    public let parametersByType: [RuleParameters]
    /// Mean time spent on one impression.
    public let meanDwell: SimTime
    /// Share of impressions the trace records.
    public let impressionSampling: Double

    /// Creates the policy.
    public init(parametersByType: [RuleParameters], meanDwell: SimTime, impressionSampling: Double) {
        self.parametersByType = parametersByType
        self.meanDwell = meanDwell
        self.impressionSampling = impressionSampling
    }

    /// Decides the session described by `plan` (agent, start, feed already filled) and appends
    /// its actions to `plan`, from `session_start` to `session_end`.
    public func decide(plan: SessionPlan, world: WorldState, stream: inout RandomStream) {
        let agent = plan.agent
        let agents = world.agents
        let parameters = parametersByType[Int(agents.attributes.type[agent.index])]
        let k = agents.topicCount
        let base = agent.index * k
        var norm: Float = 0
        for t in 0..<k {
            let w = agents.attributes.interests[base + t]
            norm += w * w
        }
        norm = norm.squareRoot()
        let sequence = agents.sessionCount[agent.index]
        var clock = plan.start
        plan.record(.sessionStart, at: clock, target: sequence, value: Int64(plan.feed.count))
        let dwellRate = 1 / Double(meanDwell.milliseconds)
        var impressions: Int64 = 0
        for (position, post) in plan.feed.enumerated() {
            clock = clock + SimTime(milliseconds: Int64(stream.exponential(rate: dwellRate).rounded()) + 1)
            let traced = impressionSampling >= 1 || stream.nextUnit() < impressionSampling
            plan.record(.impression, at: clock, target: post.rawValue, value: Int64(position), traced: traced)
            impressions += 1
            let topic = Int(world.posts.topic[post.index])
            let match = norm > 0 ? Double(agents.attributes.interests[base + topic] / norm) : 0
            // A repost leads to its original author: following them is how in-network feeds grow the graph.
            let author = world.posts.author[Int(world.posts.root[post.index])]
            if stream.nextUnit() < parameters.likeProbability * match {
                plan.record(.like, at: clock, target: post.rawValue)
                if author != agent.rawValue, !world.graph.follows(agent, AgentID(author)),
                    stream.nextUnit() < parameters.followProbability {
                    plan.record(.follow, at: clock, target: author)
                }
            }
            if stream.nextUnit() < parameters.repostProbability * match {
                let packed = PostAttributesPacking.pack(topic: world.posts.topic[post.index],
                                                        stance: world.posts.stance[post.index])
                plan.record(.repost, at: clock, value: Int64(post.rawValue), extra: packed)
            }
        }
        if stream.nextUnit() < parameters.postProbability {
            clock = clock + SimTime(milliseconds: Int64(stream.exponential(rate: dwellRate).rounded()) + 1)
            let topic = agents.attributes.interests.withUnsafeBufferPointer { all in
                stream.categorical(UnsafeBufferPointer(rebasing: all[base..<(base + k)]))
            }
            let opinion = Double(agents.attributes.opinion[agent.index])
            let stance = max(-1, min(1, stream.normal(mean: opinion, standardDeviation: parameters.stanceNoise)))
            plan.record(.post, at: clock, value: -1,
                        extra: PostAttributesPacking.pack(topic: UInt16(topic), stance: Float(stance)))
        }
        plan.record(.sessionEnd, at: clock, value: impressions, extra: (clock - plan.start).milliseconds)
    }
}
