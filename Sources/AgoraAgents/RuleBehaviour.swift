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
        // Work on local views: the stores are read through one copy each (a retain, not a copy of
        // the data) and the plan's buffers are swapped out and back, so the loop below touches no
        // class property except the action list.
        let agent = plan.agent
        let i = agent.index
        let posts = world.posts
        let memory = world.memory
        let graph = world.graph
        let agentStore = world.agents
        let feed = plan.feed
        let typeIndex = Int(world.agents.attributes.type[i])
        let type = parametersByType[typeIndex]
        let k = world.agents.topicCount
        let returning = world.agents.status[i] == .churned
        let satisfaction = returning ? model.returnSatisfaction : Double(world.agents.satisfaction[i])
        let lowSessions = returning ? 0 : Int(world.agents.lowSatisfactionSessions[i])
        var opinion = Double(world.agents.opinion[i])
        let propensity = Double(world.agents.noveltyPropensity[i])
        let sessionNumber = world.agents.sessionCount[i]
        var interests: [Float] = []
        var scratch: [Float] = []
        swap(&interests, &plan.interests)
        swap(&scratch, &plan.topicScratch)
        defer {
            swap(&interests, &plan.interests)
            swap(&scratch, &plan.topicScratch)
        }
        loadWorkingState(agent: agent, start: plan.start, feedIsEmpty: plan.feed.isEmpty, world: world, topics: k,
                         interests: &interests, scratch: &scratch)

        var clock = plan.start
        if returning { plan.record(.return, at: clock) }
        plan.record(.sessionStart, at: clock, target: sessionNumber, value: Int64(plan.feed.count))
        let dwellRate = 1 / Double(model.dwellTime.milliseconds)
        let expPivot = exp(model.qualityPivot)
        var budget = stream.exponential(rate: 1 / (Double(type.sessionBudget.milliseconds) * (0.5 + satisfaction)))
        var repetitiveness = 0.0
        var qualitySum = 0.0
        var impressions = 0
        var interestPeak = interests.max() ?? 0
        let recallTotal = scratch[2 * k]
        for post in feed where budget > 0 {
            let dwell = stream.exponential(rate: dwellRate).rounded() + 1
            clock = clock + SimTime(milliseconds: Int64(dwell))
            let traced = model.impressionSampling >= 1 || stream.nextUnit() < model.impressionSampling
            plan.record(.impression, at: clock, target: post.rawValue, value: Int64(impressions), traced: traced)

            let topic = Int(posts.topic[post.index])
            let stance = Double(posts.stance[post.index])
            let root = Int(posts.root[post.index])
            let author = posts.author[root]
            let repeated = impressions > 0 ? Double(scratch[topic]) / Double(impressions) : 0
            repetitiveness += model.noveltyStateRate * (repeated - repetitiveness)
            let noveltyState = propensity + (1 - propensity) * repetitiveness
            let recalled = recallTotal > 0 ? Double(scratch[k + topic] / recallTotal) : 0
            let novelty = 1 - (repeated + recalled) / 2
            var fatigue = memory.retention(of: post, by: agent, at: clock)
            if root != post.index { fatigue = max(fatigue, memory.retention(of: PostID(root), by: agent, at: clock)) }
            // A cascade met again in the same session is fully remembered and not shared twice.
            let repeatedCascade = cascadeSeenEarlier(root: UInt32(root), feed: feed, before: impressions,
                                                     roots: posts.root)
            if repeatedCascade { fatigue = 1 }
            let shareable = !repeatedCascade && !hasShared(root: UInt32(root), agent: agent, agents: agentStore,
                                                           posts: posts)
            let engagementCount = Double(posts.likes[root]) + Double(posts.shares[root]) + Double(posts.comments[root])
            let follows = graph.follows(agent, AgentID(author))
            let features = ImpressionFeatures(
                match: interestPeak > 0 ? Double(interests[topic] / interestPeak) : 0,
                distance: abs(opinion - stance) / 2, proof: log1p(engagementCount), followsAuthor: follows,
                novelty: noveltyState * (2 * novelty - 1), fatigue: fatigue, authorIsOther: author != agent.rawValue,
                shareable: shareable)
            let expAppeal = exp(engagement.appeal(features))
            let action = engagement.choose(type: typeIndex, features: features, expAppeal: expAppeal, stream: &stream)
            let quality = expAppeal / (expAppeal + expPivot)    // σ(A − pivot)
            qualitySum += quality
            budget -= dwell * (1 + noveltyState * repeated) - model.budgetRefund * dwell * quality
            scratch[topic] += 1
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
                interestPeak = driftInterests(&interests, toward: topic)
            } else if action == .mute {
                interestPeak = driftInterests(&interests, awayFrom: topic)
            }
            opinion = OpinionDynamics.update(opinion: opinion, stance: stance, parameters: model)
        }
        clock = writePosts(plan: plan, interests: interests, type: type, opinion: opinion, clock: clock,
                           dwellRate: dwellRate, stream: &stream)
        plan.record(.sessionEnd, at: clock, value: Int64(impressions), extra: (clock - plan.start).milliseconds)
        plan.update = endOfSession(quality: impressions > 0 ? qualitySum / Double(impressions) : model.emptyFeedQuality,
                                   satisfaction: satisfaction, lowSessions: lowSessions, opinion: opinion,
                                   plan: plan, clock: clock, stream: &stream)
    }

    /// Satisfaction, churn and return at the end of a session (records `churn` when it happens) —
    /// the one rule shared by rule-driven and LLM-driven sessions.
    func endOfSession(quality: Double, satisfaction before: Double, lowSessions: Int, opinion: Double,
                      interestsChanged: Bool = true, plan: SessionPlan, clock: SimTime,
                      stream: inout RandomStream) -> AgentStateUpdate {
        let satisfaction = before + model.satisfactionRate * (quality - before)
        let low = satisfaction < model.churnThreshold ? lowSessions + 1 : 0
        let hazard = model.churnHazard * (1 - satisfaction) * (1 - satisfaction)
        let churned = low >= model.churnPatience || stream.nextUnit() < hazard
        var update = AgentStateUpdate()
        update.isSet = true
        update.opinion = Float(opinion)
        update.satisfaction = Float(satisfaction)
        update.lowSatisfactionSessions = UInt16(clamping: churned ? 0 : low)
        update.interestsChanged = interestsChanged
        update.churned = churned
        if churned {
            plan.record(.churn, at: clock)
            if stream.nextUnit() < model.returnProbability {
                let delay = stream.exponential(rate: 1 / Double(model.returnDelay.milliseconds)).rounded() + 1
                update.returnAt = clock + SimTime(milliseconds: Int64(delay))
            }
        }
        return update
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
