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
    /// `graph.final.friendship_paradox.followees.followers.weak_fraction`. Lists (PageRank top,
    /// distance histogram), the direction flag, the sample seed and undefined (null) values are
    /// left out. Complexity: one trace pass plus `GraphStatistics.compute`.
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
        let statistics = GraphStatistics.compute(graph: graph, directed: true, seed: seed, sampleSize: sampleSize)
        return metrics(of: statistics, prefix: "graph.final")
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
        let graph = pass.finalGraphStatistics.map { metrics(of: $0, prefix: "graph.final") } ?? []
        return (pass.runMetrics ?? RunMetrics(scalars: [], timeseries: []))
            .merged(with: pass.report.metrics)
            .merged(with: RunMetrics(scalars: graph, timeseries: []))
    }

    /// The scalar numbers of `statistics`' JSON form as dotted metric names under `prefix`.
    public static func metrics(of statistics: GraphStatistics, prefix: String) -> [MetricValue] {
        guard let data = try? JSONEncoder().encode(statistics),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [] }
        var values: [MetricValue] = []
        flatten(object, prefix: prefix, into: &values)
        return values
    }

    private static let skippedKeys: Set<String> = ["directed", "seed", "degree"]

    private static func flatten(_ object: [String: Any], prefix: String, into values: inout [MetricValue]) {
        for key in object.keys.sorted() where !skippedKeys.contains(key) {
            let name = prefix + "." + key
            switch object[key] {
            case let nested as [String: Any]:
                flatten(nested, prefix: name, into: &values)
            case let number as NSNumber:
                let value = number.doubleValue
                if value.isFinite { values.append(MetricValue(name: name, value: value)) }
            default:
                continue  // lists, text and null
            }
        }
    }
}
