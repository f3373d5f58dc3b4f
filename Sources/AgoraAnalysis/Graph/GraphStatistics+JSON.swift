/// The stable JSON form of the statistics (keys in `docs/graph-statistics.md`). Keys that apply
/// to the graph's direction are always present; a value that is undefined (e.g. assortativity of
/// a regular graph) is `null`, never omitted.
extension GraphStatistics: Codable {
    enum Key: String, CodingKey {
        case directed, nodes, edges, density, triangles
        case averageClustering = "average_clustering"
        case transitivity
        case degreeGini = "degree_gini"
        case kcoreMax = "kcore_max"
        case pagerankTop = "pagerank_top"
        case powerlaw
        case diameterEstimate = "diameter_estimate"
        case effectiveDiameter90 = "effective_diameter_90"
        case bfsSampleSize = "bfs_sample_size"
        case seed
        case distanceHistogram = "distance_histogram"
        case assortativity, components, reciprocity
        case weakComponents = "weak_components"
        case strongComponents = "strong_components"
        case largestSCC = "largest_scc"
        case friendshipParadox = "friendship_paradox"
    }

    enum PowerLawKey: String, CodingKey {
        case alpha, xmin, ks
        case tailSize = "tail_size"
        case degree
    }

    /// Writes the JSON object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(directed, forKey: .directed)
        try container.encode(nodes, forKey: .nodes)
        try container.encode(edges, forKey: .edges)
        try container.encode(density, forKey: .density)
        try container.encode(triangles, forKey: .triangles)
        try container.encode(averageClustering, forKey: .averageClustering)
        try container.encode(transitivity, forKey: .transitivity)
        try container.encode(degreeGini, forKey: .degreeGini)
        try container.encode(kcoreMax, forKey: .kcoreMax)
        try container.encode(pagerankTop, forKey: .pagerankTop)
        if let powerlaw {
            var fit = container.nestedContainer(keyedBy: PowerLawKey.self, forKey: .powerlaw)
            try fit.encode(powerlaw.alpha, forKey: .alpha)
            try fit.encode(powerlaw.xmin, forKey: .xmin)
            try fit.encode(powerlaw.ks, forKey: .ks)
            try fit.encode(powerlaw.tailSize, forKey: .tailSize)
            try fit.encode(powerlawDegree, forKey: .degree)
        } else {
            try container.encodeNil(forKey: .powerlaw)
        }
        try container.encode(distances.diameterEstimate, forKey: .diameterEstimate)
        try container.encode(distances.effectiveDiameter90, forKey: .effectiveDiameter90)
        try container.encode(distances.sources, forKey: .bfsSampleSize)
        try container.encode(distances.seed, forKey: .seed)
        try container.encode(distances.histogram, forKey: .distanceHistogram)
        try encodeOrNull(assortativity, .assortativity, in: &container)
        if directed {
            try encodeOrNull(reciprocity, .reciprocity, in: &container)
            try encodeOrNull(weakComponents, .weakComponents, in: &container)
            try encodeOrNull(strongComponents, .strongComponents, in: &container)
            try encodeOrNull(largestSCC, .largestSCC, in: &container)
            try encodeOrNull(directedParadox, .friendshipParadox, in: &container)
        } else {
            try encodeOrNull(components, .components, in: &container)
            try encodeOrNull(undirectedParadox, .friendshipParadox, in: &container)
        }
    }

    private func encodeOrNull<T: Encodable>(_ value: T?, _ key: Key, in container: inout KeyedEncodingContainer<Key>) throws {
        if let value { try container.encode(value, forKey: key) } else { try container.encodeNil(forKey: key) }
    }

    /// Reads the JSON object written by `encode(to:)`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let directed = try container.decode(Bool.self, forKey: .directed)
        var powerlaw: PowerLawFit? = nil
        var powerlawDegree = directed ? "in_degree" : "degree"
        if try !container.decodeNil(forKey: .powerlaw) {
            let fit = try container.nestedContainer(keyedBy: PowerLawKey.self, forKey: .powerlaw)
            powerlaw = PowerLawFit(
                alpha: try fit.decode(Double.self, forKey: .alpha), xmin: try fit.decode(Int.self, forKey: .xmin),
                ks: try fit.decode(Double.self, forKey: .ks), tailSize: try fit.decode(Int.self, forKey: .tailSize)
            )
            powerlawDegree = try fit.decode(String.self, forKey: .degree)
        }
        self.init(
            directed: directed,
            nodes: try container.decode(Int.self, forKey: .nodes),
            edges: try container.decode(Int.self, forKey: .edges),
            density: try container.decode(Double.self, forKey: .density),
            triangles: try container.decode(Int.self, forKey: .triangles),
            averageClustering: try container.decode(Double.self, forKey: .averageClustering),
            transitivity: try container.decode(Double.self, forKey: .transitivity),
            degreeGini: try container.decode(Double.self, forKey: .degreeGini),
            kcoreMax: try container.decode(Int.self, forKey: .kcoreMax),
            pagerankTop: try container.decode([RankedNode].self, forKey: .pagerankTop),
            powerlaw: powerlaw, powerlawDegree: powerlawDegree,
            distances: DistanceSample(
                sources: try container.decode(Int.self, forKey: .bfsSampleSize),
                seed: try container.decode(UInt64.self, forKey: .seed),
                histogram: try container.decode([Int].self, forKey: .distanceHistogram)
            ),
            assortativity: try container.decodeIfPresent(Double.self, forKey: .assortativity)
        )
        if directed {
            reciprocity = try container.decodeIfPresent(Double.self, forKey: .reciprocity)
            weakComponents = try container.decodeIfPresent(Int.self, forKey: .weakComponents)
            strongComponents = try container.decodeIfPresent(Int.self, forKey: .strongComponents)
            largestSCC = try container.decodeIfPresent(Int.self, forKey: .largestSCC)
            directedParadox = try container.decodeIfPresent(FriendshipParadox.Directed.self, forKey: .friendshipParadox)
        } else {
            components = try container.decodeIfPresent(Int.self, forKey: .components)
            undirectedParadox = try container.decodeIfPresent(FriendshipParadox.Undirected.self, forKey: .friendshipParadox)
        }
    }
}
