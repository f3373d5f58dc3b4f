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

/// `llm`: endpoints, request parameters, personas and prompt templates for LLM-driven agents
/// (docs/llm-agents.md).
public struct LLMConfig: Codable, Equatable, Sendable {
    /// OpenAI-compatible base URLs (e.g. `http://127.0.0.1:8080/v1`).
    public var endpoints: [String]
    /// Model name sent with each request.
    public var model: String
    /// Name of the environment variable holding the API key (never the key itself).
    public var apiKeyEnv: String?
    /// How structured output is requested: `none`, `json_object`, `json_object_schema`
    /// (llama.cpp: `{"type":"json_object","schema":…}`), `json_schema` (OpenAI, vLLM).
    public var responseFormat: String
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
    /// `fallback` (use the rule policy) or `fail` (fail the run) when a request fails for good.
    public var onFailure: String
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

    /// Creates an llm section; everything but the endpoints, model and key variable defaults as in
    /// the schema.
    public init(endpoints: [String], model: String, apiKeyEnv: String?, responseFormat: String = "json_object_schema",
                temperature: Double = 0, maxTokens: Int = 160, timeout: SimTime = SimTime(milliseconds: 60_000),
                maxRetries: Int = 3, backoff: SimTime = SimTime(milliseconds: 500), concurrency: Int = 2,
                onFailure: String = "fallback", feedPosts: Int = 8, memoryTokens: Int = 120, topicLabels: [String] = [],
                personas: [PersonaConfig] = [], personaFile: String? = nil, backstoryTemplate: String? = nil,
                systemTemplate: String? = nil, userTemplate: String? = nil) {
        self.endpoints = endpoints
        self.model = model
        self.apiKeyEnv = apiKeyEnv
        self.responseFormat = responseFormat
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.timeout = timeout
        self.maxRetries = maxRetries
        self.backoff = backoff
        self.concurrency = concurrency
        self.onFailure = onFailure
        self.feedPosts = feedPosts
        self.memoryTokens = memoryTokens
        self.topicLabels = topicLabels
        self.personas = personas
        self.personaFile = personaFile
        self.backstoryTemplate = backstoryTemplate
        self.systemTemplate = systemTemplate
        self.userTemplate = userTemplate
    }
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

    /// Creates a persona entry.
    public init(id: String, openness: Double = 0.5, conscientiousness: Double = 0.5, extraversion: Double = 0.5,
                agreeableness: Double = 0.5, neuroticism: Double = 0.5, interests: [String] = [], backstory: String = "") {
        self.id = id
        self.openness = openness
        self.conscientiousness = conscientiousness
        self.extraversion = extraversion
        self.agreeableness = agreeableness
        self.neuroticism = neuroticism
        self.interests = interests
        self.backstory = backstory
    }
}
