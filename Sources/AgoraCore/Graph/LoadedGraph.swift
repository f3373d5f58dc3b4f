/// A real network read from an edge-list file by `EdgeListLoader`: the follow graph over dense
/// agent ids plus what is needed to report on it in the file's own terms.
public struct LoadedGraph: Sendable, Equatable {
    /// The follow graph. For an undirected file every edge `u v` is the mutual pair `u → v`, `v → u`.
    public var graph: FollowGraph
    /// Whether the file was read as directed (`u v` = `u` follows `v`).
    public var directed: Bool
    /// The file's id of each agent: `originalIDs[a]` is the token that became agent `a`.
    /// Agents are numbered in order of first appearance in the file.
    public var originalIDs: [String]
    /// Lines `u u` that were skipped before anything else (their nodes are not created by them).
    public var selfLoopsSkipped: Int
    /// Edge lines that repeated an earlier edge (for undirected files `v u` repeats `u v`).
    public var duplicatesMerged: Int

    /// Creates a loaded graph from its parts.
    public init(graph: FollowGraph, directed: Bool, originalIDs: [String], selfLoopsSkipped: Int, duplicatesMerged: Int) {
        self.graph = graph
        self.directed = directed
        self.originalIDs = originalIDs
        self.selfLoopsSkipped = selfLoopsSkipped
        self.duplicatesMerged = duplicatesMerged
    }

    /// Number of nodes (agents).
    public var nodeCount: Int { graph.nodeCount }

    /// Number of distinct edges as the file means them: undirected edges for an undirected file
    /// (half the follow relations), follow relations for a directed one.
    public var edgeCount: Int { directed ? graph.edgeCount : graph.edgeCount / 2 }
}
