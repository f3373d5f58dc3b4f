import AgoraCore
import Foundation

/// Working state and the smaller steps of a rule-driven session.
extension RuleBehaviour {
    /// Copies the agent's interests into `interests` and lays out `scratch` as
    /// `[session topic counts (k) | topic recall from memory (k) | total recall (1)]`, where the
    /// recall of a topic is the summed retention `R = exp(−Δt/S)` of remembered posts on it (only
    /// computed when the feed is not empty: nothing reads it otherwise).
    /// O(k + memory capacity), no allocation once warm.
    func loadWorkingState(agent: AgentID, start: SimTime, feedIsEmpty: Bool, world: WorldState, topics k: Int,
                          interests: inout [Float], scratch: inout [Float]) {
        let base = agent.index * k
        interests.removeAll(keepingCapacity: true)
        interests.append(contentsOf: world.agents.interests[base..<(base + k)])
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: repeatElement(0, count: 2 * k + 1))
        guard !feedIsEmpty else { return }
        let topicsOfPosts = world.posts.topic
        var total: Float = 0
        world.memory.forEachItem(of: agent, at: start) { post, _, retention in
            guard post.index < topicsOfPosts.count else { return }
            scratch[k + Int(topicsOfPosts[post.index])] += Float(retention)
            total += Float(retention)
        }
        scratch[2 * k] = total
    }

    /// Moves interests toward `topic`: `θ ← (1−η)θ + η·e_topic` (the sum stays 1).
    /// Returns the new maximum weight. O(k).
    func driftInterests(_ interests: inout [Float], toward topic: Int) -> Float {
        let eta = Float(model.interestDrift)
        var peak: Float = 0
        for t in interests.indices {
            let w = (1 - eta) * interests[t] + (t == topic ? eta : 0)
            interests[t] = w
            peak = max(peak, w)
        }
        return peak
    }

    /// Moves interests away from `topic`: `θ_topic ← (1−η)θ_topic`, then renormalizes to sum 1.
    /// Returns the new maximum weight. O(k).
    func driftInterests(_ interests: inout [Float], awayFrom topic: Int) -> Float {
        let eta = Float(model.interestDrift)
        interests[topic] *= 1 - eta
        var total: Float = 0
        for w in interests { total += w }
        var peak: Float = 0
        for t in interests.indices {
            if total > 0 { interests[t] /= total }
            peak = max(peak, interests[t])
        }
        return peak
    }

    /// Writes `Poisson(postProbability)` original posts after the feed: topic drawn from the
    /// interests, stance from `N(opinion, stanceNoise)` clipped to `[−1, 1]`, each after a dwell
    /// time. Returns the clock after the last one.
    func writePosts(plan: SessionPlan, interests: [Float], type: RuleParameters, opinion: Double, clock start: SimTime,
                    dwellRate: Double, stream: inout RandomStream) -> SimTime {
        var clock = start
        let count = Self.poisson(mean: type.postProbability, stream: &stream)
        for _ in 0..<count {
            clock = clock + SimTime(milliseconds: Int64(stream.exponential(rate: dwellRate).rounded()) + 1)
            let topic = interests.withUnsafeBufferPointer { stream.categorical($0) }
            let stance = max(-1, min(1, stream.normal(mean: opinion, standardDeviation: type.stanceNoise)))
            plan.record(.post, at: clock, value: -1,
                        extra: PostAttributesPacking.pack(topic: UInt16(topic), stance: Float(stance)))
        }
        return clock
    }

    /// A Poisson variate by inversion (Knuth); for the small means of per-session counts.
    /// Capped at 50 so a misconfigured mean cannot stall a session.
    static func poisson(mean: Double, stream: inout RandomStream) -> Int {
        guard mean > 0 else { return 0 }
        let limit = exp(-mean)
        var product = stream.nextUnit()
        var count = 0
        while product > limit && count < 50 {
            product *= stream.nextUnit()
            count += 1
        }
        return count
    }
}
