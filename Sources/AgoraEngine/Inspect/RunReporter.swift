import AgoraAnalysis
import Foundation

/// The engine entry point of `agora report` and `agora run --report`: finds a run's trace,
/// analyses it (AgoraAnalysis `ReportAnalysis`) and writes `report.html`, `report.md` and/or
/// `report.json` into the run folder or a folder of the caller's choice.
///
///     let reporter = try RunReporter(formats: "html,md")
///     guard let source = RunReporter.locate("quickstart-1a2b3c4d-1", runs: "runs") else { … }
///     for file in try reporter.write(source) { print(file.path) }
public struct RunReporter: Sendable {
    /// A trace to report on and the label the report gives its run.
    public struct Source: Sendable, Equatable {
        /// The trace file.
        public var trace: URL
        /// The run id, or the trace's file name when it is not in a run folder.
        public var label: String
    }

    /// The formats written, in order.
    let formats: [ReportFormat]
    /// Analysis options (the churn threshold).
    let options: ReportAnalysis.Options

    /// A reporter writing the comma-separated `formats` (`html`, `md` or `markdown`, `json`).
    /// - Parameter inactivityDays: days without a session after which an agent counts as churned.
    /// - Throws: `EngineError.invalidConfig` naming an unknown or missing format.
    public init(formats: String = "html,md,json", inactivityDays: Int = 7) throws(EngineError) {
        switch ReportFormat.parseList(formats) {
        case .success(let parsed): self.formats = parsed
        case .failure(let failure): throw .invalidConfig(failure.description)
        }
        options = ReportAnalysis.Options(inactivityDays: inactivityDays)
    }

    /// The trace of a run id (a folder of `runs`), a run folder, or a trace file; nil when none
    /// exists. Only a well-formed run id (`[a-z0-9-]`, docs/architecture.md, "Contracts") is looked up.
    public static func locate(_ argument: String, runs: String) -> Source? {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: argument, isDirectory: &isDirectory) {
            let url = URL(fileURLWithPath: argument, isDirectory: isDirectory.boolValue)
            if isDirectory.boolValue {
                let trace = url.appendingPathComponent("trace.agtrace")
                return manager.fileExists(atPath: trace.path) ? Source(trace: trace, label: url.standardizedFileURL.lastPathComponent) : nil
            }
            let label = url.lastPathComponent == "trace.agtrace"
                ? url.deletingLastPathComponent().standardizedFileURL.lastPathComponent : url.lastPathComponent
            return Source(trace: url, label: label)
        }
        guard !argument.isEmpty, argument.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else { return nil }
        let trace = URL(fileURLWithPath: runs, isDirectory: true).appendingPathComponent(argument)
            .appendingPathComponent("trace.agtrace")
        return manager.fileExists(atPath: trace.path) ? Source(trace: trace, label: argument) : nil
    }

    /// Analyses `source` and writes the report files into `folder` (default: the trace's folder).
    /// - Returns: the paths written, in the order of the formats.
    /// - Throws: `EngineError.damagedTrace` when the trace cannot be analysed, `.report` when a
    ///   file cannot be written.
    public func write(_ source: Source, into folder: URL? = nil) throws(EngineError) -> [URL] {
        let report: RunReport
        do throws(TraceAnalysis.Failure) {
            report = try ReportAnalysis.report(tracePath: source.trace.path, runLabel: source.label, options: options)
        } catch {
            throw .damagedTrace(error.description)
        }
        do throws(ReportWriter.Failure) {
            return try ReportWriter.write(report, formats: formats, to: folder ?? source.trace.deletingLastPathComponent())
        } catch {
            throw .report(error.description)
        }
    }

    /// Writes the report of run `runID` of `outputRoot` into its run folder (`agora run --report`).
    /// - Throws: the errors of `write(_:into:)`.
    public func writeRunReport(runID: String, outputRoot: URL) throws(EngineError) -> [URL] {
        let layout = RunLayout(outputRoot: outputRoot, runID: runID)
        return try write(Source(trace: layout.tracePath, label: runID), into: layout.runDirectory)
    }
}
