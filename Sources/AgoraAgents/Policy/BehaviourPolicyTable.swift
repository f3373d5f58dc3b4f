import AgoraCore

/// Which policy decides the sessions of each population type, built once when the world is
/// assembled. Policies shared by several types appear once in `policies`.
public struct BehaviourPolicyTable: Sendable {
    /// The distinct policies, in the order of the first type that uses each.
    public let policies: [any BehaviourPolicy]
    /// Per population type index: the index of its policy in `policies`.
    public let policyOfType: [Int]
    /// Whether any policy completes sessions in the resolve phase.
    public let hasResolvePhase: Bool

    /// Creates the table.
    /// - Parameters:
    ///   - policies: the distinct policies.
    ///   - policyOfType: for each population type, an index into `policies`.
    public init(policies: [any BehaviourPolicy], policyOfType: [Int]) {
        precondition(policyOfType.allSatisfy { policies.indices.contains($0) }, "every type needs a policy")
        self.policies = policies
        self.policyOfType = policyOfType
        hasResolvePhase = policies.contains { $0.resolvesAfterDeciding }
    }

    /// The index (into `policies`) of the policy deciding `agent`'s sessions. O(1).
    @inlinable
    public func policyIndex(of agent: AgentID, in world: WorldState) -> Int {
        policyOfType[Int(world.agents.attributes.type[agent.index])]
    }

    /// The first reason a policy gives for stopping the run, if any.
    public var failure: String? {
        for policy in policies { if let failure = policy.failure { return failure } }
        return nil
    }
}
