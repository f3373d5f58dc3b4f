import Foundation

/// Inline SVG charts for sweep and comparison reports: a metric against an axis with 95%
/// error bars, and a heat map of a metric over two axes. Self-contained (no scripts, no external
/// resources); every text is XML-escaped.
enum SweepChartSVG {
    /// One plotted point: its x label (and numeric position when the axis is numeric), the mean
    /// and the 95% interval.
    struct Mark {
        var label: String
        var x: Double?
        var mean: Double
        var lower: Double?
        var upper: Double?
    }

    static let width = 520.0
    static let height = 300.0
    static let left = 70.0, right = 20.0, top = 30.0, bottom = 50.0

    /// A chart of means with error bars; x is numeric when every mark has a numeric x, otherwise
    /// the marks are spaced evenly in order (categorical axis).
    static func errorBars(title: String, xLabel: String, marks: [Mark]) -> String {
        guard !marks.isEmpty else { return "" }
        let numeric = marks.allSatisfy { $0.x != nil } && Set(marks.compactMap(\.x)).count > 1
        let xs = numeric ? marks.map { $0.x! } : marks.indices.map(Double.init)
        let (xLow, xHigh) = padded(xs.min()!, xs.max()!, pad: numeric ? 0.05 : 0.5)
        let ys = marks.flatMap { [$0.mean, $0.lower ?? $0.mean, $0.upper ?? $0.mean] }
        let (yLow, yHigh) = padded(ys.min()!, ys.max()!, pad: 0.08)
        func px(_ x: Double) -> Double { left + (x - xLow) / (xHigh - xLow) * (width - left - right) }
        func py(_ y: Double) -> Double { height - bottom - (y - yLow) / (yHigh - yLow) * (height - top - bottom) }
        var svg = header(title: title)
        svg += axes(xLabel: xLabel, yLow: yLow, yHigh: yHigh, py: py)
        for (mark, x) in zip(marks, xs) {
            let cx = px(x)
            svg += "<text x=\"\(f(cx))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\" font-size=\"11\">\(escape(mark.label))</text>\n"
        }
        let line = zip(marks, xs).map { "\(f(px($1))),\(f(py($0.mean)))" }.joined(separator: " ")
        if marks.count > 1 { svg += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"#4477aa\" stroke-width=\"1.5\"/>\n" }
        for (mark, x) in zip(marks, xs) {
            let cx = px(x)
            if let lower = mark.lower, let upper = mark.upper {
                svg += "<line x1=\"\(f(cx))\" y1=\"\(f(py(lower)))\" x2=\"\(f(cx))\" y2=\"\(f(py(upper)))\" stroke=\"#223355\"/>\n"
                for y in [lower, upper] {
                    svg += "<line x1=\"\(f(cx - 5))\" y1=\"\(f(py(y)))\" x2=\"\(f(cx + 5))\" y2=\"\(f(py(y)))\" stroke=\"#223355\"/>\n"
                }
            }
            svg += "<circle cx=\"\(f(cx))\" cy=\"\(f(py(mark.mean)))\" r=\"3.5\" fill=\"#4477aa\"><title>\(escape(mark.label)): \(number(mark.mean))</title></circle>\n"
        }
        return svg + "</svg>\n"
    }

    /// A heat map: rows × columns of cells colored by value (nil: no data), with the value written
    /// in each cell.
    static func heatMap(title: String, rowLabel: String, columnLabel: String, rows: [String], columns: [String],
                        values: [[Double?]]) -> String {
        let known = values.flatMap { $0 }.compactMap { $0 }
        guard !rows.isEmpty, !columns.isEmpty, let low = known.min(), let high = known.max() else { return "" }
        let cellWidth = (width - left - right) / Double(columns.count)
        let cellHeight = (height - top - bottom) / Double(rows.count)
        var svg = header(title: title)
        for (r, row) in rows.enumerated() {
            let y = top + Double(r) * cellHeight
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y + cellHeight / 2 + 4))\" text-anchor=\"end\" font-size=\"11\">\(escape(row))</text>\n"
            for (c, _) in columns.enumerated() {
                let x = left + Double(c) * cellWidth
                guard let value = values[r][c] else {
                    svg += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cellWidth))\" height=\"\(f(cellHeight))\" fill=\"#eeeeee\" stroke=\"#ffffff\"/>\n"
                    continue
                }
                let share = high > low ? (value - low) / (high - low) : 0.5
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cellWidth))\" height=\"\(f(cellHeight))\" fill=\"\(color(share))\" stroke=\"#ffffff\"><title>\(escape(row)), \(escape(columns[c])): \(number(value))</title></rect>\n"
                let ink = share > 0.6 ? "#ffffff" : "#111111"
                svg += "<text x=\"\(f(x + cellWidth / 2))\" y=\"\(f(y + cellHeight / 2 + 4))\" text-anchor=\"middle\" font-size=\"10\" fill=\"\(ink)\">\(number(value))</text>\n"
            }
        }
        for (c, column) in columns.enumerated() {
            svg += "<text x=\"\(f(left + (Double(c) + 0.5) * cellWidth))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\" font-size=\"11\">\(escape(column))</text>\n"
        }
        svg += "<text x=\"\(f((left + width - right) / 2))\" y=\"\(f(height - 10))\" text-anchor=\"middle\" font-size=\"12\">\(escape(columnLabel))</text>\n"
        svg += "<text x=\"14\" y=\"\(f(top + (height - top - bottom) / 2))\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90 14 \(f(top + (height - top - bottom) / 2)))\">\(escape(rowLabel))</text>\n"
        return svg + "</svg>\n"
    }

    private static func header(title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"sans-serif\" role=\"img\">\n"
            + "<title>\(escape(title))</title>\n"
            + "<text x=\"\(f(width / 2))\" y=\"18\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">\(escape(title))</text>\n"
    }

    private static func axes(xLabel: String, yLow: Double, yHigh: Double, py: (Double) -> Double) -> String {
        var svg = "<line x1=\"\(f(left))\" y1=\"\(f(height - bottom))\" x2=\"\(f(width - right))\" y2=\"\(f(height - bottom))\" stroke=\"#888888\"/>\n"
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(height - bottom))\" stroke=\"#888888\"/>\n"
        for step in 0...4 {
            let value = yLow + (yHigh - yLow) * Double(step) / 4
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(py(value) + 4))\" text-anchor=\"end\" font-size=\"10\">\(number(value))</text>\n"
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(py(value)))\" x2=\"\(f(width - right))\" y2=\"\(f(py(value)))\" stroke=\"#eeeeee\"/>\n"
        }
        svg += "<text x=\"\(f((left + width - right) / 2))\" y=\"\(f(height - 10))\" text-anchor=\"middle\" font-size=\"12\">\(escape(xLabel))</text>\n"
        return svg
    }

    /// [low, high] widened by `pad` of its span (or by 1 around a single value).
    private static func padded(_ low: Double, _ high: Double, pad: Double) -> (Double, Double) {
        guard high > low else { return (low - max(1, abs(low) * 0.1), high + max(1, abs(high) * 0.1)) }
        let span = high - low
        return (low - span * pad, high + span * pad)
    }

    /// A sequential blue scale from light (0) to dark (1).
    private static func color(_ share: Double) -> String {
        let s = min(1, max(0, share))
        let r = Int(237 - s * (237 - 8)), g = Int(244 - s * (244 - 48)), b = Int(252 - s * (252 - 107))
        return String(format: "#%02x%02x%02x", r, g, b)
    }

    /// Coordinates with two decimals.
    private static func f(_ value: Double) -> String { String(format: "%.2f", value) }

    /// A value with four significant digits.
    static func number(_ value: Double) -> String { String(format: "%.4g", value) }

    /// Text safe inside XML/HTML elements and attributes.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
