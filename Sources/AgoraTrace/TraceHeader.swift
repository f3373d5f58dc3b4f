import AgoraCore

/// The header of a trace: everything needed to interpret its blocks, and nothing that varies
/// between two runs of the same world and seed (no wall clock, host, path, thread count, run id).
///
/// Stored as canonical JSON (sorted keys, snake_case) so that any language can read it.
public struct TraceHeader: Codable, Equatable, Sendable {
    /// One entry of the kind table: code → name.
    public struct KindEntry: Codable, Equatable, Sendable {
        /// The byte stored in the kind column.
        public var code: UInt8
        /// The snake_case name (`EventKind.name`).
        public var name: String

        /// Creates a kind table entry.
        public init(code: UInt8, name: String) {
            self.code = code
            self.name = name
        }
    }

    /// Trace format version (`TraceFormat.version` when written by this code).
    public var formatVersion: Int
    /// Version of the engine that wrote the trace.
    public var engineVersion: String
    /// The world's `name`.
    public var worldName: String
    /// SHA-256 of the canonical resolved config, lowercase hex.
    public var configHash: String
    /// The run's seed.
    public var seed: UInt64
    /// Simulated horizon in milliseconds.
    public var horizonMilliseconds: Int64
    /// Topics per interest vector. `TraceWriter` sets it from the agents it writes.
    public var topicCount: Int
    /// Agents in the initial population. `TraceWriter` sets it from the agents it writes.
    public var agentCount: Int
    /// Edges of the initial follow graph. `TraceWriter` sets it from the graph it writes.
    public var initialEdgeCount: Int
    /// Maximum events per event block.
    public var blockEvents: Int
    /// Names of the population types, indexed by `AgentAttributes.type`.
    public var populationTypes: [String]
    /// Every event kind code the writer knew, with its name.
    public var kinds: [KindEntry]

    /// Creates a header; the kind table defaults to every `EventKind`, and the counts that
    /// `TraceWriter` fills in default to zero.
    public init(
        engineVersion: String, worldName: String, configHash: String, seed: UInt64, horizon: SimTime,
        populationTypes: [String], blockEvents: Int = TraceFormat.defaultBlockEvents,
        kinds: [KindEntry] = TraceHeader.currentKindTable,
        topicCount: Int = 0, agentCount: Int = 0, initialEdgeCount: Int = 0
    ) {
        self.formatVersion = TraceFormat.version
        self.engineVersion = engineVersion
        self.worldName = worldName
        self.configHash = configHash
        self.seed = seed
        self.horizonMilliseconds = horizon.milliseconds
        self.topicCount = topicCount
        self.agentCount = agentCount
        self.initialEdgeCount = initialEdgeCount
        self.blockEvents = blockEvents
        self.populationTypes = populationTypes
        self.kinds = kinds
    }

    /// The kind table of this engine: every `EventKind`, by code.
    public static let currentKindTable: [KindEntry] = EventKind.allCases.map {
        KindEntry(code: $0.rawValue, name: $0.name)
    }

    /// The name the header gives `code`, or `kind_<code>` for a code outside its table.
    public func kindName(_ code: UInt8) -> String {
        kinds.first(where: { $0.code == code })?.name ?? "kind_\(code)"
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case engineVersion = "engine_version"
        case worldName = "world_name"
        case configHash = "config_hash"
        case seed
        case horizonMilliseconds = "horizon_ms"
        case topicCount = "topic_count"
        case agentCount = "agent_count"
        case initialEdgeCount = "initial_edge_count"
        case blockEvents = "block_events"
        case populationTypes = "population_types"
        case kinds
    }
}
