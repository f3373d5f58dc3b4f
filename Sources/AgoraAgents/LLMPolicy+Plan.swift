import AgoraCore
import Foundation

/// Turning a checked answer into a session plan.
extension LLMPolicy {
    /// Writes the session of `decision` into `plan` (feed already served): `return` when the agent
    /// had churned, `session_start`, one impression per post shown in the prompt, the chosen actions
    /// in the model's order, `session_end`; then the agent's new satisfaction (moved toward the
    /// reported 1–5 rating with the model's satisfaction rate) and the churn/return rules of the
    /// behaviour model. Times advance by dwell draws from the session's LLM stream
    /// (seed, llm, agent, session). Texts go into `plan.texts` by action index.
    func writePlan(_ decision: LLMDecision, slot: LLMSessionSlot, plan: SessionPlan, world: WorldState) {
        let model = fallback.model
        let agent = plan.agent
        let i = agent.index
        let shown = slot.prompt?.parser.feed ?? []
        var stream = RandomStream(seed: seed, purpose: .llm, agent: agent.rawValue, sequence: slot.session << 8)
        let dwellRate = 1 / Double(model.dwellTime.milliseconds)
        var clock = plan.start
        func advance(_ factor: Double = 1) {
            clock = clock + SimTime(milliseconds: Int64((stream.exponential(rate: dwellRate) * factor).rounded()) + 1)
        }
        let returning = world.agents.status[i] == .churned
        if returning { plan.record(.return, at: clock) }
        plan.record(.sessionStart, at: clock, target: world.agents.sessionCount[i], value: Int64(shown.count))
        for (position, post) in shown.enumerated() {
            advance()
            let traced = model.impressionSampling >= 1 || stream.nextUnit() < model.impressionSampling
            plan.record(.impression, at: clock, target: post.rawValue, value: Int64(position), traced: traced)
        }
        let opinion = Float(world.agents.opinion[i])
        let k = world.agents.topicCount
        for action in decision.actions {
            advance(action.kind.carriesText ? 3 : 1)
            switch action.kind {
            case .like:
                plan.record(.like, at: clock, target: shown[action.post!].rawValue)
            case .repost, .quote, .comment:
                let post = shown[action.post!]
                let topic = world.posts.topic[post.index]
                let stance = action.kind == .repost ? world.posts.stance[post.index] : opinion
                let kind: EventKind = action.kind == .repost ? .repost : action.kind == .quote ? .quote : .comment
                plan.record(kind, at: clock, value: Int64(post.rawValue), extra: PostAttributesPacking.pack(topic: topic, stance: stance))
            case .post:
                var top = 0
                for t in 0..<k where world.agents.interests[i * k + t] > world.agents.interests[i * k + top] { top = t }
                plan.record(.post, at: clock, value: -1, extra: PostAttributesPacking.pack(topic: UInt16(top), stance: opinion))
            case .follow, .unfollow, .mute:
                guard let user = action.user, user != agent else { continue }
                let kind: EventKind = action.kind == .follow ? .follow : action.kind == .unfollow ? .unfollow : .mute
                plan.record(kind, at: clock, target: user.rawValue)
            case .end:
                continue
            }
            if action.kind.carriesText, let text = action.text, !text.isEmpty {
                plan.texts.append(PlannedText(action: plan.actions.count - 1, text: text))
            }
        }
        advance()
        plan.record(.sessionEnd, at: clock, value: Int64(shown.count), extra: (clock - plan.start).milliseconds)
        slot.moreOf = decision.moreOf
        slot.lessOf = decision.lessOf
        plan.update = endOfSession(rating: decision.satisfaction, world: world, agent: agent, returning: returning,
                                   plan: plan, clock: clock, stream: &stream)
    }

    /// The agent's state after an LLM-decided session: satisfaction moves toward `(rating − 1)/4`;
    /// low-satisfaction runs, the churn hazard and returns follow the behaviour model.
    private func endOfSession(rating: Int, world: WorldState, agent: AgentID, returning: Bool, plan: SessionPlan,
                              clock: SimTime, stream: inout RandomStream) -> AgentStateUpdate {
        let model = fallback.model
        let i = agent.index
        let before = returning ? model.returnSatisfaction : Double(world.agents.satisfaction[i])
        let quality = Double(rating - 1) / 4
        let low = returning ? 0 : Int(world.agents.lowSatisfactionSessions[i])
        return fallback.endOfSession(quality: quality, satisfaction: before, lowSessions: low,
                                     opinion: Double(world.agents.opinion[i]), interestsChanged: false,
                                     plan: plan, clock: clock, stream: &stream)
    }
}
