import AgoraAgents
import AgoraCore
import AgoraRecommend

/// The decide phase of a window: serves each session's feed, hands the session to its type's
/// behaviour policy, and adds who-to-follow suggestions where the policy accepts them; then, in
/// the resolve phase, lets the policies that need it complete their sessions.
///
/// Every draw comes from the session's streams, keyed by (seed, agent, session number): the feed
/// and suggestions from (recommender, n), the session from (session, n), the next wake-up from
/// (wake, n + 1). Deciding reads the world only and writes only the slot's plan (owned by the
/// driver, one per slot), its policy's slot storage and the worker's scratch.
///
/// `@unchecked Sendable` invariant: the `WindowDriver` contract — `decide` for distinct slots
/// runs concurrently, everything else serially.
final class SessionDecider: @unchecked Sendable {
    /// The world being decided (read only).
    let world: WorldState
    /// The run seed.
    let seed: UInt64
    /// The feed algorithm.
    let recommender: any Recommender
    /// Each population type's policy.
    let policies: BehaviourPolicyTable
    private let scratches: [FeedScratch]
    private let suggester: FollowSuggester?
    private var windowSessions = 0
    private var resolveSlots: [[Int]]

    /// Creates the decider of `world` with one feed scratch per decide worker.
    init(world: AssembledWorld, workers: Int) {
        self.world = world.state
        seed = world.seed
        recommender = world.recommender
        policies = world.policies
        scratches = (0..<max(1, workers)).map { _ in FeedScratch() }
        suggester = world.followRecommender.map { FollowSuggester(recommender: $0, workers: workers) }
        resolveSlots = Array(repeating: [], count: world.policies.policies.count)
    }

    /// Lets the recommender, the follow suggester and the policies prepare a window of `count`
    /// sessions.
    func prepareWindow(sessionCount count: Int) {
        windowSessions = count
        suggester?.prepareWindow(sessionCount: count)
        if count > 0 { recommender.prepareWindow(world: world) }
        for policy in policies.policies { policy.prepareWindow(sessionCount: count) }
    }

    /// Serves the feed and decides the session in slot `slot` into `plan` (decide threads).
    func decide(session: ScheduledEvent, plan: SessionPlan, slot: Int, worker: Int) {
        let agent = AgentID(session.subject)
        plan.reset(agent: agent, start: session.time)
        let sequence = UInt64(world.agents.sessionCount[agent.index])
        var feedStream = RandomStream(seed: seed, purpose: .recommender, agent: agent.rawValue, sequence: sequence)
        recommender.fillFeed(for: agent, at: session.time, world: world, scratch: scratches[worker],
                             stream: &feedStream, into: &plan.feed)
        var streams = SessionStreams(seed: seed, agent: agent, sequence: sequence)
        let acceptsSuggestions = policies.decide(policy: policies.policyIndex(of: agent, in: world), plan: plan, slot: slot,
                                                 world: world, streams: &streams)
        if let suggester, acceptsSuggestions {
            suggester.suggest(in: plan, slot: slot, worker: worker, world: world, stream: &feedStream)
        }
    }

    /// The resolve phase: every policy that completes sessions after deciding gets its slots of
    /// the window (ascending), once. `plans` is indexed by slot.
    func resolveWindow(plans: [SessionPlan]) {
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
