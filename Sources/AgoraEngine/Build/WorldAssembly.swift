import AgoraAgents
import AgoraConfig
import AgoraCore
import AgoraRecommend

/// The one place where a validated config becomes a runnable world (docs/architecture.md, "From
/// YAML to trace"): behaviour parameters, the initial state, the policy table, the recommenders,
/// the arrival process and the LLM set-up, each mapped from the config exactly once.
public enum WorldAssembly {
    /// Assembles the world `loaded` describes.
    /// - Parameter llm: how LLM-driven types reach their answers; without it they run the rule
    ///   policy (tests and tools that never contact a server).
    /// - Throws: `EngineError.invalidConfig` when the graph, the recommender or the LLM set-up
    ///   cannot be built.
    public static func assemble(_ loaded: LoadedWorld, llm: LLMSetup.Options? = nil) throws(EngineError) -> AssembledWorld {
        try assemble(loaded.config, edgeList: loaded.edgeList, llm: llm)
    }

    /// Assembles the world of a resolved `config`.
    /// - Parameters:
    ///   - edgeList: the parsed `graph.file` of an edge-list world.
    ///   - behaviour: behaviour parameters to use instead of the config's (experiments in code).
    ///   - llm: how LLM-driven types reach their answers (nil: they run the rule policy).
    public static func assemble(_ config: WorldConfig, edgeList: LoadedGraph? = nil, behaviour: BehaviourParameters? = nil,
                                llm: LLMSetup.Options? = nil) throws(EngineError) -> AssembledWorld {
        let behaviour = behaviour ?? BehaviourParameters(config: config)
        let state = try WorldBuilder.build(config, behaviour: behaviour, edgeList: edgeList)
        let circadian = CircadianProfile(hourlyWeights: config.behaviour.circadian, weeklyWeights: config.behaviour.weekly)
        let settings = try RecommenderFactory.settings(from: config.recommender)
        let arrivals = ArrivalProcess(config: config, parametersByType: behaviour.types, model: behaviour.model)
        // Before the trace header is written: LLM-driven agents get their persona ids.
        let llmSetup = try llm.flatMap { options throws(EngineError) in
            try LLMSetup.make(config: config, world: state, behaviour: behaviour, circadian: circadian, options: options)
        }
        return AssembledWorld(
            state: state, policies: policyTable(config, behaviour: behaviour, circadian: circadian, llm: llmSetup?.policy),
            recommender: settings.makeRecommender(), followRecommender: settings.makeFollowRecommender(),
            retrainEvery: settings.retrainEvery, arrivals: arrivals.isActive ? arrivals : nil, circadian: circadian,
            seed: config.seed, horizon: config.horizon, window: config.scheduler.window, llm: llmSetup)
    }

    /// Maps every population type to its policy: `policy: llm` types to the LLM policy (when
    /// there is one), the others to the model `behaviour.model` names. Each policy appears once.
    static func policyTable(_ config: WorldConfig, behaviour: BehaviourParameters, circadian: CircadianProfile,
                            llm: LLMPolicy?) -> BehaviourPolicyTable {
        enum Choice: Equatable { case rules, reference, llm }
        let choices: [Choice] = config.population.types.map { type in
            if type.policy == .llm, llm != nil { return .llm }
            switch config.behaviour.model {
            case .rules: return .rules
            case .reference: return .reference
            }
        }
        var used: [Choice] = []
        for choice in choices where !used.contains(choice) { used.append(choice) }
        let policies: [any BehaviourPolicy] = used.map { choice in
            switch choice {
            case .rules: return RulePolicy(behaviour: behaviour.ruleBehaviour, circadian: circadian)
            case .reference: return ReferenceModelPolicy(behaviour: referenceBehaviour(config), circadian: circadian)
            case .llm: return llm!
            }
        }
        return BehaviourPolicyTable(policies: policies, policyOfType: choices.map { used.firstIndex(of: $0)! })
    }

    /// The benchmark reference model's behaviour (`behaviour.model: reference`): post, like and
    /// follow probabilities of the first population type, taken as the model states them
    /// (`follow_probability` is conditional on a like, as in the model).
    static func referenceBehaviour(_ config: WorldConfig) -> ReferenceModelBehaviour {
        let type = config.population.types[0]
        return ReferenceModelBehaviour(postProbability: type.postProbability, likeProbability: type.likeProbability,
                                       followProbability: type.followProbability)
    }
}
