import AgoraCore
import Foundation

/// A small chart drawn as inline SVG (no scripts, no external resources): lines, points or bars
/// on linear or log₁₀ axes, with a title, axis labels (units included by the caller), ticks and a
/// legend. Every plotted element carries `class="mark"` so a checker can count them; the `<svg>`
/// element carries `data-marks` with that count. All text is escaped.
struct SVGChart {
    enum Scale { case linear, log }
    /// `fit` is a dashed line without point markers (a fitted model, not data).
    enum Style { case line, points, bars, fit }

    struct Series {
        var name: String
        var points: [(x: Double, y: Double)]
        var style: Style
    }

    var title: String
    var xLabel: String
    var yLabel: String
    var xScale: Scale = .linear
    var yScale: Scale = .linear
    var series: [Series] = []
    /// Forces the y range (e.g. 0…1 for shares); nil = from the data (0 included on linear axes).
    var yRange: ClosedRange<Double>? = nil

    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]
    static let width = 640.0, height = 330.0
    static let left = 70.0, right = 20.0, top = 34.0, bottom = 50.0

    /// Whether anything can be plotted.
    var hasData: Bool { series.contains { !usable($0.points).isEmpty } }

    private func usable(_ points: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        points.filter { $0.x.isFinite && $0.y.isFinite && (xScale == .linear || $0.x > 0) && (yScale == .linear || $0.y > 0) }
    }

    func render() -> String {
        let all = series.flatMap { usable($0.points) }
        guard !all.isEmpty else {
            return "<figure class=\"chart empty\"><figcaption>\(TextEscaping.html(title))</figcaption><p>No data in this trace.</p></figure>"
        }
        let xs = all.map(\.x), ys = all.map(\.y)
        let bars = series.contains { $0.style == .bars }
        var xDomain = Self.domain(xs.min()!, xs.max()!, scale: xScale, includeZero: false)
        if bars { xDomain = (xDomain.0 - 0.5 * barWidth(xs), xDomain.1 + 0.5 * barWidth(xs)) }
        let yDomain = yRange.map { ($0.lowerBound, $0.upperBound) }
            ?? Self.domain(ys.min()!, ys.max()!, scale: yScale, includeZero: yScale == .linear)
        let plotW = Self.width - Self.left - Self.right, plotH = Self.height - Self.top - Self.bottom
        func px(_ x: Double) -> Double { Self.left + Self.unit(x, xDomain, xScale) * plotW }
        func py(_ y: Double) -> Double { Self.top + (1 - Self.unit(y, yDomain, yScale)) * plotH }
        var marks = 0
        var body = ""
        // Axes, ticks and grid.
        for t in Self.ticks(xDomain, xScale) {
            let x = px(t)
            body += "<line x1=\"\(f(x))\" y1=\"\(f(Self.top))\" x2=\"\(f(x))\" y2=\"\(f(Self.top + plotH))\" class=\"grid\"/>"
            body += "<text x=\"\(f(x))\" y=\"\(f(Self.top + plotH + 16))\" text-anchor=\"middle\">\(Self.label(t))</text>"
        }
        for t in Self.ticks(yDomain, yScale) {
            let y = py(t)
            body += "<line x1=\"\(f(Self.left))\" y1=\"\(f(y))\" x2=\"\(f(Self.left + plotW))\" y2=\"\(f(y))\" class=\"grid\"/>"
            body += "<text x=\"\(f(Self.left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(Self.label(t))</text>"
        }
        body += "<rect x=\"\(f(Self.left))\" y=\"\(f(Self.top))\" width=\"\(f(plotW))\" height=\"\(f(plotH))\" class=\"frame\"/>"
        for (index, s) in series.enumerated() {
            let color = Self.palette[index % Self.palette.count]
            let points = usable(s.points)
            guard !points.isEmpty else { continue }
            switch s.style {
            case .line, .fit:
                let d = points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(f(px($0.element.x))),\(f(py($0.element.y)))" }.joined()
                let dash = s.style == .fit ? " stroke-dasharray=\"6 4\"" : ""
                body += "<path class=\"mark\" d=\"\(d)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)/>"
                marks += 1
                if s.style == .line, points.count <= 60 {
                    for p in points {
                        body += "<circle class=\"mark\" cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"2.5\" fill=\"\(color)\"/>"
                        marks += 1
                    }
                }
            case .points:
                for p in points {
                    body += "<circle class=\"mark\" cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"3\" fill=\"\(color)\" fill-opacity=\"0.7\"/>"
                    marks += 1
                }
            case .bars:
                let w = barWidth(points.map(\.x)) * plotW / (xDomain.1 - xDomain.0) / Double(max(1, series.filter { $0.style == .bars }.count))
                let offset = Double(series[..<index].filter { $0.style == .bars }.count) * w
                let base = py(max(yDomain.0, 0))
                for p in points where p.y != 0 {
                    let x0 = px(p.x) - w * Double(series.filter { $0.style == .bars }.count) / 2 + offset
                    let y = py(p.y)
                    body += "<rect class=\"mark\" x=\"\(f(x0))\" y=\"\(f(min(y, base)))\" width=\"\(f(max(1, w - 1)))\" height=\"\(f(max(1, abs(base - y))))\" fill=\"\(color)\" fill-opacity=\"0.75\"/>"
                    marks += 1
                }
            }
        }
        // Legend.
        // Legend below the axis label, two entries per row.
        var legend = ""
        let legendRows = series.count > 1 ? (series.count + 1) / 2 : 0
        for (index, s) in series.enumerated() where legendRows > 0 {
            let x = Self.left + Double(index % 2) * plotW / 2
            let y = Self.height + 6 + Double(index / 2) * 16
            legend += "<rect x=\"\(f(x))\" y=\"\(f(y - 9))\" width=\"10\" height=\"10\" fill=\"\(Self.palette[index % Self.palette.count])\"/>"
            legend += "<text x=\"\(f(x + 15))\" y=\"\(f(y))\">\(TextEscaping.html(s.name))</text>"
        }
        let totalHeight = Int(Self.height) + (legendRows > 0 ? 8 + 16 * legendRows : 0)
        let titleText = TextEscaping.html(title)
        return """
        <figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(Self.width)) \(totalHeight)" width="\(Int(Self.width))" height="\(totalHeight)" role="img" aria-label="\(titleText)" data-marks="\(marks)"><title>\(titleText)</title><text x="\(f(Self.width / 2))" y="20" text-anchor="middle" class="title">\(titleText)</text>\(body)<text x="\(f(Self.left + plotW / 2))" y="\(f(Self.height - 10))" text-anchor="middle" class="axis">\(TextEscaping.html(xLabel))</text><text transform="translate(16,\(f(Self.top + plotH / 2))) rotate(-90)" text-anchor="middle" class="axis">\(TextEscaping.html(yLabel))</text>\(legend)</svg></figure>
        """
    }

    private func barWidth(_ xs: [Double]) -> Double {
        let sorted = Array(Set(xs)).sorted()
        guard sorted.count > 1 else { return 1 }
        return zip(sorted.dropFirst(), sorted).map { $0 - $1 }.min() ?? 1
    }

    private func f(_ v: Double) -> String { String(format: "%.1f", v) }

    static func domain(_ low: Double, _ high: Double, scale: Scale, includeZero: Bool) -> (Double, Double) {
        switch scale {
        case .log:
            let a = pow(10, floor(log10(low))), b = pow(10, ceil(log10(high)))
            return a == b ? (a, a * 10) : (a, b)
        case .linear:
            var a = includeZero ? min(0, low) : low, b = includeZero ? max(0, high) : high
            if a == b { a -= 1; b += 1 }
            let pad = includeZero ? (b - a) * 0.05 : 0
            return (a, b + pad)
        }
    }

    static func unit(_ v: Double, _ domain: (Double, Double), _ scale: Scale) -> Double {
        switch scale {
        case .log: (log10(v) - log10(domain.0)) / (log10(domain.1) - log10(domain.0))
        case .linear: (v - domain.0) / (domain.1 - domain.0)
        }
    }

    static func ticks(_ domain: (Double, Double), _ scale: Scale) -> [Double] {
        switch scale {
        case .log:
            let a = Int(floor(log10(domain.0))), b = Int(ceil(log10(domain.1)))
            let step = max(1, (b - a) / 6)
            return stride(from: a, through: b, by: step).map { pow(10, Double($0)) }
        case .linear:
            let span = domain.1 - domain.0
            let raw = span / 5
            let magnitude = pow(10, floor(log10(raw)))
            let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
            var t = ceil(domain.0 / step) * step
            var result: [Double] = []
            while t <= domain.1 + step * 1e-9 {
                result.append(abs(t) < step * 1e-9 ? 0 : t)
                t += step
            }
            return result
        }
    }

    static func label(_ v: Double) -> String {
        if v == 0 { return "0" }
        let a = abs(v)
        if a >= 1e6 || a < 1e-3 { return String(format: "%.0e", v) }
        if a >= 1000 { return String(format: "%.0f", v) }
        if v == v.rounded() { return String(format: "%.0f", v) }
        return String(format: "%.3g", v)
    }
}
