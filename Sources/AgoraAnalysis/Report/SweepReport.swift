import AgoraCore
import Foundation

/// The report of a sweep (`agora sweep report SWEEP_ID`): for every point and metric the mean,
/// standard deviation and 95% t confidence interval over the replicates that completed; as JSON,
/// Markdown, and self-contained HTML with metric-vs-axis charts (heat maps for two axes).
///
/// Computed from plain values (`PointValues`), so it needs no catalog: AgoraEngine reads the sweep's
/// results from the catalog and writes the files.
public struct SweepReport: Sendable, Codable {
    /// What a point's statistics are computed from: its axis values and each metric's values over
    /// the replicates that completed.
    public struct PointValues: Sendable {
        /// Point index.
        public var index: Int
        /// Axis values, in axis order.
        public var values: [String]
        /// Replicates planned.
        public var replicates: Int
        /// Replicates with a completed run.
        public var completed: Int
        /// Per metric name, its values over the completed replicates (in replicate order).
        public var metricValues: [String: [Double]]

        /// Creates a point's values.
        public init(index: Int, values: [String], replicates: Int, completed: Int, metricValues: [String: [Double]]) {
            self.index = index
            self.values = values
            self.replicates = replicates
            self.completed = completed
            self.metricValues = metricValues
        }
    }

    /// One point's statistics.
    public struct Point: Sendable, Codable, Equatable {
        /// Point index.
        public var index: Int
        /// Axis values, in axis order.
        public var values: [String]
        /// Replicates planned.
        public var replicates: Int
        /// Replicates with a completed run.
        public var completed: Int
        /// Statistics per metric name (metrics without any value are left out).
        public var metrics: [String: SummaryStatistics]
    }

    /// The sweep id.
    public var sweepID: String
    /// The sweep name.
    public var name: String
    /// The axis key paths.
    public var axes: [String]
    /// The metrics reported, in order.
    public var metricNames: [String]
    /// Runs planned / completed.
    public var plannedRuns: Int
    /// Runs with results.
    public var completedRuns: Int
    /// The points.
    public var points: [Point]

    enum CodingKeys: String, CodingKey {
        case sweepID = "sweep_id", name, axes, metricNames = "metrics", plannedRuns = "planned_runs"
        case completedRuns = "completed_runs", points
    }

    /// Computes the report of a sweep from its points' values. O(points × replicates × metrics).
    /// - Parameters:
    ///   - metricNames: the metrics to report, in order (a point without values of one leaves it out).
    ///   - plannedRuns: runs planned over all points; `completedRuns`: those completed.
    public init(sweepID: String, name: String, axes: [String], metricNames: [String], plannedRuns: Int,
                completedRuns: Int, points: [PointValues]) {
        self.sweepID = sweepID
        self.name = name
        self.axes = axes
        self.metricNames = metricNames
        self.plannedRuns = plannedRuns
        self.completedRuns = completedRuns
        self.points = points.map { point in
            var metrics: [String: SummaryStatistics] = [:]
            for name in metricNames {
                if let values = point.metricValues[name], !values.isEmpty { metrics[name] = SummaryStatistics(values) }
            }
            return Point(index: point.index, values: point.values, replicates: point.replicates,
                         completed: point.completed, metrics: metrics)
        }
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }

    /// The report as Markdown: one table per metric, a row per point.
    public func markdown() -> String {
        let inline = TextEscaping.markdownInline
        var text = "# Sweep \(inline(name)) (`\(inline(sweepID))`)\n\n"
        text += "\(points.count) points, \(completedRuns) of \(plannedRuns) runs completed. "
        text += "Mean, standard deviation and 95% confidence interval (t distribution) over the replicates.\n"
        for metric in metricNames {
            text += "\n## `\(metric)`\n\n| " + (axes.map(inline) + ["n", "mean", "sd", "95% CI"]).joined(separator: " | ") + " |\n"
            text += "|" + String(repeating: "---|", count: axes.count + 4) + "\n"
            for point in points {
                text += "| " + (point.values.map(inline) + Self.cells(point, metric)).joined(separator: " | ") + " |\n"
            }
        }
        return text
    }

    /// The statistics columns of a table row: n, mean, sd and the 95% interval of `metric` at
    /// `point` (`0` and dashes when it has no value).
    static func cells(_ point: Point, _ metric: String) -> [String] {
        guard let s = point.metrics[metric] else { return ["0", "–", "–", "–"] }
        return ["\(s.count)", number(s.mean), number(s.standardDeviation), interval(s)]
    }

    /// A value with up to 6 significant digits.
    static func number(_ value: Double) -> String { String(format: "%.6g", value) }

    /// `[low, high]`, or `–` with fewer than 2 values.
    static func interval(_ s: SummaryStatistics) -> String {
        guard let lower = s.lower, let upper = s.upper else { return "–" }
        return "[\(number(lower)), \(number(upper))]"
    }
}
