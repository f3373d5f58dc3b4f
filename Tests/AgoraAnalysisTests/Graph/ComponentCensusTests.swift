import Testing
@testable import AgoraAnalysis

@Test func cycleWithATailHasTwoStrongAndOneWeakComponent() {
    let census = ComponentCensus(graph: GraphFixtures.directedCSR(4, GraphFixtures.directedCycle + [(3, 0)]), strong: true)
    #expect(census.weakComponents == 1)
    #expect(census.strongComponents == 2)
    #expect(census.largestStrongComponent == 3)
}

@Test func isolatedNodesAreComponentsOfTheirOwn() {
    let census = ComponentCensus(graph: GraphFixtures.directedCSR(5, [(0, 1)]), strong: true)
    #expect(census.weakComponents == 4)
    #expect(census.largestWeakComponent == 2)
    #expect(census.strongComponents == 5)
    #expect(census.largestStrongComponent == 1)
}

@Test func undirectedCensusSkipsStrongComponents() {
    let census = ComponentCensus(graph: GraphFixtures.undirectedCSR(4, GraphFixtures.path4), strong: false)
    #expect(census.weakComponents == 1 && census.strongComponents == nil)
}

@Test func longChainDoesNotOverflowTheStack() {
    // A 200,000-node directed cycle: a recursive Tarjan would need 200,000 frames.
    let n = 200_000
    let edges = (0..<n).map { ($0, ($0 + 1) % n) }
    let census = ComponentCensus(graph: GraphFixtures.directedCSR(n, edges), strong: true)
    #expect(census.strongComponents == 1)
    #expect(census.largestStrongComponent == n)
}
