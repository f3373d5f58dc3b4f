import AgoraCore
import Foundation

/// Renders a run report as a Markdown summary: run facts, headline numbers, the largest cascades
/// and a table of every scalar. Agent-written text is HTML-escaped (Markdown viewers render raw
/// HTML) and table-safe (`|` escaped, line breaks flattened).
public enum ReportMarkdownRenderer {
    /// The Markdown text of `report`.
    public static func render(_ report: RunReport) -> String {
        let inline = TextEscaping.markdownInline
        var md = "# Agora run report: \(inline(report.worldName))\n\n"
        md += "- run: `\(inline(report.runLabel))`\n- seed: \(report.seed)\n- config hash: `\(inline(report.configHash))`\n"
        md += "- simulated days: \(report.days)\n- trace: \(report.traceComplete ? "complete" : "truncated (analysed up to its last complete block)")\n\n"
        md += "## Headline numbers\n\n| metric | value |\n|---|---|\n"
        let headline = [
            "activity.dau_mean", "activity.stickiness_mean", "retention.d1", "retention.d7", "retention.km_median_days",
            "retention.churn_rate_mean", "engagement.posts_per_dau", "engagement.top1pct_author_attention_share",
            "cascades.size_max", "friendship_paradox.followees.followers.weak_fraction",
            "friendship_paradox.followees.followers.strong_fraction", "polarization.opinion_variance",
            "polarization.bimodality_coefficient", "polarization.echo_chamber.following_correlation",
        ]
        for name in headline {
            if let value = report.metrics[name] { md += "| `\(name)` | \(ReportHTMLRenderer.format(value)) |\n" }
        }
        if !report.tables.topCascades.isEmpty {
            md += "\n## Largest cascades\n\n| root post | author | size | depth | breadth | text |\n|---|---|---|---|---|---|\n"
            for c in report.tables.topCascades {
                md += "| \(c.rootPost) | \(c.author) | \(c.size) | \(c.depth) | \(c.breadth) | \(c.text.map(inline) ?? "(not traced)") |\n"
            }
        }
        md += "\n## Every scalar metric\n\n| name | value | definition |\n|---|---|---|\n"
        for metric in report.metrics.scalars {
            md += "| `\(metric.name)` | \(ReportHTMLRenderer.format(metric.value)) | \(MetricCatalog.summary(of: metric.name).replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        let seriesNames = Array(Set(report.metrics.timeseries.map(\.name))).sorted()
        md += "\n## Daily series\n\nIn `report.json` (`series`) and the catalog's `timeseries` table: "
        md += seriesNames.map { "`\($0)`" }.joined(separator: ", ") + ".\n"
        return md
    }
}
