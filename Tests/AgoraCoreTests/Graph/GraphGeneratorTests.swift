import Testing
@testable import AgoraCore

/// One instance of every generator, small enough for debug-build tests.
let everyGenerator: [GraphGenerator] = [
    .erdosRenyi(p: 0.02, directed: true),
    .erdosRenyi(p: 0.02, directed: false),
    .erdosRenyiEdges(edges: 900, directed: true),
    .erdosRenyiEdges(edges: 900, directed: false),
    .barabasiAlbert(m: 3, reciprocation: 0),
    .barabasiAlbert(m: 3, reciprocation: 0.5),
    .wattsStrogatz(k: 4, rewiring: 0.2, directed: false),
    .wattsStrogatz(k: 4, rewiring: 0.2, directed: true),
    .stochasticBlock(blocks: .equal(count: 3), pIn: 0.05, pOut: 0.005, directed: true),
    .stochasticBlock(blocks: .sizes([100, 100, 100]), pIn: 0.05, pOut: 0.005, directed: false),
    .holmeKim(m: 3, triadProbability: 0.5),
    .configurationModel(exponent: 2.5, minDegree: 2, maxDegree: 60),
]

@Test(arguments: everyGenerator)
func sameSeedGivesTheSameGraph(generator: GraphGenerator) throws {
    let first = try generator.generate(nodeCount: 300, seed: 7)
    let second = try generator.generate(nodeCount: 300, seed: 7)
    #expect(first == second)
    #expect(first.graph.edgeCount > 0)
}

@Test(arguments: everyGenerator)
func differentSeedsGiveDifferentGraphs(generator: GraphGenerator) throws {
    let graphs = try (1...3).map { try generator.generate(nodeCount: 300, seed: UInt64($0)).graph }
    #expect(graphs[0] != graphs[1])
    #expect(graphs[1] != graphs[2])
}

@Test(arguments: everyGenerator)
func generatedGraphsHaveNoSelfLoopsAndConsistentCounts(generator: GraphGenerator) throws {
    for seed in UInt64(1)...5 {
        let graph = try generator.generate(nodeCount: 300, seed: seed).graph
        #expect(graph.nodeCount == 300)
        #expect(!graph.hasSelfLoop)
        #expect(graph.followees.allSatisfy { list in zip(list, list.dropFirst()).allSatisfy { $0 < $1 } })
        #expect(graph.inDegrees.map(UInt32.init) == graph.followerCounts)
        #expect(graph.followees.reduce(0) { $0 + $1.count } == graph.edgeCount)
    }
}

@Test(arguments: everyGenerator.filter { generator in
    switch generator {
    case .erdosRenyi(_, let directed), .erdosRenyiEdges(_, let directed),
         .wattsStrogatz(_, _, let directed), .stochasticBlock(_, _, _, let directed):
        return !directed
    case .holmeKim, .configurationModel: return true
    case .barabasiAlbert: return false
    }
})
func undirectedGeneratorsStoreMutualFollows(generator: GraphGenerator) throws {
    let graph = try generator.generate(nodeCount: 300, seed: 3).graph
    #expect(graph.isMutual)
}

/// Graphs pinned by digest: integer-only generators must give these exact edges on any machine.
@Test func pinnedGraphsAreReproducedBitForBit() throws {
    let ba = try GraphGenerator.barabasiAlbert(m: 3, reciprocation: 0).generate(nodeCount: 1000, seed: 42).graph
    let gnm = try GraphGenerator.erdosRenyiEdges(edges: 2000, directed: true).generate(nodeCount: 500, seed: 42).graph
    #expect(ba.edgeDigest == pinnedBarabasiAlbertDigest)
    #expect(gnm.edgeDigest == pinnedErdosRenyiEdgesDigest)
}

let pinnedBarabasiAlbertDigest: UInt64 = 13_484_589_626_089_263_552
let pinnedErdosRenyiEdgesDigest: UInt64 = 15_467_033_779_647_272_446

@Test func generatorNamesAreListedOnce() {
    #expect(everyGenerator.allSatisfy { GraphGenerator.names.contains($0.name) })
    #expect(Set(GraphGenerator.names).count == GraphGenerator.names.count)
}

@Test(arguments: [
    (GraphGenerator.barabasiAlbert(m: 10, reciprocation: 0), 10, "m"),
    (.barabasiAlbert(m: 0, reciprocation: 0), 10, "m"),
    (.barabasiAlbert(m: 2, reciprocation: 1.5), 10, "reciprocation"),
    (.erdosRenyi(p: -0.1, directed: true), 10, "p"),
    (.erdosRenyi(p: .nan, directed: true), 10, "p"),
    (.erdosRenyi(p: 0.1, directed: true), 0, "node_count"),
    (.erdosRenyiEdges(edges: 46, directed: false), 10, "edges"),
    (.erdosRenyiEdges(edges: -1, directed: true), 10, "edges"),
    (.wattsStrogatz(k: 3, rewiring: 0.1, directed: false), 10, "k"),
    (.wattsStrogatz(k: 10, rewiring: 0.1, directed: false), 10, "k"),
    (.stochasticBlock(blocks: .sizes([4, 5]), pIn: 0.1, pOut: 0.01, directed: false), 10, "block_sizes"),
    (.stochasticBlock(blocks: .sizes([10, 0]), pIn: 0.1, pOut: 0.01, directed: false), 10, "block_sizes[1]"),
    (.stochasticBlock(blocks: .equal(count: 11), pIn: 0.1, pOut: 0.01, directed: false), 10, "blocks"),
    (.stochasticBlock(blocks: .equal(count: 2), pIn: 0.1, pOut: 2, directed: false), 10, "p_out"),
    (.holmeKim(m: 10, triadProbability: 0.5), 10, "m"),
    (.holmeKim(m: 2, triadProbability: -1), 10, "triad_probability"),
    (.configurationModel(exponent: 1, minDegree: 1, maxDegree: nil), 10, "exponent"),
    (.configurationModel(exponent: 2.5, minDegree: 0, maxDegree: nil), 10, "min_degree"),
    (.configurationModel(exponent: 2.5, minDegree: 3, maxDegree: 2), 10, "max_degree"),
    (.configurationModel(exponent: 2.5, minDegree: 3, maxDegree: 10), 10, "max_degree"),
] as [(GraphGenerator, Int, String)])
func invalidParametersAreRejectedWithTheirName(generator: GraphGenerator, nodeCount: Int, parameter: String) {
    #expect {
        _ = try generator.generate(nodeCount: nodeCount, seed: 1)
    } throws: { error in
        guard let error = error as? GraphGeneratorError else { return false }
        return error.parameter == parameter && error.generator == generator.name
            && error.description.contains(parameter) && !error.suggestion.isEmpty
    }
}

@Test func barabasiAlbertErrorSaysWhatToChange() {
    #expect(throws: GraphGeneratorError.self) { try GraphGenerator.barabasiAlbert(m: 5, reciprocation: 0).generate(nodeCount: 5, seed: 1) }
    do {
        _ = try GraphGenerator.barabasiAlbert(m: 5, reciprocation: 0).generate(nodeCount: 5, seed: 1)
    } catch {
        #expect(error.description.contains("between 1 and node_count − 1 = 4"))
        #expect(error.description.contains("population.size"))
    }
}
