import Testing
@testable import AgoraCore

@Test func holmeKimClusteringIsHigherThanBarabasiAlbertWithTheSameM() throws {
    let m = 3
    let n = 2000
    let holmeKim = try GraphGenerator.holmeKim(m: m, triadProbability: 0.8).generate(nodeCount: n, seed: 2).graph
    let barabasiAlbert = try GraphGenerator.barabasiAlbert(m: m, reciprocation: 0).generate(nodeCount: n, seed: 2).graph
    let withoutTriads = try GraphGenerator.holmeKim(m: m, triadProbability: 0).generate(nodeCount: n, seed: 2).graph
    #expect(holmeKim.averageUndirectedClustering > 0.2)
    #expect(holmeKim.averageUndirectedClustering > 4 * barabasiAlbert.averageUndirectedClustering)
    #expect(holmeKim.averageUndirectedClustering > 4 * withoutTriads.averageUndirectedClustering)
}

@Test func holmeKimGivesEachNewNodeAtMostMTiesAndMostExactlyM() throws {
    let m = 4
    let n = 3000
    let graph = try GraphGenerator.holmeKim(m: m, triadProbability: 0.5).generate(nodeCount: n, seed: 9).graph
    #expect(graph.isMutual)
    var exact = 0
    for node in m..<n {
        let earlier = graph.followees[node].filter { Int($0) < node }.count
        #expect(earlier >= 1 && earlier <= m)
        if earlier == m { exact += 1 }
    }
    #expect(exact > (n - m) * 9 / 10)
    // Without triad steps no preferential target repeats, so every new node has exactly m ties.
    let plain = try GraphGenerator.holmeKim(m: m, triadProbability: 0).generate(nodeCount: n, seed: 9).graph
    #expect(plain.edgeCount == 2 * m * (n - m))
}

@Test func holmeKimDegreeIsHeavyTailed() throws {
    let graph = try GraphGenerator.holmeKim(m: 2, triadProbability: 0.5).generate(nodeCount: 10_000, seed: 4).graph
    let degrees = graph.followees.map(\.count)
    let mean = Double(degrees.reduce(0, +)) / Double(degrees.count)
    #expect(Double(degrees.max() ?? 0) > 20 * mean)
}
