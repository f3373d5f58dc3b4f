import AgoraCore

/// Per-agent values written next to each node of an exported graph.
///
/// In- and out-degree are always written (computed from the graph). The optional columns appear
/// only when given, always in this order: `agent` (the dense agent index, written when original
/// ids replace it as the node id), `community`, `activity`, `in_degree`, `out_degree`.
public struct GraphExportAttributes: Sendable, Equatable {
    /// Community id of each agent (e.g. the stochastic block of a generated graph).
    public var community: [UInt32]?
    /// Expected sessions per simulated day of each agent.
    public var activity: [Float]?
    /// The node id of each agent in the file the graph was loaded from; used as the exported node
    /// id instead of the agent index, so a round trip keeps the original names.
    public var originalIDs: [String]?

    /// Attributes from explicit columns; every column present must have one value per agent.
    public init(community: [UInt32]? = nil, activity: [Float]? = nil, originalIDs: [String]? = nil) {
        self.community = community
        self.activity = activity
        self.originalIDs = originalIDs
    }

    /// Community and activity from the agent attributes a trace header carries.
    public init(agents: AgentAttributes, originalIDs: [String]? = nil) {
        self.init(community: agents.community, activity: agents.activity, originalIDs: originalIDs)
    }

    /// No attributes beyond the degrees.
    public static let none = GraphExportAttributes()
}
