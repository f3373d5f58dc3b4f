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
