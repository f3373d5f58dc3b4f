/// A synthetic social-graph model with its parameters: the one entry point the engine calls to
/// build a world's initial follow graph from its config.
///
/// Every generator produces a directed ``FollowGraph`` (`a → b`: `a` follows `b`); "undirected"
/// models store each edge as a mutual follow pair. Every random draw comes from
/// `RandomStream(seed:purpose: .graph, agent:sequence:)` keyed by the node the draw is for, so a
/// seed gives the same graph on any machine. Parameters, defaults and expected degree
/// distributions are documented in `docs/graph-generators.md`; the defaults of the associated
/// values are the documented defaults.
///
/// ```swift
/// let result = try GraphGenerator.barabasiAlbert(m: 10, reciprocation: 0)
///     .generate(nodeCount: 100_000, seed: 42)
/// result.graph.edgeCount   // 10 · 100_000 − 10 (the m+1 founders follow each other)
/// ```
public enum GraphGenerator: Sendable, Equatable {
    /// Erdős–Rényi G(n, p): every possible edge independently with probability `p`. Directed:
    /// each ordered pair; undirected: each unordered pair, stored as a mutual follow.
    /// Cost O(n + m) by geometric skipping.
    case erdosRenyi(p: Double, directed: Bool = true)
    /// Erdős–Rényi G(n, m): exactly `edges` distinct edges drawn uniformly (ordered pairs when
    /// directed; unordered pairs, i.e. `2 · edges` follows, when undirected). Cost O(n + m).
    case erdosRenyiEdges(edges: Int, directed: Bool = true)
    /// Directed Barabási–Albert (the bench reference model): agents `0...m` all follow each other;
    /// each later agent follows `m` distinct earlier agents drawn with probability proportional to
    /// (in-degree + 1); each followed agent follows back with probability `reciprocation`.
    /// Cost O(n · m) expected.
    case barabasiAlbert(m: Int = 10, reciprocation: Double = 0)
    /// Watts–Strogatz small world: a ring lattice where every node is tied to its `k` nearest
    /// neighbours (`k/2` per side), each tie rewired to a uniformly chosen node with probability
    /// `rewiring`. Undirected (mutual follows) as in networkx; directed: each node follows its `k`
    /// nearest and rewires its own follows. Cost O(n · k).
    case wattsStrogatz(k: Int = 10, rewiring: Double = 0.1, directed: Bool = false)
    /// Stochastic block model: nodes split into blocks; an edge inside a block with probability
    /// `pIn`, between blocks with `pOut`. Returns the block of each agent as its community.
    /// Cost O(n · blocks + m).
    case stochasticBlock(blocks: BlockLayout, pIn: Double, pOut: Double, directed: Bool = false)
    /// Holme–Kim power-law cluster graph (networkx `powerlaw_cluster_graph`): preferential
    /// attachment with `m` edges per new node, each edge after the first closing a triangle with
    /// probability `triadProbability`. Undirected. Cost O(n · m) expected.
    case holmeKim(m: Int = 5, triadProbability: Double = 0.5)
    /// Configuration model: degrees drawn from a discrete power law P(k) ∝ k^−`exponent` on
    /// `minDegree...maxDegree` (`nil`: up to n − 1), stubs matched uniformly at random; self-loops
    /// and multi-edges are removed and counted. Undirected. Cost O(n log K + m).
    case configurationModel(exponent: Double = 2.5, minDegree: Int = 2, maxDegree: Int? = nil)

    /// How the nodes of a stochastic block model are split into blocks.
    public enum BlockLayout: Sendable, Equatable {
        /// `count` blocks of equal size (the first `n mod count` blocks get one node more);
        /// follows the population size when it is overridden.
        case equal(count: Int)
        /// Explicit block sizes, in node order; they must add up to the node count.
        case sizes([Int])
    }

    /// The generator's name as written in world configs (`graph.kind`).
    public var name: String {
        switch self {
        case .erdosRenyi: "erdos_renyi"
        case .erdosRenyiEdges: "erdos_renyi_edges"
        case .barabasiAlbert: "barabasi_albert"
        case .wattsStrogatz: "watts_strogatz"
        case .stochasticBlock: "stochastic_block"
        case .holmeKim: "holme_kim"
        case .configurationModel: "configuration_model"
        }
    }

    /// Every generator name accepted in world configs, in documentation order (for did-you-mean
    /// suggestions).
    public static let names = [
        "erdos_renyi", "erdos_renyi_edges", "barabasi_albert", "watts_strogatz",
        "stochastic_block", "holme_kim", "configuration_model",
    ]

    /// Builds the graph for `nodeCount` agents from `seed`.
    ///
    /// - Parameters:
    ///   - nodeCount: number of agents, `1...UInt32.max − 1`.
    ///   - seed: the run seed; together with the parameters it fixes the graph bit for bit.
    /// - Throws: ``GraphGeneratorError`` naming the first parameter that is out of range, before
    ///   any work is done.
    /// - Complexity: see each case; all are linear in nodes + edges up to logarithmic factors.
    public func generate(nodeCount: Int, seed: UInt64) throws(GraphGeneratorError) -> GeneratedGraph {
        try validate(nodeCount: nodeCount)
        switch self {
        case let .erdosRenyi(p, directed):
            return GeneratedGraph(graph: Self.erdosRenyiGraph(nodeCount: nodeCount, p: p, directed: directed, seed: seed))
        case let .erdosRenyiEdges(edges, directed):
            return GeneratedGraph(graph: Self.erdosRenyiEdgesGraph(nodeCount: nodeCount, edges: edges, directed: directed, seed: seed))
        case let .barabasiAlbert(m, reciprocation):
            return GeneratedGraph(graph: Self.barabasiAlbertGraph(nodeCount: nodeCount, m: m, reciprocation: reciprocation, seed: seed))
        case let .wattsStrogatz(k, rewiring, directed):
            return GeneratedGraph(graph: Self.wattsStrogatzGraph(nodeCount: nodeCount, k: k, rewiring: rewiring, directed: directed, seed: seed))
        case let .stochasticBlock(blocks, pIn, pOut, directed):
            let sizes = blocks.sizes(nodeCount: nodeCount)
            return Self.stochasticBlockGraph(sizes: sizes, pIn: pIn, pOut: pOut, directed: directed, seed: seed)
        case let .holmeKim(m, triadProbability):
            return GeneratedGraph(graph: Self.holmeKimGraph(nodeCount: nodeCount, m: m, triadProbability: triadProbability, seed: seed))
        case let .configurationModel(exponent, minDegree, maxDegree):
            return Self.configurationModelGraph(
                nodeCount: nodeCount, exponent: exponent, minDegree: minDegree,
                maxDegree: maxDegree ?? (nodeCount - 1), seed: seed)
        }
    }
}

extension GraphGenerator.BlockLayout {
    /// The size of every block for `nodeCount` nodes (valid layouts only).
    func sizes(nodeCount: Int) -> [Int] {
        switch self {
        case let .sizes(sizes):
            return sizes
        case let .equal(count):
            let base = nodeCount / count
            let extra = nodeCount % count
            return (0..<count).map { $0 < extra ? base + 1 : base }
        }
    }
}
