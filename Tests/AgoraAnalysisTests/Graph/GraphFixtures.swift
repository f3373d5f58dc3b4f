import AgoraCore
@testable import AgoraAnalysis

/// Small hand-checkable graphs for the statistics tests.
enum GraphFixtures {
    /// A follow graph with the given directed edges.
    static func directed(_ nodeCount: Int, _ edges: [(Int, Int)]) -> FollowGraph {
        var graph = FollowGraph(nodeCount: nodeCount)
        for (u, v) in edges { graph.follow(AgentID(u), AgentID(v)) }
        return graph
    }

    /// A follow graph with every edge as a mutual pair.
    static func undirected(_ nodeCount: Int, _ edges: [(Int, Int)]) -> FollowGraph {
        directed(nodeCount, edges + edges.map { ($0.1, $0.0) })
    }

    /// The CSR form of `undirected(_:_:)`.
    static func undirectedCSR(_ nodeCount: Int, _ edges: [(Int, Int)]) -> CSRGraph {
        CSRGraph(followGraph: undirected(nodeCount, edges))
    }

    /// The CSR form of `directed(_:_:)`.
    static func directedCSR(_ nodeCount: Int, _ edges: [(Int, Int)]) -> CSRGraph {
        CSRGraph(followGraph: directed(nodeCount, edges))
    }

    static let triangle = [(0, 1), (1, 2), (0, 2)]
    /// Centre 0 with leaves 1, 2, 3.
    static let star = [(0, 1), (0, 2), (0, 3)]
    static let path4 = [(0, 1), (1, 2), (2, 3)]
    /// A triangle 0-1-2 with a pendant 3 on node 0.
    static let triangleWithPendant = [(0, 1), (1, 2), (0, 2), (0, 3)]
    /// The complete graph on 4 nodes plus a pendant 4 on node 0.
    static let k4WithPendant = [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (0, 4)]
    static let directedCycle = [(0, 1), (1, 2), (2, 0)]
}
