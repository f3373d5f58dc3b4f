import Foundation

/// The sweep report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts.
extension SweepReport {
    /// The page. Every value taken from the sweep (names, axis values) is escaped.
    public func html() -> String {
        let e = SweepChartSVG.escape
        var body = "<h1>Sweep \(e(name)) <code>\(e(sweepID))</code></h1>\n"
        body += "<p>\(points.count) points, \(completedRuns) of \(plannedRuns) runs completed. Means with 95% confidence intervals (t distribution) over the replicates.</p>\n"
        for metric in metricNames {
            body += "<section><h2><code>\(e(metric))</code></h2>\n"
            body += charts(for: metric)
            body += table(for: metric)
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Sweep \(e(name))</title>
            <style>
            body { font-family: sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; margin: 1em 0 2em; }
            th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: right; font-size: 13px; }
            th { background: #f3f3f3; }
            svg { margin: 0.5em 1em 0.5em 0; }
            </style></head><body>
            \(body)</body></html>

            """
    }

    /// Charts of one metric: a heat map when two axes form a full grid, else one error-bar chart
    /// per axis (points sharing an axis value are pooled per point, so each point shows once).
    func charts(for metric: String) -> String {
        if axes.count == 2 {
            let rows = Self.distinct(points.map { $0.values[0] })
            let columns = Self.distinct(points.map { $0.values[1] })
            if rows.count * columns.count == points.count {
                var cells = [[Double?]](repeating: [Double?](repeating: nil, count: columns.count), count: rows.count)
                for point in points {
                    guard let r = rows.firstIndex(of: point.values[0]), let c = columns.firstIndex(of: point.values[1]) else { continue }
                    cells[r][c] = point.metrics[metric]?.mean
                }
                return SweepChartSVG.heatMap(title: "\(metric) (mean)", rowLabel: axes[0], columnLabel: axes[1],
                                             rows: rows, columns: columns, values: cells)
            }
        }
        var svg = ""
        for (axisIndex, axis) in axes.enumerated() {
            let marks = points.compactMap { point -> SweepChartSVG.Mark? in
                guard let s = point.metrics[metric] else { return nil }
                let label = point.values[axisIndex]
                return SweepChartSVG.Mark(label: label, x: Double(label), mean: s.mean, lower: s.lower, upper: s.upper)
            }
            .sorted { ($0.x ?? 0, $0.label) < ($1.x ?? 0, $1.label) }
            svg += SweepChartSVG.errorBars(title: "\(metric) vs \(axis)", xLabel: axis, marks: marks)
        }
        return svg
    }

    /// The table of one metric.
    func table(for metric: String) -> String {
        let e = SweepChartSVG.escape
        var html = "<table><tr>" + (axes + ["n", "mean", "sd", "95% CI"]).map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
        for point in points {
            let cells: [String]
            if let s = point.metrics[metric] {
                cells = ["\(s.count)", Self.number(s.mean), Self.number(s.standardDeviation), Self.interval(s)]
            } else {
                cells = ["0", "–", "–", "–"]
            }
            html += "<tr>" + (point.values + cells).map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</table>\n"
    }

    /// Values in first-seen order, numerically sorted when all are numbers.
    static func distinct(_ values: [String]) -> [String] {
        var seen: [String] = []
        for value in values where !seen.contains(value) { seen.append(value) }
        if seen.allSatisfy({ Double($0) != nil }) { return seen.sorted { Double($0)! < Double($1)! } }
        return seen
    }
}
