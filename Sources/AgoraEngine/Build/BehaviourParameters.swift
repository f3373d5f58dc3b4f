import AgoraAgents
import AgoraConfig
import AgoraCore

/// The behaviour parameters of a world: the per-type rule parameters and the platform-wide model
/// parameters, mapped from the resolved config once, when the world is assembled
/// (docs/behaviour-model.md §10 lists every key). Everything that needs them — the population's
/// dynamic state, the policies, the arrival process, the LLM policy's fallback — takes this value.
public struct BehaviourParameters: Sendable, Equatable {
    /// Per-type parameters, indexed like `population.types[]`.
    public var types: [RuleParameters]
    /// Platform-wide parameters from `behaviour`, `population.arrivals` and
    /// `trace.impression_sampling`.
    public var model: BehaviourModelParameters

    /// Parameters given in code (tests and experiments that change the model directly).
    public init(types: [RuleParameters], model: BehaviourModelParameters) {
        self.types = types
        self.model = model
    }

    /// The parameters `config` states.
    ///
    /// `follow_probability` in the config is conditional on a like, so the reference follow
    /// probability of the choice model is `like_probability × follow_probability`.
    public init(config: WorldConfig) {
        types = config.population.types.map {
            RuleParameters(postProbability: $0.postProbability, likeProbability: $0.likeProbability,
                           repostProbability: $0.repostProbability,
                           followProbability: $0.likeProbability * $0.followProbability,
                           quoteProbability: $0.quoteProbability, commentProbability: $0.commentProbability,
                           muteProbability: $0.muteProbability, stanceNoise: $0.stanceNoise,
                           sessionBudget: $0.sessionBudget, noveltyPropensity: $0.noveltyPropensity)
        }
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
        self.model = model
    }

    /// The rule model over these parameters.
    public var ruleBehaviour: RuleBehaviour { RuleBehaviour(parametersByType: types, model: model) }
}
