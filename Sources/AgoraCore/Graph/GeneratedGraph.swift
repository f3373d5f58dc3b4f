/// The result of running a ``GraphGenerator``: the follow graph plus what the generator knows about
/// it that the graph alone cannot say.
public struct GeneratedGraph: Sendable, Equatable {
    /// The directed follow graph (`a → b`: `a` follows `b`). Undirected generators store every
    /// edge as a mutual follow pair.
    public var graph: FollowGraph
    /// Community (block) id of each agent, for generators that plant communities (the stochastic
    /// block model); `nil` otherwise. Usable as `AgentAttributes.community` and for homophily.
    public var community: [UInt32]?
    /// Self-loops drawn by the generator and dropped (configuration model; 0 elsewhere).
    public var removedSelfLoops: Int
    /// Duplicate edges drawn by the generator and merged (configuration model; 0 elsewhere).
    /// Counted once per extra copy of an undirected edge.
    public var removedMultiEdges: Int

    /// Wraps a generated graph and its side information.
    public init(graph: FollowGraph, community: [UInt32]? = nil, removedSelfLoops: Int = 0, removedMultiEdges: Int = 0) {
        self.graph = graph
        self.community = community
        self.removedSelfLoops = removedSelfLoops
        self.removedMultiEdges = removedMultiEdges
    }
}
