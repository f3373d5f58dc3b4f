import Testing
@testable import AgoraAnalysis

@Test func starIsPerfectlyDisassortative() {
    let r = DegreeCorrelation.assortativity(of: GraphFixtures.undirectedCSR(4, GraphFixtures.star), directed: false)
    #expect(r != nil && abs(r! + 1) < 1e-12)
}

@Test func regularGraphHasUndefinedAssortativity() {
    #expect(DegreeCorrelation.assortativity(of: GraphFixtures.undirectedCSR(3, GraphFixtures.triangle), directed: false) == nil)
}

@Test func directedAssortativityCorrelatesSourceOutWithTargetIn() {
    // Arcs 0→1, 0→2, 1→2: (out, in) pairs (2,1), (2,2), (1,2): cov −1/9, variances 2/9 ⇒ −0.5.
    let r = DegreeCorrelation.assortativity(of: GraphFixtures.directedCSR(3, [(0, 1), (0, 2), (1, 2)]), directed: true)
    #expect(r != nil && abs(r! + 0.5) < 1e-12)
}

@Test func giniOfEqualAndConcentratedValues() {
    #expect(DegreeCorrelation.gini([2, 2, 2, 2]) == 0)
    #expect(DegreeCorrelation.gini([0, 0, 0, 4]) == 0.75)
    #expect(DegreeCorrelation.gini([0, 0]) == 0)
    #expect(abs(DegreeCorrelation.gini([1, 2, 3]) - 2.0 / 9.0) < 1e-15)
}
