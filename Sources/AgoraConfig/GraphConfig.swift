import AgoraCore

/// `graph`: the initial follow graph — a generator with its parameters, or an edge-list file.
///
/// After resolution exactly one of `kind` and `file` is set, and only the parameters of that
/// choice are present (with their defaults filled in), so the config hash covers exactly what
/// shapes the graph. `file` keeps the path as written in the world file (relative to its folder),
/// never a machine path.
public struct GraphConfig: Codable, Equatable, Sendable {
    /// Generator name (one of `GraphGenerator.names`), nil for an edge-list graph.
    public var kind: String?
    /// Edge-list path as written (relative paths resolve against the world file's folder).
    public var file: String?
    /// Directed follows (edge lists and the generators that have both forms).
    public var directed: Bool?
    /// Edge list: node ids are arbitrary tokens.
    public var stringIDs: Bool?
    /// barabasi_albert, holme_kim: ties made by each new node.
    public var m: Int?
    /// barabasi_albert: follow-back probability.
    public var reciprocation: Double?
    /// erdos_renyi: edge probability.
    public var p: Double?
    /// erdos_renyi_edges: exact edge count.
    public var edges: Int?
    /// watts_strogatz: lattice neighbours.
    public var k: Int?
    /// watts_strogatz: rewiring probability.
    public var rewiring: Double?
    /// stochastic_block: number of equal blocks.
    public var blocks: Int?
    /// stochastic_block: explicit block sizes.
    public var blockSizes: [Int]?
    /// stochastic_block: edge probability inside a block.
    public var pIn: Double?
    /// stochastic_block: edge probability between blocks.
    public var pOut: Double?
    /// holme_kim: triangle-closing probability.
    public var triadProbability: Double?
    /// configuration_model: power-law exponent.
    public var exponent: Double?
    /// configuration_model: smallest degree.
    public var minDegree: Int?
    /// configuration_model: largest degree (nil: population size − 1).
    public var maxDegree: Int?

    enum CodingKeys: String, CodingKey {
        case kind, file, directed, m, reciprocation, p, edges, k, rewiring, blocks, exponent
        case stringIDs = "string_ids"
        case blockSizes = "block_sizes"
        case pIn = "p_in"
        case pOut = "p_out"
        case triadProbability = "triad_probability"
        case minDegree = "min_degree"
        case maxDegree = "max_degree"
    }

    /// A generated graph of `kind`; set its parameters on the result.
    public init(kind: String) { self.kind = kind }

    /// A Barabási–Albert graph with `m` follows per new node and no reciprocation.
    public init(kind: String, m: Int) {
        self.kind = kind
        self.m = m
        if kind == "barabasi_albert" { reciprocation = 0 }
    }

    /// An edge-list graph.
    public init(file: String, directed: Bool, stringIDs: Bool = false) {
        self.file = file
        self.directed = directed
        self.stringIDs = stringIDs
    }
}
