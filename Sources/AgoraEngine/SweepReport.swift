import AgoraAnalysis
import Foundation

/// The report of a sweep (`agora sweep report SWEEP_ID`): for every point and metric the mean,
/// standard deviation and 95% t confidence interval over the replicates that completed; as JSON,
/// Markdown, and self-contained HTML with metric-vs-axis charts (heat maps for two axes).
public struct SweepReport: Sendable, Codable {
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

    /// Computes the report of `results`. O(points × replicates × metrics).
    public init(results: SweepResults) {
        sweepID = results.sweep.id
        name = results.sweep.name
        axes = results.sweep.axes
        metricNames = results.metricNames
        plannedRuns = results.plannedRuns
        completedRuns = results.completedRuns
        points = results.points.map { point in
            var metrics: [String: SummaryStatistics] = [:]
            for name in results.metricNames {
                let values = point.values(of: name)
                if !values.isEmpty { metrics[name] = SummaryStatistics(values) }
            }
            return Point(index: point.index, values: point.values, replicates: point.replicates.count,
                         completed: point.replicates.filter { $0.runID != nil }.count, metrics: metrics)
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
        var text = "# Sweep \(name) (`\(sweepID)`)\n\n"
        text += "\(points.count) points, \(completedRuns) of \(plannedRuns) runs completed. "
        text += "Mean, standard deviation and 95% confidence interval (t distribution) over the replicates.\n"
        for metric in metricNames {
            text += "\n## `\(metric)`\n\n| " + (axes + ["n", "mean", "sd", "95% CI"]).joined(separator: " | ") + " |\n"
            text += "|" + String(repeating: "---|", count: axes.count + 4) + "\n"
            for point in points {
                let cells: [String]
                if let s = point.metrics[metric] {
                    cells = ["\(s.count)", Self.number(s.mean), Self.number(s.standardDeviation), Self.interval(s)]
                } else {
                    cells = ["0", "–", "–", "–"]
                }
                text += "| " + (point.values.map(Self.markdownCell) + cells).joined(separator: " | ") + " |\n"
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

    /// Text safe in a Markdown table cell.
    static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Writes `report.html`, `report.md` and `report.json` into `folder`; returns their paths.
    /// - Throws: `EngineError.writeFailed`.
    public func write(to folder: URL) throws(EngineError) -> [URL] {
        let files: [(String, Data)] = [("report.html", Data(html().utf8)), ("report.md", Data(markdown().utf8)), ("report.json", json())]
        var written: [URL] = []
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try data.write(to: url, options: .atomic)
            } catch {
                throw .writeFailed(path: url.path, reason: error.localizedDescription)
            }
            written.append(url)
        }
        return written
    }
}
