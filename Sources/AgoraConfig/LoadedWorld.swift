import AgoraCore

/// A world config that passed validation, with everything the engine and catalog need about it.
public struct LoadedWorld: Equatable, Sendable {
    /// The resolved config the engine runs.
    public var config: WorldConfig
    /// The config hash: lower-case hex SHA-256 (64 characters) of `canonicalJSON`.
    public var hash: String
    /// The resolved config as JSON with sorted keys and no insignificant whitespace; stored in the
    /// catalog and hashed.
    public var canonicalJSON: String
    /// The resolved config as commented YAML, written as `world.yaml` in the run folder; it loads
    /// back through `WorldConfigLoader` to the same config and hash.
    public var resolvedYAML: String
    /// The edge list of `graph.file`, parsed once by the loader (nil for generated graphs); the
    /// engine builds the initial graph from it instead of reading the file again.
    public var edgeList: LoadedGraph?
    /// Where `graph.file` resolved to on this machine (never part of the config or its hash).
    public var edgeListPath: String?

    /// Creates a loaded world (the loader is the only producer in practice).
    public init(config: WorldConfig, hash: String, canonicalJSON: String, resolvedYAML: String) {
        self.config = config
        self.hash = hash
        self.canonicalJSON = canonicalJSON
        self.resolvedYAML = resolvedYAML
    }
}

extension LoadedWorld {
    /// One line about the edge list of `graph.file` — nodes, edges, and the self-loop lines and
    /// duplicate edges the loader dropped (never silently) — or nil for a generated graph.
    public var edgeListReport: String? {
        guard let edgeList, let file = config.graph.file else { return nil }
        let kind = edgeList.directed ? "directed edges" : "undirected edges (mutual follows)"
        let extra = config.population.size - edgeList.nodeCount
        return "graph.file \(file): \(edgeList.nodeCount) nodes, \(edgeList.edgeCount) \(kind); "
            + "\(edgeList.selfLoopsSkipped) self-loop lines skipped, \(edgeList.duplicatesMerged) duplicate edges merged"
            + (extra > 0 ? "; \(extra) extra isolated agents" : "")
    }
}
