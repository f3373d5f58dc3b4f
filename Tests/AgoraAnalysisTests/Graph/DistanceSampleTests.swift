import Testing
@testable import AgoraAnalysis

@Test func pathOfFourHasHandComputedDistances() {
    let sample = DistanceSample(graph: GraphFixtures.undirectedCSR(4, GraphFixtures.path4), sampleSize: 10, seed: 1)
    #expect(sample.sources == 4)
    #expect(sample.histogram == [0, 6, 4, 2])
    #expect(sample.diameterEstimate == 3)
    // 0.9 × 12 = 10.8 pairs; C(2) = 10, C(3) = 12 ⇒ 2 + 0.8 / 2.
    #expect(abs(sample.effectiveDiameter90 - 2.4) < 1e-12)
}

@Test func unreachablePairsAreIgnored() {
    let sample = DistanceSample(graph: GraphFixtures.undirectedCSR(5, [(0, 1), (2, 3)]), sampleSize: 5, seed: 1)
    #expect(sample.histogram == [0, 4])
    #expect(abs(sample.effectiveDiameter90 - 0.9) < 1e-12)
}

@Test func sampledSourcesAreSeededAndCounted() {
    let n = 500
    let edges = (0..<n - 1).map { ($0, $0 + 1) }
    let graph = GraphFixtures.undirectedCSR(n, edges)
    for seed: UInt64 in [1, 2, 3] {
        let first = DistanceSample(graph: graph, sampleSize: 20, seed: seed)
        let again = DistanceSample(graph: graph, sampleSize: 20, seed: seed)
        #expect(first == again)
        #expect(first.sources == 20 && first.seed == seed)
        #expect(first.histogram.reduce(0, +) == 20 * (n - 1))
    }
    #expect(DistanceSample(graph: graph, sampleSize: 20, seed: 1) != DistanceSample(graph: graph, sampleSize: 20, seed: 2))
}

@Test func sourceSampleHasNoRepeats() {
    let sources = DistanceSample.chooseSources(nodeCount: 100, sampleSize: 60, seed: 9)
    #expect(Set(sources).count == 60)
    #expect(sources == sources.sorted())
}
