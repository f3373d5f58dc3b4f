import AgoraCore

/// `graph`: the initial follow graph.
public struct GraphConfig: Codable, Equatable, Sendable {
    /// Generator name; the skeleton knows `barabasi_albert`.
    public var kind: String
    /// Barabási–Albert: follows made by each new node.
    public var m: Int

    /// Creates a graph section.
    public init(kind: String, m: Int) {
        self.kind = kind
        self.m = m
    }
}

/// `recommender`: the feed algorithm.
public struct RecommenderConfig: Codable, Equatable, Sendable {
    /// Algorithm name; the skeleton knows `chronological`.
    public var kind: String
    /// Posts per feed.
    public var feedSize: Int

    enum CodingKeys: String, CodingKey {
        case kind
        case feedSize = "feed_size"
    }

    /// Creates a recommender section.
    public init(kind: String, feedSize: Int) {
        self.kind = kind
        self.feedSize = feedSize
    }
}

/// `behaviour`: platform-wide behaviour parameters.
public struct BehaviourConfig: Codable, Equatable, Sendable {
    /// Relative activity for each hour of the simulated day (24 non-negative numbers, not all
    /// zero); normalized to mean 1 by the engine.
    public var circadian: [Double]
    /// Mean simulated time spent on one impression.
    public var dwellTime: SimTime

    enum CodingKeys: String, CodingKey {
        case circadian
        case dwellTime = "dwell_time"
    }

    /// Creates a behaviour section.
    public init(circadian: [Double], dwellTime: SimTime) {
        self.circadian = circadian
        self.dwellTime = dwellTime
    }
}

/// `trace`: what the trace records.
public struct TraceConfig: Codable, Equatable, Sendable {
    /// Events per block (bounds the writer's memory).
    public var blockEvents: Int
    /// Share of impressions logged, in `[0, 1]` (0 turns impression logging off; 1 logs all).
    public var impressionSampling: Double
    /// zstd compression level (1–19).
    public var compressionLevel: Int

    enum CodingKeys: String, CodingKey {
        case blockEvents = "block_events"
        case impressionSampling = "impression_sampling"
        case compressionLevel = "compression_level"
    }

    /// Creates a trace section.
    public init(blockEvents: Int, impressionSampling: Double, compressionLevel: Int) {
        self.blockEvents = blockEvents
        self.impressionSampling = impressionSampling
        self.compressionLevel = compressionLevel
    }
}

/// `scheduler`: the windowed parallel scheduler (DESIGN.md, "The scheduler").
public struct SchedulerConfig: Codable, Equatable, Sendable {
    /// Window length Δ: sessions starting in `[t, t+Δ)` are decided in parallel against the world
    /// as it stood at `t`.
    public var window: SimTime

    /// Creates a scheduler section.
    public init(window: SimTime) { self.window = window }
}

/// `llm`: endpoints for LLM-driven agents.
public struct LLMConfig: Codable, Equatable, Sendable {
    /// OpenAI-compatible base URLs (e.g. `http://127.0.0.1:8080/v1`).
    public var endpoints: [String]
    /// Model name sent with each request.
    public var model: String
    /// Name of the environment variable holding the API key (never the key itself).
    public var apiKeyEnv: String?

    enum CodingKeys: String, CodingKey {
        case endpoints, model
        case apiKeyEnv = "api_key_env"
    }

    /// Creates an llm section.
    public init(endpoints: [String], model: String, apiKeyEnv: String?) {
        self.endpoints = endpoints
        self.model = model
        self.apiKeyEnv = apiKeyEnv
    }
}
