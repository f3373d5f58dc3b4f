/// The `graph.final.*` metrics: the directed network statistics of the follow graph at the end of
/// a run (`GraphStatistics`, keys of `agora graph stats --directed --format json`).
extension MetricDefinition {
    /// `graph.final.friendship_paradox.<set>.<attr>.<kind>_fraction`: the final graph's directed
    /// friendship paradox (degree attributes only).
    public static func finalGraphParadox(_ set: ParadoxNeighbours, _ attribute: ParadoxAttribute,
                                         _ strength: ParadoxStrength) -> MetricDefinition {
        MetricDefinition(
            "\(finalGraphPrefix)friendship_paradox.\(set.rawValue).\(attribute.rawValue).\(strength.rawValue)_fraction",
            .share, .finalGraph, .scalar, .whenDefined, summary: finalGraphSummary,
            definition: "`friendship_paradox.S.A.weak_fraction` / `…strong_fraction` of docs/graph-statistics.md: share "
                + "of the agents with a non-empty neighbour set `<set>` whose own `<attr>` is below the mean (weak) or "
                + "median (strong) over that set")
    }

    /// `graph.final.friendship_paradox.<set>.<attr>.users`: the denominator of those fractions.
    public static func finalGraphParadoxUsers(_ set: ParadoxNeighbours, _ attribute: ParadoxAttribute) -> MetricDefinition {
        MetricDefinition(
            "\(finalGraphPrefix)friendship_paradox.\(set.rawValue).\(attribute.rawValue).users", .count, .finalGraph,
            summary: finalGraphSummary,
            definition: "agents with a non-empty neighbour set `<set>` (the denominator of the fractions)")
    }

    /// The one-line definition reports give every `graph.final.*` metric.
    static let finalGraphSummary = "graph metric (see docs/metrics.md)"

    /// What precedes a `graph.final.*` metric's key path in the statistics' JSON form.
    static let finalGraphPrefix = "graph.final."
}

extension MetricCatalog {
    private static func finalGraph(_ key: String, _ unit: MetricDefinition.Unit, _ definition: String,
                                   whenDefined: Bool = false) -> MetricDefinition {
        MetricDefinition(MetricDefinition.finalGraphPrefix + key, unit, .finalGraph, .scalar,
                         whenDefined ? .whenDefined : .always, summary: MetricDefinition.finalGraphSummary,
                         definition: definition)
    }

    /// The plain `graph.final.*` metrics, in docs/graph-statistics.md order.
    static let finalGraphPlainMetrics: [MetricDefinition] = [
        finalGraph("nodes", .count, "agents (initial population plus arrivals)"),
        finalGraph("edges", .count, "follow relations"),
        finalGraph("density", .share, "m / (n(n−1)); 0 for n ≤ 1"),
        finalGraph("triangles", .count, "triangles of the undirected view"),
        finalGraph("average_clustering", .share, "mean local clustering of the undirected view"),
        finalGraph("transitivity", .share, "3 × triangles / connected triples of the undirected view"),
        finalGraph("degree_gini", .index, "Gini index of in-degrees, all agents"),
        finalGraph("kcore_max", .count, "largest core number of the undirected view"),
        finalGraph("powerlaw.alpha", .exponent, "exponent of the discrete power-law fit of in-degrees (absent when no fit)",
                   whenDefined: true),
        finalGraph("powerlaw.xmin", .count, "smallest in-degree of the fitted tail", whenDefined: true),
        finalGraph("powerlaw.ks", .index, "Kolmogorov–Smirnov distance of the fit", whenDefined: true),
        finalGraph("powerlaw.tail_size", .count, "agents in the fitted tail", whenDefined: true),
        finalGraph("diameter_estimate", .hops, "largest BFS distance seen from the sampled sources (a sampled estimate)"),
        finalGraph("effective_diameter_90", .hops, "interpolated 90 % quantile of sampled pair distances (a sampled estimate)"),
        finalGraph("bfs_sample_size", .count, "BFS sources of the distance statistics (`TraceAnalysis.finalGraphSampleSize`)"),
        finalGraph("assortativity", .correlation, "out-degree of u against in-degree of v over follows u → v (absent for "
            + "zero variance)", whenDefined: true),
        finalGraph("reciprocity", .share, "share of follows that are reciprocated (absent without edges)", whenDefined: true),
        finalGraph("weak_components", .count, "weakly connected components"),
        finalGraph("strong_components", .count, "strongly connected components"),
        finalGraph("largest_scc", .count, "size of the largest strongly connected component"),
    ]

    /// The final graph's friendship-paradox fractions, one per (set, degree attribute, strength).
    static let finalGraphParadoxFractions: [MetricDefinition] = MetricDefinition.ParadoxNeighbours.allCases.flatMap { set in
        MetricDefinition.ParadoxAttribute.degrees.flatMap { attribute in
            MetricDefinition.ParadoxStrength.allCases.map { MetricDefinition.finalGraphParadox(set, attribute, $0) }
        }
    }

    /// Their denominators, one per (set, degree attribute).
    static let finalGraphParadoxUsers: [MetricDefinition] = MetricDefinition.ParadoxNeighbours.allCases.flatMap { set in
        MetricDefinition.ParadoxAttribute.degrees.map { MetricDefinition.finalGraphParadoxUsers(set, $0) }
    }

    /// Every `graph.final.*` metric: `TraceAnalysis.finalGraphMetrics(of:)` reads each one's value
    /// at its key path in the statistics' JSON form.
    static let finalGraphMetrics = finalGraphPlainMetrics + finalGraphParadoxFractions + finalGraphParadoxUsers

    private static let finalGraphParadoxNote = "`<set>` ∈ \(values(MetricDefinition.ParadoxNeighbours.self)), `<attr>` ∈ "
        + values(MetricDefinition.ParadoxAttribute.self, MetricDefinition.ParadoxAttribute.degrees)

    /// The `graph.final.*` metrics' part of docs/metrics.md.
    static let finalGraphSection = Section(
        "Final graph (`TraceAnalysis.finalGraphMetrics`)",
        introduction: """
            The directed network statistics (`agora graph stats --directed --format json`, definitions in
            [graph-statistics.md](graph-statistics.md)) of the follow graph at the end of the run, rebuilt from
            the trace by `TraceGraphReplay`, named `graph.final.<key>` with `<key>` the JSON key path joined by
            dots. Lists (`pagerank_top`, `distance_histogram`) are left out. The distance statistics use
            \(TraceAnalysis.finalGraphSampleSize) BFS sources seeded by the run seed (`TraceAnalysis.finalGraphSampleSize`,
            smaller than the CLI's 200 to keep runs cheap), so `diameter_estimate` and `effective_diameter_90` are
            sampled estimates.
            """,
        rows: finalGraphPlainMetrics.map(Section.Row.metric) + [
            .family(MetricFamily("graph.final.friendship_paradox.<set>.<attr>.<kind>_fraction",
                                 parameters: finalGraphParadoxNote + ", `<kind>` ∈ \(values(MetricDefinition.ParadoxStrength.self))",
                                 members: finalGraphParadoxFractions)),
            .family(MetricFamily("graph.final.friendship_paradox.<set>.<attr>.users", parameters: finalGraphParadoxNote,
                                 members: finalGraphParadoxUsers)),
        ])
}
