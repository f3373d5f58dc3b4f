import AgoraConfig
import AgoraCore

/// Builds the initial world of a resolved config: population attributes, initial follow graph
/// (with communities when the generator defines them) and the shared agent state.
public enum WorldBuilder {
    /// The world at time zero.
    /// - Throws: `EngineError.invalidConfig` when the graph cannot be built.
    public static func build(_ config: WorldConfig) throws(EngineError) -> WorldState {
        var attributes = PopulationBuilder.attributes(for: config)
        let generated = try InitialGraphBuilder.build(for: config)
        if let community = generated.community { attributes.community = community }
        return WorldState(agents: AgentStore(attributes: attributes), graph: generated.graph)
    }
}
