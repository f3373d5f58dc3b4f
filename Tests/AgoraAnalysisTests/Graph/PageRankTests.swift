import Testing
@testable import AgoraAnalysis

@Test func directedCycleHasUniformPageRank() {
    let scores = PageRank.scores(of: GraphFixtures.directedCSR(3, GraphFixtures.directedCycle), undirected: false)
    #expect(scores.allSatisfy { abs($0 - 1.0 / 3.0) < 1e-12 })
}

@Test func undirectedStarMatchesTheClosedForm() {
    // x_c = 0.15/4 + 0.85·Σ x_leaf, x_leaf = 0.15/4 + 0.85·x_c/3 ⇒ x_c = 0.133125 / 0.2775.
    let scores = PageRank.scores(of: GraphFixtures.undirectedCSR(4, GraphFixtures.star), undirected: true)
    let centre = 0.133125 / 0.2775
    #expect(abs(scores[0] - centre) < 1e-12)
    #expect(abs(scores[1] - (1 - centre) / 3) < 1e-12)
}

@Test func danglingNodeSpreadsItsRankUniformly() {
    // 0 → 1 with 1 dangling: x0 = 0.075 + 0.85·x1/2 and x0 + x1 = 1 ⇒ x0 = 0.5 / 1.425.
    let scores = PageRank.scores(of: GraphFixtures.directedCSR(2, [(0, 1)]), undirected: false)
    #expect(abs(scores[0] - 0.5 / 1.425) < 1e-12)
    #expect(abs(scores[0] + scores[1] - 1) < 1e-12)
}

@Test func topBreaksTiesByNodeIndex() {
    #expect(PageRank.top(3, of: [0.1, 0.4, 0.1, 0.4]) == [1, 3, 0])
}
