import AgoraCore
import Foundation

extension TraceAnalysis {
    /// BFS sources of the distance statistics in run metrics: smaller than `agora graph stats`'
    /// default (200) so that the metrics of a 10,000-agent run stay cheap even in a debug build;
    /// `graph.final.bfs_sample_size` records it.
    public static let finalGraphSampleSize = 64

    /// The directed network statistics of the run's follow graph at its end (rebuilt from the
    /// trace by `TraceGraphReplay`), as scalar metrics named `graph.final.<json key path>`, the
    /// keys of `agora graph stats --directed --format json` (docs/graph-statistics.md) joined by
    /// dots, e.g. `graph.final.reciprocity`,
    /// `graph.final.friendship_paradox.followees.followers.weak_fraction`, as declared in
    /// `MetricDefinition+FinalGraph.swift`. Lists (PageRank top, distance histogram), the direction
    /// flag, the sample seed and undefined values are left out. Complexity: one trace pass plus
    /// `GraphStatistics.compute`.
    /// - Throws: `Failure` when the trace cannot be replayed.
    public static func finalGraphMetrics(tracePath path: String, seed: UInt64 = 1,
                                         sampleSize: Int = finalGraphSampleSize) throws(Failure) -> [MetricValue] {
        let replayed: TraceGraphReplay.Result
        do { replayed = try TraceGraphReplay.replay(tracePath: path, at: .end) } catch {
            throw Failure(description: error.description)
        }
        return finalGraphMetrics(of: replayed.graph, seed: seed, sampleSize: sampleSize)
    }

    /// `finalGraphMetrics(tracePath:)` of an already replayed final graph.
    static func finalGraphMetrics(of graph: FollowGraph, seed: UInt64, sampleSize: Int) -> [MetricValue] {
        finalGraphMetrics(of: GraphStatistics.compute(graph: graph, directed: true, seed: seed, sampleSize: sampleSize))
    }

    /// Every metric stored with a run, from one pass over the trace at `path`: the activity and
    /// exposure metrics of `runMetrics`, the report metrics of `ReportAnalysis.metrics` (which win
    /// where names meet) and the final graph's statistics of `finalGraphMetrics`. Equal to merging
    /// those three, at the cost of one read of the trace instead of three.
    /// - Throws: `Failure` when the file is not a readable trace or a block is corrupted.
    public static func storedMetrics(tracePath path: String, seed: UInt64 = 1,
                                     sampleSize: Int = finalGraphSampleSize) throws(Failure) -> RunMetrics {
        let pass = try TraceMetricsPass.run(tracePath: path, options: ReportAnalysis.Options(), withRunMetrics: true,
                                            quoteTexts: false, finalGraphStatistics: .init(seed: seed, sampleSize: sampleSize))
        let graph = pass.finalGraphStatistics.map(finalGraphMetrics(of:)) ?? []
        return (pass.runMetrics ?? RunMetrics(scalars: [], timeseries: []))
            .merged(with: pass.report.metrics)
            .merged(with: RunMetrics(scalars: graph, timeseries: []))
    }

    /// The `graph.final.*` metrics of directed statistics: each declared one
    /// (`MetricDefinition+FinalGraph.swift`) whose key path in the statistics' JSON form
    /// (`agora graph stats --format json`) holds a finite number. The values are read back from
    /// that JSON, as they always were: Foundation's parser can round a double's last bit, and
    /// stored values never change.
    public static func finalGraphMetrics(of statistics: GraphStatistics) -> [MetricValue] {
        guard let data = try? JSONEncoder().encode(statistics),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [] }
        return MetricCatalog.finalGraphMetrics.compactMap { metric in
            var node: Any? = object
            for key in metric.name.dropFirst(MetricDefinition.finalGraphPrefix.count).split(separator: ".") {
                node = (node as? [String: Any])?[String(key)]
            }
            guard let number = node as? NSNumber, number.doubleValue.isFinite else { return nil }
            return MetricValue(metric, value: number.doubleValue)
        }
    }
}
