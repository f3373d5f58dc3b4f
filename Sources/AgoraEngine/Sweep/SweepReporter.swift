import AgoraAnalysis
import Foundation

/// The engine entry point of `agora sweep report SWEEP_ID`: reads a sweep's results from the
/// catalog of an output folder, writes `report.html`, `report.md` and `report.json` into the
/// sweep's folder `OUT/sweeps/<sweep-id>/`, and hands back what the command prints.
///
///     let written = try SweepReporter(outputRoot: out).write(sweepID: id)
///     for file in written.files { print(file.path) }
public struct SweepReporter: Sendable {
    /// What was written, and the report's text forms for `--print`.
    public struct Written: Sendable {
        /// The files written, in the order html, md, json.
        public var files: [URL]
        /// The report as Markdown.
        public var markdown: String
        /// The report as pretty-printed JSON with sorted keys.
        public var json: String
    }

    /// The output folder holding the catalog `agora.sqlite`.
    public let outputRoot: URL

    /// A reporter of the sweeps of `outputRoot`.
    public init(outputRoot: URL) { self.outputRoot = outputRoot }

    /// Computes and writes the report of sweep `sweepID`.
    /// - Throws: `EngineError.notFound` for a missing catalog or sweep, `.catalog` for catalog
    ///   failures, `.writeFailed` when a file cannot be written.
    public func write(sweepID: String) throws(EngineError) -> Written {
        let report = SweepReport(results: try SweepResults.load(outputRoot: outputRoot, sweepID: sweepID))
        let files = try report.write(to: SweepResults.folder(in: outputRoot, sweepID: sweepID))
        return Written(files: files, markdown: report.markdown(), json: String(decoding: report.json(), as: UTF8.self))
    }
}
