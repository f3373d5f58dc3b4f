import AgoraAgents
import AgoraConfig
import AgoraCore

/// Builds the rule-driven behaviour's parameters from a resolved world config: the keys the
/// config already has are used, every other knob takes its documented default
/// (docs/behaviour-model.md lists the YAML keys proposed for them).
public enum BehaviourSetup {
    /// Per-type parameters, indexed like `population.types[]`.
    ///
    /// `follow_probability` in the config is conditional on a like, so the reference follow
    /// probability of the choice model is `like_probability × follow_probability`.
    public static func ruleParameters(for config: WorldConfig) -> [RuleParameters] {
        config.population.types.map {
            RuleParameters(postProbability: $0.postProbability, likeProbability: $0.likeProbability,
                           repostProbability: $0.repostProbability,
                           followProbability: $0.likeProbability * $0.followProbability)
        }
    }

    /// Platform-wide parameters: dwell time and impression sampling from the config, the rest
    /// defaults.
    public static func modelParameters(for config: WorldConfig) -> BehaviourModelParameters {
        var model = BehaviourModelParameters()
        model.dwellTime = config.behaviour.dwellTime
        model.impressionSampling = config.trace.impressionSampling
        return model
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
