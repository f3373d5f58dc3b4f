import AgoraConfig
import AgoraCore

/// Small resolved worlds for engine tests, built in code so engine tests do not depend on YAML.
enum TestWorlds {
    static func small(size: Int = 300, seed: UInt64 = 7, horizon: SimTime = .day * 2) -> WorldConfig {
        let activity = ActivityDistribution(distribution: .lognormal, median: 4, sigma: 1, min: 0.1, max: 50)
        let casual = AgentTypeConfig(name: "casual", fraction: 0.8, count: size * 8 / 10, policy: .rules,
                                     activity: activity, postProbability: 0.4, likeProbability: 0.4,
                                     repostProbability: 0.1, followProbability: 0.1, interestConcentration: 0.3)
        var power = casual
        power.name = "power"
        power.fraction = 0.2
        power.count = size - casual.count
        power.postProbability = 0.9
        return WorldConfig(
            name: "test-small", seed: seed, horizon: horizon,
            population: PopulationConfig(size: size, topics: 6, types: [casual, power]),
            graph: GraphConfig(kind: "barabasi_albert", m: 5),
            recommender: RecommenderConfig(kind: "chronological", feedSize: 10),
            behaviour: BehaviourConfig(circadian: (0..<24).map { 1 + Double($0 % 12) }, dwellTime: SimTime(milliseconds: 8000)),
            trace: TraceConfig(blockEvents: 4096, impressionSampling: 1, compressionLevel: 3),
            scheduler: SchedulerConfig(window: .minute),
            llm: LLMConfig(endpoints: [], model: "", apiKeyEnv: nil))
    }
}
