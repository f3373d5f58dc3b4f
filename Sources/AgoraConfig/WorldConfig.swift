import AgoraCore

/// A fully resolved world: every default filled in, every `--set` applied, every value validated.
///
/// This is what the engine runs and what the config hash covers (docs/architecture.md, "Contracts between
/// the parts"). It is built only by `WorldConfigLoader`, which reports every problem of a file at
/// once with its line, column and key path; code elsewhere never sees an unvalidated config.
/// Coding keys are the snake_case keys of the YAML file.
public struct WorldConfig: Codable, Equatable, Sendable {
    /// Human-readable world name; the run id is derived from it (sanitized).
    public var name: String
    /// The run seed: every random stream is keyed by it.
    public var seed: UInt64
    /// How long the run lasts in simulated time (e.g. `7d`).
    public var horizon: SimTime
    /// Who the users are.
    public var population: PopulationConfig
    /// How they are initially connected.
    public var graph: GraphConfig
    /// Which feed algorithm serves them.
    public var recommender: RecommenderConfig
    /// Platform-wide behaviour parameters (circadian profile, dwell time).
    public var behaviour: BehaviourConfig
    /// What the trace records and how.
    public var trace: TraceConfig
    /// The windowed parallel scheduler.
    public var scheduler: SchedulerConfig
    /// LLM endpoints for LLM-driven agents (unused while no type has `policy: llm`).
    public var llm: LLMConfig

    /// Creates a config from its parts (used by the loader and by tests).
    public init(
        name: String, seed: UInt64, horizon: SimTime, population: PopulationConfig, graph: GraphConfig,
        recommender: RecommenderConfig, behaviour: BehaviourConfig, trace: TraceConfig,
        scheduler: SchedulerConfig, llm: LLMConfig
    ) {
        self.name = name
        self.seed = seed
        self.horizon = horizon
        self.population = population
        self.graph = graph
        self.recommender = recommender
        self.behaviour = behaviour
        self.trace = trace
        self.scheduler = scheduler
        self.llm = llm
    }
}

/// `population`: how many users and which types they come in.
public struct PopulationConfig: Codable, Equatable, Sendable {
    /// Number of agents at the start of the run.
    public var size: Int
    /// Number of topics `k` in interest and topic vectors.
    public var topics: Int
    /// The user types; their counts add up to `size` (fractions are turned into counts by the
    /// loader with largest-remainder rounding, so the resolved config always holds counts; see
    /// docs/config.md, "Rules across keys").
    public var types: [AgentTypeConfig]
    /// New users joining during the run.
    public var arrivals: ArrivalsConfig

    /// Creates a population section.
    public init(size: Int, topics: Int, types: [AgentTypeConfig], arrivals: ArrivalsConfig) {
        self.size = size
        self.topics = topics
        self.types = types
        self.arrivals = arrivals
    }
}

/// Which decision policy drives an agent type.
public enum PolicyKind: String, Codable, Equatable, Sendable, CaseIterable {
    /// Rule-driven behaviour (AgoraAgents).
    case rules
    /// LLM-driven behaviour through an OpenAI-compatible server.
    case llm
}

/// One entry of `population.types[]`.
public struct AgentTypeConfig: Codable, Equatable, Sendable {
    /// Type name, e.g. `lurker`, `casual`, `power`.
    public var name: String
    /// Share of the agents not given by fixed counts (of the whole population when no type has a
    /// count), as written; nil when `count` was given.
    public var fraction: Double?
    /// Number of agents of this type (always set after resolution).
    public var count: Int
    /// `rules` or `llm`.
    public var policy: PolicyKind
    /// Sessions per simulated day, drawn per agent.
    public var activity: ActivityDistribution
    /// Probability that a session includes writing a new post.
    public var postProbability: Double
    /// Probability of liking a post whose topic matches the agent's interests perfectly; it
    /// scales with interest similarity.
    public var likeProbability: Double
    /// Probability of reposting a perfectly matching post; scales with similarity.
    public var repostProbability: Double
    /// Probability of following the author of a liked post one does not follow yet.
    public var followProbability: Double
    /// Dirichlet concentration α of the agent's interest vector (small α = focused interests).
    public var interestConcentration: Double
    /// Quote probability of the reference impression.
    public var quoteProbability: Double
    /// Comment probability of the reference impression.
    public var commentProbability: Double
    /// Mute probability of an off-topic, opposite-stance post.
    public var muteProbability: Double
    /// Standard deviation of a written post's stance around the author's opinion.
    public var stanceNoise: Double
    /// Mean session time budget (patience).
    public var sessionBudget: SimTime
    /// Mean static novelty-seeking propensity.
    public var noveltyPropensity: Double

    enum CodingKeys: String, CodingKey {
        case name, fraction, count, policy, activity
        case postProbability = "post_probability"
        case likeProbability = "like_probability"
        case repostProbability = "repost_probability"
        case followProbability = "follow_probability"
        case interestConcentration = "interest_concentration"
        case quoteProbability = "quote_probability"
        case commentProbability = "comment_probability"
        case muteProbability = "mute_probability"
        case stanceNoise = "stance_noise"
        case sessionBudget = "session_budget"
        case noveltyPropensity = "novelty_propensity"
    }

}

/// A per-agent session rate distribution (sessions per simulated day), clipped to `[min, max]`.
public struct ActivityDistribution: Codable, Equatable, Sendable {
    /// `lognormal` (median and sigma of the log) or `pareto` (minimum = median/2^(1/alpha), shape alpha).
    public var distribution: ActivityDistributionKind
    /// Median sessions per day.
    public var median: Double
    /// Lognormal: standard deviation of ln(rate). Pareto: the shape α.
    public var sigma: Double
    /// Lower clip.
    public var min: Double
    /// Upper clip.
    public var max: Double

    /// Creates a distribution.
    public init(distribution: ActivityDistributionKind, median: Double, sigma: Double, min: Double, max: Double) {
        self.distribution = distribution
        self.median = median
        self.sigma = sigma
        self.min = min
        self.max = max
    }
}

/// The family of an activity distribution.
public enum ActivityDistributionKind: String, Codable, Equatable, Sendable, CaseIterable {
    /// Log-normal.
    case lognormal
    /// Pareto type I.
    case pareto
}
