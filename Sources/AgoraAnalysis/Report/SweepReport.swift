import AgoraCore
import Foundation

/// The report of a sweep (`agora sweep report SWEEP_ID`): for every point and metric the mean,
/// standard deviation and 95% t confidence interval over the replicates that completed; as JSON,
/// Markdown, and self-contained HTML with metric-vs-axis charts (heat maps for two axes).
///
/// Computed from plain values (`Input`), so it needs no catalog: AgoraEngine reads the sweep's
/// results from the catalog and writes the files.
public struct SweepReport: Sendable, Codable {
    /// What the report is computed from: the sweep and, per point, each metric's values over the
    /// replicates that completed.
    public struct Input: Sendable {
        /// One point of the sweep.
        public struct Point: Sendable {
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

            /// Creates a point.
            public init(index: Int, values: [String], replicates: Int, completed: Int, metricValues: [String: [Double]]) {
                self.index = index
                self.values = values
                self.replicates = replicates
                self.completed = completed
                self.metricValues = metricValues
            }
        }

        /// The sweep id.
        public var sweepID: String
        /// The sweep name.
        public var name: String
        /// The axis key paths.
        public var axes: [String]
        /// The metrics to report, in order.
        public var metricNames: [String]
        /// Runs planned.
        public var plannedRuns: Int
        /// Runs completed.
        public var completedRuns: Int
        /// The points, in order.
        public var points: [Point]

        /// Creates an input.
        public init(sweepID: String, name: String, axes: [String], metricNames: [String], plannedRuns: Int,
                    completedRuns: Int, points: [Point]) {
            self.sweepID = sweepID
            self.name = name
            self.axes = axes
            self.metricNames = metricNames
            self.plannedRuns = plannedRuns
            self.completedRuns = completedRuns
            self.points = points
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

    /// Computes the report of `input`. O(points × replicates × metrics).
    public init(_ input: Input) {
        sweepID = input.sweepID
        name = input.name
        axes = input.axes
        metricNames = input.metricNames
        plannedRuns = input.plannedRuns
        completedRuns = input.completedRuns
        points = input.points.map { point in
            var metrics: [String: SummaryStatistics] = [:]
            for name in input.metricNames {
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
                let cells: [String]
                if let s = point.metrics[metric] {
                    cells = ["\(s.count)", Self.number(s.mean), Self.number(s.standardDeviation), Self.interval(s)]
                } else {
                    cells = ["0", "–", "–", "–"]
                }
                text += "| " + (point.values.map(inline) + cells).joined(separator: " | ") + " |\n"
            }
        }
        return text
    }

    /// A value with up to 6 significant digits.
    static func number(_ value: Double) -> String { String(format: "%.6g", value) }

    /// `[low, high]`, or `–` with fewer than 2 values.
    static func interval(_ s: SummaryStatistics) -> String {
        guard let lower = s.lower, let upper = s.upper else { return "–" }
        return "[\(number(lower)), \(number(upper))]"
    }
}
