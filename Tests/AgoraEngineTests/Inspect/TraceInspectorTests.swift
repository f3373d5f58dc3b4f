import Foundation
import Testing

@testable import AgoraEngine

/// `agora trace stats` and `agora trace export`'s engine side: complete, truncated and foreign
/// files, and where each notice goes.
@Suite struct TraceInspectorTests {
    @Test func aCompleteTraceHasNoNoticeAndATruncatedOneSaysWhatWasRecovered() throws {
        let (summary, folder) = try WorldRunnerTests.run()
        let trace = folder.appendingPathComponent(summary.runID).appendingPathComponent("trace.agtrace")
        let complete = try TraceInspector.stats(path: trace.path, json: false)
        #expect(complete.notice == nil && complete.report.contains("complete           yes"))
        let bytes = try Data(contentsOf: trace)
        let cut = folder.appendingPathComponent("cut.agtrace")
        try bytes.prefix(bytes.count * 2 / 3).write(to: cut)
        let text = try TraceInspector.stats(path: cut.path, json: false)
        #expect(text.notice?.hasPrefix("recovered ") == true && text.noticeOnStandardOutput)
        let json = try TraceInspector.stats(path: cut.path, json: true)
        #expect(json.notice == text.notice && !json.noticeOnStandardOutput, "JSON output stays one object")
        let export = folder.appendingPathComponent("cut.csv")
        #expect(try TraceInspector.export(path: cut.path, format: .csv, to: export.path) == text.notice)
    }

    @Test func aFileThatIsNotATraceExitsThreeAndAMissingOneOne() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("agora-not-a-trace-\(UUID().uuidString)").path
        try Data("hello\n".utf8).write(to: URL(fileURLWithPath: path))
        for (file, code) in [(path, Int32(3)), (path + ".missing", 1)] {
            do {
                _ = try TraceInspector.stats(path: file, json: false)
                Issue.record("\(file) was read as a trace")
            } catch {
                #expect(error.exitCode == code, "\(file)")
            }
        }
    }
}
