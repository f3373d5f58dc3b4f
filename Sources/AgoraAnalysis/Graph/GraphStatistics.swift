import AgoraCore
import Dispatch

/// The network statistics of a follow graph that `agora graph stats` prints and run reports
/// embed. Every field matches a networkx definition (see `docs/graph-statistics.md`, which lists
/// each JSON key, its definition, the networkx function and the cross-check tolerance).
///
/// "Undirected" statistics treat the graph as its undirected view (an edge wherever either
/// follow exists, networkx's `G.to_undirected()`). Self-loops and duplicate edges never exist in
/// a `FollowGraph`, so they are already dropped.
public struct GraphStatistics: Sendable, Equatable {
    /// A node in the PageRank ranking.
    public struct RankedNode: Sendable, Equatable, Codable {
        /// The node's original id (from the edge-list file, or the agent index).
        public let id: String
        /// Its PageRank score.
        public let score: Double
    }

    /// Whether directed statistics were computed.
    public var directed: Bool
    /// Number of nodes.
    public var nodes: Int
    /// Edges: follow relations when directed, edges of the undirected view otherwise.
    public var edges: Int
    /// m / (n(n−1)) directed, 2m / (n(n−1)) undirected (`nx.density`).
    public var density: Double
    /// Triangles of the undirected view.
    public var triangles: Int
    /// `nx.average_clustering` of the undirected view.
    public var averageClustering: Double
    /// `nx.transitivity` of the undirected view.
    public var transitivity: Double
    /// Gini of total degree (undirected) or in-degree (directed), zeros included.
    public var degreeGini: Double
    /// Largest core number of the undirected view (`max(nx.core_number(G.to_undirected()))`).
    public var kcoreMax: Int
    /// The ten highest PageRank scores (α = 0.85), best first.
    public var pagerankTop: [RankedNode]
    /// Power-law fit of the degree (undirected) or in-degree (directed) distribution.
    public var powerlaw: PowerLawFit?
    /// Which degree `powerlaw` fits: "degree" or "in_degree".
    public var powerlawDegree: String
    /// The sampled distance statistics of the undirected view.
    public var distances: DistanceSample
    /// Degree assortativity (nil where networkx gives NaN).
    public var assortativity: Double?
    /// Undirected only: connected components.
    public var components: Int?
    /// Directed only: `nx.overall_reciprocity`.
    public var reciprocity: Double?
    /// Directed only: weakly connected components.
    public var weakComponents: Int?
    /// Directed only: strongly connected components.
    public var strongComponents: Int?
    /// Directed only: size of the largest strongly connected component.
    public var largestSCC: Int?
    /// Undirected only: the friendship paradox on degrees.
    public var undirectedParadox: FriendshipParadox.Undirected?
    /// Directed only: the four follower/followee friendship paradoxes.
    public var directedParadox: FriendshipParadox.Directed?

    /// Computes every statistic.
    ///
    /// - Parameters:
    ///   - graph: the follow graph (for an undirected network, mutual follow pairs).
    ///   - directed: compute the directed set (`u → v` = u follows v) or the undirected one.
    ///   - originalIDs: the name of each agent in the output (`nil`, or too short: the agent index).
    ///   - seed: seed of the BFS source sample.
    ///   - sampleSize: number of BFS sources for the diameters (≥ node count: exact).
    /// - Complexity: O(E·√E) for triangles, O(sampleSize · (V + E)) for distances, O(V + E) per
    ///   PageRank iteration, linear for the rest.
    public static func compute(
        graph: FollowGraph, directed: Bool, originalIDs: [String]? = nil, seed: UInt64, sampleSize: Int
    ) -> GraphStatistics {
        compute(csr: CSRGraph(followGraph: graph), directed: directed, originalIDs: originalIDs, seed: seed, sampleSize: sampleSize)
    }

    /// Computes every statistic of a loaded edge-list file, directed as it was read.
    public static func compute(loaded: LoadedGraph, seed: UInt64, sampleSize: Int) -> GraphStatistics {
        compute(graph: loaded.graph, directed: loaded.directed, originalIDs: loaded.originalIDs, seed: seed, sampleSize: sampleSize)
    }

    /// Computes every statistic from an already built CSR graph.
    public static func compute(
        csr: CSRGraph, directed: Bool, originalIDs: [String]? = nil, seed: UInt64, sampleSize: Int
    ) -> GraphStatistics {
        let n = csr.nodeCount
        let edges = directed ? csr.arcCount : csr.undirectedEdgeCount
        let pairs = Double(n) * Double(n - 1)
        let density = n <= 1 ? 0 : Double(directed ? edges : 2 * edges) / pairs
        let fittedDegree = (0..<n).map { directed ? csr.inDegree($0) : csr.undirectedDegree($0) }
        let serial = SerialParts(csr: csr, directed: directed, fittedDegree: fittedDegree)
        let triangles = TriangleCensus(graph: csr)
        let scores = PageRank.scores(of: csr, undirected: !directed)
        let top = PageRank.top(10, of: scores).map { node in
            RankedNode(id: originalIDs.flatMap { node < $0.count ? $0[node] : nil } ?? String(node), score: scores[node])
        }
        var statistics = GraphStatistics(
            directed: directed, nodes: n, edges: edges, density: density,
            triangles: triangles.total, averageClustering: triangles.averageClustering,
            transitivity: triangles.transitivity,
            degreeGini: DegreeCorrelation.gini(fittedDegree),
            kcoreMax: serial.kcoreMax,
            pagerankTop: top,
            powerlaw: serial.powerlaw, powerlawDegree: directed ? "in_degree" : "degree",
            distances: DistanceSample(graph: csr, sampleSize: sampleSize, seed: seed),
            assortativity: serial.assortativity
        )
        let components = serial.components
        if directed {
            let undirectedEdges = csr.undirectedEdgeCount
            statistics.reciprocity = edges == 0 ? nil : Double(2 * (edges - undirectedEdges)) / Double(edges)
            statistics.weakComponents = components.weakComponents
            statistics.strongComponents = components.strongComponents
            statistics.largestSCC = components.largestStrongComponent
            statistics.directedParadox = serial.directedParadox
        } else {
            statistics.components = components.weakComponents
            statistics.undirectedParadox = serial.undirectedParadox
        }
        return statistics
    }

    /// Creates statistics from their parts (the direction-specific ones start empty).
    public init(
        directed: Bool, nodes: Int, edges: Int, density: Double, triangles: Int,
        averageClustering: Double, transitivity: Double, degreeGini: Double, kcoreMax: Int,
        pagerankTop: [RankedNode], powerlaw: PowerLawFit?, powerlawDegree: String,
        distances: DistanceSample, assortativity: Double?
    ) {
        self.directed = directed
        self.nodes = nodes
        self.edges = edges
        self.density = density
        self.triangles = triangles
        self.averageClustering = averageClustering
        self.transitivity = transitivity
        self.degreeGini = degreeGini
        self.kcoreMax = kcoreMax
        self.pagerankTop = pagerankTop
        self.powerlaw = powerlaw
        self.powerlawDegree = powerlawDegree
        self.distances = distances
        self.assortativity = assortativity
    }
}

/// The statistics whose algorithms are sequential, computed side by side: each task writes
/// only its own field, and each result depends only on the graph, so running them concurrently
/// changes nothing but the wall time.
private struct SerialParts {
    var kcoreMax = 0
    var components = ComponentCensus.empty
    var assortativity: Double?
    var powerlaw: PowerLawFit?
    var undirectedParadox: FriendshipParadox.Undirected?
    var directedParadox: FriendshipParadox.Directed?

    init(csr: CSRGraph, directed: Bool, fittedDegree: [Int]) {
        withUnsafeMutablePointer(to: &self) { pointer in
            nonisolated(unsafe) let parts = pointer
            DispatchQueue.concurrentPerform(iterations: 5) { task in
                switch task {
                case 0: parts.pointee.kcoreMax = CoreDecomposition.maxCore(of: csr)
                case 1: parts.pointee.components = ComponentCensus(graph: csr, strong: directed)
                case 2: parts.pointee.assortativity = DegreeCorrelation.assortativity(of: csr, directed: directed)
                case 3: parts.pointee.powerlaw = PowerLawFit.fit(fittedDegree)
                default:
                    if directed {
                        parts.pointee.directedParadox = FriendshipParadox.directed(csr)
                    } else {
                        parts.pointee.undirectedParadox = FriendshipParadox.undirected(csr)
                    }
                }
            }
        }
    }
}
