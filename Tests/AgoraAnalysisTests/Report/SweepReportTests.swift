import Foundation
import Testing

@testable import AgoraAnalysis

/// The sweep report from plain values: statistics per point, charts drawn with the report chart
/// toolkit, every sweep-given text escaped.
@Suite struct SweepReportTests {
    static func report(axes: [String] = ["recommender.mix"], values: [[String]] = [["<a>"], ["b|c"]]) -> SweepReport {
        SweepReport(
            sweepID: "s-1", name: "sweep <one>", axes: axes, metricNames: ["activity.posts", "activity.likes"],
            plannedRuns: values.count * 3, completedRuns: values.count * 3,
            points: values.enumerated().map { index, point in
                SweepReport.PointValues(index: index, values: point, replicates: 3, completed: 3,
                                        metricValues: ["activity.posts": [1, 2, 3].map { $0 + Double(index) * 10 }])
            })
    }

    @Test func everyPointGetsTheStatisticsOfItsReplicates() {
        let report = Self.report()
        #expect(report.points.count == 2)
        #expect(report.points[1].metrics["activity.posts"] == SummaryStatistics([11, 12, 13]))
        #expect(report.points[0].metrics["activity.likes"] == nil, "a metric without values is left out")
    }

    @Test func pagesAndMarkdownEscapeSweepText() {
        let report = Self.report()
        let html = report.html()
        #expect(!html.contains("<a>") && html.contains("&lt;a&gt;") && html.contains("sweep &lt;one&gt;"))
        #expect(!html.contains("<script"))
        #expect(html.contains("class=\"mark\"") && html.contains(SVGChart.css))
        #expect(html.contains("No completed run has this metric."))
        let markdown = report.markdown()
        #expect(markdown.contains("| &lt;a&gt; | 3 | 2 |") && markdown.contains("| b\\|c | 3 | 12 |"))
    }

    @Test func categoricalAxisValuesGetOneTickEach() {
        let chart = Self.report().errorBars(for: "activity.posts", axis: 0)
        #expect(chart.xCategories == ["<a>", "b|c"])
        #expect(chart.render().contains("data-marks=\"4\""), "two means and their two intervals")
    }

    @Test func numericAxisValuesArePlottedAtTheirValue() {
        let chart = Self.report(values: [["0.5"], ["0.1"]]).errorBars(for: "activity.posts", axis: 0)
        #expect(chart.xCategories.isEmpty)
        #expect(chart.series[0].points.map(\.x) == [0.1, 0.5])
    }

    @Test func twoAxesOfAFullGridMakeAHeatMap() throws {
        let values = [["1", "x"], ["1", "y"], ["2", "x"], ["2", "y"]]
        let report = Self.report(axes: ["a", "b"], values: values)
        let heatMap = try #require(report.heatMap(for: "activity.posts"))
        #expect(heatMap.rowLabels == ["1", "2"] && heatMap.columnLabels == ["x", "y"])
        #expect(heatMap.cells[0][0]?.shade == 0 && heatMap.cells[1][1]?.shade == 1)
        #expect(heatMap.render().contains("data-marks=\"4\""))
        let partial = Self.report(axes: ["a", "b"], values: Array(values.prefix(3)))
        #expect(partial.heatMap(for: "activity.posts") == nil, "three points are not a 2 × 2 grid")
    }
}
