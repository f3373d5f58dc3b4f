import AgoraAnalysis
import AgoraCore

/// The one list of scalar metric names the engine can store for a run, used to refuse unknown
/// metric names in sweep files and `agora compare --metric` before anything runs.
///
/// The list is derived from the accumulators themselves rather than written out by hand: the
/// names `RunMetricsAccumulator` reports (finishing an empty accumulator yields every name, with
/// zeros) and the published name lists of the other accumulators (`ExposureMetricsAccumulator`).
/// An accumulator added to the trace analysis adds its names here, in this one place.
///
/// A name on this list may still be absent from a given run (an accumulator not wired into the
/// run's analysis yet, or a metric undefined for that world); sweeps then show the metric as
/// missing for that run instead of inventing a value.
public enum MetricNameCatalog {
    /// Every known scalar metric name, sorted.
    public static let scalarNames: [String] = {
        let activity = RunMetricsAccumulator(agentCount: 0, horizon: .day).finish().scalars.map(\.name)
        return Array(Set(activity + ExposureMetricsAccumulator.metricNames)).sorted()
    }()
}
