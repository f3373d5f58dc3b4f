import AgoraAnalysis
import AgoraCore

/// The one list of scalar metric names the engine can store for a run, used to refuse unknown
/// metric names in sweep files and `agora compare --metric` before anything runs.
///
/// The list is derived from the analysis code itself rather than written out by hand:
/// - the names `RunMetricsAccumulator` reports (finishing an empty accumulator yields every name,
///   with zeros);
/// - `ExposureMetricsAccumulator.metricNames`;
/// - `ReportAnalysis.metricNames()` (retention, engagement, cascades, friendship paradox over
///   time, polarization);
/// - the `graph.final.*` names `TraceAnalysis.metrics(of:prefix:)` gives the statistics of a small
///   fixed follow graph on which every statistic is defined.
/// An accumulator added to the trace analysis adds its names here, in this one place.
///
/// A name on this list may still be absent from a given run (a statistic undefined for that
/// graph); sweeps then show the metric as missing for that run instead of inventing a value.
public enum MetricNameCatalog {
    /// Every known scalar metric name, sorted.
    public static let scalarNames: [String] = {
        let activity = RunMetricsAccumulator(agentCount: 0, horizon: .day).finish().scalars.map(\.name)
        let statistics = GraphStatistics.compute(graph: sampleGraph(), directed: true, seed: 1, sampleSize: 8)
        let graph = TraceAnalysis.metrics(of: statistics, prefix: "graph.final").map(\.name)
        return Array(Set(activity + ExposureMetricsAccumulator.metricNames + graph + ReportAnalysis.metricNames())).sorted()
    }()

    /// 24 agents on a ring with chords and some mutual follows: connected, with triangles,
    /// reciprocity, degree variance and cycles, so no statistic is undefined.
    static func sampleGraph() -> FollowGraph {
        let n = 24
        var graph = FollowGraph(nodeCount: n)
        for i in 0..<n {
            for step in [1, 2, 5] where (i * step) % 3 != 2 {
                _ = graph.follow(AgentID(i), AgentID((i + step) % n))
            }
            if i % 4 == 0 { _ = graph.follow(AgentID((i + 1) % n), AgentID(i)) }
            if i % 6 == 0 { _ = graph.follow(AgentID(i), AgentID(0)) }
        }
        return graph
    }
}
