/// Everything a run knows at one instant: agents, posts and the follow graph.
///
/// One `WorldState` is owned by the engine for the whole run. The windowed scheduler reads it
/// from several threads while deciding a window and mutates it from one thread while applying,
/// never both at once (see `WindowDriver`); that is the documented owner discipline that makes
/// sharing it safe.
public final class WorldState: @unchecked Sendable {
    /// Per-agent state.
    public var agents: AgentStore
    /// All posts so far.
    public var posts: PostStore
    /// The current follow graph.
    public var graph: FollowGraph
    /// Simulated time of the last applied event.
    public var now: SimTime = .zero

    /// Creates a world from its initial parts.
    public init(agents: AgentStore, graph: FollowGraph) {
        precondition(agents.count == graph.nodeCount, "agent store and graph disagree on population size")
        self.agents = agents
        self.posts = PostStore()
        self.graph = graph
    }

    /// Number of agents.
    @inlinable public var agentCount: Int { agents.count }
}
