import Testing
@testable import AgoraCore

@Test func wattsStrogatzWithoutRewiringIsTheRingLattice() throws {
    let n = 30
    let k = 6
    let graph = try GraphGenerator.wattsStrogatz(k: k, rewiring: 0, directed: false).generate(nodeCount: n, seed: 1).graph
    for node in 0..<n {
        let expected = [1, 2, 3].flatMap { [($0 + node) % n, (node - $0 + n) % n] }.sorted().map(UInt32.init)
        #expect(graph.followees[node] == expected)
    }
}

@Test(arguments: [0.1, 0.5, 1.0])
func wattsStrogatzRewiringKeepsTheMeanDegree(rewiring: Double) throws {
    let n = 1000
    let k = 6
    for seed in UInt64(1)...3 {
        let graph = try GraphGenerator.wattsStrogatz(k: k, rewiring: rewiring, directed: false).generate(nodeCount: n, seed: seed).graph
        #expect(graph.edgeCount == n * k)
        #expect(graph.isMutual)
        // Each node keeps at least its k/2 "own" ties (rewired ones move, they don't vanish).
        #expect(graph.followees.allSatisfy { $0.count >= k / 2 })
    }
}

@Test func wattsStrogatzRewiresAboutTheRequestedShare() throws {
    let n = 2000
    let k = 4
    let p = 0.2
    let graph = try GraphGenerator.wattsStrogatz(k: k, rewiring: p, directed: false).generate(nodeCount: n, seed: 4).graph
    var latticeTies = 0
    for node in 0..<n {
        for j in 1...(k / 2) where graph.follows(AgentID(node), AgentID((node + j) % n)) { latticeTies += 1 }
    }
    // A rewired tie lands back on a lattice position with probability ≈ k/n, negligible here.
    let rewired = n * k / 2 - latticeTies
    #expect(isWithinFourSigma(rewired, trials: n * k / 2, p: p))
}

@Test func directedWattsStrogatzKeepsEveryOutDegreeAtK() throws {
    let n = 500
    let k = 8
    let graph = try GraphGenerator.wattsStrogatz(k: k, rewiring: 0.3, directed: true).generate(nodeCount: n, seed: 6).graph
    #expect(graph.followees.allSatisfy { $0.count == k })
    #expect(!graph.isMutual)
}

@Test func wattsStrogatzClusteringFallsWithRewiring() throws {
    let lattice = try GraphGenerator.wattsStrogatz(k: 6, rewiring: 0, directed: false).generate(nodeCount: 600, seed: 3).graph
    let random = try GraphGenerator.wattsStrogatz(k: 6, rewiring: 1, directed: false).generate(nodeCount: 600, seed: 3).graph
    // Ring lattice: C = 3(k − 2) / (4(k − 1)) = 0.6 for k = 6.
    #expect(abs(lattice.averageUndirectedClustering - 0.6) < 1e-12)
    #expect(random.averageUndirectedClustering < 0.1)
}
