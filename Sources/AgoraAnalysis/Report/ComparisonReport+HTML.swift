import AgoraCore
import Foundation

/// The comparison as one self-contained HTML page: inline CSS, inline SVG charts drawn with the
/// report chart toolkit (`SVGChart`), no scripts.
extension ComparisonReport {
    /// The page: the table and a chart of each metric's difference B − A with its interval. Every
    /// value taken from the comparison (labels, metric names) is escaped.
    public func html() -> String {
        let e = TextEscaping.html
        var rowsHTML = ""
        for row in rows {
            let cells = [SweepReport.number(row.a.mean), SweepReport.number(row.b.mean), SweepReport.number(row.difference.mean),
                         SweepReport.interval(row.difference), "\(row.signTest.positives) / \(row.signTest.negatives) / \(row.signTest.ties)",
                         SweepReport.number(row.signTest.pValue)]
            rowsHTML += "<tr><td><code>\(e(row.metric))</code></td>" + cells.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
        }
        let charts = rows.map { differenceChart($0).render() }.joined(separator: "\n")
        let body = """
            <h1>Comparison <code>\(e(comparisonID))</code></h1>
            <p>A = \(e(labels.first ?? ""))<br>B = \(e(labels.dropFirst().first ?? ""))</p>
            <p>\(pairs) paired replicates (same seed on both sides). Difference B − A with its 95% confidence interval (t distribution) and a two-sided sign test.</p>
            <table><tr><th>metric</th><th>mean A</th><th>mean B</th><th>B − A</th><th>95% CI</th><th>+ / − / =</th><th>sign test p</th></tr>
            \(rowsHTML)</table>
            <div class="charts">\(charts)</div>

            """
        return StatisticsPage.document(title: "Comparison \(e(comparisonID))", body: body)
    }

    /// The paired difference B − A of one metric with its 95% interval, beside a zero mark for
    /// reference.
    func differenceChart(_ row: Row) -> SVGChart {
        var chart = SVGChart(title: "\(row.metric): B − A", xLabel: "paired difference, 95% CI", yLabel: "B − A",
                             yIncludesZero: false, xCategories: ["B − A", "zero"])
        chart.series = [SVGChart.Series(name: "B − A", points: [(0, row.difference.mean), (1, 0)], style: .errorBars,
                                        intervals: [row.difference.interval, nil])]
        return chart
    }
}
