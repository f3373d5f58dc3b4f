import AgoraCore
import AgoraStore
import Foundation

/// The results of a sweep as its catalog holds them: every point with its axis values and, per
/// replicate, the completed run answering it (matched by config hash and seed) and its metrics.
/// Runs not completed yet show as missing, so a report of a half-done sweep says so.
public struct SweepResults: Sendable {
    /// One replicate of one point.
    public struct Replicate: Sendable, Equatable {
        /// Replicate index.
        public var replicate: Int
        /// Run seed.
        public var seed: UInt64
        /// Config hash.
        public var configHash: String
        /// The completed run, when there is one.
        public var runID: String?
        /// Its trace checksum.
        public var traceChecksum: String?
        /// Its scalar metrics by name (empty when not completed).
        public var metrics: [String: Double]
    }

    /// One point.
    public struct Point: Sendable, Equatable {
        /// Point index.
        public var index: Int
        /// Axis values, in axis order.
        public var values: [String]
        /// The replicates, in order.
        public var replicates: [Replicate]

        /// The values of metric `name` over the replicates that have it.
        public func values(of name: String) -> [Double] { replicates.compactMap { $0.metrics[name] } }
    }

    /// The sweep row.
    public var sweep: SweepRecord
    /// The points, in order.
    public var points: [Point]
    /// The metrics reported: the sweep's list, or every metric any run has (sorted).
    public var metricNames: [String]

    /// Reads sweep `sweepID` from `catalog`.
    /// - Throws: `EngineError.notFound` for an unknown sweep (listing the known ones);
    ///   `EngineError.catalog` for catalog failures.
    public static func load(from catalog: Catalog, sweepID: String) throws(EngineError) -> SweepResults {
        do {
            guard let sweep = try catalog.sweep(id: sweepID) else {
                let known = try catalog.sweeps().map(\.id)
                throw EngineError.notFound("no sweep '\(sweepID)' in \(catalog.path)"
                    + (known.isEmpty ? "; it holds no sweeps." : "; it holds: \(known.joined(separator: ", ")).")
                    + " Check the --out folder.")
            }
            var points: [Point] = []
            var runIDs: [String] = []
            for record in try catalog.sweepPoints(sweepID: sweepID) {
                let run = try catalog.completedRuns(configHash: record.configHash, seed: record.seed).first
                if let run { runIDs.append(run.id) }
                let replicate = Replicate(replicate: record.replicate, seed: record.seed, configHash: record.configHash,
                                          runID: run?.id, traceChecksum: run?.traceChecksum, metrics: [:])
                if points.last?.index == record.point {
                    points[points.count - 1].replicates.append(replicate)
                } else {
                    points.append(Point(index: record.point, values: record.axisValues, replicates: [replicate]))
                }
            }
            let metrics = try catalog.completedRunMetrics(runIDs: runIDs)
            var seen = Set<String>()
            for p in points.indices {
                for r in points[p].replicates.indices {
                    guard let id = points[p].replicates[r].runID, let values = metrics[id] else { continue }
                    let wanted = sweep.metrics.isEmpty ? values : values.filter { sweep.metrics.contains($0.key) }
                    points[p].replicates[r].metrics = wanted
                    seen.formUnion(wanted.keys)
                }
            }
            let names = sweep.metrics.isEmpty ? seen.sorted() : sweep.metrics
            return SweepResults(sweep: sweep, points: points, metricNames: names)
        } catch let error as EngineError {
            throw error
        } catch {
            throw .catalog("\(error)")
        }
    }

    /// Reads sweep `sweepID` from the catalog of `outputRoot` (which must exist).
    /// - Throws: `EngineError.notFound` for a missing catalog or sweep.
    public static func load(outputRoot: URL, sweepID: String) throws(EngineError) -> SweepResults {
        let path = RunLayout.catalogPath(in: outputRoot).path
        let catalog: Catalog
        do { catalog = try Catalog(path: path, mode: .mustExist) } catch {
            throw error.kind == .catalogMissing ? .notFound("no catalog at \(path); check --out") : .catalog(error.description)
        }
        return try load(from: catalog, sweepID: sweepID)
    }

    /// Replicates with a completed run, over all points.
    public var completedRuns: Int { points.reduce(0) { $0 + $1.replicates.filter { $0.runID != nil }.count } }
    /// Replicates planned, over all points.
    public var plannedRuns: Int { points.reduce(0) { $0 + $1.replicates.count } }

    /// Metrics requested that no completed run has (not computed by this engine's analysis).
    public var missingMetrics: [String] {
        metricNames.filter { name in
            completedRuns > 0 && !points.contains { $0.replicates.contains { $0.metrics[name] != nil } }
        }
    }

    /// `sweep.csv`: one row per (point, replicate) with the axis values, seed, config hash, run id
    /// and every metric (empty cells for runs not completed).
    public func csv() -> String {
        var lines = [(["point", "replicate", "seed"] + sweep.axes + ["config_hash", "run_id"] + metricNames)
            .map(TextEscaping.csvField).joined(separator: ",")]
        for point in points {
            for replicate in point.replicates {
                let metricCells = metricNames.map { name in replicate.metrics[name].map { "\($0)" } ?? "" }
                let cells = ["\(point.index)", "\(replicate.replicate)", "\(replicate.seed)"] + point.values
                    + [replicate.configHash, replicate.runID ?? ""] + metricCells
                lines.append(cells.map(TextEscaping.csvField).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The sweep's own folder under an output root: `OUT/sweeps/<sweep-id>/` (CSV and reports).
    public static func folder(in outputRoot: URL, sweepID: String) -> URL {
        outputRoot.appendingPathComponent("sweeps", isDirectory: true).appendingPathComponent(sweepID, isDirectory: true)
    }

    /// Writes `sweep.csv` into the sweep's folder and returns its path.
    /// - Throws: `EngineError.writeFailed`.
    @discardableResult
    public func writeCSV(in outputRoot: URL) throws(EngineError) -> URL {
        let folder = Self.folder(in: outputRoot, sweepID: sweep.id)
        let file = folder.appendingPathComponent("sweep.csv")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(csv().utf8).write(to: file, options: .atomic)
        } catch {
            throw .writeFailed(path: file.path, reason: error.localizedDescription)
        }
        return file
    }
}
