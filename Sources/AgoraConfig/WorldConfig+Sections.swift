import AgoraCore

/// `recommender`: the feed algorithm and follow suggestions (docs/recommenders.md).
public struct RecommenderConfig: Codable, Equatable, Sendable {
    /// Feed algorithm name: a `FeedKind` raw value (the schema allows no other).
    public var kind: FeedKind
    /// Posts per feed.
    public var feedSize: Int
    /// Retraining period.
    public var retrainEvery: SimTime
    /// "Don't show again" window.
    public var memoryWindow: SimTime
    /// Maximum age of candidate posts.
    public var candidateWindow: SimTime
    /// Half-life of score decay.
    public var halfLife: SimTime
    /// Candidates scored per feed slot.
    public var candidateFactor: Int
    /// Posts kept per candidate pool.
    public var poolSize: Int
    /// Sources of a `mix` feed.
    public var mix: [MixSourceConfig]
    /// Share of out-of-network slots in a `mix` feed (nil: left to the sources).
    public var outOfNetworkShare: Double?
    /// ε-exploration probability.
    public var exploration: Double
    /// MMR λ (1 = off).
    public var diversityLambda: Double
    /// Novelty boost.
    public var noveltyBoost: Double
    /// Weight of topic feedback.
    public var feedbackWeight: Double
    /// Neighbours kept per post by collaborative filtering.
    public var collaborativeNeighbors: Int
    /// Follow suggestions.
    public var whoToFollow: WhoToFollowConfig

    enum CodingKeys: String, CodingKey {
        case kind, mix, exploration
        case feedSize = "feed_size"
        case retrainEvery = "retrain_every"
        case memoryWindow = "memory_window"
        case candidateWindow = "candidate_window"
        case halfLife = "half_life"
        case candidateFactor = "candidate_factor"
        case poolSize = "pool_size"
        case outOfNetworkShare = "out_of_network_share"
        case diversityLambda = "diversity_lambda"
        case noveltyBoost = "novelty_boost"
        case feedbackWeight = "feedback_weight"
        case collaborativeNeighbors = "collaborative_neighbors"
        case whoToFollow = "who_to_follow"
    }

}

/// One entry of `recommender.mix`.
public struct MixSourceConfig: Codable, Equatable, Sendable {
    /// Feed kind serving these slots: a `FeedKind` raw value whose `isMixSource` holds.
    public var source: FeedKind
    /// Share of the feed's slots.
    public var fraction: Double

    /// Creates an entry.
    public init(source: FeedKind, fraction: Double) {
        self.source = source
        self.fraction = fraction
    }
}

/// `recommender.who_to_follow`.
public struct WhoToFollowConfig: Codable, Equatable, Sendable {
    /// Algorithm: a `WhoToFollowKind` raw value (`none` turns suggestions off).
    public var kind: WhoToFollowKind
    /// Suggestions per session.
    public var count: Int
    /// Probability of following one suggestion in a session.
    public var rate: Double
    /// Accounts examined per call by graph walks.
    public var maxExplored: Int

    enum CodingKeys: String, CodingKey {
        case kind, count, rate
        case maxExplored = "max_explored"
    }

    /// Creates the section.
    public init(kind: WhoToFollowKind, count: Int, rate: Double, maxExplored: Int) {
        self.kind = kind
        self.count = count
        self.rate = rate
        self.maxExplored = maxExplored
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
    public var weekly: [Double]
    /// Share of an impression's time refunded to the session budget, times its quality.
    public var budgetRefund: Double
    /// Interest drift per engaged post.
    public var interestDrift: Double
    /// Utility weights of the engagement choice.
    public var utility: UtilityConfig
    /// Novelty seeking.
    public var novelty: NoveltyConfig
    /// Opinion dynamics.
    public var opinion: OpinionConfig
    /// Satisfaction and session gaps.
    public var satisfaction: SatisfactionConfig
    /// Churn and return.
    public var churn: ChurnConfig
    /// Per-agent memory.
    public var memory: MemoryConfig
    /// Which behaviour model decides the sessions of rule-driven types.
    public var model: BehaviourModelKind

    enum CodingKeys: String, CodingKey {
        case circadian, weekly, utility, novelty, opinion, satisfaction, churn, memory
        case dwellTime = "dwell_time"
        case budgetRefund = "budget_refund"
        case interestDrift = "interest_drift"
        case model
    }

}

/// `behaviour.model`: which behaviour model decides the sessions of rule-driven types.
public enum BehaviourModelKind: String, Codable, Equatable, Sendable, CaseIterable {
    /// The rule-driven model (docs/behaviour-model.md).
    case rules
    /// The benchmark reference model (`bench/reference-model.md`).
    case reference
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

/// `scheduler`: the windowed parallel scheduler (docs/architecture.md, "A window, phase by phase").
public struct SchedulerConfig: Codable, Equatable, Sendable {
    /// Window length Δ: sessions starting in `[t, t+Δ)` are decided in parallel against the world
    /// as it stood at `t`.
    public var window: SimTime

    /// Creates a scheduler section.
    public init(window: SimTime) { self.window = window }
}

/// `llm`: endpoints, request parameters, personas and prompt templates for LLM-driven agents
/// (docs/llm-agents.md).
public struct LLMConfig: Codable, Equatable, Sendable {
    /// OpenAI-compatible base URLs (e.g. `http://127.0.0.1:8080/v1`).
    public var endpoints: [String]
    /// Model name sent with each request.
    public var model: String
    /// Name of the environment variable holding the API key (never the key itself).
    public var apiKeyEnv: String?
    /// How structured output is requested.
    public var responseFormat: LLMResponseFormat
    /// Sampling temperature.
    public var temperature: Double
    /// Most tokens per answer.
    public var maxTokens: Int
    /// Wall-clock timeout of one request (a duration, read as wall time).
    public var timeout: SimTime
    /// Transport retries per request.
    public var maxRetries: Int
    /// First retry delay (wall time), doubled per retry with seeded jitter.
    public var backoff: SimTime
    /// Requests in flight per endpoint at most.
    public var concurrency: Int
    /// What a request that fails for good does to the run.
    public var onFailure: LLMFailureMode
    /// Posts of the feed shown in a prompt.
    public var feedPosts: Int
    /// Token budget of the memory summary.
    public var memoryTokens: Int
    /// Topic names for prompts, topic 0 first.
    public var topicLabels: [String]
    /// Personas written in the world file.
    public var personas: [PersonaConfig]
    /// CSV or JSONL persona file.
    public var personaFile: String?
    /// Mustache template of generated backstories.
    public var backstoryTemplate: String?
    /// Mustache template replacing the built-in system prompt.
    public var systemTemplate: String?
    /// Mustache template replacing the built-in user prompt.
    public var userTemplate: String?

    enum CodingKeys: String, CodingKey {
        case endpoints, model, temperature, timeout, backoff, concurrency, personas
        case apiKeyEnv = "api_key_env"
        case responseFormat = "response_format"
        case maxTokens = "max_tokens"
        case maxRetries = "max_retries"
        case onFailure = "on_failure"
        case feedPosts = "feed_posts"
        case memoryTokens = "memory_tokens"
        case topicLabels = "topic_labels"
        case personaFile = "persona_file"
        case backstoryTemplate = "backstory_template"
        case systemTemplate = "system_template"
        case userTemplate = "user_template"
    }

}

/// `llm.response_format`: how structured output is requested from the server.
public enum LLMResponseFormat: String, Codable, Equatable, Sendable, CaseIterable {
    /// No response format; the prompt alone asks for JSON.
    case none
    /// `{"type": "json_object"}`.
    case jsonObject = "json_object"
    /// llama.cpp's `{"type": "json_object", "schema": …}`.
    case jsonObjectSchema = "json_object_schema"
    /// OpenAI's and vLLM's `{"type": "json_schema", "json_schema": …}`.
    case jsonSchema = "json_schema"
}

/// `llm.on_failure`: what a request that fails for good (after its retries) does.
public enum LLMFailureMode: String, Codable, Equatable, Sendable, CaseIterable {
    /// The session falls back to the agent's rule policy, counted in the report.
    case fallback
    /// The run stops with an error (fail fast).
    case fail
}

/// One entry of `llm.personas[]`: a persona written in the world file.
public struct PersonaConfig: Codable, Equatable, Sendable {
    /// Persona name, unique.
    public var id: String
    /// Big-Five traits in `[0, 1]`.
    public var openness, conscientiousness, extraversion, agreeableness, neuroticism: Double
    /// Interests in words.
    public var interests: [String]
    /// A short backstory.
    public var backstory: String

}
