import ArgumentParser
import AgoraEngine
import Foundation

/// `agora report RUN_ID|TRACE [--out DIR] [--format html,md,json] [--runs DIR]`: computes a run's
/// report from its trace and writes `report.html`, `report.md` and/or `report.json` into the run
/// folder (or `--out DIR`). Parsing and printing only; the work is AgoraEngine's `RunReporter`.
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
        do throws(EngineError) { _ = try RunReporter(formats: format) } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        guard let reporter = try? RunReporter(formats: format, inactivityDays: inactivityDays) else { return }
        guard let located = RunReporter.locate(source, runs: runs) else {
            fail("no run or trace '\(source)': not a trace file, a run folder, or a run id in \(runs)/; list runs with `agora runs list --out \(runs)`", code: 1)
        }
        do throws(EngineError) {
            let files = try reporter.write(located, into: out.map { URL(fileURLWithPath: $0, isDirectory: true) })
            for url in files { print(url.path) }
        } catch {
            fail(error.description, code: error.exitCode)
        }
    }
}
