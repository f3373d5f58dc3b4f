import AgoraCore
import Testing
@testable import AgoraAnalysis

@Test func csrKeepsOutInAndUndirectedViewsSorted() {
    let csr = GraphFixtures.directedCSR(4, [(0, 2), (0, 1), (2, 0), (3, 0)])
    #expect(csr.outOffsets == [0, 2, 2, 3, 4])
    #expect(csr.outTargets == [1, 2, 0, 0])
    #expect(csr.inOffsets == [0, 2, 3, 4, 4])
    #expect(csr.inSources == [2, 3, 0, 0])
    #expect(csr.undirectedNeighbors == [1, 2, 3, 0, 0, 0])
    #expect(!csr.isSymmetric)
    #expect(csr.arcCount == 4 && csr.undirectedEdgeCount == 3)
}

@Test func mutualFollowGraphIsSymmetricWithOneStorage() {
    let csr = GraphFixtures.undirectedCSR(3, GraphFixtures.triangle)
    #expect(csr.isSymmetric)
    #expect(csr.undirectedNeighbors == csr.outTargets)
    #expect(csr.undirectedEdgeCount == 3)
    #expect((0..<3).allSatisfy { csr.undirectedDegree($0) == 2 })
}

@Test func isolatedNodesHaveEmptyRuns() {
    let csr = GraphFixtures.directedCSR(3, [(0, 2)])
    #expect(csr.outDegree(1) == 0 && csr.inDegree(1) == 0 && csr.undirectedDegree(1) == 0)
}
