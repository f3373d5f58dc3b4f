import AgoraCore

/// Which policy decides the sessions of each population type, built once when the world is
/// assembled, and the way the driver calls them. Policies shared by several types appear once.
///
/// The hot calls (`decide`, `didApply`) go through memory the table owns, written once in `init`:
/// a policy is called in place there instead of being copied out of an array, because copying an
/// existential retains its box, and two decide threads retaining the same box make its reference
/// count bounce between the cores (it showed as a doubled `swift_release` in the profile of the
/// reference model).
///
/// `@unchecked Sendable` invariant: nothing is written after `init`; the policies themselves are
/// `Sendable`.
public final class BehaviourPolicyTable: @unchecked Sendable {
    /// The distinct policies, in the order of the first type that uses each.
    public let policies: [any BehaviourPolicy]
    /// Per population type index: the index of its policy in `policies`.
    public let policyOfType: [Int]
    /// Whether any policy completes sessions in the resolve phase.
    public let hasResolvePhase: Bool
    private let policyAt: UnsafeMutableBufferPointer<any BehaviourPolicy>
    private let indexOfType: UnsafeMutableBufferPointer<Int>
    private let acceptsSuggestions: UnsafeMutableBufferPointer<Bool>
    private let observesApply: UnsafeMutableBufferPointer<Bool>

    /// Creates the table.
    /// - Parameters:
    ///   - policies: the distinct policies.
    ///   - policyOfType: for each population type, an index into `policies`.
    public init(policies: [any BehaviourPolicy], policyOfType: [Int]) {
        precondition(policyOfType.allSatisfy { policies.indices.contains($0) }, "every type needs a policy")
        self.policies = policies
        self.policyOfType = policyOfType
        hasResolvePhase = policies.contains { $0.resolvesAfterDeciding }
        policyAt = .allocate(capacity: policies.count)
        _ = policyAt.initialize(from: policies)
        indexOfType = .allocate(capacity: policyOfType.count)
        _ = indexOfType.initialize(from: policyOfType)
        acceptsSuggestions = .allocate(capacity: policies.count)
        _ = acceptsSuggestions.initialize(from: policies.map(\.acceptsFollowSuggestions))
        observesApply = .allocate(capacity: policies.count)
        _ = observesApply.initialize(from: policies.map(\.observesApply))
    }

    deinit {
        policyAt.deinitialize().deallocate()
        indexOfType.deallocate()
        acceptsSuggestions.deallocate()
        observesApply.deallocate()
    }

    /// The index (into `policies`) of the policy deciding `agent`'s sessions. O(1).
    public func policyIndex(of agent: AgentID, in world: WorldState) -> Int {
        indexOfType[Int(world.agents.attributes.type[agent.index])]
    }

    /// Decide phase: policy `index` decides the session of `plan` (`BehaviourPolicy.decide`).
    /// Returns whether the driver may add who-to-follow suggestions to it.
    public func decide(policy index: Int, plan: SessionPlan, slot: Int, world: WorldState,
                       streams: inout SessionStreams) -> Bool {
        policyAt[index].decide(plan: plan, slot: slot, world: world, streams: &streams)
        return acceptsSuggestions[index]
    }

    /// Apply phase: tells the policy of `plan`'s agent that its session was applied, if that
    /// policy observes applied sessions (`BehaviourPolicy.didApply`).
    public func didApply(plan: SessionPlan, slot: Int, world: WorldState) {
        let index = policyIndex(of: plan.agent, in: world)
        if observesApply[index] { policyAt[index].didApply(plan: plan, slot: slot, world: world) }
    }

    /// The first reason a policy gives for stopping the run, if any.
    public var failure: String? {
        for policy in policies { if let failure = policy.failure { return failure } }
        return nil
    }
}
