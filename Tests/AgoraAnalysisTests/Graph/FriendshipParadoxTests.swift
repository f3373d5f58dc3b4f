import AgoraCore
import Testing
@testable import AgoraAnalysis

@Test func starShowsTheUndirectedParadox() {
    let paradox = FriendshipParadox.undirected(GraphFixtures.undirectedCSR(4, GraphFixtures.star))
    #expect(paradox.meanDegree == 1.5)
    #expect(paradox.meanNeighborDegreeOverEdges == 2)
    #expect(paradox.meanNeighborDegreeOverNodes == 2.5)
    #expect(paradox.weakFraction == 0.75)
    #expect(paradox.strongFraction == 0.75)
    #expect(paradox.nodes == 4)
}

@Test func isolatedNodesCountOnlyInTheMeanDegree() {
    let paradox = FriendshipParadox.undirected(GraphFixtures.undirectedCSR(5, GraphFixtures.star))
    #expect(paradox.meanDegree == 1.2)
    #expect(paradox.weakFraction == 0.75)
    #expect(paradox.nodes == 4)
}

@Test func medianAndMeanParadoxDifferWhenOneNeighbourIsAHub() {
    // Node value 3 against neighbour values 1, 1, 10: below the mean 4, not below the median 1.
    let skewed = FriendshipParadox.compare(values: [3, 1, 1, 10], neighborOffsets: [0, 3, 3, 3, 3], neighbors: [1, 2, 3])
    #expect(skewed.fractions.weakFraction == 1 && skewed.fractions.strongFraction == 0 && skewed.users == 1)
    // Even count: value 2 against 1 and 4 is below both mean and median 2.5; value 3 is not.
    let below = FriendshipParadox.compare(values: [2, 1, 4], neighborOffsets: [0, 2, 2, 2], neighbors: [1, 2])
    #expect(below.fractions.strongFraction == 1 && below.fractions.weakFraction == 1)
    let notBelow = FriendshipParadox.compare(values: [3, 1, 4], neighborOffsets: [0, 2, 2, 2], neighbors: [1, 2])
    #expect(notBelow.fractions.strongFraction == 0 && notBelow.fractions.weakFraction == 0)
}

@Test func directedVariantsMatchHandCounts() {
    // 0→1, 2→1, 1→3: in-degrees [0, 2, 0, 1], out-degrees [1, 1, 1, 0].
    let paradox = FriendshipParadox.directed(GraphFixtures.directed(4, [(0, 1), (2, 1), (1, 3)]))
    #expect(paradox.followees.followers == .init(weakFraction: 2.0 / 3.0, strongFraction: 2.0 / 3.0, users: 3))
    #expect(paradox.followees.followees == .init(weakFraction: 0, strongFraction: 0, users: 3))
    #expect(paradox.followers.followers == .init(weakFraction: 0.5, strongFraction: 0.5, users: 2))
    #expect(paradox.followers.followees == .init(weakFraction: 0.5, strongFraction: 0.5, users: 2))
}

@Test func emptyNeighbourSetsGiveUndefinedFractions() {
    let paradox = FriendshipParadox.directed(FollowGraph(nodeCount: 3))
    #expect(paradox.followees.followers == .init(weakFraction: nil, strongFraction: nil, users: 0))
    let undirected = FriendshipParadox.undirected(FollowGraph(nodeCount: 3))
    #expect(undirected.meanNeighborDegreeOverEdges == nil && undirected.meanDegree == 0)
}

@Test func twiceTheMedianBySelectionMatchesSorting() {
    // Lists of every length 1–60 with many repeated values (ties around the median are the
    // hard case for selection), shuffled by a fixed generator.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 59)   // 0...31
    }
    for count in 1...60 {
        for _ in 0..<20 {
            var values = (0..<count).map { _ in next() }
            let sorted = values.sorted()
            let expected = sorted[(count - 1) / 2] + sorted[count / 2]
            #expect(FriendshipParadox.twiceMedian(&values) == expected, "\(sorted)")
        }
    }
}
