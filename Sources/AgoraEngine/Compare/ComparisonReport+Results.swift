import AgoraAnalysis
import Foundation

/// A comparison's report from the results of its two-point sweep, and its files
/// (`agora compare`). The statistics and the rendering are AgoraAnalysis's.
extension ComparisonReport {
    /// Computes the comparison from the results of a comparison plan (two points): replicate r of
    /// A is paired with replicate r of B (the same seed) when both completed.
    public init(results: SweepResults) {
        let a = results.points.first?.replicates ?? []
        let b = results.points.dropFirst().first?.replicates ?? []
        let paired = zip(a, b).filter { $0.0.runID != nil && $0.1.runID != nil }.map { ($0.0.metrics, $0.1.metrics) }
        self.init(comparisonID: results.sweep.id, labels: results.points.map { $0.values.first ?? "" },
                  pairs: paired, metricNames: results.metricNames)
    }

    /// Writes `compare.html`, `compare.md` and `compare.json` into `folder`; returns their paths.
    /// - Throws: `EngineError.writeFailed`.
    public func write(to folder: URL) throws(EngineError) -> [URL] {
        try ReportFiles.write([("compare.html", Data(html().utf8)), ("compare.md", Data(markdown().utf8)), ("compare.json", json())],
                              into: folder)
    }
}
