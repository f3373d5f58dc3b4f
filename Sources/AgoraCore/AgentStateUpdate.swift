/// The agent's own state after one session, as decided by its policy and written back in the
/// serial apply phase (a session only ever changes its own agent's dynamic state, and an agent
/// has at most one session per window, so writing it back in total order is race-free).
public struct AgentStateUpdate: Sendable, Equatable {
    /// Whether the policy set the fields below (a policy that leaves them alone keeps `false`).
    public var isSet: Bool = false
    /// Opinion after the session, in `[-1, 1]`.
    public var opinion: Float = 0
    /// Satisfaction after the session, in `[0, 1]`.
    public var satisfaction: Float = 0
    /// Consecutive low-satisfaction sessions after this one.
    public var lowSatisfactionSessions: UInt16 = 0
    /// Whether `SessionPlan.interests` holds the agent's new interest vector.
    public var interestsChanged: Bool = false
    /// Whether the agent churned at the end of this session.
    public var churned: Bool = false
    /// When a churned agent comes back (`nil`: never, or not churned).
    public var returnAt: SimTime? = nil

    /// Creates an empty update.
    public init() {}
}
