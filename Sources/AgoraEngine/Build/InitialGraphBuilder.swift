import AgoraConfig
import AgoraCore

/// Builds the initial follow graph a config asks for: a generator of the library
/// (`GraphGenerator`, docs/graph-generators.md) or the edge list of `graph.file`, which the
/// config loader has already parsed (`LoadedWorld.edgeList`).
public enum InitialGraphBuilder {
    /// The generator a config's `graph` section names (nil for an edge-list graph).
    public static func generator(for config: WorldConfig) -> GraphGenerator? {
        config.graph.generator()
    }

    /// The initial follow graph and any per-agent community ids it defines.
    ///
    /// - Parameter edgeList: the parsed `graph.file` (required when the config names a file);
    ///   agents beyond its node count (a larger `population.size`) start isolated.
    /// - Throws: `EngineError.invalidConfig` when the generator rejects its parameters or the
    ///   config names a file that was not loaded.
    public static func build(for config: WorldConfig, edgeList: LoadedGraph? = nil) throws(EngineError) -> GeneratedGraph {
        if let file = config.graph.file {
            guard let edgeList else {
                throw .invalidConfig("graph.file: the edge list '\(file)' was not loaded; load the world with WorldConfigLoader")
            }
            guard edgeList.nodeCount <= config.population.size else {
                throw .invalidConfig(
                    "graph.file: the edge list has \(edgeList.nodeCount) nodes, more than population.size (\(config.population.size))")
            }
            var graph = edgeList.graph
            while graph.nodeCount < config.population.size { _ = graph.addNode() }
            return GeneratedGraph(graph: graph, removedSelfLoops: edgeList.selfLoopsSkipped,
                                  removedMultiEdges: edgeList.duplicatesMerged)
        }
        guard let generator = generator(for: config) else {
            throw .invalidConfig("graph: kind '\(config.graph.kind ?? "none")' lacks a required parameter; validate the world file")
        }
        do {
            return try generator.generate(nodeCount: config.population.size, seed: config.seed)
        } catch {
            throw .invalidConfig("graph: \(error.description)")
        }
    }
}
