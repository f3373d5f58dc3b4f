import AgoraConfig
import AgoraCore

/// Builds the initial follow graph a config asks for, from the generator library
/// (`GraphGenerator`, documented in docs/graph-generators.md).
public enum InitialGraphBuilder {
    /// The generator a config's `graph` section names.
    public static func generator(for config: WorldConfig) -> GraphGenerator {
        .barabasiAlbert(m: config.graph.m)
    }

    /// The initial follow graph and any per-agent community ids it defines.
    /// - Throws: `EngineError.invalidConfig` when the generator rejects its parameters.
    public static func build(for config: WorldConfig) throws(EngineError) -> GeneratedGraph {
        do {
            return try generator(for: config).generate(nodeCount: config.population.size, seed: config.seed)
        } catch {
            throw .invalidConfig("graph: \(error.description)")
        }
    }
}
