import AgoraCore

extension ConfigSchema {
    /// `graph`: the initial follow graph, either generated (`kind` and the generator's parameters)
    /// or loaded from an edge list (`file`, `directed`, `string_ids`).
    ///
    /// Parameters are optional in the schema: `GraphRules` refuses the ones that do not belong to
    /// the chosen kind and fills in the kind's defaults, so the resolved config (and its hash)
    /// holds exactly the parameters that shape the graph.
    static let graphKeys: [ConfigKey] = [
        ConfigKey(
            "kind", .choice(GraphGenerator.names), .optional,
            "Generator of the initial follow graph (barabasi_albert when neither kind nor file is given); see docs/graph-generators.md."),
        ConfigKey(
            "file", .text(length: 1...4096), .optional,
            "Edge list of a real network (relative to the world file's folder); agents = nodes unless population.size says more."),
        ConfigKey(
            "directed", .boolean, .optional,
            "Edge list and erdos_renyi*, watts_strogatz, stochastic_block: directed follows (false = mutual follow pairs)."),
        ConfigKey("string_ids", .boolean, .optional, "Edge list: node ids are arbitrary tokens, not integers (default false)."),
        ConfigKey("m", .integer(1...Int.max), .optional, "barabasi_albert (default 10), holme_kim (default 5): ties made by each new node; less than population.size."),
        ConfigKey("reciprocation", .number(.unitInterval), .optional, "barabasi_albert: probability that a followed node follows back (default 0)."),
        ConfigKey("p", .number(.unitInterval), .optional, "erdos_renyi: probability of each possible edge (required)."),
        ConfigKey("edges", .integer(0...Int.max), .optional, "erdos_renyi_edges: exact number of edges (required)."),
        ConfigKey("k", .integer(2...Int.max), .optional, "watts_strogatz: ring-lattice neighbours of each node, even (default 10)."),
        ConfigKey("rewiring", .number(.unitInterval), .optional, "watts_strogatz: probability that each lattice tie is rewired (default 0.1)."),
        ConfigKey("blocks", .integer(1...Int.max), .optional, "stochastic_block: number of equal-size blocks (exactly one of blocks or block_sizes)."),
        ConfigKey(
            "block_sizes", .list(of: .integer(1...Int.max), count: 1...100_000), .optional,
            "stochastic_block: explicit block sizes in agent order, adding up to population.size."),
        ConfigKey("p_in", .number(.unitInterval), .optional, "stochastic_block: edge probability inside a block (required)."),
        ConfigKey("p_out", .number(.unitInterval), .optional, "stochastic_block: edge probability between blocks (required)."),
        ConfigKey(
            "triad_probability", .number(.unitInterval), .optional,
            "holme_kim: probability that each tie after the first closes a triangle (default 0.5)."),
        ConfigKey(
            "exponent", .number(NumberBounds(lower: 1, lowerInclusive: false, upper: 100)), .optional,
            "configuration_model: exponent γ of P(k) ∝ k^−γ (default 2.5)."),
        ConfigKey("min_degree", .integer(1...Int.max), .optional, "configuration_model: smallest degree drawn (default 2)."),
        ConfigKey("max_degree", .integer(1...Int.max), .optional, "configuration_model: largest degree drawn (default population.size − 1)."),
    ]

    /// The parameters each generator takes, with the YAML default filled in when the file leaves
    /// the parameter out (nil: required), in documentation order. `GraphRules` uses it.
    static let graphParametersByKind: [(kind: String, parameters: [(name: String, defaultValue: GraphParameterDefault)])] = [
        ("erdos_renyi", [("p", .required), ("directed", .boolean(true))]),
        ("erdos_renyi_edges", [("edges", .required), ("directed", .boolean(true))]),
        ("barabasi_albert", [("m", .integer(10)), ("reciprocation", .number(0))]),
        ("watts_strogatz", [("k", .integer(10)), ("rewiring", .number(0.1)), ("directed", .boolean(false))]),
        ("stochastic_block", [("blocks", .oneOfBlocks), ("block_sizes", .oneOfBlocks), ("p_in", .required), ("p_out", .required),
                              ("directed", .boolean(false))]),
        ("holme_kim", [("m", .integer(5)), ("triad_probability", .number(0.5))]),
        ("configuration_model", [("exponent", .number(2.5)), ("min_degree", .integer(2)), ("max_degree", .absent)]),
    ]

    /// Keys an edge-list graph takes besides `file`, with their defaults.
    static let graphFileParameters: [(name: String, defaultValue: GraphParameterDefault)] = [
        ("directed", .boolean(false)), ("string_ids", .boolean(false)),
    ]
}

/// What a graph parameter becomes when the world file leaves it out.
enum GraphParameterDefault {
    /// The file must give it.
    case required
    /// Left out of the resolved config (e.g. `max_degree`: population size − 1).
    case absent
    /// Exactly one of `blocks` and `block_sizes` must be given.
    case oneOfBlocks
    /// This whole number.
    case integer(Int)
    /// This real number.
    case number(Double)
    /// This boolean.
    case boolean(Bool)
}
