/// Everything a run knows at one instant: agents, posts, the follow graph, and the shared agent
/// state (memory of impressions, topic feedback) that recommenders and policies both read.
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
    /// What each agent saw and engaged with, with forgetting (shared by recommenders and policies).
    public var memory: AgentMemory
    /// Topic feedback each agent gave ("more of" > 0, "less of" < 0), row-major `agents × topics`;
    /// recommenders may read it.
    public var topicFeedback: [Float]
    /// Authors each agent muted; recommenders never serve their posts to that agent.
    public var mutes: MuteList
    /// Simulated time of the last applied event.
    public var now: SimTime = .zero

    /// Creates a world from its initial parts, with an empty agent memory of `memoryCapacity` items
    /// per agent and the given forgetting (`AgentMemory`).
    public convenience init(agents: AgentStore, graph: FollowGraph, memoryCapacity: Int, memoryBaseStrength: SimTime,
                            memoryReinforcement: Float) {
        self.init(agents: agents, graph: graph,
                  memory: AgentMemory(agentCount: agents.count, capacity: memoryCapacity, baseStrength: memoryBaseStrength,
                                      reinforcement: memoryReinforcement))
    }

    /// Creates a world from its initial parts and the agents' (empty) memory. Taking the memory
    /// whole means it is allocated once: at 1M agents and 32 items it is 384 MB.
    public init(agents: AgentStore, graph: FollowGraph, memory: AgentMemory) {
        precondition(agents.count == graph.nodeCount, "agent store and graph disagree on population size")
        precondition(memory.agentCount == agents.count, "agent store and memory disagree on population size")
        self.agents = agents
        self.posts = PostStore()
        self.graph = graph
        self.memory = memory
        self.topicFeedback = [Float](repeating: 0, count: agents.count * agents.topicCount)
        self.mutes = MuteList(agentCount: agents.count)
    }

    /// Number of agents.
    @inlinable public var agentCount: Int { agents.count }
}
