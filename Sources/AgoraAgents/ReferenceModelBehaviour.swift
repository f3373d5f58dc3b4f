import AgoraCore

/// The behaviour of the benchmark reference model (`bench/reference-model.md`): the small model
/// any agent-based framework can implement, so Agora's speed can be compared with Mesa's on the
/// same work.
///
/// A session of agent i is instantaneous (every action at the session's start time):
/// 1. with probability `postProbability` it writes a post whose topic is drawn from θᵢ (stance 0);
/// 2. for each post p of the served feed (one impression each), with `s = θᵢ[topic(p)] / ‖θᵢ‖₂`,
///    it likes p with probability `likeProbability · s`; if it liked p and does not follow p's
///    author, it follows the author with probability `followProbability`.
/// The next session follows after an exponential gap at the agent's rate λᵢ (`activity`, sessions
/// per day; a flat circadian profile makes this a plain Poisson process).
///
/// The post is decided before the feed is read, as the model says; it cannot enter the agent's
/// own feed (own posts are excluded), so the order only matters for the trace. Reads the world
/// only; writes only the plan. No allocation once the plan's buffers are warm. O(k + feed size).
public struct ReferenceModelBehaviour: Sendable {
    /// Probability of writing a post in a session (0.3 in the reference model).
    public let postProbability: Double
    /// Probability of liking a post whose topic is the agent's only interest (0.2).
    public let likeProbability: Double
    /// Probability of following the author of a liked post one does not follow (0.05).
    public let followProbability: Double

    /// Creates the behaviour with the model's three probabilities.
    public init(postProbability: Double = 0.3, likeProbability: Double = 0.2, followProbability: Double = 0.05) {
        self.postProbability = postProbability
        self.likeProbability = likeProbability
        self.followProbability = followProbability
    }

    /// Decides the session of `plan` (agent, start and feed already set): `session_start`,
    /// possibly a `post`, one `impression` per feed post with its `like` and `follow`, then
    /// `session_end`; and the next wake-up from `wakeStream` (`plan.nextWake`).
    /// `plan.update` stays unset: the model has no per-agent state that changes.
    public func decide(plan: SessionPlan, world: WorldState, circadian: CircadianProfile,
                       stream: inout RandomStream, wakeStream: inout RandomStream) {
        let agent = plan.agent
        let i = agent.index
        let k = world.agents.topicCount
        let base = i * k
        let time = plan.start
        plan.record(.sessionStart, at: time, target: world.agents.sessionCount[i], value: Int64(plan.feed.count))
        let inverseNorm: Double = world.agents.interests.withUnsafeBufferPointer { all in
            let theta = UnsafeBufferPointer(rebasing: all[base..<(base + k)])
            if stream.nextUnit() < postProbability {
                let topic = stream.categorical(theta)
                plan.record(.post, at: time, value: -1, extra: PostAttributesPacking.pack(topic: UInt16(topic), stance: 0))
            }
            var squares = 0.0
            for weight in theta { squares += Double(weight) * Double(weight) }
            return squares > 0 ? 1 / squares.squareRoot() : 0
        }
        var impressions = 0
        world.posts.topic.withUnsafeBufferPointer { topics in
            world.posts.author.withUnsafeBufferPointer { authors in
                world.agents.interests.withUnsafeBufferPointer { interests in
                    for post in plan.feed {
                        plan.record(.impression, at: time, target: post.rawValue, value: Int64(impressions))
                        impressions += 1
                        let similarity = Double(interests[base + Int(topics[post.index])]) * inverseNorm
                        guard stream.nextUnit() < likeProbability * similarity else { continue }
                        plan.record(.like, at: time, target: post.rawValue)
                        let author = AgentID(authors[post.index])
                        if !world.graph.follows(agent, author), stream.nextUnit() < followProbability {
                            plan.record(.follow, at: time, target: author.rawValue)
                        }
                    }
                }
            }
        }
        plan.record(.sessionEnd, at: time, value: Int64(impressions), extra: 0)
        plan.nextWake = circadian.nextWake(after: time, ratePerDay: Double(world.agents.attributes.activity[i]),
                                           stream: &wakeStream)
    }
}
