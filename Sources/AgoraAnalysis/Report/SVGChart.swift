import AgoraCore
import Foundation

/// The one chart toolkit of Agora's reports (run, sweep and comparison pages): a small chart drawn
/// as inline SVG (no scripts, no external resources): lines, points, bars or means with their
/// confidence intervals, on linear or log₁₀ axes or a categorical x axis, with a title, axis labels
/// (units included by the caller), ticks and a legend. Every plotted element carries
/// `class="mark"` so a checker can count them; the `<svg>` element carries `data-marks` with that
/// count. All text is escaped. The page that embeds charts includes `SVGChart.css`.
struct SVGChart {
    enum Scale { case linear, log }
    /// `fit` is a dashed line without point markers (a fitted model, not data); `errorBars` is a
    /// point per value with its interval (`Series.intervals`) as a capped whisker.
    enum Style { case line, points, bars, fit, errorBars }

    struct Series {
        var name: String
        var points: [(x: Double, y: Double)]
        var style: Style
        /// With `errorBars`: the interval of each point, parallel to `points` (nil or missing: none).
        var intervals: [ClosedRange<Double>?] = []
    }

    var title: String
    var xLabel: String
    var yLabel: String
    var xScale: Scale = .linear
    var yScale: Scale = .linear
    var series: [Series] = []
    /// Forces the y range (e.g. 0…1 for shares); nil = from the data (0 included on linear axes
    /// unless `yIncludesZero` is false).
    var yRange: ClosedRange<Double>? = nil
    /// Whether a linear y axis taken from the data reaches down (or up) to 0 — right for counts
    /// and shares; false fits the axis to the data with a margin, for means whose differences
    /// matter more than their size.
    var yIncludesZero = true
    /// Names of a categorical x axis: a point's x is its index in this list, and each name labels
    /// its own tick. Empty: a numeric x axis.
    var xCategories: [String] = []
    /// What an empty chart says instead of plotting.
    var emptyText = "No data in this trace."

    /// The figure and chart rules of the embedding page's stylesheet (figure frames, including
    /// `figure.table` for a table shown among charts; text sizes, grid and frame strokes).
    static let css = """
    figure{margin:0;border:1px solid #e3e3e3;border-radius:4px;padding:6px;background:#fff}
    figure.empty{width:626px;color:#777}figure.table{max-width:640px;overflow:auto}
    figcaption{font-weight:600;font-size:13px;margin-bottom:4px}
    svg text{font-size:11px;fill:#333}svg text.title{font-size:14px;font-weight:600}svg text.axis{font-size:12px}
    svg .grid{stroke:#eee}svg .frame{fill:none;stroke:#999}
    """

    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]
    static let width = 640.0, height = 330.0
    static let left = 70.0, right = 20.0, top = 34.0, bottom = 50.0

    /// Whether anything can be plotted.
    var hasData: Bool { series.contains { !usable($0.points).isEmpty } }

    private func usable(_ points: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        points.filter(isUsable)
    }

    private func isUsable(_ point: (x: Double, y: Double)) -> Bool {
        point.x.isFinite && point.y.isFinite && (xScale == .linear || point.x > 0) && (yScale == .linear || point.y > 0)
    }

    /// The usable points of `s` with their intervals (nil where none, or where an end cannot be
    /// plotted on the y scale).
    private func pointsWithIntervals(_ s: Series) -> [(point: (x: Double, y: Double), interval: ClosedRange<Double>?)] {
        s.points.indices.compactMap { index in
            let point = s.points[index]
            guard isUsable(point) else { return nil }
            let interval = index < s.intervals.count ? s.intervals[index] : nil
            let plottable = interval.map { isUsable((point.x, $0.lowerBound)) && isUsable((point.x, $0.upperBound)) } ?? false
            return (point, plottable ? interval : nil)
        }
    }

    /// The x position's name: its category, or its number on a numeric axis.
    private func xText(_ x: Double) -> String {
        guard x >= 0, x.rounded() < Double(xCategories.count) else { return Self.label(x) }
        return xCategories[Int(x.rounded())]
    }

    func render() -> String {
        let all = series.flatMap { usable($0.points) }
        guard !all.isEmpty else {
            return "<figure class=\"chart empty\"><figcaption>\(TextEscaping.html(title))</figcaption><p>\(TextEscaping.html(emptyText))</p></figure>"
        }
        let xs = all.map(\.x)
        let ys = all.map(\.y) + series.flatMap { s in
            pointsWithIntervals(s).flatMap { $0.interval.map { [$0.lowerBound, $0.upperBound] } ?? [] }
        }
        let bars = series.contains { $0.style == .bars }
        var xDomain = Self.domain(xs.min()!, xs.max()!, scale: xScale, includeZero: false)
        if !xCategories.isEmpty {
            xDomain = (-0.5, Double(xCategories.count) - 0.5)
        } else if bars || series.contains(where: { $0.style == .errorBars }) {
            xDomain = (xDomain.0 - 0.5 * barWidth(xs), xDomain.1 + 0.5 * barWidth(xs))
        }
        let yDomain = yRange.map { ($0.lowerBound, $0.upperBound) } ?? yDataDomain(ys)
        let plotW = Self.width - Self.left - Self.right, plotH = Self.height - Self.top - Self.bottom
        func px(_ x: Double) -> Double { Self.left + Self.unit(x, xDomain, xScale) * plotW }
        func py(_ y: Double) -> Double { Self.top + (1 - Self.unit(y, yDomain, yScale)) * plotH }
        var marks = 0
        var body = ""
        // Axes, ticks and grid.
        let xTicks = xCategories.isEmpty
            ? Self.ticks(xDomain, xScale).map { ($0, Self.label($0)) }
            : xCategories.enumerated().map { (Double($0.offset), TextEscaping.html($0.element)) }
        for (t, text) in xTicks {
            let x = px(t)
            body += "<line x1=\"\(f(x))\" y1=\"\(f(Self.top))\" x2=\"\(f(x))\" y2=\"\(f(Self.top + plotH))\" class=\"grid\"/>"
            body += "<text x=\"\(f(x))\" y=\"\(f(Self.top + plotH + 16))\" text-anchor=\"middle\">\(text)</text>"
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
            case .errorBars:
                for (p, interval) in pointsWithIntervals(s) {
                    let x = px(p.x)
                    var tooltip = "\(xText(p.x)): \(String(format: "%.4g", p.y))"
                    if let interval {
                        let (low, high) = (py(interval.lowerBound), py(interval.upperBound))
                        body += "<path class=\"mark\" d=\"M\(f(x - 5)),\(f(low))H\(f(x + 5))M\(f(x)),\(f(low))V\(f(high))M\(f(x - 5)),\(f(high))H\(f(x + 5))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\"/>"
                        marks += 1
                        tooltip += String(format: " [%.4g, %.4g]", interval.lowerBound, interval.upperBound)
                    }
                    body += "<circle class=\"mark\" cx=\"\(f(x))\" cy=\"\(f(py(p.y)))\" r=\"3.5\" fill=\"\(color)\"><title>\(TextEscaping.html(tooltip))</title></circle>"
                    marks += 1
                }
            }
        }
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

    /// The y domain of the plotted values: 0 included on a linear axis when `yIncludesZero`,
    /// otherwise the data's range widened by 8% on each side.
    private func yDataDomain(_ ys: [Double]) -> (Double, Double) {
        let includeZero = yScale == .linear && yIncludesZero
        let (low, high) = Self.domain(ys.min()!, ys.max()!, scale: yScale, includeZero: includeZero)
        guard yScale == .linear, !includeZero else { return (low, high) }
        let margin = (high - low) * 0.08
        return (low - margin, high + margin)
    }

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
