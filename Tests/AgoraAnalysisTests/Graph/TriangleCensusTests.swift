import AgoraCore
import Testing
@testable import AgoraAnalysis

@Test func triangleHasOneTriangleAndFullClustering() {
    let census = TriangleCensus(graph: GraphFixtures.undirectedCSR(3, GraphFixtures.triangle))
    #expect(census.total == 1)
    #expect(census.perNode == [1, 1, 1])
    #expect(census.averageClustering == 1)
    #expect(census.transitivity == 1)
}

@Test func starAndPathHaveNoTriangles() {
    for (n, edges) in [(4, GraphFixtures.star), (4, GraphFixtures.path4)] {
        let census = TriangleCensus(graph: GraphFixtures.undirectedCSR(n, edges))
        #expect(census.total == 0)
        #expect(census.averageClustering == 0)
        #expect(census.transitivity == 0)
    }
}

@Test func triangleWithPendantMatchesHandComputedClustering() {
    let census = TriangleCensus(graph: GraphFixtures.undirectedCSR(4, GraphFixtures.triangleWithPendant))
    // Node 0 has degree 3 and one triangle: 1/3; nodes 1 and 2: 1; the pendant: 0.
    #expect(abs(census.averageClustering - 7.0 / 12.0) < 1e-15)
    // 3 × 1 triangle over 3 + 1 + 1 + 0 connected triples.
    #expect(abs(census.transitivity - 3.0 / 5.0) < 1e-15)
}

@Test func completeGraphOnFourNodesHasFourTriangles() {
    let census = TriangleCensus(graph: GraphFixtures.undirectedCSR(5, GraphFixtures.k4WithPendant))
    #expect(census.total == 4)
    #expect(census.perNode == [3, 3, 3, 3, 0])
}

@Test func directedEdgesCountOnTheUndirectedView() {
    // A directed cycle and its reverse edge 0 → 2 both give the one undirected triangle.
    let census = TriangleCensus(graph: GraphFixtures.directedCSR(3, GraphFixtures.directedCycle + [(0, 2)]))
    #expect(census.total == 1)
}

@Test func largeGraphSplitsWorkWithoutChangingCounts() {
    // A 3000-node "ladder of triangles" spans several parallel chunks: node i is joined to
    // i+1 and i+2, giving one triangle per consecutive triple.
    let n = 3000
    var edges: [(Int, Int)] = []
    for i in 0..<n - 1 { edges.append((i, i + 1)) }
    for i in 0..<n - 2 { edges.append((i, i + 2)) }
    let census = TriangleCensus(graph: GraphFixtures.undirectedCSR(n, edges))
    #expect(census.total == n - 2)
    #expect(census.perNode[1500] == 3)
}

@Test func parallelCountMatchesANaiveCountOnRandomGraphs() {
    for seed: UInt64 in 1...4 {
        var stream = RandomStream(seed: seed, purpose: .graph)
        let n = 2500
        var edges: [(Int, Int)] = []
        for _ in 0..<20_000 {
            let u = stream.nextIndex(below: n)
            let v = stream.nextIndex(below: 60) == 0 ? stream.nextIndex(below: 40) : stream.nextIndex(below: n)
            if u != v { edges.append((u, v)) }
        }
        let graph = GraphFixtures.undirected(n, edges)
        let census = TriangleCensus(graph: CSRGraph(followGraph: graph))
        var naive = [Int](repeating: 0, count: n)
        for u in 0..<n {
            let mine = Set(graph.followees[u])
            for v in graph.followees[u] {
                naive[u] += graph.followees[Int(v)].filter { mine.contains($0) }.count
            }
            naive[u] /= 2
        }
        #expect(census.perNode == naive)
        #expect(census.total == naive.reduce(0, +) / 3)
    }
}
