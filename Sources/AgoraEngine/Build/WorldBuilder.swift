import AgoraAgents
import AgoraConfig
import AgoraCore

/// Builds the initial world state of a resolved config: population attributes and dynamic state,
/// initial follow graph (with communities when the generator defines them), and the shared agent
/// state with the memory of `behaviour.memory`. Part of `WorldAssembly`.
public enum WorldBuilder {
    /// The world at time zero.
    /// - Parameters:
    ///   - behaviour: the world's behaviour parameters (initial satisfaction, novelty propensities).
    ///   - edgeList: the parsed `graph.file` of an edge-list world (`LoadedWorld.edgeList`).
    /// - Throws: `EngineError.invalidConfig` when the graph cannot be built.
    public static func build(_ config: WorldConfig, behaviour: BehaviourParameters,
                             edgeList: LoadedGraph? = nil) throws(EngineError) -> WorldState {
        // The attributes and the graph draw from streams of their own, so they are built on two
        // threads at once (at 1M agents each takes about half a second), with the same result.
        var (attributes, generated) = try SideBySide.run({ PopulationBuilder.attributes(for: config) }) { () throws(EngineError) in
            try InitialGraphBuilder.build(for: config, edgeList: edgeList)
        }
        if let community = generated.community { attributes.community = community }
        var agents = AgentStore(attributes: attributes)
        PopulationBuilder.initializeDynamicState(of: &agents, seed: config.seed, parametersByType: behaviour.types,
                                                 model: behaviour.model)
        // The memory is built once, straight into the world (a default one replaced afterwards
        // doubled the set-up's peak: 2 × 384 MB at 1M agents).
        let memory = config.behaviour.memory
        return WorldState(agents: agents, graph: generated.graph,
                          memory: AgentMemory(agentCount: agents.count, capacity: memory.capacity,
                                              baseStrength: memory.baseStrength, reinforcement: Float(memory.reinforcement)))
    }
}
