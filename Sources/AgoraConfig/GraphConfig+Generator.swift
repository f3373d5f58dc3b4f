import AgoraCore

extension GraphConfig {
    /// The generator this section names, with its parameters (the loader has filled in every
    /// default); nil for an edge-list graph or an unknown kind.
    public func generator() -> GraphGenerator? {
        guard file == nil, let kind else { return nil }
        switch kind {
        case "erdos_renyi":
            return p.map { .erdosRenyi(p: $0, directed: directed ?? true) }
        case "erdos_renyi_edges":
            return edges.map { .erdosRenyiEdges(edges: $0, directed: directed ?? true) }
        case "barabasi_albert":
            return .barabasiAlbert(m: m ?? 10, reciprocation: reciprocation ?? 0)
        case "watts_strogatz":
            return .wattsStrogatz(k: k ?? 10, rewiring: rewiring ?? 0.1, directed: directed ?? false)
        case "stochastic_block":
            guard let pIn, let pOut else { return nil }
            let layout: GraphGenerator.BlockLayout
            if let blockSizes { layout = .sizes(blockSizes) } else if let blocks { layout = .equal(count: blocks) } else { return nil }
            return .stochasticBlock(blocks: layout, pIn: pIn, pOut: pOut, directed: directed ?? false)
        case "holme_kim":
            return .holmeKim(m: m ?? 5, triadProbability: triadProbability ?? 0.5)
        case "configuration_model":
            return .configurationModel(exponent: exponent ?? 2.5, minDegree: minDegree ?? 2, maxDegree: maxDegree)
        default:
            return nil
        }
    }
}
