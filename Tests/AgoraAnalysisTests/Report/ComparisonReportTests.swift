import Foundation
import Testing

@testable import AgoraAnalysis

/// The A/B comparison from paired metric values: the paired difference with its interval and
/// sign test, as a table, Markdown, JSON and a page.
@Suite struct ComparisonReportTests {
    static let report = ComparisonReport(
        comparisonID: "cmp-1", labels: ["a.yaml", "b.yaml [x=<1>]"],
        pairs: [(["m": 1, "only-a": 3], ["m": 2]), (["m": 2], ["m": 4]), (["m": 3], ["m": 5])], metricNames: ["m", "only-a"])

    @Test func rowsHoldThePairedDifferences() throws {
        let report = Self.report
        #expect(report.pairs == 3)
        #expect(report.rows.map(\.metric) == ["m"], "a metric needs one pair with both sides")
        let row = try #require(report.rows.first)
        #expect(row.difference == SummaryStatistics([1, 2, 2]))
        #expect(row.signTest == SignTest(differences: [1, 2, 2]))
        #expect(report.table().contains("B = b.yaml [x=<1>]"))
        let json = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        #expect(json["comparison_id"] as? String == "cmp-1")
    }

    @Test func thePageEscapesLabelsAndChartsEachDifference() {
        let html = Self.report.html()
        #expect(!html.contains("<1>") && html.contains("b.yaml [x=&lt;1&gt;]"))
        #expect(html.contains("aria-label=\"m: B − A\""))
        let chart = Self.report.differenceChart(Self.report.rows[0])
        #expect(chart.xCategories == ["B − A", "zero"])
        #expect(chart.render().contains("data-marks=\"3\""), "the difference, its interval, and the zero mark")
    }
}
