import AgoraCore

extension ConfigSchema {
    /// The schema of a world file (docs/architecture.md, "Contracts": config).
    ///
    /// Later capabilities extend it by adding keys or allowed values (recommender kinds, graph
    /// generators, behaviour parameters, LLM settings); each key's default is YAML text checked
    /// by the same validation as user input.
    public static let world = ConfigSchema(keys: [
        ConfigKey("name", .text(length: 1...200), .required, "Human-readable world name; the run id is derived from it."),
        ConfigKey("seed", .unsigned64, .defaulted("1"), "Run seed: every random stream is keyed by it (`--seed` overrides it)."),
        ConfigKey(
            "horizon", .duration(maximum: SimTime.day * 3650), .defaulted("7d"),
            "How long the run lasts in simulated time."),
        ConfigKey("population", .section(populationKeys), .defaulted("{}"), "Who the users are."),
        ConfigKey("graph", .section(graphKeys), .defaulted("{}"), "The initial follow graph."),
        ConfigKey("recommender", .section(recommenderKeys), .defaulted("{}"), "The feed algorithm."),
        ConfigKey("behaviour", .section(behaviourKeys), .defaulted("{}"), "Platform-wide behaviour parameters."),
        ConfigKey("trace", .section(traceKeys), .defaulted("{}"), "What the trace records and how."),
        ConfigKey("scheduler", .section(schedulerKeys), .defaulted("{}"), "The windowed parallel scheduler."),
        ConfigKey("llm", .section(llmKeys), .defaulted("{}"), "Endpoints for LLM-driven agents."),
    ])

    /// The largest population the schema accepts (the memory check may refuse smaller ones).
    public static let maximumPopulation = 50_000_000

    static let populationKeys: [ConfigKey] = [
        ConfigKey(
            "size", .integer(1...maximumPopulation), .defaulted("1000"),
            "Number of agents at the start of the run (refused when it would not fit in memory)."),
        ConfigKey("topics", .integer(1...64), .defaulted("8"), "Number of topics k in interest and topic vectors."),
        ConfigKey(
            "types", .list(of: .section(agentTypeKeys), count: 1...256),
            .defaulted("[{name: casual, fraction: 1.0, policy: rules}]"),
            "User types; each gives a fraction or a count, resolved into counts that add up to size."),
    ] + populationGrowthKeys

    static let agentTypeKeys: [ConfigKey] = [
        ConfigKey("name", .text(length: 1...100), .required, "Type name, unique within the population (e.g. lurker)."),
        ConfigKey(
            "fraction", .number(.unitInterval), .optional,
            "Share of the agents not given by counts (exactly one of fraction or count)."),
        ConfigKey("count", .integer(0...maximumPopulation), .optional, "Number of agents of this type (exactly one of fraction or count)."),
        ConfigKey("policy", .choice(of: PolicyKind.self), .defaulted("rules"), "Decision policy: rules, or llm (needs llm.endpoints; see docs/llm-agents.md)."),
        ConfigKey("activity", .section(activityKeys), .defaulted("{}"), "Sessions per simulated day, drawn once per agent."),
        ConfigKey("post_probability", .number(.unitInterval), .defaulted("0.3"), "Probability that a session includes writing a new post."),
        ConfigKey(
            "like_probability", .number(.unitInterval), .defaulted("0.3"),
            "Probability of liking a perfectly matching post; scales with interest similarity."),
        ConfigKey(
            "repost_probability", .number(.unitInterval), .defaulted("0.05"),
            "Probability of reposting a perfectly matching post; scales with interest similarity."),
        ConfigKey(
            "follow_probability", .number(.unitInterval), .defaulted("0.05"),
            "Probability of following the author of a liked post one does not follow yet."),
        ConfigKey(
            "interest_concentration", .number(.positive), .defaulted("0.3"),
            "Dirichlet concentration of the interest vector (small = focused interests)."),
    ] + agentTypeBehaviourKeys

    static let activityKeys: [ConfigKey] = [
        ConfigKey("distribution", .choice(of: ActivityDistributionKind.self), .defaulted("lognormal"), "Family of the per-agent session rate."),
        ConfigKey("median", .number(.positive), .defaulted("3"), "Median sessions per simulated day."),
        ConfigKey("sigma", .number(.positive), .defaulted("1.0"), "Lognormal: standard deviation of ln(rate). Pareto: shape alpha."),
        ConfigKey("min", .number(.nonNegative), .defaulted("0.1"), "Lower clip of the rate (sessions per day)."),
        ConfigKey("max", .number(.positive), .defaulted("50"), "Upper clip of the rate (sessions per day); at least min."),
    ]

    /// Post recommender kinds: the names of AgoraCore's `FeedKind`, in its order.
    public static let feedKinds = FeedKind.allCases.map(\.rawValue)
    /// Kinds a `mix` may name as sources (`FeedKind.isMixSource`).
    static let mixSourceKinds = FeedKind.allCases.filter(\.isMixSource).map(\.rawValue)
    /// Who-to-follow kinds: the names of AgoraCore's `WhoToFollowKind`, in its order.
    public static let whoToFollowKinds = WhoToFollowKind.allCases.map(\.rawValue)

    static let recommenderKeys: [ConfigKey] = [
        ConfigKey("kind", .choice(feedKinds), .defaulted("chronological"), "Feed algorithm (docs/recommenders.md)."),
        ConfigKey("feed_size", .integer(1...1000), .defaulted("20"), "Posts per feed."),
        ConfigKey("retrain_every", .duration(maximum: SimTime.day * 365), .defaulted("1h"),
                  "Retraining period of learned state (candidate pools, co-engagement); also retrained at time 0."),
        ConfigKey("memory_window", .duration(maximum: SimTime.day * 365), .defaulted("1d"),
                  "A post an agent saw within this window is not shown to it again."),
        ConfigKey("candidate_window", .duration(maximum: SimTime.day * 365), .defaulted("2d"),
                  "Only posts younger than this are candidates (random, popular, hot, interest, collaborative)."),
        ConfigKey("half_life", .duration(maximum: SimTime.day * 365), .defaulted("6h"),
                  "popular/interest: half-life of the exponential time decay of a post's score."),
        ConfigKey("candidate_factor", .integer(1...100), .defaulted("3"),
                  "Candidates scored per feed slot before re-ranking."),
        ConfigKey("pool_size", .integer(1...1_000_000), .defaulted("500"),
                  "Posts kept per candidate pool (popular, hot, per topic) at each retrain."),
        ConfigKey("mix", .list(of: .section(mixKeys), count: 1...16),
                  .defaulted("[{source: chronological, fraction: 0.5}, {source: interest, fraction: 0.3}, {source: popular, fraction: 0.2}]"),
                  "mix: named sources and the share of feed slots each fills (shares add up to 1)."),
        ConfigKey("out_of_network_share", .number(.unitInterval), .optional,
                  "mix: share of feed slots reserved for authors the agent does not follow (null = left to the sources)."),
        ConfigKey("exploration", .number(.unitInterval), .defaulted("0"),
                  "epsilon-exploration: probability that a feed slot is replaced by a random recent post."),
        ConfigKey("diversity_lambda", .number(.unitInterval), .defaulted("1"),
                  "MMR trade-off between relevance (1) and topic diversity (0); 1 turns re-ranking off."),
        ConfigKey("novelty_boost", .number(.nonNegative), .defaulted("0"),
                  "Score boost for posts on topics the agent has not seen recently."),
        ConfigKey("feedback_weight", .number(.nonNegative), .defaulted("1"),
                  "Weight of the agent's topic feedback (\"more of\" / \"less of\") in interest scores."),
        ConfigKey("collaborative_neighbors", .integer(1...1000), .defaulted("20"),
                  "collaborative: co-engaged neighbour posts kept per post."),
        ConfigKey("who_to_follow", .section(whoToFollowKeys), .defaulted("{}"), "Follow suggestions shown to agents."),
    ]

    static let mixKeys: [ConfigKey] = [
        ConfigKey("source", .choice(mixSourceKinds), .required, "A feed kind other than mix and reference."),
        ConfigKey("fraction", .number(NumberBounds(lower: 0, lowerInclusive: false, upper: 1)), .required,
                  "Share of feed slots this source fills."),
    ]

    static let whoToFollowKeys: [ConfigKey] = [
        ConfigKey("kind", .choice(whoToFollowKinds), .defaulted("none"), "Who-to-follow algorithm (none turns suggestions off)."),
        ConfigKey("count", .integer(1...100), .defaulted("3"), "Suggestions shown per session."),
        ConfigKey("rate", .number(.unitInterval), .defaulted("0.05"), "Probability that an agent follows one suggestion in a session."),
        ConfigKey("max_explored", .integer(1...100_000), .defaulted("50"),
                  "Accounts a graph-walking suggester examines per call (bounds its cost)."),
    ]

    /// The default circadian profile: quiet small hours, a morning rise, a lunch bump and an
    /// evening peak around 20:00 (relative activity per hour, normalized to mean 1 by the engine).
    public static let defaultCircadian: [Double] = [
        0.5, 0.3, 0.2, 0.15, 0.15, 0.2, 0.4, 0.7, 0.9, 1.0, 1.0, 1.1,
        1.2, 1.1, 1.0, 1.0, 1.05, 1.15, 1.3, 1.5, 1.7, 1.6, 1.3, 0.9,
    ]

    static let behaviourKeys: [ConfigKey] = [
        ConfigKey(
            "circadian", .list(of: .number(.nonNegative), count: 24...24),
            .defaulted("[" + defaultCircadian.map { String($0) }.joined(separator: ", ") + "]"),
            "Relative activity for each hour of the day, 00:00 first (24 numbers >= 0, not all zero)."),
        ConfigKey("dwell_time", .duration(maximum: SimTime.hour), .defaulted("8s"), "Mean simulated time spent on one impression."),
        ConfigKey(
            "model", .choice(of: BehaviourModelKind.self), .defaulted("rules"),
            "Behaviour model: rules (docs/behaviour-model.md) or reference (the benchmark model, bench/reference-model.md)."),
    ] + behaviourModelKeys

    static let traceKeys: [ConfigKey] = [
        ConfigKey("block_events", .integer(1024...4_194_304), .defaulted("65536"), "Events per trace block (bounds the writer's memory)."),
        ConfigKey(
            "impression_sampling", .number(.unitInterval), .defaulted("1.0"),
            "Share of impressions logged (0 turns impression logging off)."),
        ConfigKey("compression_level", .integer(1...19), .defaulted("3"), "zstd compression level."),
    ]

    static let schedulerKeys: [ConfigKey] = [
        ConfigKey(
            "window", .duration(maximum: SimTime.day), .defaulted("60s"),
            "Window: sessions starting within it are decided in parallel against the world at its start."),
    ]

    static let llmKeys: [ConfigKey] = [
        ConfigKey("endpoints", .list(of: .text(length: 1...2048), count: 0...64), .defaulted("[]"), "OpenAI-compatible base URLs."),
        ConfigKey("model", .text(length: 0...200), .defaulted("\"\""), "Model name sent with each request."),
        ConfigKey(
            "api_key_env", .optionalText, .defaulted("null"),
            "Name of the environment variable holding the API key (never the key itself)."),
        ConfigKey(
            "response_format", .choice(of: LLMResponseFormat.self), .defaulted("json_object_schema"),
            "How structured output is requested: json_object_schema (llama.cpp), json_schema (OpenAI, vLLM), json_object, none."),
        ConfigKey("temperature", .number(NumberBounds(lower: 0, upper: 2)), .defaulted("0"), "Sampling temperature sent with each request."),
        ConfigKey("max_tokens", .integer(16...8192), .defaulted("160"), "Most tokens the model may write per decision."),
        ConfigKey("timeout", .duration(maximum: SimTime.hour), .defaulted("60s"), "Wall-clock time one request may take before it is retried."),
        ConfigKey("max_retries", .integer(0...10), .defaulted("3"), "Retries of a request after 429, 5xx, timeouts or broken connections."),
        ConfigKey("backoff", .duration(maximum: SimTime.minute), .defaulted("500ms"), "First retry delay; doubled per retry, with seeded jitter."),
        ConfigKey("concurrency", .integer(1...1024), .defaulted("2"), "Requests in flight per endpoint at most."),
        ConfigKey(
            "on_failure", .choice(of: LLMFailureMode.self), .defaulted("fallback"),
            "When a request fails for good: fall back to the rule policy, or fail the run (fail fast)."),
        ConfigKey("feed_posts", .integer(1...100), .defaulted("8"), "Posts of the served feed shown in the prompt."),
        ConfigKey("memory_tokens", .integer(0...4096), .defaulted("120"), "Token budget of the memory summary in the prompt (about 4 characters a token)."),
        ConfigKey(
            "topic_labels", .list(of: .text(length: 1...60), count: 0...64), .defaulted("[]"),
            "Names of the topics in prompts (topic 0 first); missing ones are called topic-N."),
        ConfigKey("personas", .list(of: .section(personaKeys), count: 0...100_000), .defaulted("[]"), "Personas written in the world file."),
        ConfigKey(
            "persona_file", .optionalText, .defaulted("null"),
            "A CSV or JSONL file of personas (columns/keys as in personas[]), relative to the working directory."),
        ConfigKey(
            "backstory_template", .optionalText, .defaulted("null"),
            "Mustache template of a generated persona's backstory (persona traits and interests as variables)."),
        ConfigKey("system_template", .optionalText, .defaulted("null"), "Mustache template replacing the built-in system prompt."),
        ConfigKey("user_template", .optionalText, .defaulted("null"), "Mustache template replacing the built-in user prompt."),
    ]

    static let personaKeys: [ConfigKey] = [
        ConfigKey("id", .text(length: 1...100), .required, "Persona name, unique."),
        ConfigKey("openness", .number(.unitInterval), .defaulted("0.5"), "Big-Five openness, 0 to 1."),
        ConfigKey("conscientiousness", .number(.unitInterval), .defaulted("0.5"), "Big-Five conscientiousness, 0 to 1."),
        ConfigKey("extraversion", .number(.unitInterval), .defaulted("0.5"), "Big-Five extraversion, 0 to 1."),
        ConfigKey("agreeableness", .number(.unitInterval), .defaulted("0.5"), "Big-Five agreeableness, 0 to 1."),
        ConfigKey("neuroticism", .number(.unitInterval), .defaulted("0.5"), "Big-Five neuroticism, 0 to 1."),
        ConfigKey("interests", .list(of: .text(length: 1...60), count: 0...16), .defaulted("[]"), "Interests in words."),
        ConfigKey("backstory", .text(length: 0...2000), .defaulted("\"\""), "A short backstory."),
    ]
}
