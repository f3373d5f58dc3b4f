/// What one session decided, written while deciding a window and applied afterwards.
///
/// One plan exists per slot of a window and is reused from window to window (`reset` keeps the
/// capacity of its arrays), so deciding a session allocates nothing in the steady state.
/// `@unchecked Sendable` invariant: a plan is written only by the thread deciding its slot, and
/// read only in the serial apply phase afterwards (`WindowDriver` contract).
public final class SessionPlan: @unchecked Sendable {
    /// The agent whose session this is.
    public private(set) var agent: AgentID = .none
    /// When the session starts.
    public private(set) var start: SimTime = .zero
    /// The feed the recommender served, in display order.
    public var feed: [PostID] = []
    /// The session's actions in the order they happen (times non-decreasing).
    public var actions: [PlannedAction] = []
    /// When the agent wakes up next, or `nil` if it never does (e.g. it churned).
    public var nextWake: SimTime?
    /// The agent's own state after the session (opinion, satisfaction, churn), applied serially.
    public var update = AgentStateUpdate()
    /// The agent's interest vector after the session when `update.interestsChanged`; also the
    /// policy's working copy while deciding (capacity kept across sessions).
    public var interests: [Float] = []
    /// Per-topic working memory for the policy (e.g. topic counts of the session, topic recall),
    /// `2 × topics` floats, capacity kept across sessions.
    public var topicScratch: [Float] = []
    /// Texts the policy wrote for post-creating actions, by ascending index into `actions`; each
    /// is applied right after its action (LLM-written posts; empty for rule-driven sessions).
    public var texts: [PlannedText] = []

    /// Creates an empty plan with room for a typical session.
    public init(feedCapacity: Int = 32, actionCapacity: Int = 64) {
        feed.reserveCapacity(feedCapacity)
        actions.reserveCapacity(actionCapacity)
    }

    /// Clears the plan for a new session, keeping array capacity.
    public func reset(agent: AgentID, start: SimTime) {
        self.agent = agent
        self.start = start
        feed.removeAll(keepingCapacity: true)
        actions.removeAll(keepingCapacity: true)
        nextWake = nil
        update = AgentStateUpdate()
        if !texts.isEmpty { texts.removeAll(keepingCapacity: true) }
    }

    /// Appends an action. Amortized O(1), no allocation once warmed up.
    public func record(_ kind: EventKind, at time: SimTime, target: UInt32 = 0, value: Int64 = 0, extra: Int64 = 0, traced: Bool = true) {
        actions.append(PlannedAction(time: time, kind: kind, target: target, value: value, extra: extra, traced: traced))
    }
}

/// The text of a planned post-creating action (an LLM-written post, quote or comment).
public struct PlannedText: Sendable, Equatable {
    /// Index of the action in `SessionPlan.actions`.
    public var action: Int
    /// The text.
    public var text: String

    /// Creates a planned text.
    public init(action: Int, text: String) {
        self.action = action
        self.text = text
    }
}

/// One planned action of a session. For post-creating kinds `target` is ignored (the post id is
/// assigned when the action is applied), `value` is the parent post id or -1, and `extra` holds
/// `PostAttributesPacking` of topic and stance.
public struct PlannedAction: Sendable, Equatable {
    /// When it happens.
    public var time: SimTime
    /// What happens.
    public var kind: EventKind
    /// Post or user acted on.
    public var target: UInt32
    /// Kind-specific number (see `EventKind`).
    public var value: Int64
    /// Kind-specific number (see `EventKind`).
    public var extra: Int64
    /// Whether the trace records it (impression sampling may leave some out).
    public var traced: Bool

    /// Creates an action.
    @inlinable
    public init(time: SimTime, kind: EventKind, target: UInt32, value: Int64, extra: Int64, traced: Bool) {
        self.time = time
        self.kind = kind
        self.target = target
        self.value = value
        self.extra = extra
        self.traced = traced
    }
}
