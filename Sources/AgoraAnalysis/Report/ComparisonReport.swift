import Foundation

/// The result of an A/B comparison: for each metric, the means of A and B and the paired
/// difference B − A over the replicates (same seed on both sides) with its 95% t confidence
/// interval and an exact sign test. As a text table, JSON, Markdown and self-contained HTML.
///
/// Computed from plain paired metric values, so it needs no catalog: AgoraEngine pairs the runs
/// (from a comparison sweep or from run ids) and writes the files.
public struct ComparisonReport: Sendable, Codable {
    /// One metric's comparison.
    public struct Row: Sendable, Codable, Equatable {
        /// The metric name.
        public var metric: String
        /// Statistics of A over the replicates.
        public var a: SummaryStatistics
        /// Statistics of B over the replicates.
        public var b: SummaryStatistics
        /// Statistics of the paired differences B − A (replicates where both sides completed).
        public var difference: SummaryStatistics
        /// The sign test of the differences.
        public var signTest: SignTest

        enum CodingKeys: String, CodingKey {
            case metric, a, b, difference = "difference_b_minus_a", signTest = "sign_test"
        }
    }

    /// The comparison's sweep id.
    public var comparisonID: String
    /// Labels of A and B.
    public var labels: [String]
    /// Pairs (replicates where both sides completed).
    public var pairs: Int
    /// One row per metric.
    public var rows: [Row]

    enum CodingKeys: String, CodingKey {
        case comparisonID = "comparison_id", labels, pairs, rows
    }

    /// Computes the comparison from paired metric sets (A's and B's metrics of the same seed).
    /// A metric gets a row when at least one pair has it on both sides.
    public init(comparisonID: String, labels: [String], pairs paired: [([String: Double], [String: Double])],
                metricNames: [String]) {
        self.comparisonID = comparisonID
        self.labels = labels
        pairs = paired.count
        rows = metricNames.compactMap { metric in
            let both = paired.compactMap { left, right -> (Double, Double)? in
                guard let x = left[metric], let y = right[metric] else { return nil }
                return (x, y)
            }
            guard !both.isEmpty else { return nil }
            let differences = both.map { $0.1 - $0.0 }
            return Row(metric: metric, a: SummaryStatistics(both.map(\.0)), b: SummaryStatistics(both.map(\.1)),
                       difference: SummaryStatistics(differences), signTest: SignTest(differences: differences))
        }
    }

    /// The comparison as pretty-printed JSON with sorted keys.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }

    /// The comparison as a Markdown table.
    public func markdown() -> String {
        var text = "# Comparison `\(comparisonID)`\n\n- A = \(labels.first ?? "")\n- B = \(labels.dropFirst().first ?? "")\n\n"
        text += "\(pairs) paired replicates (same seed on both sides). Difference B − A with its 95% confidence interval (t distribution) and a two-sided sign test.\n\n"
        text += "| metric | mean A | mean B | B − A | 95% CI | + / − / = | sign test p |\n|---|---|---|---|---|---|---|\n"
        for row in rows {
            text += "| `\(row.metric)` | \(SweepReport.number(row.a.mean)) | \(SweepReport.number(row.b.mean)) | "
                + "\(SweepReport.number(row.difference.mean)) | \(SweepReport.interval(row.difference)) | "
                + "\(row.signTest.positives) / \(row.signTest.negatives) / \(row.signTest.ties) | \(SweepReport.number(row.signTest.pValue)) |\n"
        }
        return text
    }

    /// A plain-text table for the terminal.
    public func table() -> String {
        let width = max(6, rows.map(\.metric.count).max() ?? 6)
        func pad(_ text: String, _ size: Int) -> String { text.count >= size ? text : text + String(repeating: " ", count: size - text.count) }
        var lines = ["A = \(labels.first ?? "")", "B = \(labels.dropFirst().first ?? "")", "\(pairs) paired replicates", ""]
        lines.append(pad("metric", width) + "  " + pad("mean A", 12) + pad("mean B", 12) + pad("B − A", 12) + pad("95% CI", 28) + "sign p")
        for row in rows {
            lines.append(pad(row.metric, width) + "  " + pad(SweepReport.number(row.a.mean), 12) + pad(SweepReport.number(row.b.mean), 12)
                + pad(SweepReport.number(row.difference.mean), 12) + pad(SweepReport.interval(row.difference), 28)
                + SweepReport.number(row.signTest.pValue))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
