import AgoraAnalysis
import AgoraCore
import AgoraStore
import Foundation

extension ComparisonReport {
    /// Compares two sets of runs already in a catalog (`agora compare --runs-a … --runs-b …`):
    /// runs are paired by seed (common random numbers), so every seed of one set must appear in
    /// the other; every run must be completed.
    /// - Parameters:
    ///   - outputRoot: the folder holding `agora.sqlite`.
    ///   - a: run ids of A; `b`: run ids of B.
    ///   - metrics: metric names to compare; empty = every metric both sides store.
    /// - Throws: `EngineError.notFound` for a missing catalog or run; `.invalidConfig` when the
    ///   sets do not pair up by seed or a run is not completed; `.catalog` for catalog failures.
    public static func comparingRuns(outputRoot: URL, a: [String], b: [String], metrics: [String]) throws(EngineError)
        -> ComparisonReport
    {
        let path = RunLayout.catalogPath(in: outputRoot).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw .notFound("\(path): no catalog here — pass the --out folder that holds these runs.")
        }
        let catalog: Catalog
        do { catalog = try Catalog(path: path, mode: .mustExist) } catch { throw .catalog(error.description) }
        let left = try completedRuns(a, side: "A", in: catalog)
        let right = try completedRuns(b, side: "B", in: catalog)
        var pairs: [([String: Double], [String: Double])] = []
        for (seed, metricsA) in left.sorted(by: { $0.key < $1.key }) {
            guard let metricsB = right[seed] else {
                throw .invalidConfig("--runs-b has no run with seed \(seed), which --runs-a has: the two sets are paired by seed (common random numbers); give runs of the same seeds on both sides.")
            }
            pairs.append((metricsA, metricsB))
        }
        if let extra = right.keys.sorted().first(where: { left[$0] == nil }) {
            throw .invalidConfig("--runs-a has no run with seed \(extra), which --runs-b has: the two sets are paired by seed; give runs of the same seeds on both sides.")
        }
        let names = metrics.isEmpty
            ? Array(Set(pairs.flatMap { Array($0.0.keys) }).intersection(pairs.flatMap { Array($0.1.keys) })).sorted()
            : metrics
        let id = "runs-" + String(SHA256.hexHash(Array((a + ["|"] + b).joined(separator: ",").utf8)).prefix(8))
        return ComparisonReport(comparisonID: id, labels: [a.joined(separator: ","), b.joined(separator: ",")],
                                pairs: pairs, metricNames: names)
    }

    /// The metrics of each completed run, by seed (a seed given twice on one side is an error).
    private static func completedRuns(_ ids: [String], side: String, in catalog: Catalog) throws(EngineError)
        -> [UInt64: [String: Double]]
    {
        var bySeed: [UInt64: [String: Double]] = [:]
        for id in ids {
            let record: RunRecord?
            let stored: [MetricRecord]
            do {
                record = try catalog.run(id: id)
                stored = try catalog.metrics(runID: id)
            } catch {
                throw .catalog(error.description)
            }
            guard let record else {
                throw .notFound("--runs-\(side.lowercased()): no run '\(id)' in \(catalog.path); `agora runs list --out …` shows the run ids.")
            }
            guard record.status == .completed else {
                throw .invalidConfig("--runs-\(side.lowercased()): run '\(id)' is \(record.status.rawValue), not completed; only completed runs have metrics to compare.")
            }
            guard bySeed[record.seed] == nil else {
                throw .invalidConfig("--runs-\(side.lowercased()): two runs with seed \(record.seed); each seed may appear once per side.")
            }
            bySeed[record.seed] = Dictionary(uniqueKeysWithValues: stored.map { ($0.name, $0.value) })
        }
        return bySeed
    }
}
