import AgoraCore

/// The rule-driven model as a behaviour policy: `RuleBehaviour` decides the session from its
/// session stream, and the next wake-up is a circadian draw from the wake stream
/// (docs/behaviour-model.md). Decides everything in the decide phase; sessions may get
/// who-to-follow suggestions.
public struct RulePolicy: BehaviourPolicy {
    /// The rule model (per-type and platform-wide parameters).
    public let behaviour: RuleBehaviour
    /// The platform's hourly and weekly activity profile.
    public let circadian: CircadianProfile

    /// Creates the policy.
    public init(behaviour: RuleBehaviour, circadian: CircadianProfile) {
        self.behaviour = behaviour
        self.circadian = circadian
    }

    /// Rule-driven sessions are shown who-to-follow suggestions.
    public var acceptsFollowSuggestions: Bool { true }

    /// Decides the session and the next wake-up (after the session's last action).
    public func decide(plan: SessionPlan, slot: Int, world: WorldState, streams: inout SessionStreams) {
        behaviour.decide(plan: plan, world: world, stream: &streams.session)
        let end = plan.actions.last?.time ?? plan.start
        plan.nextWake = behaviour.nextWake(after: end, plan: plan, world: world, circadian: circadian, stream: &streams.wake)
    }
}
