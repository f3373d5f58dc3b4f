import AgoraAnalysis
import Foundation

/// A sweep's report from its results in the catalog, and its files in the sweep's folder
/// (`agora sweep report`). The statistics and the rendering are AgoraAnalysis's.
extension SweepReport {
    /// Computes the report of `results`: per point and metric, the statistics of the values of
    /// the replicates that completed. O(points × replicates × metrics).
    public init(results: SweepResults) {
        self.init(
            sweepID: results.sweep.id, name: results.sweep.name, axes: results.sweep.axes,
            metricNames: results.metricNames, plannedRuns: results.plannedRuns, completedRuns: results.completedRuns,
            points: results.points.map { point in
                PointValues(index: point.index, values: point.values, replicates: point.replicates.count,
                            completed: point.replicates.filter { $0.runID != nil }.count,
                            metricValues: Dictionary(uniqueKeysWithValues: results.metricNames.map { ($0, point.values(of: $0)) }))
            })
    }

    /// Writes `report.html`, `report.md` and `report.json` into `folder`; returns their paths.
    /// - Throws: `EngineError.writeFailed`.
    public func write(to folder: URL) throws(EngineError) -> [URL] {
        try ReportFiles.write([("report.html", Data(html().utf8)), ("report.md", Data(markdown().utf8)), ("report.json", json())],
                              into: folder)
    }
}
