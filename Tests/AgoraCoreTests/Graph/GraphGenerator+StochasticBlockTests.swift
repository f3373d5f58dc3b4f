import Testing
@testable import AgoraCore

/// Edges inside and between the planted blocks, with the number of possible pairs of each kind.
func blockEdgeCounts(_ result: GeneratedGraph) -> (inside: Int, insidePairs: Int, outside: Int, outsidePairs: Int) {
    let community = result.community ?? []
    var inside = 0
    var outside = 0
    for (follower, followee) in result.graph.edges() {
        if community[Int(follower)] == community[Int(followee)] { inside += 1 } else { outside += 1 }
    }
    var sizes: [UInt32: Int] = [:]
    for block in community { sizes[block, default: 0] += 1 }
    let n = community.count
    let insidePairs = sizes.values.reduce(0) { $0 + $1 * ($1 - 1) }
    return (inside, insidePairs, outside, n * (n - 1) - insidePairs)
}

@Test(arguments: [true, false])
func stochasticBlockDensityIsHigherInsideBlocks(directed: Bool) throws {
    let pIn = 0.05
    let pOut = 0.004
    for seed in UInt64(1)...3 {
        let result = try GraphGenerator.stochasticBlock(blocks: .sizes([300, 300, 400]), pIn: pIn, pOut: pOut, directed: directed)
            .generate(nodeCount: 1000, seed: seed)
        let counts = blockEdgeCounts(result)
        if directed {
            #expect(isWithinFourSigma(counts.inside, trials: counts.insidePairs, p: pIn))
            #expect(isWithinFourSigma(counts.outside, trials: counts.outsidePairs, p: pOut))
        } else {
            #expect(result.graph.isMutual)
            #expect(isWithinFourSigma(counts.inside / 2, trials: counts.insidePairs / 2, p: pIn))
            #expect(isWithinFourSigma(counts.outside / 2, trials: counts.outsidePairs / 2, p: pOut))
        }
    }
}

@Test func stochasticBlockReportsContiguousCommunities() throws {
    let sized = try GraphGenerator.stochasticBlock(blocks: .sizes([2, 3, 1]), pIn: 1, pOut: 0, directed: false)
        .generate(nodeCount: 6, seed: 1)
    #expect(sized.community == [0, 0, 1, 1, 1, 2])
    // pIn = 1, pOut = 0: exactly the cliques of the blocks.
    #expect(sized.graph.edgeCount == 2 * 1 + 3 * 2)
    let equal = try GraphGenerator.stochasticBlock(blocks: .equal(count: 3), pIn: 0.1, pOut: 0.1, directed: true)
        .generate(nodeCount: 8, seed: 1)
    #expect(equal.community == [0, 0, 0, 1, 1, 1, 2, 2])
}

@Test func stochasticBlockWithOneBlockIsErdosRenyiLike() throws {
    let result = try GraphGenerator.stochasticBlock(blocks: .equal(count: 1), pIn: 0.01, pOut: 0.9, directed: true)
        .generate(nodeCount: 1000, seed: 8)
    #expect(isWithinFourSigma(result.graph.edgeCount, trials: 1000 * 999, p: 0.01))
    #expect(result.community?.allSatisfy { $0 == 0 } == true)
}
