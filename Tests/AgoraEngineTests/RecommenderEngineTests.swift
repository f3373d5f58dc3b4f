import AgoraAnalysis
import AgoraConfig
import AgoraCore
import AgoraRecommend
import Testing
@testable import AgoraEngine

/// Every feed kind inside the real windowed engine: same events whatever the thread count, and
/// exposure metrics that tell the kinds apart.
@Suite struct RecommenderEngineTests {
    /// Runs the small test world with `settings`' recommender, retrained at 0 and every hour.
    static func run(_ settings: RecommenderSettings, threads: Int) -> (events: [TraceEvent], initialGraph: FollowGraph, config: WorldConfig) {
        let config = TestWorlds.small(size: 200, horizon: .day)
        let sink = MemoryEventSink()
        let base = Simulation(config: config, sink: sink, threads: threads)
        let driver = SimulationDriver(world: base.world, seed: config.seed, recommender: settings.makeRecommender(),
                                      behaviour: base.driver.behaviour, circadian: base.driver.circadian, sink: sink, threads: threads)
        var queue = EventQueue()
        driver.scheduleInitialEvents(into: &queue, horizon: config.horizon)
        var time = SimTime.zero
        var sequence: UInt32 = 0
        while time < config.horizon {
            _ = queue.schedule(.retrain, at: time, subject: sequence)
            sequence += 1
            time = time + settings.retrainEvery
        }
        _ = WindowedScheduler(driver: driver, window: config.scheduler.window, horizon: config.horizon, threads: threads)
            .run(queue: &queue, shouldStop: { false }, progress: { _ in })
        return (sink.events, base.initialGraph, config)
    }

    static func settings(_ kind: FeedKind) -> RecommenderSettings {
        var settings = RecommenderSettings()
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
        // A chronological feed only shows followees; a popular feed mostly strangers.
        #expect(chronological["exposure.in_network_share"] == 1)
        #expect(popular["exposure.in_network_share"]! < 0.5)
        #expect(popular["exposure.item_coverage"]! > 0)
        #expect(popular["exposure.average_popularity"]! > chronological["exposure.average_popularity"]!)
    }
}
