import Testing
@testable import AgoraCore

/// `count` within 4 standard deviations of a Binomial(trials, p).
func isWithinFourSigma(_ count: Int, trials: Int, p: Double) -> Bool {
    let mean = Double(trials) * p
    let sigma = (Double(trials) * p * (1 - p)).squareRoot()
    return abs(Double(count) - mean) <= 4 * sigma
}

@Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
func erdosRenyiDirectedEdgeCountIsBinomial(seed: UInt64) throws {
    let n = 2000
    let p = 0.003
    let graph = try GraphGenerator.erdosRenyi(p: p, directed: true).generate(nodeCount: n, seed: seed).graph
    #expect(isWithinFourSigma(graph.edgeCount, trials: n * (n - 1), p: p))
}

@Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
func erdosRenyiUndirectedPairCountIsBinomial(seed: UInt64) throws {
    let n = 2000
    let p = 0.004
    let graph = try GraphGenerator.erdosRenyi(p: p, directed: false).generate(nodeCount: n, seed: seed).graph
    #expect(graph.edgeCount % 2 == 0)
    #expect(isWithinFourSigma(graph.edgeCount / 2, trials: n * (n - 1) / 2, p: p))
}

@Test func erdosRenyiSpreadsEdgesOverAllRows() throws {
    // Geometric skipping must not favour early or late targets: in-degrees of the first and the
    // last half of the nodes agree within 4 sigma of their binomial totals.
    let n = 1000
    let p = 0.01
    let inDegrees = try GraphGenerator.erdosRenyi(p: p, directed: true).generate(nodeCount: n, seed: 9).graph.inDegrees
    let firstHalf = inDegrees[..<(n / 2)].reduce(0, +)
    let secondHalf = inDegrees[(n / 2)...].reduce(0, +)
    #expect(isWithinFourSigma(firstHalf, trials: n / 2 * (n - 1), p: p))
    #expect(isWithinFourSigma(secondHalf, trials: n / 2 * (n - 1), p: p))
}

@Test func erdosRenyiExtremesAreEmptyAndComplete() throws {
    let empty = try GraphGenerator.erdosRenyi(p: 0, directed: true).generate(nodeCount: 50, seed: 1).graph
    let complete = try GraphGenerator.erdosRenyi(p: 1, directed: false).generate(nodeCount: 50, seed: 1).graph
    #expect(empty.edgeCount == 0)
    #expect(complete.edgeCount == 50 * 49)
}

@Test(arguments: [(0, true), (1, true), (777, true), (2450, true), (2449, true), (612, false), (1224, false), (1225, false)])
func erdosRenyiEdgesDrawsExactlyTheRequestedEdges(edges: Int, directed: Bool) throws {
    for seed in UInt64(1)...3 {
        let graph = try GraphGenerator.erdosRenyiEdges(edges: edges, directed: directed).generate(nodeCount: 50, seed: seed).graph
        #expect(graph.edgeCount == (directed ? edges : 2 * edges))
        #expect(!graph.hasSelfLoop)
        if !directed { #expect(graph.isMutual) }
    }
}

@Test func erdosRenyiEdgesIsUniformOverPairs() throws {
    // Every ordered pair of 4 nodes should be drawn about equally often over many seeds.
    var counts = [Int](repeating: 0, count: 16)
    let seeds = 3000
    for seed in 1...seeds {
        let graph = try GraphGenerator.erdosRenyiEdges(edges: 3, directed: true).generate(nodeCount: 4, seed: UInt64(seed)).graph
        for (a, b) in graph.edges() { counts[Int(a) * 4 + Int(b)] += 1 }
    }
    for a in 0..<4 {
        for b in 0..<4 where a != b {
            #expect(isWithinFourSigma(counts[a * 4 + b], trials: seeds, p: 3.0 / 12.0))
        }
    }
}
