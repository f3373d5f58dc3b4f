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
        let (utility, opinion, satisfaction, churn) = (behaviour.utility, behaviour.opinion, behaviour.satisfaction, behaviour.churn)
        let arrivals = config.population.arrivals
        model = BehaviourModelParameters(
            dwellTime: behaviour.dwellTime, budgetRefund: behaviour.budgetRefund,
            interestWeight: utility.interest, opinionDistanceWeight: utility.opinionDistance,
            socialProofWeight: utility.socialProof, tieWeight: utility.tie, noveltyWeight: utility.novelty,
            fatigueWeight: utility.fatigue, quoteDisagreementWeight: utility.quoteDisagreement,
            commentDisagreementWeight: utility.commentDisagreement, muteDisagreementWeight: utility.muteDisagreement,
            noveltyStateRate: behaviour.novelty.stateRate, noveltyConcentration: behaviour.novelty.concentration,
            interestDrift: behaviour.interestDrift, confidenceBound: opinion.confidenceBound,
            convergenceRate: opinion.convergenceRate, repulsionThreshold: opinion.repulsionThreshold,
            repulsionRate: opinion.repulsionRate, initialSatisfaction: satisfaction.initial,
            satisfactionRate: satisfaction.rate, qualityPivot: satisfaction.qualityPivot,
            emptyFeedQuality: satisfaction.emptyFeedQuality, gapElasticity: satisfaction.gapElasticity,
            churnThreshold: churn.threshold, churnPatience: churn.patience, churnHazard: churn.hazard,
            returnProbability: churn.returnProbability, returnDelay: churn.returnDelay,
            returnSatisfaction: churn.returnSatisfaction, arrivalsPerDay: arrivals.ratePerDay,
            arrivalFollows: arrivals.follows, friendsOfFriendsProbability: arrivals.friendsOfFriends,
            impressionSampling: config.trace.impressionSampling)
    }

    /// The rule model over these parameters.
    public var ruleBehaviour: RuleBehaviour { RuleBehaviour(parametersByType: types, model: model) }
}
