import AgoraCore
import Foundation

/// The rule-driven behaviour policy: given a served feed, decides everything an agent does in one
/// session, from the agent's own random stream (docs/behaviour-model.md has every equation).
///
/// A session: a churned agent whose return time came first records `return`. The agent draws a
/// time budget `B ~ Exp(mean = sessionBudget · (0.5 + S))` (RecSim interest-evolution patience)
/// and goes through the feed in order while `B > 0`: each impression costs its dwell time
/// `Exp(dwellTime)` times `(1 + ν·rep)` (repetition tires novelty seekers) and refunds
/// `budgetRefund · dwell · q` where `q = σ(A − pivot)` is the impression's quality. For each
/// impression the multinomial-logit `EngagementModel` picks skip/like/repost/quote/comment/
/// follow/mute; positive engagement drifts interests toward the topic, mute away from it; the
/// opinion moves by the Deffuant rule toward (or, beyond the repulsion threshold, away from) the
/// post's stance. Then it writes `Poisson(postProbability)` posts (topic from interests, stance
/// from opinion). Satisfaction follows the session's mean quality; a run of low-satisfaction
/// sessions or the churn hazard ends in `churn` (after `session_end`), with a possible return.
///
/// Reads the world only; writes the plan's actions and `update` (applied serially). No
/// allocation once the plan's buffers are warm.
public struct RuleBehaviour: Sendable {
    /// Parameters per population type index.
    public let parametersByType: [RuleParameters]
    /// Platform-wide parameters.
    public let model: BehaviourModelParameters
    /// The engagement choice, calibrated per type.
    public let engagement: EngagementModel

    /// Creates the policy.
    public init(parametersByType: [RuleParameters], model: BehaviourModelParameters) {
        self.parametersByType = parametersByType
        self.model = model
        self.engagement = EngagementModel(parametersByType: parametersByType, parameters: model)
    }

    /// Decides the session described by `plan` (agent, start, feed already filled): appends its
    /// actions from `session_start` to `session_end` (plus `return` before and `churn` after when
    /// they happen) and fills `plan.update` and `plan.interests`.
    public func decide(plan: SessionPlan, world: WorldState, stream: inout RandomStream) {
        let agent = plan.agent
        let agents = world.agents
        let typeIndex = Int(agents.attributes.type[agent.index])
        let type = parametersByType[typeIndex]
        let k = agents.topicCount
        let returning = agents.status[agent.index] == .churned
        var satisfaction = returning ? model.returnSatisfaction : Double(agents.satisfaction[agent.index])
        let lowSessions = returning ? 0 : Int(agents.lowSatisfactionSessions[agent.index])
        var opinion = Double(agents.opinion[agent.index])
        let propensity = Double(agents.noveltyPropensity[agent.index])
        loadWorkingState(plan: plan, world: world, topics: k)

        var clock = plan.start
        if returning { plan.record(.return, at: clock) }
        plan.record(.sessionStart, at: clock, target: agents.sessionCount[agent.index], value: Int64(plan.feed.count))
        let dwellRate = 1 / Double(model.dwellTime.milliseconds)
        var budget = stream.exponential(rate: 1 / (Double(type.sessionBudget.milliseconds) * (0.5 + satisfaction)))
        var repetitiveness = 0.0
        var qualitySum = 0.0
        var impressions = 0
        var interestPeak = plan.interests.max() ?? 0
        let recallTotal = plan.topicScratch[2 * k]
        for post in plan.feed where budget > 0 {
            let dwell = stream.exponential(rate: dwellRate).rounded() + 1
            clock = clock + SimTime(milliseconds: Int64(dwell))
            let traced = model.impressionSampling >= 1 || stream.nextUnit() < model.impressionSampling
            plan.record(.impression, at: clock, target: post.rawValue, value: Int64(impressions), traced: traced)

            let topic = Int(world.posts.topic[post.index])
            let stance = Double(world.posts.stance[post.index])
            let root = Int(world.posts.root[post.index])
            let author = world.posts.author[root]
            let repeated = impressions > 0 ? Double(plan.topicScratch[topic]) / Double(impressions) : 0
            repetitiveness += model.noveltyStateRate * (repeated - repetitiveness)
            let noveltyState = propensity + (1 - propensity) * repetitiveness
            let recalled = recallTotal > 0 ? Double(plan.topicScratch[k + topic] / recallTotal) : 0
            let novelty = 1 - (repeated + recalled) / 2
            var fatigue = world.memory.retention(of: post, by: agent, at: clock)
            if root != post.index { fatigue = max(fatigue, world.memory.retention(of: PostID(root), by: agent, at: clock)) }
            let engagementCount = Double(world.posts.likes[root]) + Double(world.posts.shares[root]) + Double(world.posts.comments[root])
            let follows = world.graph.follows(agent, AgentID(author))
            let features = ImpressionFeatures(
                match: interestPeak > 0 ? Double(plan.interests[topic] / interestPeak) : 0,
                distance: abs(opinion - stance) / 2, proof: log1p(engagementCount), followsAuthor: follows,
                novelty: noveltyState * (2 * novelty - 1), fatigue: fatigue, authorIsOther: author != agent.rawValue)
            let appeal = self.engagement.appeal(features)
            let action = self.engagement.choose(type: typeIndex, features: features, appeal: appeal, stream: &stream)
            let quality = 1 / (1 + exp(model.qualityPivot - appeal))
            qualitySum += quality
            budget -= dwell * (1 + noveltyState * repeated) - model.budgetRefund * dwell * quality
            plan.topicScratch[topic] += 1
            impressions += 1

            switch action {
            case .skip: break
            case .like: plan.record(.like, at: clock, target: post.rawValue)
            case .repost:
                plan.record(.repost, at: clock, value: Int64(post.rawValue),
                            extra: PostAttributesPacking.pack(topic: UInt16(topic), stance: Float(stance)))
            case .quote, .comment:
                let own = max(-1, min(1, stream.normal(mean: opinion, standardDeviation: type.stanceNoise)))
                plan.record(action == .quote ? .quote : .comment, at: clock, value: Int64(post.rawValue),
                            extra: PostAttributesPacking.pack(topic: UInt16(topic), stance: Float(own)))
            case .follow: plan.record(.follow, at: clock, target: author)
            case .mute:
                plan.record(.mute, at: clock, target: author)
                if follows { plan.record(.unfollow, at: clock, target: author) }
            }
            if action.isPositive {
                interestPeak = driftInterests(plan: plan, toward: topic, topics: k)
            } else if action == .mute {
                interestPeak = driftInterests(plan: plan, awayFrom: topic, topics: k)
            }
            opinion = OpinionDynamics.update(opinion: opinion, stance: stance, parameters: model)
        }
        clock = writePosts(plan: plan, type: type, opinion: opinion, topics: k, clock: clock,
                           dwellRate: dwellRate, stream: &stream)
        plan.record(.sessionEnd, at: clock, value: Int64(impressions), extra: (clock - plan.start).milliseconds)

        let quality = impressions > 0 ? qualitySum / Double(impressions) : model.emptyFeedQuality
        satisfaction += model.satisfactionRate * (quality - satisfaction)
        let low = satisfaction < model.churnThreshold ? lowSessions + 1 : 0
        let hazard = model.churnHazard * (1 - satisfaction) * (1 - satisfaction)
        let churned = low >= model.churnPatience || stream.nextUnit() < hazard
        var update = AgentStateUpdate()
        update.isSet = true
        update.opinion = Float(opinion)
        update.satisfaction = Float(satisfaction)
        update.lowSatisfactionSessions = UInt16(clamping: churned ? 0 : low)
        update.interestsChanged = true
        update.churned = churned
        if churned {
            plan.record(.churn, at: clock, value: Int64(plan.feed.isEmpty ? 0 : 1))
            if stream.nextUnit() < model.returnProbability {
                let delay = stream.exponential(rate: 1 / Double(model.returnDelay.milliseconds)).rounded() + 1
                update.returnAt = clock + SimTime(milliseconds: Int64(delay))
            }
        }
        plan.update = update
    }

    /// When the agent of a decided plan wakes up next: its return time when it churned, else a
    /// circadian wake-up at rate `activity · clip((S/S₀)^γ, 0.1, 2)` — the gap grows as
    /// satisfaction falls.
    public func nextWake(after end: SimTime, plan: SessionPlan, world: WorldState, circadian: CircadianProfile,
                         stream: inout RandomStream) -> SimTime? {
        if plan.update.churned { return plan.update.returnAt }
        let activity = Double(world.agents.attributes.activity[plan.agent.index])
        return circadian.nextWake(after: end, ratePerDay: activity * sessionRateFactor(satisfaction: Double(plan.update.satisfaction)),
                                  stream: &stream)
    }

    /// The session-rate multiplier `clip((S/S₀)^γ, 0.1, 2)` for satisfaction `S`.
    public func sessionRateFactor(satisfaction: Double) -> Double {
        let ratio = max(satisfaction, 1e-3) / max(model.initialSatisfaction, 1e-3)
        return min(2, max(0.1, pow(ratio, model.gapElasticity)))
    }

    /// The 1–5 rating an agent with satisfaction `S` would give in a survey: `1 + round(4S)`.
    public static func reportedSatisfaction(_ satisfaction: Float) -> Int {
        1 + Int((4 * min(1, max(0, satisfaction))).rounded())
    }
}
