import AgoraAnalysis
import ArgumentParser
import Foundation

/// `agora report RUN_ID|TRACE [--out DIR] [--format html,md,json] [--runs DIR]`: computes a run's
/// report from its trace and writes `report.html`, `report.md` and/or `report.json` into the run
/// folder (or `--out DIR`). Parsing and printing only; the work is in AgoraAnalysis
/// (`ReportAnalysis`, `ReportWriter`).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a run's report (HTML with charts, Markdown, JSON) computed from its trace."
    )

    @Argument(help: ArgumentHelp("A run id (a folder of --runs), a run folder, or a trace file (.agtrace).",
                                 valueName: "RUN_ID|TRACE"))
    var source: String

    @Option(help: "Folder to write the report files into (default: the run's folder).")
    var out: String?

    @Option(help: "Comma-separated formats: html, md, json.")
    var format: String = "html,md,json"

    @Option(help: "Output folder holding run folders (where RUN_ID is looked up).")
    var runs: String = "runs"

    @Option(help: "Days without a session after which an agent counts as churned (retention, Kaplan–Meier).")
    var inactivityDays: Int = 7

    func validate() throws {
        guard inactivityDays >= 1 else { throw ValidationError("--inactivity-days must be at least 1.") }
        if case .failure(let error) = ReportFormat.parseList(format) { throw ValidationError(error.description) }
    }

    func run() throws {
        guard case .success(let formats) = ReportFormat.parseList(format) else { return }
        let located = Self.locate(source, runs: runs)
        guard let (trace, label) = located else {
            fail("no run or trace '\(source)': not a trace file, a run folder, or a run id in \(runs)/; list runs with `agora runs list --out \(runs)`", code: 1)
        }
        let report: RunReport
        do throws(TraceAnalysis.Failure) {
            report = try ReportAnalysis.report(tracePath: trace.path, runLabel: label,
                                               options: .init(inactivityDays: inactivityDays))
        } catch {
            fail(error.description, code: 3)
        }
        let directory = out.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? trace.deletingLastPathComponent()
        do throws(ReportWriter.Failure) {
            for url in try ReportWriter.write(report, formats: formats, to: directory) { print(url.path) }
        } catch {
            fail(error.description, code: 1)
        }
    }

    /// The trace file and run label for a run id, run folder or trace path; `nil` when none exists.
    static func locate(_ argument: String, runs: String) -> (URL, String)? {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: argument, isDirectory: &isDirectory) {
            let url = URL(fileURLWithPath: argument, isDirectory: isDirectory.boolValue)
            if isDirectory.boolValue {
                let trace = url.appendingPathComponent("trace.agtrace")
                return manager.fileExists(atPath: trace.path) ? (trace, url.standardizedFileURL.lastPathComponent) : nil
            }
            let label = url.lastPathComponent == "trace.agtrace"
                ? url.deletingLastPathComponent().standardizedFileURL.lastPathComponent : url.lastPathComponent
            return (url, label)
        }
        // A run id is [a-z0-9-] (DESIGN.md, "Output folder"); anything else is not looked up.
        guard !argument.isEmpty, argument.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else { return nil }
        let trace = URL(fileURLWithPath: runs, isDirectory: true).appendingPathComponent(argument)
            .appendingPathComponent("trace.agtrace")
        return manager.fileExists(atPath: trace.path) ? (trace, argument) : nil
    }
}
