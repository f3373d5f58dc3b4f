import Foundation
import Testing

@testable import AgoraEngine

/// `agora report`'s engine side: which trace an argument names, the formats it accepts, and the
/// exit codes of its failures.
@Suite struct RunReporterTests {
    /// A folder `runs/` holding one run folder with a (fake) trace file.
    static func runsFolder() throws -> URL {
        let runs = FileManager.default.temporaryDirectory.appendingPathComponent("agora-reporter-\(UUID().uuidString)/runs")
        try FileManager.default.createDirectory(at: runs.appendingPathComponent("demo-1a2b3c4d-1"), withIntermediateDirectories: true)
        try Data("not a trace".utf8).write(to: runs.appendingPathComponent("demo-1a2b3c4d-1/trace.agtrace"))
        return runs
    }

    @Test func aRunIDARunFolderAndATraceFileAllLocateTheTrace() throws {
        let runs = try Self.runsFolder()
        let trace = runs.appendingPathComponent("demo-1a2b3c4d-1/trace.agtrace")
        let byID = try #require(RunReporter.locate("demo-1a2b3c4d-1", runs: runs.path))
        #expect(byID.trace.path == trace.path && byID.label == "demo-1a2b3c4d-1")
        let byFolder = try #require(RunReporter.locate(runs.appendingPathComponent("demo-1a2b3c4d-1").path, runs: "elsewhere"))
        #expect(byFolder.label == "demo-1a2b3c4d-1")
        #expect(RunReporter.locate(trace.path, runs: "elsewhere")?.label == "demo-1a2b3c4d-1")
        #expect(RunReporter.locate("no-such-run", runs: runs.path) == nil)
        #expect(RunReporter.locate("../demo", runs: runs.path) == nil, "only [a-z0-9-] run ids are looked up")
    }

    @Test func formatsAreCheckedWhenTheReporterIsMade() throws {
        #expect(throws: EngineError.self) { try RunReporter(formats: "html,pdf") }
        do {
            _ = try RunReporter(formats: "")
        } catch {
            #expect(error.exitCode == 2 && error.description.contains("--format is empty"))
        }
        _ = try RunReporter(formats: "markdown,json")
    }

    @Test func aFileThatIsNotATraceFailsWithExitThree() throws {
        let runs = try Self.runsFolder()
        let source = try #require(RunReporter.locate("demo-1a2b3c4d-1", runs: runs.path))
        do {
            _ = try RunReporter(formats: "json").write(source)
            Issue.record("a file that is not a trace was reported on")
        } catch {
            #expect(error.exitCode == 3)
        }
    }
}
