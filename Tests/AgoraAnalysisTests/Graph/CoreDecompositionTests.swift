import Testing
@testable import AgoraAnalysis

@Test func completeGraphIsAThreeCoreAndItsPendantAOneCore() {
    let cores = CoreDecomposition.coreNumbers(of: GraphFixtures.undirectedCSR(5, GraphFixtures.k4WithPendant))
    #expect(cores == [3, 3, 3, 3, 1])
}

@Test func starPathAndIsolatedNodeHaveSmallCores() {
    #expect(CoreDecomposition.coreNumbers(of: GraphFixtures.undirectedCSR(5, GraphFixtures.star)) == [1, 1, 1, 1, 0])
    #expect(CoreDecomposition.maxCore(of: GraphFixtures.undirectedCSR(4, GraphFixtures.path4)) == 1)
    #expect(CoreDecomposition.maxCore(of: GraphFixtures.undirectedCSR(3, GraphFixtures.triangle)) == 2)
}

@Test func directedCoreUsesTheUndirectedView() {
    #expect(CoreDecomposition.maxCore(of: GraphFixtures.directedCSR(3, GraphFixtures.directedCycle)) == 2)
}
