import AgoraCore
import Foundation

/// Renders a run report as one self-contained HTML page: inline CSS and SVG only (no script, no
/// external resource, so nothing is fetched), every text escaped with `TextEscaping.html`.
public enum ReportHTMLRenderer {
    /// The HTML page of `report`.
    public static func render(_ report: RunReport) -> String {
        let e = TextEscaping.html
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>Agora report — \(e(report.worldName)) — \(e(report.runLabel))</title>
        <style>\(css)</style></head><body>
        <h1>Agora run report: \(e(report.worldName))</h1>
        <p class="meta">run <code>\(e(report.runLabel))</code> · seed \(report.seed) · config <code>\(e(String(report.configHash.prefix(12))))</code> · \(report.days) simulated day\(report.days == 1 ? "" : "s")\(report.traceComplete ? "" : " · <strong>truncated trace: analysed up to its last complete block</strong>")</p>
        <p class="meta">Every number is computed from the run's trace; names are the catalog's metric names, defined in <code>docs/metrics.md</code>.</p>

        """
        html += section("Follow graph and the friendship paradox", [
            ReportCharts.degreeDistribution(report).render(), ReportCharts.friendshipParadox(report).render(),
        ])
        html += section("Activity and retention", [
            ReportCharts.activity(report).render(),
            ReportCharts.retention(report).render(),
            ReportCharts.survival(report).render(),
        ])
        html += section("Engagement and spread", [
            ReportCharts.engagement(report).render(), ReportCharts.cascades(report).render(), topCascades(report),
        ])
        html += section("Exposure and polarization", [
            ReportCharts.exposure(report).render(), ReportCharts.opinions(report).render(),
            ReportCharts.polarization(report).render(),
        ])
        html += "<section><h2>Every scalar metric</h2><table class=\"metrics\"><thead><tr><th>name</th><th>value</th><th>definition</th></tr></thead><tbody>\n"
        for metric in report.metrics.scalars {
            html += "<tr><td><code>\(e(metric.name))</code></td><td class=\"num\">\(format(metric.value))</td><td>\(e(MetricCatalog.summary(of: metric.name)))</td></tr>\n"
        }
        html += "</tbody></table></section>\n</body></html>\n"
        return html
    }

    static func section(_ title: String, _ parts: [String]) -> String {
        "<section><h2>\(TextEscaping.html(title))</h2><div class=\"grid\">\(parts.joined(separator: "\n"))</div></section>\n"
    }

    static func topCascades(_ report: RunReport) -> String {
        let e = TextEscaping.html
        guard !report.tables.topCascades.isEmpty else { return "<figure class=\"chart empty\"><figcaption>Largest cascades</figcaption><p>No posts in this trace.</p></figure>" }
        var html = "<figure class=\"table\"><figcaption>Largest cascades (root post text as written by the agent)</figcaption><table><thead><tr><th>root post</th><th>author</th><th>size</th><th>depth</th><th>breadth</th><th>text</th></tr></thead><tbody>"
        for c in report.tables.topCascades {
            html += "<tr><td class=\"num\">\(c.rootPost)</td><td class=\"num\">\(c.author)</td><td class=\"num\">\(c.size)</td><td class=\"num\">\(c.depth)</td><td class=\"num\">\(c.breadth)</td><td class=\"text\">\(c.text.map(e) ?? "<span class=\"none\">(not traced)</span>")</td></tr>"
        }
        return html + "</tbody></table></figure>"
    }

    /// A number for tables: integers as such, others with 4 significant digits.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(format: "%.0f", value) }
        return String(format: "%.4g", value)
    }

    static let css = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#222;background:#fff;max-width:1400px}
    h1{font-size:22px;margin:0 0 6px}h2{font-size:18px;border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:28px}
    .meta{color:#555;margin:2px 0}.grid{display:flex;flex-wrap:wrap;gap:16px}
    \(SVGChart.css)
    table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
    td.num{text-align:right;font-variant-numeric:tabular-nums}td.text{max-width:260px;overflow-wrap:anywhere}
    table.metrics{width:100%}.none{color:#999}
    """
}
