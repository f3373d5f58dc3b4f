import AgoraCore

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
    /// Relative activity per day of the week (7 numbers, day 0 = first day of the run).
    public var weekly: [Double] = Array(repeating: 1, count: 7)
    /// Share of an impression's time refunded to the session budget, times its quality.
    public var budgetRefund: Double = 0.5
    /// Interest drift per engaged post.
    public var interestDrift: Double = 0.01
    /// Utility weights of the engagement choice.
    public var utility = UtilityConfig()
    /// Novelty seeking.
    public var novelty = NoveltyConfig()
    /// Opinion dynamics.
    public var opinion = OpinionConfig()
    /// Satisfaction and session gaps.
    public var satisfaction = SatisfactionConfig()
    /// Churn and return.
    public var churn = ChurnConfig()
    /// Per-agent memory.
    public var memory = MemoryConfig()

    enum CodingKeys: String, CodingKey {
        case circadian, weekly, utility, novelty, opinion, satisfaction, churn, memory
        case dwellTime = "dwell_time"
        case budgetRefund = "budget_refund"
        case interestDrift = "interest_drift"
    }

    /// Creates a behaviour section; the keys not given take the schema's defaults.
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
