import AgoraConfig
import AgoraCore
import Testing
@testable import AgoraEngine

@Test(arguments: ["chronological:friends_of_friends:0.3", "chronological:preferential:0.3", "mix:friends_of_friends:0.3", "mix:preferential:0.2", "popular:friends_of_friends:0.3"])
func zzExperiment(spec: String) {
    let parts = spec.split(separator: ":").map(String.init)
    var config = TestWorlds.stylized(size: 5000, days: 14)
    config.recommender = RecommenderConfig(kind: parts[0], feedSize: 30,
        whoToFollow: WhoToFollowConfig(kind: parts[1], count: 3, rate: Double(parts[2])!))
    let sink = MemoryEventSink()
    let simulation = try! Simulation(config: config, sink: sink, threads: 2)
    _ = simulation.run()
    let facts = TraceFacts(events: sink.events, initialGraph: simulation.initialGraph,
                           initialAgents: config.population.size, days: 14, topics: config.population.topics)
    let sizes = facts.cascadeSizes.sorted()
    print("EXP \(spec): alpha=\(facts.inDegreeExponent.alpha) xmin=\(facts.inDegreeExponent.xmin) tail=\(facts.inDegreeExponent.tail) fp=\(facts.friendshipParadoxFraction) cascades n=\(sizes.count) max=\(sizes.last ?? 0) median=\(sizes.isEmpty ? 0 : sizes[sizes.count/2]) churn=\(facts.churns) ret=\(facts.returns) r=\(facts.retention.prefix(14).map{ (($0*100).rounded())/100 })")
}
