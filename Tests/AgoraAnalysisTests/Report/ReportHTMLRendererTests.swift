import Foundation
import Testing
@testable import AgoraAnalysis

@Suite struct ReportHTMLRendererTests {
    @Test func agentWrittenTextIsEscapedInEveryFormat() throws {
        let report = try ReportAnalysis.report(tracePath: try ReportTraceFixture.write(), runLabel: "x")
        let html = ReportHTMLRenderer.render(report)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<img"))
        #expect(!html.contains("onerror=alert(1)>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("report &lt;fixture&gt;"))
        let markdown = ReportMarkdownRenderer.render(report)
        #expect(!markdown.lowercased().contains("<script"))
        #expect(!markdown.lowercased().contains("<img"))
        let json = try JSONSerialization.jsonObject(with: ReportJSONRenderer.render(report)) as? [String: Any]
        let tables = json?["tables"] as? [String: Any]
        let top = tables?["top_cascades"] as? [[String: Any]]
        #expect(top?.first?["text"] as? String == ReportTraceFixture.scriptText)
    }

    @Test func thePageIsSelfContainedWithAChartPerSection() throws {
        let report = try ReportAnalysis.report(tracePath: try ReportTraceFixture.write(), runLabel: "x")
        let html = ReportHTMLRenderer.render(report)
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").dropFirst().allSatisfy { $0.hasPrefix("www.w3.org/2000/svg") })
        #expect(!html.contains("https://"))
        #expect(!html.contains(" src=\"") && !html.contains(" href=\""))
        for title in ["Follow-graph degree distribution", "Friendship paradox over the run", "Daily, weekly and monthly active users",
                      "Retention by join-day cohort", "Kaplan–Meier survival", "Cascade size, depth and breadth (CCDF)",
                      "Opinion distribution at the start and at the end", "Exposure metrics over the run"] {
            #expect(html.contains(title), "\(title)")
        }
        for metric in report.metrics.scalars { #expect(html.contains("<code>\(metric.name)</code>")) }
    }

    @Test func exposureSharesAppearByPrefixAndCountsStayOut() throws {
        var report = try ReportAnalysis.report(tracePath: try ReportTraceFixture.write(), runLabel: "x")
        report.metrics = RunMetrics(scalars: report.metrics.scalars,
                                    timeseries: report.metrics.timeseries.filter { !$0.name.hasPrefix("exposure.") })
        report.metrics = report.metrics.merged(with: RunMetrics(
            scalars: [MetricValue(.exposureGini, value: 0.4)],
            timeseries: [TimeseriesValue(.exposureGini, day: 0, value: 0.3), TimeseriesValue(.exposureGini, day: 1, value: 0.5),
                         TimeseriesValue(.exposureImpressions, day: 0, value: 40)]))
        let chart = ReportCharts.exposure(report)
        #expect(chart.series.map(\.name) == ["exposure.gini"])
        #expect(chart.render().contains("data-marks=\"3\""))
    }
}
