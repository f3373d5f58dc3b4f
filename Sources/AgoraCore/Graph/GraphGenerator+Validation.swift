extension GraphGenerator {
    /// Checks every parameter against `nodeCount` before any random draw.
    /// - Throws: ``GraphGeneratorError`` for the first parameter out of range.
    public func validate(nodeCount n: Int) throws(GraphGeneratorError) {
        guard n >= 1, n < Int(UInt32.max) else {
            throw error("node_count", n, "between 1 and \(UInt32.max - 1)",
                        "Set population.size to a positive number of agents.")
        }
        switch self {
        case let .erdosRenyi(p, _):
            try checkProbability("p", p)
        case let .erdosRenyiEdges(edges, directed):
            let pairs = Self.pairCount(nodeCount: n, directed: directed)
            guard edges >= 0, edges <= pairs else {
                throw error("edges", edges, "between 0 and \(pairs) (the \(directed ? "ordered" : "unordered") pairs of \(n) nodes)",
                            "Lower graph.edges or raise population.size.")
            }
        case let .barabasiAlbert(m, reciprocation):
            guard m >= 1, m < n else {
                throw error("m", m, "between 1 and node_count − 1 = \(n - 1)",
                            "Each new agent follows m earlier ones and the m + 1 founders follow each other: lower graph.m or raise population.size.")
            }
            try checkProbability("reciprocation", reciprocation)
        case let .wattsStrogatz(k, rewiring, _):
            guard k >= 2, k % 2 == 0, k < n else {
                throw error("k", k, "an even number between 2 and node_count − 1 = \(n - 1)",
                            "k counts lattice neighbours on both sides of the ring; use an even k below the number of agents.")
            }
            try checkProbability("rewiring", rewiring)
        case let .stochasticBlock(blocks, pIn, pOut, _):
            try checkBlocks(blocks, nodeCount: n)
            try checkProbability("p_in", pIn)
            try checkProbability("p_out", pOut)
        case let .holmeKim(m, triadProbability):
            guard m >= 1, m < n else {
                throw error("m", m, "between 1 and node_count − 1 = \(n - 1)",
                            "Each new agent attaches to m existing ones: lower graph.m or raise population.size.")
            }
            try checkProbability("triad_probability", triadProbability)
        case let .configurationModel(exponent, minDegree, maxDegree):
            guard exponent.isFinite, exponent > 1 else {
                throw error("exponent", exponent, "a finite number above 1",
                            "Social networks typically have degree exponents between 2 and 3.")
            }
            guard minDegree >= 1, minDegree < n else {
                throw error("min_degree", minDegree, "between 1 and node_count − 1 = \(n - 1)",
                            "Lower graph.min_degree or raise population.size.")
            }
            if let maxDegree {
                guard maxDegree >= minDegree, maxDegree < n else {
                    throw error("max_degree", maxDegree, "between min_degree = \(minDegree) and node_count − 1 = \(n - 1)",
                                "Omit graph.max_degree to allow degrees up to node_count − 1.")
                }
            }
        }
    }

    private func checkProbability(_ parameter: String, _ value: Double) throws(GraphGeneratorError) {
        guard value >= 0, value <= 1 else {
            throw error(parameter, value, "a probability between 0 and 1", "Use a value such as 0.01.")
        }
    }

    private func checkBlocks(_ blocks: BlockLayout, nodeCount n: Int) throws(GraphGeneratorError) {
        switch blocks {
        case let .equal(count):
            guard count >= 1, count <= n else {
                throw error("blocks", count, "a block count between 1 and node_count = \(n)",
                            "Use fewer blocks than agents.")
            }
        case let .sizes(sizes):
            guard !sizes.isEmpty else {
                throw error("block_sizes", "[]", "at least one block", "List the size of each block.")
            }
            if let index = sizes.firstIndex(where: { $0 < 1 }) {
                throw error("block_sizes[\(index)]", sizes[index], "a positive block size",
                            "Remove empty blocks.")
            }
            let total = sizes.reduce(0, +)
            guard total == n else {
                throw error("block_sizes", "\(sizes) (sum \(total))", "sizes adding up to node_count = \(n)",
                            "Make the sizes add up to population.size, or use an equal split (graph.blocks: count).")
            }
        }
    }

    private func error(_ parameter: String, _ value: Any, _ expected: String, _ suggestion: String) -> GraphGeneratorError {
        GraphGeneratorError(generator: name, parameter: parameter, value: "\(value)", expected: expected, suggestion: suggestion)
    }
}
