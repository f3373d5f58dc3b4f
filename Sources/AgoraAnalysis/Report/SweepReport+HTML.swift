import AgoraCore
import Foundation

/// The sweep report as one self-contained HTML page: inline CSS, inline SVG charts drawn with the
/// report chart toolkit (`SVGChart`, `SVGHeatmap`), no scripts.
extension SweepReport {
    /// The page. Every value taken from the sweep (names, axis values) is escaped.
    public func html() -> String {
        let e = TextEscaping.html
        var body = "<h1>Sweep \(e(name)) <code>\(e(sweepID))</code></h1>\n"
        body += "<p>\(points.count) points, \(completedRuns) of \(plannedRuns) runs completed. Means with 95% confidence intervals (t distribution) over the replicates.</p>\n"
        for metric in metricNames {
            body += "<section><h2><code>\(e(metric))</code></h2>\n"
            body += "<div class=\"charts\">" + charts(for: metric) + "</div>\n"
            body += table(for: metric)
            body += "</section>\n"
        }
        return StatisticsPage.document(title: "Sweep \(e(name))", body: body)
    }

    /// Charts of one metric: a heat map when two axes form a full grid, else one error-bar chart
    /// per axis (points sharing an axis value are pooled per point, so each point shows once).
    func charts(for metric: String) -> String {
        if axes.count == 2, let heatMap = heatMap(for: metric) { return heatMap.render() }
        return axes.indices.map { errorBars(for: metric, axis: $0).render() }.joined(separator: "\n")
    }

    /// The mean of `metric` over the grid of the two axes (rows: first axis), shaded from the
    /// lowest mean (light) to the highest (dark); nil when the points do not form a full grid.
    func heatMap(for metric: String) -> SVGHeatmap? {
        let rows = Self.distinct(points.map { $0.values[0] })
        let columns = Self.distinct(points.map { $0.values[1] })
        guard rows.count * columns.count == points.count else { return nil }
        var means = [[Double?]](repeating: [Double?](repeating: nil, count: columns.count), count: rows.count)
        for point in points {
            guard let r = rows.firstIndex(of: point.values[0]), let c = columns.firstIndex(of: point.values[1]) else { continue }
            means[r][c] = point.metrics[metric]?.mean
        }
        let known = means.flatMap { $0 }.compactMap { $0 }
        let (low, high) = (known.min() ?? 0, known.max() ?? 0)
        let cells = means.enumerated().map { r, row in
            row.enumerated().map { c, mean in
                mean.map { value in
                    SVGHeatmap.Cell(shade: high > low ? (value - low) / (high - low) : 0.5, text: Self.chartNumber(value),
                                    tooltip: "\(rows[r]), \(columns[c]): \(Self.chartNumber(value))")
                }
            }
        }
        return SVGHeatmap(title: "\(metric) (mean)", rowLabels: rows, columnLabels: columns, cells: known.isEmpty ? [] : cells,
                          caption: "rows: \(axes[0]); columns: \(axes[1]); darker = higher mean",
                          maxCellWidth: .infinity, maxRowHeight: 60, emptyText: Self.noValues)
    }

    /// The means of `metric` with their 95% intervals against axis `axisIndex`: on a numeric x
    /// axis when every value is a number (and there are at least two), else one category per point.
    func errorBars(for metric: String, axis axisIndex: Int) -> SVGChart {
        let marks = points.compactMap { point -> (label: String, x: Double?, statistics: SummaryStatistics)? in
            guard let statistics = point.metrics[metric] else { return nil }
            let label = point.values[axisIndex]
            return (label, Double(label), statistics)
        }
        .sorted { ($0.x ?? 0, $0.label) < ($1.x ?? 0, $1.label) }
        let numeric = marks.allSatisfy { $0.x != nil } && Set(marks.compactMap(\.x)).count > 1
        var chart = SVGChart(title: "\(metric) vs \(axes[axisIndex])", xLabel: axes[axisIndex],
                             yLabel: "mean over the replicates, 95% CI", yIncludesZero: false, emptyText: Self.noValues)
        if !numeric { chart.xCategories = marks.map(\.label) }
        chart.series = [SVGChart.Series(
            name: metric, points: marks.enumerated().map { (numeric ? $0.element.x! : Double($0.offset), $0.element.statistics.mean) },
            style: .errorBars, intervals: marks.map(\.statistics.interval))]
        return chart
    }

    /// The table of one metric.
    func table(for metric: String) -> String {
        let e = TextEscaping.html
        var html = "<table><tr>" + (axes + ["n", "mean", "sd", "95% CI"]).map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
        for point in points {
            html += "<tr>" + (point.values + Self.cells(point, metric)).map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</table>\n"
    }

    /// What a chart of a metric without any value says.
    static let noValues = "No completed run has this metric."

    /// A value in a chart label, with four significant digits.
    static func chartNumber(_ value: Double) -> String { String(format: "%.4g", value) }

    /// Values in first-seen order, numerically sorted when all are numbers.
    static func distinct(_ values: [String]) -> [String] {
        var seen: [String] = []
        for value in values where !seen.contains(value) { seen.append(value) }
        if seen.allSatisfy({ Double($0) != nil }) { return seen.sorted { Double($0)! < Double($1)! } }
        return seen
    }
}
