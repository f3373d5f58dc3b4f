import AgoraConfig
import AgoraCore

/// Small resolved worlds for engine tests, built in code so engine tests do not depend on YAML:
/// each starts from the schema's defaults (`WorldConfig.defaults`) and changes what it needs.
enum TestWorlds {
    static func small(size: Int = 300, seed: UInt64 = 7, horizon: SimTime = .day * 2) -> WorldConfig {
        let activity = ActivityDistribution(distribution: .lognormal, median: 4, sigma: 1, min: 0.1, max: 50)
        let casual = type("casual", fraction: 0.8, count: size * 8 / 10, activity: activity, post: 0.4, like: 0.4,
                          repost: 0.1, follow: 0.1)
        var power = casual
        power.name = "power"
        power.fraction = 0.2
        power.count = size - casual.count
        power.postProbability = 0.9
        var config = WorldConfig.defaults(name: "test-small")
        config.seed = seed
        config.horizon = horizon
        config.population.size = size
        config.population.topics = 6
        config.population.types = [casual, power]
        config.graph = GraphConfig(kind: "barabasi_albert", m: 5)
        config.recommender.kind = .chronological
        config.recommender.feedSize = 10
        config.behaviour.circadian = (0..<24).map { 1 + Double($0 % 12) }
        config.behaviour.dwellTime = SimTime(milliseconds: 8000)
        config.trace = TraceConfig(blockEvents: 4096, impressionSampling: 1, compressionLevel: 3)
        config.scheduler = SchedulerConfig(window: .minute)
        return config
    }

    /// A rule-driven type with the schema's defaults for every key not given here.
    static func type(_ name: String, fraction: Double, count: Int, activity: ActivityDistribution, post: Double,
                     like: Double, repost: Double, follow: Double) -> AgentTypeConfig {
        var type = WorldConfig.defaults().population.types[0]
        type.name = name
        type.fraction = fraction
        type.count = count
        type.policy = .rules
        type.activity = activity
        type.postProbability = post
        type.likeProbability = like
        type.repostProbability = repost
        type.followProbability = follow
        type.interestConcentration = 0.3
        return type
    }
}

extension TestWorlds {
    /// The stylized-facts world: lurkers 70%, casual 25%, power users 5%, 8 topics, 20 arrivals a
    /// day, and an Erdős–Rényi start (directed G(n, p) with a mean of 4 follows per agent, the
    /// density of the former Barabási–Albert m = 4 start), so no degree tail is inherited.
    static func stylized(size: Int = 2000, seed: UInt64 = 11, days: Int = 14) -> WorldConfig {
        func type(_ name: String, _ share: Double, median: Double, post: Double, like: Double, repost: Double,
                  follow: Double) -> AgentTypeConfig {
            TestWorlds.type(name, fraction: share, count: Int((Double(size) * share).rounded()),
                            activity: ActivityDistribution(distribution: .lognormal, median: median, sigma: 0.8,
                                                           min: 0.05, max: 40),
                            post: post, like: like, repost: repost, follow: follow)
        }
        var types = [type("lurker", 0.70, median: 1, post: 0.02, like: 0.05, repost: 0.01, follow: 0.1),
                     type("casual", 0.25, median: 3, post: 0.3, like: 0.2, repost: 0.05, follow: 0.15),
                     type("power", 0.05, median: 8, post: 1.5, like: 0.3, repost: 0.1, follow: 0.2)]
        types[0].count = size - types[1].count - types[2].count
        var config = small(size: size, seed: seed, horizon: .day * Int64(days))
        config.population.size = size
        config.population.topics = 8
        config.population.types = types
        var graph = GraphConfig(kind: "erdos_renyi")
        graph.p = 4 / Double(size - 1)
        graph.directed = true
        config.graph = graph
        config.population.arrivals = ArrivalsConfig(ratePerDay: 20, follows: 5, friendsOfFriends: 0.5)
        // Follow recommendations on: preferential who-to-follow suggestions, taken at 30%.
        config.recommender.feedSize = 30
        config.recommender.whoToFollow.kind = .preferential
        config.recommender.whoToFollow.count = 3
        config.recommender.whoToFollow.rate = 0.3
        config.trace.impressionSampling = 1
        config.scheduler = SchedulerConfig(window: .minute * 5)
        return config
    }

    /// The stylized world on a platform with an out-of-network share: the same population, start
    /// graph and arrivals, but a `mix` feed of 90% reverse-chronological in-network posts and 10%
    /// `popular` posts from anyone (3 of 30 slots — a "For You"-like timeline), interests that
    /// drift 5× slower (`interest_drift` 0.002: with 10× more engagement than on the in-network
    /// feed, the default 0.01 drives every agent to one topic within two weeks), and who-to-follow
    /// suggestions taken at 15% instead of 30%: on this platform follows also come from what the
    /// feed shows, and the suggestions' preferential draws over a fixed population (a Pólya urn,
    /// gamma-like tail) otherwise dominate the in-degree tail (docs/behaviour-model.md §11).
    static func stylizedMix(size: Int = 2000, seed: UInt64 = 11, days: Int = 14) -> WorldConfig {
        var config = stylized(size: size, seed: seed, days: days)
        config.recommender.kind = .mix
        config.recommender.mix = [MixSourceConfig(source: .chronological, fraction: 0.9),
                                  MixSourceConfig(source: .popular, fraction: 0.1)]
        config.behaviour.interestDrift = 0.002
        config.recommender.whoToFollow.rate = 0.15
        return config
    }
}
