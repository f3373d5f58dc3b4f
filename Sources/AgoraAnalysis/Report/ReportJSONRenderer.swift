import Foundation

/// Renders a run report as JSON (`report.json`): every number under its metric name with its
/// definition, the series as [day, value] pairs, and the tables behind the charts. Keys sorted,
/// so the same trace gives the same bytes. Layout in `docs/reports.md`.
public enum ReportJSONRenderer {
    struct Document: Encodable {
        struct Run: Encodable {
            var label: String
            var world: String
            var seed: UInt64
            var configHash: String
            var days: Int
            var traceComplete: Bool
            private enum CodingKeys: String, CodingKey {
                case label, world, seed, days, configHash = "config_hash", traceComplete = "trace_complete"
            }
        }
        struct Scalar: Encodable { var value: Double; var definition: String }
        struct Series: Encodable { var definition: String; var points: [[Double]] }
        var format = "agora-report/1"
        var run: Run
        var metrics: [String: Scalar]
        var series: [String: Series]
        var tables: ReportTables
    }

    /// The JSON bytes of `report`.
    public static func render(_ report: RunReport) -> Data {
        var metrics: [String: Document.Scalar] = [:]
        for m in report.metrics.scalars { metrics[m.name] = .init(value: m.value, definition: MetricCatalog.summary(of: m.name)) }
        var series: [String: Document.Series] = [:]
        for p in report.metrics.timeseries {
            series[p.name, default: .init(definition: MetricCatalog.summary(of: p.name), points: [])].points
                .append([Double(p.day), p.value])
        }
        let document = Document(
            run: .init(label: report.runLabel, world: report.worldName, seed: report.seed, configHash: report.configHash,
                       days: report.days, traceComplete: report.traceComplete),
            metrics: metrics, series: series, tables: report.tables)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        // Encoding plain structs of finite numbers and strings cannot fail.
        return (try? encoder.encode(document)) ?? Data("{}".utf8)
    }
}
