import Testing
@testable import AgoraAgents

@Suite struct OpinionDynamicsTests {
    @Test func movesTowardStancesWithinTheConfidenceBoundOnly() {
        var p = BehaviourTestWorld.model
        p.confidenceBound = 0.4
        p.convergenceRate = 0.5
        #expect(OpinionDynamics.update(opinion: 0, stance: 0.2, parameters: p) == 0.1)
        #expect(OpinionDynamics.update(opinion: 0, stance: 0.6, parameters: p) == 0)
    }

    @Test func repelsBeyondTheRepulsionThresholdAndStaysInRange() {
        var p = BehaviourTestWorld.model
        p.confidenceBound = 0.4
        p.repulsionThreshold = 1.0
        p.repulsionRate = 0.5
        #expect(OpinionDynamics.update(opinion: -0.2, stance: 1, parameters: p) == -0.8)
        #expect(OpinionDynamics.update(opinion: -0.9, stance: 1, parameters: p) == -1)
        // The default threshold (2.5) is beyond any possible distance: no repulsion.
        #expect(OpinionDynamics.update(opinion: -1, stance: 1, parameters: BehaviourTestWorld.model) == -1)
    }
}
