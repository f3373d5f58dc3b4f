import Foundation
import Testing
@testable import AgoraAnalysis

/// docs/metrics.md is the registry's `markdown()`, word for word. With `AGORA_WRITE_METRICS_DOC=1`
/// in the environment (`make metrics-doc`) the test writes the file instead of comparing.
@Suite struct MetricCatalogDocumentTests {
    static let documentURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(MetricCatalog.documentPath)

    /// The backquoted names in the first column of the document's tables.
    static func listedNames(in text: String) -> Set<String> {
        Set(text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `"), let end = line.dropFirst(3).firstIndex(of: "`") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 3)..<end])
        })
    }

    @Test func docsMetricsIsGeneratedFromTheRegistry() throws {
        let generated = MetricCatalog.markdown()
        if ProcessInfo.processInfo.environment["AGORA_WRITE_METRICS_DOC"] == "1" {
            try generated.write(to: Self.documentURL, atomically: true, encoding: .utf8)
            return
        }
        let current = try String(contentsOf: Self.documentURL, encoding: .utf8)
        let listed = Self.listedNames(in: current)
        let declared = Self.listedNames(in: generated)
        #expect(declared.subtracting(listed).isEmpty,
                "docs/metrics.md lacks \(declared.subtracting(listed).sorted()); run `make metrics-doc`")
        #expect(listed.subtracting(declared).isEmpty,
                "docs/metrics.md lists undeclared \(listed.subtracting(declared).sorted()); run `make metrics-doc`")
        #expect(current == generated, "docs/metrics.md differs from MetricCatalog.markdown(); run `make metrics-doc`")
    }

    @Test func everyDeclaredMetricHasARow() {
        let listed = Self.listedNames(in: MetricCatalog.markdown())
        let rows = MetricCatalog.sections.flatMap(\.rows)
        #expect(rows.count == listed.count)
        for row in rows {
            switch row {
            case .metric(let metric): #expect(listed.contains(metric.name))
            case .family(let family): #expect(listed.contains(family.pattern))
            }
        }
        #expect(rows.flatMap(\.members).count == MetricCatalog.definitions.count)
    }
}
