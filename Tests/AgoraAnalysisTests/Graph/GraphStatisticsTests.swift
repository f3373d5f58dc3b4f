import AgoraCore
import Foundation
import Testing
@testable import AgoraAnalysis

@Test func triangleStatisticsAreHandComputed() {
    let stats = GraphStatistics.compute(graph: GraphFixtures.undirected(3, GraphFixtures.triangle), directed: false, seed: 1, sampleSize: 10)
    #expect(stats.nodes == 3 && stats.edges == 3)
    #expect(stats.density == 1)
    #expect(stats.triangles == 1 && stats.averageClustering == 1 && stats.transitivity == 1)
    #expect(stats.degreeGini == 0 && stats.kcoreMax == 2)
    #expect(stats.assortativity == nil)
    #expect(stats.components == 1 && stats.reciprocity == nil)
    #expect(stats.distances.diameterEstimate == 1)
    #expect(abs(stats.distances.effectiveDiameter90 - 0.9) < 1e-12)
    #expect(stats.pagerankTop.map(\.id) == ["0", "1", "2"])
    #expect(stats.pagerankTop.allSatisfy { abs($0.score - 1.0 / 3.0) < 1e-12 })
    #expect(stats.powerlaw == nil)
}

@Test func directedCycleWithMutualPairHasHandComputedDirectedStatistics() {
    // 0→1→2→0 plus 1→0: four arcs, one mutual pair.
    let graph = GraphFixtures.directed(3, GraphFixtures.directedCycle + [(1, 0)])
    let stats = GraphStatistics.compute(graph: graph, directed: true, originalIDs: ["a", "b", "c"], seed: 1, sampleSize: 10)
    #expect(stats.edges == 4)
    #expect(abs(stats.density - 4.0 / 6.0) < 1e-15)
    #expect(stats.reciprocity == 0.5)
    #expect(stats.strongComponents == 1 && stats.largestSCC == 3 && stats.weakComponents == 1)
    #expect(stats.components == nil)
    #expect(stats.triangles == 1)
    #expect(stats.directedParadox != nil && stats.undirectedParadox == nil)
    #expect(Set(stats.pagerankTop.map(\.id)) == ["a", "b", "c"])
    #expect(abs(stats.pagerankTop.map(\.score).reduce(0, +) - 1) < 1e-12)
}

@Test func jsonHasStableKeysWithNullsAndRoundTrips() throws {
    let stats = GraphStatistics.compute(graph: GraphFixtures.undirected(3, GraphFixtures.triangle), directed: false, seed: 7, sampleSize: 10)
    let data = try JSONEncoder().encode(stats)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let expected: Set<String> = [
        "directed", "nodes", "edges", "density", "triangles", "average_clustering", "transitivity",
        "degree_gini", "kcore_max", "pagerank_top", "powerlaw", "diameter_estimate",
        "effective_diameter_90", "bfs_sample_size", "seed", "distance_histogram", "assortativity",
        "components", "friendship_paradox",
    ]
    #expect(Set(object.keys) == expected)
    #expect(object["assortativity"] is NSNull && object["powerlaw"] is NSNull)
    let paradox = try #require(object["friendship_paradox"] as? [String: Any])
    #expect(paradox["weak_fraction"] as? Double == 0)
    #expect(try JSONDecoder().decode(GraphStatistics.self, from: data) == stats)
}

@Test func directedJsonNestsParadoxBySetAndAttribute() throws {
    let graph = GraphFixtures.directed(4, [(0, 1), (2, 1), (1, 3)])
    let stats = GraphStatistics.compute(graph: graph, directed: true, seed: 1, sampleSize: 10)
    let data = try JSONEncoder().encode(stats)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in ["reciprocity", "weak_components", "strong_components", "largest_scc"] { #expect(object[key] != nil) }
    #expect(object["components"] == nil)
    let paradox = try #require(object["friendship_paradox"] as? [String: [String: [String: Any]]])
    #expect(paradox["followees"]?["followers"]?["weak_fraction"] as? Double == 2.0 / 3.0)
    #expect(paradox["followers"]?["followees"]?["users"] as? Int == 2)
    #expect(try JSONDecoder().decode(GraphStatistics.self, from: data) == stats)
}

@Test func textRenderingNamesEveryStatistic() {
    let stats = GraphStatistics.compute(graph: GraphFixtures.undirected(4, GraphFixtures.star), directed: false, seed: 1, sampleSize: 10)
    let text = stats.renderText()
    for label in ["nodes", "edges", "average clustering", "k-core max", "friendship paradox", "pagerank top 4:", "exact, all 4 sources"] {
        #expect(text.contains(label), "missing \(label)")
    }
}

@Test func statisticsAreDeterministicForASeedAndExactWithAllSources() {
    for seed: UInt64 in 1...3 {
        var stream = RandomStream(seed: seed, purpose: .graph)
        let n = 3000
        var edges: [(Int, Int)] = []
        for _ in 0..<15_000 {
            let u = stream.nextIndex(below: n)
            let v = stream.nextIndex(below: n)
            if u != v { edges.append((u, v)) }
        }
        let graph = GraphFixtures.directed(n, edges)
        let first = GraphStatistics.compute(graph: graph, directed: true, seed: seed, sampleSize: 100)
        let again = GraphStatistics.compute(graph: graph, directed: true, seed: seed, sampleSize: 100)
        #expect(first == again)
        #expect(first.distances.sources == 100)
        let exact = GraphStatistics.compute(graph: graph, directed: true, seed: seed, sampleSize: n)
        let otherSeed = GraphStatistics.compute(graph: graph, directed: true, seed: seed + 100, sampleSize: n)
        #expect(exact.distances.histogram == otherSeed.distances.histogram)
        #expect(first.distances.diameterEstimate <= exact.distances.diameterEstimate)
    }
}

@Test func shortOriginalIDListFallsBackToAgentIndices() {
    let stats = GraphStatistics.compute(graph: GraphFixtures.undirected(3, GraphFixtures.triangle), directed: false, originalIDs: ["x"], seed: 1, sampleSize: 3)
    #expect(Set(stats.pagerankTop.map(\.id)) == ["x", "1", "2"])
}

@Test func emptyAndEdgelessSnapshotsComputeWithoutTrapping() throws {
    for n in [0, 1, 5] {
        for directed in [false, true] {
            let stats = GraphStatistics.compute(graph: FollowGraph(nodeCount: n), directed: directed, seed: 1, sampleSize: 10)
            #expect(stats.nodes == n && stats.edges == 0 && stats.density == 0)
            #expect(stats.triangles == 0 && stats.kcoreMax == 0 && stats.powerlaw == nil)
            #expect(stats.distances.diameterEstimate == 0 && stats.distances.effectiveDiameter90 == 0)
            #expect(stats.pagerankTop.count == min(10, n))
            _ = try JSONEncoder().encode(stats)
        }
    }
}
