import AgoraCore

/// The benchmark reference model (`bench/reference-model.md`) as a behaviour policy: every session
/// is decided by `ReferenceModelBehaviour`, with its next wake-up from the wake stream. The model
/// has no who-to-follow suggestions.
public struct ReferenceModelPolicy: BehaviourPolicy {
    /// The model's post, like and follow probabilities.
    public let behaviour: ReferenceModelBehaviour
    /// The activity profile (flat in the reference world, making sessions a Poisson process).
    public let circadian: CircadianProfile

    /// Creates the policy.
    public init(behaviour: ReferenceModelBehaviour, circadian: CircadianProfile) {
        self.behaviour = behaviour
        self.circadian = circadian
    }

    /// The model shows no follow suggestions.
    public var acceptsFollowSuggestions: Bool { false }

    /// Decides the session and its next wake-up.
    public func decide(plan: SessionPlan, slot: Int, world: WorldState, streams: inout SessionStreams) {
        behaviour.decide(plan: plan, world: world, circadian: circadian, stream: &streams.session, wakeStream: &streams.wake)
    }
}
