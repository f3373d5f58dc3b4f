import AgoraAgents
import AgoraConfig
import AgoraCore
import Testing

@testable import AgoraEngine

/// The behaviour keys map onto the model's parameters, and their defaults are the model's.
struct BehaviourParametersTests {
    static func load(_ text: String, overrides: [String] = []) throws -> WorldConfig {
        try WorldConfigLoader().load(text: text, overrides: overrides).config
    }

    /// The schema's defaults reach the model unchanged (the follow probability of the choice
    /// model is conditional on nothing: like × follow), and so does the memory section.
    @Test func theDefaultWorldMapsOntoTheModelFieldByField() throws {
        let config = WorldConfig.defaults()
        let behaviour = BehaviourParameters(config: config)
        let type = config.population.types[0]
        let reference = RuleParameters(postProbability: type.postProbability, likeProbability: type.likeProbability,
                                       repostProbability: type.repostProbability,
                                       followProbability: type.likeProbability * type.followProbability,
                                       quoteProbability: type.quoteProbability, commentProbability: type.commentProbability,
                                       muteProbability: type.muteProbability, stanceNoise: type.stanceNoise,
                                       sessionBudget: type.sessionBudget, noveltyPropensity: type.noveltyPropensity)
        #expect(behaviour.types == [reference])
        let model = behaviour.model
        #expect(model.confidenceBound == config.behaviour.opinion.confidenceBound)
        #expect(model.churnHazard == config.behaviour.churn.hazard && model.returnDelay == config.behaviour.churn.returnDelay)
        #expect(model.interestWeight == config.behaviour.utility.interest && model.dwellTime == config.behaviour.dwellTime)
        #expect(model.impressionSampling == config.trace.impressionSampling)
        let memory = try WorldBuilder.build(config, behaviour: behaviour).memory
        #expect(memory.capacity == config.behaviour.memory.capacity)
        #expect(memory.baseStrength == Float(config.behaviour.memory.baseStrength.seconds))
        #expect(memory.reinforcement == Float(config.behaviour.memory.reinforcement))
    }

    @Test func everyBehaviourKeyIsSettableWithSet() throws {
        let config = try Self.load("name: x\n", overrides: [
            "behaviour.budget_refund=0.2", "behaviour.interest_drift=0.05", "behaviour.utility.interest=3",
            "behaviour.utility.opinion_distance=1", "behaviour.utility.social_proof=0.5", "behaviour.utility.tie=-1",
            "behaviour.utility.novelty=2", "behaviour.utility.fatigue=1", "behaviour.utility.quote_disagreement=3",
            "behaviour.utility.comment_disagreement=2", "behaviour.utility.mute_disagreement=2",
            "behaviour.novelty.state_rate=0.5", "behaviour.novelty.concentration=8",
            "behaviour.opinion.confidence_bound=0.3", "behaviour.opinion.convergence_rate=0.1",
            "behaviour.opinion.repulsion_threshold=1.5", "behaviour.opinion.repulsion_rate=0.05",
            "behaviour.satisfaction.initial=0.7", "behaviour.satisfaction.rate=0.2", "behaviour.satisfaction.quality_pivot=1",
            "behaviour.satisfaction.empty_feed_quality=0.1", "behaviour.satisfaction.gap_elasticity=2",
            "behaviour.churn.threshold=0.2", "behaviour.churn.patience=5", "behaviour.churn.hazard=0.02",
            "behaviour.churn.return_probability=0.3", "behaviour.churn.return_delay=2d", "behaviour.churn.return_satisfaction=0.4",
            "behaviour.memory.capacity=16", "behaviour.memory.base_strength=12h", "behaviour.memory.reinforcement=3",
            "behaviour.weekly=[1, 1, 1, 1, 1, 0.5, 0.5]",
            "population.arrivals.rate_per_day=20", "population.arrivals.follows=7", "population.arrivals.friends_of_friends=0.8",
            "population.types[0].quote_probability=0.03", "population.types[0].comment_probability=0.04",
            "population.types[0].mute_probability=0.05", "population.types[0].stance_noise=0.2",
            "population.types[0].session_budget=5m", "population.types[0].novelty_propensity=0.6",
        ])
        let behaviour = BehaviourParameters(config: config)
        let model = behaviour.model
        var expected = BehaviourParameters(config: WorldConfig.defaults()).model
        expected.budgetRefund = 0.2
        expected.interestDrift = 0.05
        expected.interestWeight = 3
        expected.opinionDistanceWeight = 1
        expected.socialProofWeight = 0.5
        expected.tieWeight = -1
        expected.noveltyWeight = 2
        expected.fatigueWeight = 1
        expected.quoteDisagreementWeight = 3
        expected.commentDisagreementWeight = 2
        expected.muteDisagreementWeight = 2
        expected.noveltyStateRate = 0.5
        expected.noveltyConcentration = 8
        expected.confidenceBound = 0.3
        expected.convergenceRate = 0.1
        expected.repulsionThreshold = 1.5
        expected.repulsionRate = 0.05
        expected.initialSatisfaction = 0.7
        expected.satisfactionRate = 0.2
        expected.qualityPivot = 1
        expected.emptyFeedQuality = 0.1
        expected.gapElasticity = 2
        expected.churnThreshold = 0.2
        expected.churnPatience = 5
        expected.churnHazard = 0.02
        expected.returnProbability = 0.3
        expected.returnDelay = .day * 2
        expected.returnSatisfaction = 0.4
        expected.arrivalsPerDay = 20
        expected.arrivalFollows = 7
        expected.friendsOfFriendsProbability = 0.8
        #expect(model == expected)
        #expect(config.behaviour.weekly == [1, 1, 1, 1, 1, 0.5, 0.5])
        let memory = try WorldBuilder.build(config, behaviour: behaviour).memory
        #expect(memory.capacity == 16 && memory.baseStrength == Float(12 * 3600) && memory.reinforcement == 3)
        let rules = try #require(behaviour.types.first)
        #expect(rules.quoteProbability == 0.03 && rules.commentProbability == 0.04 && rules.muteProbability == 0.05)
        #expect(rules.stanceNoise == 0.2 && rules.sessionBudget == .minute * 5 && rules.noveltyPropensity == 0.6)
    }

    @Test func weeklyProfileMayNotBeAllZero() {
        #expect(throws: ConfigError.self) { try Self.load("name: x\nbehaviour:\n  weekly: [0, 0, 0, 0, 0, 0, 0]\n") }
    }

    @Test func worldUsesTheConfiguredMemory() throws {
        let config = try Self.load("name: x\npopulation:\n  size: 50\ngraph:\n  m: 2\nbehaviour:\n  memory:\n    capacity: 8\n")
        let world = try WorldBuilder.build(config, behaviour: BehaviourParameters(config: config))
        #expect(world.memory.capacity == 8)
    }
}
