import AgoraCore

/// How the sessions of a population type are decided: the one seam between the engine's session
/// driver and behaviour (the rule model, the benchmark reference model, the LLM-driven policy).
/// A table built once when the world is assembled maps every type to its policy
/// (`BehaviourPolicyTable`); the driver knows policies only through this protocol.
///
/// The scheduler's phases (docs/architecture.md, "A window, phase by phase"):
/// 1. **decide** — `decide(plan:slot:world:streams:)` is called in parallel, each slot by one
///    thread, with the feed already served into `plan` and the world as it stood at the window's
///    start. It writes only the plan and the policy's own per-slot storage. A policy that can
///    decide on the spot writes the session's actions, `update` and `nextWake`.
/// 2. **resolve** — for a policy whose `resolvesAfterDeciding` is true, `resolve(slots:plans:world:)`
///    is called once per window, serially, with every slot it decided (ascending), before
///    anything is applied. It completes those plans (actions, `update`, `nextWake`), e.g. with
///    the answers of a server, and may block while it waits for them.
/// 3. **apply** — the driver applies the plan's actions in the total order; then, for a policy
///    whose `observesApply` is true, `didApply(plan:slot:world:)` lets it record what it keeps
///    (usage, topic feedback).
public protocol BehaviourPolicy: Sendable {
    /// Whether the driver may add who-to-follow suggestions to sessions this policy decided (they
    /// are inserted before `session_end` right after `decide`, from the feed's random stream).
    var acceptsFollowSuggestions: Bool { get }
    /// Whether this policy completes its sessions in the resolve phase.
    var resolvesAfterDeciding: Bool { get }
    /// Whether `didApply(plan:slot:world:)` must be called after each of its sessions is applied.
    var observesApply: Bool { get }
    /// Why the run must stop because of this policy (a failed request in fail-fast mode, a replay
    /// miss), if it must; polled at window boundaries.
    var failure: String? { get }

    /// Makes room for a window of `count` slots (serially, before the window is decided).
    func prepareWindow(sessionCount count: Int)
    /// Decide phase: plans the session of `plan` (agent, start and feed set) in slot `slot`.
    /// - Parameter streams: the session's random streams, keyed by (seed, agent, session number).
    func decide(plan: SessionPlan, slot: Int, world: WorldState, streams: inout SessionStreams)
    /// Resolve phase: completes the plans of `slots` (every slot this policy decided in the window,
    /// ascending). `plans` is indexed by slot.
    func resolve(slots: [Int], plans: [SessionPlan], world: WorldState)
    /// Apply phase: called after the actions of the session in `slot` were applied to `world`.
    func didApply(plan: SessionPlan, slot: Int, world: WorldState)
}

extension BehaviourPolicy {
    /// Decides everything in the decide phase (the default).
    public var resolvesAfterDeciding: Bool { false }
    /// Keeps nothing from applied sessions (the default).
    public var observesApply: Bool { false }
    /// Never stops the run (the default).
    public var failure: String? { nil }
    /// Keeps no per-slot state (the default).
    public func prepareWindow(sessionCount count: Int) {}
    /// Nothing to resolve (the default).
    public func resolve(slots: [Int], plans: [SessionPlan], world: WorldState) {}
    /// Records nothing (the default).
    public func didApply(plan: SessionPlan, slot: Int, world: WorldState) {}
}

/// The random streams of one session: `session` for what happens in it, `wake` for when the
/// agent wakes up next. Both are keyed by (run seed, agent, the agent's session number), so a
/// decision does not depend on which thread makes it or on anything else in the window.
public struct SessionStreams {
    /// What the session does: stream (seed, session, agent, n).
    public var session: RandomStream
    /// When the agent wakes next: stream (seed, wake, agent, n + 1); stream (seed, wake, agent, 0)
    /// drew the first wake-up.
    public var wake: RandomStream

    /// The streams of session number `sequence` of `agent`.
    @inlinable
    public init(seed: UInt64, agent: AgentID, sequence: UInt64) {
        session = RandomStream(seed: seed, purpose: .session, agent: agent.rawValue, sequence: sequence)
        wake = RandomStream(seed: seed, purpose: .wake, agent: agent.rawValue, sequence: sequence + 1)
    }
}
