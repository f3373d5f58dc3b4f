import Testing
@testable import AgoraCore

@Test(arguments: [1, 2, 3] as [UInt64])
func barabasiAlbertFoundersFollowEachOtherAndLaterAgentsFollowExactlyM(seed: UInt64) throws {
    let m = 4
    let n = 3000
    let graph = try GraphGenerator.barabasiAlbert(m: m, reciprocation: 0).generate(nodeCount: n, seed: seed).graph
    for founder in 0...m {
        #expect(graph.followees[founder] == (0...m).filter { $0 != founder }.map(UInt32.init))
    }
    for agent in (m + 1)..<n {
        let list = graph.followees[agent]
        #expect(list.count == m)
        #expect(list.allSatisfy { Int($0) < agent })
    }
    #expect(graph.edgeCount == m * (m + 1) + (n - m - 1) * m)
}

@Test func barabasiAlbertInDegreeIsHeavyTailed() throws {
    let m = 5
    let n = 20_000
    let inDegrees = try GraphGenerator.barabasiAlbert(m: m, reciprocation: 0).generate(nodeCount: n, seed: 11).graph.inDegrees
    let mean = Double(inDegrees.reduce(0, +)) / Double(n)
    let maximum = Double(inDegrees.max() ?? 0)
    // Price's model: P(k) ~ k^-(2 + 1/m); the largest hub grows like n^(m/(m+1)), i.e. hundreds
    // of times the mean here, where a Poisson graph of the same mean would stay below ~4 × mean.
    #expect(maximum > 50 * mean)
    // Most agents are followed by few: the median in-degree is below the mean.
    let median = inDegrees.sorted()[n / 2]
    #expect(Double(median) < mean)
    // Early agents are the hubs: the first 1% hold far more than 1% of all follows.
    let early = inDegrees[..<(n / 100)].reduce(0, +)
    #expect(Double(early) > 0.1 * mean * Double(n))
}

@Test func barabasiAlbertPrefersFollowedAgents() throws {
    // With attachment ∝ (in-degree + 1), agent m+1 picks among the founders only (all equal);
    // over many seeds agent 0 (a founder) is followed by late agents far more often than agent
    // n/2 (a latecomer).
    var founderFollowers = 0
    var latecomerFollowers = 0
    for seed in UInt64(1)...20 {
        let inDegrees = try GraphGenerator.barabasiAlbert(m: 2, reciprocation: 0).generate(nodeCount: 400, seed: seed).graph.inDegrees
        founderFollowers += inDegrees[0]
        latecomerFollowers += inDegrees[200]
    }
    #expect(founderFollowers > 5 * latecomerFollowers)
}

@Test func barabasiAlbertReciprocationAddsFollowBacks() throws {
    let m = 3
    let n = 5000
    let r = 0.4
    let graph = try GraphGenerator.barabasiAlbert(m: m, reciprocation: r).generate(nodeCount: n, seed: 5).graph
    var followBacks = 0
    for agent in 0..<n {
        // Every later agent still makes exactly m follows towards earlier agents.
        if agent > m { #expect(graph.followees[agent].filter { Int($0) < agent }.count == m) }
        followBacks += graph.followees[agent].filter { Int($0) > agent && Int($0) > m }.count
    }
    #expect(followBacks == graph.edgeCount - m * (m + 1) - (n - m - 1) * m)
    #expect(isWithinFourSigma(followBacks, trials: (n - m - 1) * m, p: r))
}

@Test func followBackDrawsDoNotDisturbTheFolloweeDraws() throws {
    // Follow-back numbers come after an agent's followee draws in its stream, so a reciprocation
    // too small to ever fire gives exactly the reference-model graph (nobody follows a later agent).
    let graph = try GraphGenerator.barabasiAlbert(m: 3, reciprocation: 0).generate(nodeCount: 500, seed: 2).graph
    let nearlyZero = try GraphGenerator.barabasiAlbert(m: 3, reciprocation: 1e-300).generate(nodeCount: 500, seed: 2).graph
    #expect(nearlyZero == graph)
    for agent in 4..<500 { #expect(graph.followees[agent].allSatisfy { Int($0) < agent }) }
}

@Test func barabasiAlbertWithOnlyFoundersIsComplete() throws {
    let graph = try GraphGenerator.barabasiAlbert(m: 4, reciprocation: 0.5).generate(nodeCount: 5, seed: 1).graph
    #expect(graph.edgeCount == 20)
}
