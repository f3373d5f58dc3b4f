import AgoraAnalysis
import AgoraConfig
import AgoraCore
import AgoraRecommend
import Testing
@testable import AgoraEngine

/// Every feed kind inside the real windowed engine: same events whatever the thread count, and
/// exposure metrics that tell the kinds apart.
@Suite struct RecommenderEngineTests {
    /// Runs the small test world with `settings`' recommender through the config, as a user would
    /// (retrained at 0 and every hour by the engine).
    static func run(_ settings: RecommenderSettings, threads: Int) -> (events: [TraceEvent], initialGraph: FollowGraph, config: WorldConfig) {
        var config = TestWorlds.small(size: 200, horizon: .day)
        config.recommender.kind = settings.kind
        config.recommender.feedSize = settings.feedSize
        config.recommender.retrainEvery = settings.retrainEvery
        config.recommender.mix = settings.mix.map { MixSourceConfig(source: $0.source, fraction: $0.fraction) }
        config.recommender.outOfNetworkShare = settings.outOfNetworkShare
        config.recommender.exploration = settings.exploration
        config.recommender.diversityLambda = settings.diversityLambda
        let sink = MemoryEventSink()
        let simulation = try! Simulation(config: config, sink: sink, threads: threads)
        _ = simulation.run()
        return (sink.events, simulation.initialGraph, config)
    }

    static func settings(_ kind: FeedKind) -> RecommenderSettings {
        var settings = try! RecommenderFactory.settings(from: WorldConfig.defaults().recommender)
        settings.kind = kind
        settings.feedSize = 10
        if kind == .mix {
            settings.outOfNetworkShare = 0.5
            settings.exploration = 0.1
            settings.diversityLambda = 0.7
            settings.mix = [MixComponent(source: .chronological, fraction: 0.4), MixComponent(source: .collaborative, fraction: 0.3),
                            MixComponent(source: .interest, fraction: 0.3)]
        }
        return settings
    }

    @Test(arguments: [FeedKind.random, .popular, .hot, .interest, .collaborative, .mix])
    func sameEventsWithOneOrFourThreads(kind: FeedKind) {
        let one = Self.run(Self.settings(kind), threads: 1).events
        #expect(one.filter { $0.kind == .impression }.count > 500, "\(kind) showed too little")
        #expect(Self.run(Self.settings(kind), threads: 4).events == one)
    }

    @Test func exposureMetricsSeparateInNetworkFromPopularFeeds() {
        func metrics(_ kind: FeedKind) -> RunMetrics {
            let (events, graph, config) = Self.run(Self.settings(kind), threads: 2)
            var accumulator = ExposureMetricsAccumulator(initialGraph: graph, topicCount: config.population.topics, horizon: config.horizon)
            for event in events { accumulator.consume(event) }
            return accumulator.finish()
        }
        let chronological = metrics(.chronological)
        let popular = metrics(.popular)
        // A chronological feed only shows followees (a feed is built at session start, so an
        // author muted and unfollowed mid-session may still appear later in that feed — hence not
        // exactly 1); a popular feed mostly strangers.
        #expect(chronological["exposure.in_network_share"]! > 0.99)
        #expect(popular["exposure.in_network_share"]! < 0.5)
        #expect(popular["exposure.item_coverage"]! > 0)
        #expect(popular["exposure.average_popularity"]! > chronological["exposure.average_popularity"]!)
    }
}

/// Recommender settings the config schema accepts but the recommender's own rules refuse.
@Suite struct RecommenderCrossKeyRuleTests {
    @Test func mixSharesThatDoNotAddUpAreRefusedBeforeAnythingRuns() throws {
        var config = TestWorlds.small()
        config.recommender.kind = .mix
        config.recommender.mix = [MixSourceConfig(source: .popular, fraction: 0.5), MixSourceConfig(source: .interest, fraction: 0.3)]
        #expect(throws: EngineError.self) { try RecommenderFactory.settings(from: config.recommender) }
    }
}
