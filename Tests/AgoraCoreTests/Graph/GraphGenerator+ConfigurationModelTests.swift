import Testing
@testable import AgoraCore

@Test(arguments: [1, 2, 3, 4] as [UInt64])
func configurationModelDegreeSumsAccountForRemovedEdges(seed: UInt64) throws {
    let n = 3000
    let sequence = GraphGenerator.powerLawDegreeSequence(nodeCount: n, exponent: 2.2, minDegree: 1, maxDegree: 300, seed: seed)
    let stubs = sequence.reduce(0, +)
    #expect(stubs % 2 == 0)
    let result = try GraphGenerator.configurationModel(exponent: 2.2, minDegree: 1, maxDegree: 300).generate(nodeCount: n, seed: seed)
    let degrees = result.graph.followees.map(\.count)
    #expect(result.graph.isMutual)
    #expect(degrees.reduce(0, +) == stubs - 2 * (result.removedSelfLoops + result.removedMultiEdges))
    // No node gains degree; each loses exactly what its removed stubs took.
    #expect(zip(degrees, sequence).allSatisfy { $0 <= $1 })
    // Hubs of degree ~300 among 3000 nodes make some self-loops and multi-edges certain.
    #expect(result.removedSelfLoops + result.removedMultiEdges > 0)
}

@Test func powerLawDegreeSequenceStaysInRangeAndFollowsTheExponent() {
    let n = 50_000
    let sequence = GraphGenerator.powerLawDegreeSequence(nodeCount: n, exponent: 2.5, minDegree: 2, maxDegree: 1000, seed: 3)
    // The parity fix may move the last degree by one.
    #expect(sequence.dropLast().allSatisfy { (2...1000).contains($0) })
    // P(2) / P(4) = 2^2.5 ≈ 5.66 for a pure power law.
    let twos = sequence.filter { $0 == 2 }.count
    let fours = sequence.filter { $0 == 4 }.count
    let ratio = Double(twos) / Double(fours)
    #expect(ratio > 5.0 && ratio < 6.4)
}

@Test func configurationModelWithFixedDegreeNeedsEvenStubs() throws {
    // 5 nodes of degree 3: 15 stubs, so the last node's degree is lowered to 2.
    let sequence = GraphGenerator.powerLawDegreeSequence(nodeCount: 5, exponent: 2, minDegree: 3, maxDegree: 3, seed: 1)
    #expect(sequence == [3, 3, 3, 3, 2])
    let result = try GraphGenerator.configurationModel(exponent: 2, minDegree: 3, maxDegree: 3).generate(nodeCount: 5, seed: 1)
    #expect(result.graph.edgeCount == 14 - 2 * (result.removedSelfLoops + result.removedMultiEdges))
}
