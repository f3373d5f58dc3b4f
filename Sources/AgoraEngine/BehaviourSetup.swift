import AgoraAgents
import AgoraConfig
import AgoraCore

/// Builds the rule-driven behaviour's parameters from a resolved world config
/// (docs/behaviour-model.md §10 lists every key; the schema's defaults equal the parameters'
/// defaults, so a world that leaves a key out behaves as the model documents).
public enum BehaviourSetup {
    /// Per-type parameters, indexed like `population.types[]`.
    ///
    /// `follow_probability` in the config is conditional on a like, so the reference follow
    /// probability of the choice model is `like_probability × follow_probability`.
    public static func ruleParameters(for config: WorldConfig) -> [RuleParameters] {
        config.population.types.map {
            RuleParameters(postProbability: $0.postProbability, likeProbability: $0.likeProbability,
                           repostProbability: $0.repostProbability,
                           followProbability: $0.likeProbability * $0.followProbability,
                           quoteProbability: $0.quoteProbability, commentProbability: $0.commentProbability,
                           muteProbability: $0.muteProbability, stanceNoise: $0.stanceNoise,
                           sessionBudget: $0.sessionBudget, noveltyPropensity: $0.noveltyPropensity)
        }
    }

    /// Platform-wide parameters from `behaviour`, `population.arrivals` and
    /// `trace.impression_sampling`.
    public static func modelParameters(for config: WorldConfig) -> BehaviourModelParameters {
        let behaviour = config.behaviour
        var model = BehaviourModelParameters()
        model.dwellTime = behaviour.dwellTime
        model.budgetRefund = behaviour.budgetRefund
        model.interestWeight = behaviour.utility.interest
        model.opinionDistanceWeight = behaviour.utility.opinionDistance
        model.socialProofWeight = behaviour.utility.socialProof
        model.tieWeight = behaviour.utility.tie
        model.noveltyWeight = behaviour.utility.novelty
        model.fatigueWeight = behaviour.utility.fatigue
        model.quoteDisagreementWeight = behaviour.utility.quoteDisagreement
        model.commentDisagreementWeight = behaviour.utility.commentDisagreement
        model.muteDisagreementWeight = behaviour.utility.muteDisagreement
        model.noveltyStateRate = behaviour.novelty.stateRate
        model.noveltyConcentration = behaviour.novelty.concentration
        model.interestDrift = behaviour.interestDrift
        model.confidenceBound = behaviour.opinion.confidenceBound
        model.convergenceRate = behaviour.opinion.convergenceRate
        model.repulsionThreshold = behaviour.opinion.repulsionThreshold
        model.repulsionRate = behaviour.opinion.repulsionRate
        model.initialSatisfaction = behaviour.satisfaction.initial
        model.satisfactionRate = behaviour.satisfaction.rate
        model.qualityPivot = behaviour.satisfaction.qualityPivot
        model.emptyFeedQuality = behaviour.satisfaction.emptyFeedQuality
        model.gapElasticity = behaviour.satisfaction.gapElasticity
        model.churnThreshold = behaviour.churn.threshold
        model.churnPatience = behaviour.churn.patience
        model.churnHazard = behaviour.churn.hazard
        model.returnProbability = behaviour.churn.returnProbability
        model.returnDelay = behaviour.churn.returnDelay
        model.returnSatisfaction = behaviour.churn.returnSatisfaction
        model.arrivalsPerDay = config.population.arrivals.ratePerDay
        model.arrivalFollows = config.population.arrivals.follows
        model.friendsOfFriendsProbability = config.population.arrivals.friendsOfFriends
        model.impressionSampling = config.trace.impressionSampling
        return model
    }

    /// The shared per-agent memory of `behaviour.memory` for `agentCount` agents.
    public static func memory(for config: WorldConfig, agentCount: Int) -> AgentMemory {
        let memory = config.behaviour.memory
        return AgentMemory(agentCount: agentCount, capacity: memory.capacity, baseStrength: memory.baseStrength,
                           reinforcement: Float(memory.reinforcement))
    }
}

extension BehaviourSetup {
    /// The benchmark reference model's behaviour (`behaviour.model: reference`): post, like and
    /// follow probabilities of the first population type, taken as the model states them
    /// (`follow_probability` is conditional on a like, as in the model).
    public static func referenceBehaviour(for config: WorldConfig) -> ReferenceModelBehaviour {
        let type = config.population.types[0]
        return ReferenceModelBehaviour(postProbability: type.postProbability, likeProbability: type.likeProbability,
                                       followProbability: type.followProbability)
    }
}
