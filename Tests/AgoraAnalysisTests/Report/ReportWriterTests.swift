import Foundation
import Testing
@testable import AgoraAnalysis

@Suite struct ReportWriterTests {
    @Test func formatsParseFromACommaSeparatedList() throws {
        #expect(try ReportFormat.parseList("html, md,json,html").get() == [.html, .md, .json])
        #expect(try ReportFormat.parseList("markdown").get() == [.md])
        guard case .failure(let error) = ReportFormat.parseList("html,pdf") else {
            Issue.record("pdf should be refused")
            return
        }
        #expect(error.description.contains("'pdf'"))
        if case .success = ReportFormat.parseList(" , ") { Issue.record("an empty list should be refused") }
    }

    @Test func writesOneFilePerFormatAndTheSameJSONTwice() throws {
        let report = try ReportAnalysis.report(tracePath: try ReportTraceFixture.write(), runLabel: "fixture")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        let written = try ReportWriter.write(report, formats: [.json, .md], to: directory)
        #expect(written.map(\.lastPathComponent) == ["report.json", "report.md"])
        let first = try Data(contentsOf: written[0])
        try ReportWriter.write(report, formats: [.json], to: directory)
        #expect(try Data(contentsOf: written[0]) == first)
        let json = try JSONSerialization.jsonObject(with: first) as? [String: Any]
        let metrics = json?["metrics"] as? [String: [String: Any]]
        #expect(metrics?["cascades.size_max"]?["value"] as? Double == 4)
        #expect((metrics?["retention.d1"]?["definition"] as? String)?.contains("1-day retention") == true)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("report.html").path))
    }

    @Test func anUnwritableFolderIsAnErrorNamingIt() throws {
        let report = try ReportAnalysis.report(tracePath: try ReportTraceFixture.write(), runLabel: "fixture")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-file-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        #expect(throws: ReportWriter.Failure.self) {
            try ReportWriter.write(report, formats: [.md], to: file.appendingPathComponent("sub"))
        }
    }
}
