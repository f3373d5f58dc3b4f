import AgoraAnalysis
import Foundation

/// The engine entry point of the reports of `agora compare`: the comparison of a finished
/// comparison sweep (`ComparisonPlan`, run by `SweepRunner`), or of completed runs already in the
/// catalog paired by seed; written into `OUT/compares/<comparison-id>/` and handed back as the
/// table the command prints.
///
///     let written = try ComparisonReporter(outputRoot: out).write(sweepID: plan.id)
///     print(written.table, terminator: "")
public struct ComparisonReporter: Sendable {
    /// What was written, and the terminal table.
    public struct Written: Sendable {
        /// The plain-text table (means, B − A, its 95% CI, the sign test's p), ending in a newline.
        public var table: String
        /// The files written, in the order html, md, json.
        public var files: [URL]
    }

    /// The output folder holding the catalog `agora.sqlite`.
    public let outputRoot: URL

    /// A reporter of the comparisons of `outputRoot`.
    public init(outputRoot: URL) { self.outputRoot = outputRoot }

    /// The folder of a comparison's files: `OUT/compares/<comparison-id>/`.
    public static func folder(in outputRoot: URL, comparisonID: String) -> URL {
        outputRoot.appendingPathComponent("compares", isDirectory: true).appendingPathComponent(comparisonID, isDirectory: true)
    }

    /// Reports the comparison sweep `sweepID` (its point 0 is A, point 1 is B).
    /// - Throws: `EngineError.notFound` for a missing catalog or sweep, `.catalog` for catalog
    ///   failures, `.writeFailed` when a file cannot be written.
    public func write(sweepID: String) throws(EngineError) -> Written {
        try write(ComparisonReport(results: try SweepResults.load(outputRoot: outputRoot, sweepID: sweepID)))
    }

    /// Reports completed runs already in the catalog (`--runs-a … --runs-b …`), paired by seed.
    /// - Parameter metrics: metric names to compare; empty = every metric both sides store.
    /// - Throws: the errors of `ComparisonReport.comparingRuns`, and `.writeFailed`.
    public func write(runsA: [String], runsB: [String], metrics: [String]) throws(EngineError) -> Written {
        try write(ComparisonReport.comparingRuns(outputRoot: outputRoot, a: runsA, b: runsB, metrics: metrics))
    }

    private func write(_ report: ComparisonReport) throws(EngineError) -> Written {
        let files = try report.write(to: Self.folder(in: outputRoot, comparisonID: report.comparisonID))
        return Written(table: report.table(), files: files)
    }
}
