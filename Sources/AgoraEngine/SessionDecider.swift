import AgoraAgents
import AgoraCore
import AgoraRecommend

/// The decide phase of a window: serves each session's feed, hands the session to its type's
/// behaviour policy, and adds who-to-follow suggestions where the policy accepts them; then, in
/// the resolve phase, lets the policies that need it complete their sessions.
///
/// Every draw comes from the session's streams, keyed by (seed, agent, session number): the feed
/// and suggestions from (recommender, n), the session from (session, n), the next wake-up from
/// (wake, n + 1). Deciding reads the world only and writes only the slot's plan, its policy's
/// slot storage and the worker's scratch.
///
/// `@unchecked Sendable` invariant: the `WindowDriver` contract — `decide` for distinct slots
/// runs concurrently, everything else serially.
final class SessionDecider: @unchecked Sendable {
    /// The run seed.
    let seed: UInt64
    /// The feed algorithm.
    let recommender: any Recommender
    /// Each population type's policy.
    let policies: BehaviourPolicyTable
    /// One plan per slot of the current window (reused from window to window).
    private(set) var plans: [SessionPlan] = []
    private let scratches: [FeedScratch]
    private let suggester: FollowSuggester?
    private var windowSessions = 0
    private var resolveSlots: [[Int]]

    /// Creates the decider of `world` with one feed scratch per decide worker.
    init(world: AssembledWorld, workers: Int) {
        seed = world.seed
        recommender = world.recommender
        policies = world.policies
        scratches = (0..<max(1, workers)).map { _ in FeedScratch() }
        suggester = world.followRecommender.map { FollowSuggester(recommender: $0, workers: workers) }
        resolveSlots = Array(repeating: [], count: world.policies.policies.count)
    }

    /// Grows the per-slot plans to `count` and lets the recommender and policies prepare.
    func prepareWindow(sessionCount count: Int, world: WorldState) {
        while plans.count < count { plans.append(SessionPlan()) }
        windowSessions = count
        suggester?.prepareWindow(sessionCount: count)
        if count > 0 { recommender.prepareWindow(world: world) }
        for policy in policies.policies { policy.prepareWindow(sessionCount: count) }
    }

    /// Serves the feed and decides the session in slot `slot` (decide threads).
    func decide(session: ScheduledEvent, slot: Int, worker: Int, world: WorldState) {
        let agent = AgentID(session.subject)
        let plan = plans[slot]
        plan.reset(agent: agent, start: session.time)
        let sequence = UInt64(world.agents.sessionCount[agent.index])
        var feedStream = RandomStream(seed: seed, purpose: .recommender, agent: agent.rawValue, sequence: sequence)
        recommender.fillFeed(for: agent, at: session.time, world: world, scratch: scratches[worker],
                             stream: &feedStream, into: &plan.feed)
        let policy = policies.policies[policies.policyIndex(of: agent, in: world)]
        var streams = SessionStreams(seed: seed, agent: agent, sequence: sequence)
        policy.decide(plan: plan, slot: slot, world: world, streams: &streams)
        if let suggester, policy.acceptsFollowSuggestions {
            suggester.suggest(in: plan, slot: slot, worker: worker, world: world, stream: &feedStream)
        }
    }

    /// The resolve phase: every policy that completes sessions after deciding gets its slots of
    /// the window (ascending), once.
    func resolveWindow(world: WorldState) {
        guard policies.hasResolvePhase else { return }
        for index in resolveSlots.indices { resolveSlots[index].removeAll(keepingCapacity: true) }
        for slot in 0..<windowSessions {
            let index = policies.policyIndex(of: plans[slot].agent, in: world)
            if policies.policies[index].resolvesAfterDeciding { resolveSlots[index].append(slot) }
        }
        for (index, slots) in resolveSlots.enumerated() where !slots.isEmpty {
            policies.policies[index].resolve(slots: slots, plans: plans, world: world)
        }
    }
}
