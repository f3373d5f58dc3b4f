import AgoraStore
import Foundation

/// Merges the catalogs of sweep shards (`OUT/shard-K-of-N/agora.sqlite`, or any output folders)
/// into one output folder: sweeps and their points, completed runs with their metrics and time
/// series, and the run folders (trace, resolved world, summary).
///
/// - Idempotent: a completed run whose (config hash, seed) is already completed in the
///   destination with the same trace checksum is a duplicate and is skipped, so merging twice, or
///   merging overlapping shards, changes nothing.
/// - Conflicts: the same (config hash, seed) with a different trace checksum means two runs of
///   the same world and seed disagree — determinism is broken somewhere. Such runs are not
///   merged; they are listed in the summary, and the CLI exits non-zero.
/// - Runs that did not complete (failed, interrupted) are not merged: the sweep reruns them.
public struct SweepCatalogMerger: Sendable {
    /// The destination output folder (created when missing).
    public var destination: URL

    /// Creates a merger into `destination`.
    public init(destination: URL) { self.destination = destination }

    /// Merges every source folder (or catalog file) in order.
    /// - Throws: `EngineError` when a source is not a catalog or the destination cannot be written.
    public func merge(sources: [URL]) throws(EngineError) -> SweepMergeSummary {
        do { try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true) } catch {
            throw .outputFolder(path: destination.path, reason: "cannot create it (\(error.localizedDescription))")
        }
        var summary = SweepMergeSummary()
        do {
            let target = try Catalog(path: RunLayout.catalogPath(in: destination).path)
            for source in sources {
                let isFile = source.pathExtension == "sqlite"
                let folder = isFile ? source.deletingLastPathComponent() : source
                let catalogPath = isFile ? source : RunLayout.catalogPath(in: source)
                guard folder.standardizedFileURL.path != destination.standardizedFileURL.path else { continue }
                let catalog = try Catalog(path: catalogPath.path, mode: .mustExist)
                try mergeSweeps(from: catalog, into: target, summary: &summary)
                try mergeRuns(from: catalog, folder: folder, into: target, summary: &summary)
                summary.catalogs += 1
            }
        } catch let error as EngineError {
            throw error
        } catch {
            throw .catalog("\(error)")
        }
        return summary
    }

    private func mergeSweeps(from source: Catalog, into target: Catalog, summary: inout SweepMergeSummary) throws {
        for sweep in try source.sweeps() {
            let points = try source.sweepPoints(sweepID: sweep.id)
            if try target.recordSweep(sweep, points: points) {
                summary.sweeps += 1
            } else if try target.sweepPoints(sweepID: sweep.id) != points {
                summary.conflicts.append("sweep \(sweep.id): \(source.path) plans different points than the merged catalog")
            }
        }
    }

    private func mergeRuns(from source: Catalog, folder: URL, into target: Catalog, summary: inout SweepMergeSummary) throws {
        for run in try source.runs() where run.status == .completed {
            let existing = try target.completedRuns(configHash: run.configHash, seed: run.seed)
            if let other = existing.first {
                if existing.allSatisfy({ $0.traceChecksum == run.traceChecksum }) {
                    summary.duplicates += 1
                } else {
                    summary.conflicts.append(
                        "config \(run.configHash.prefix(8)) seed \(run.seed): run \(run.id) in \(source.path) has trace checksum "
                            + "\(run.traceChecksum ?? "none") but run \(other.id) in the merged catalog has \(other.traceChecksum ?? "none")")
                }
                continue
            }
            var copy = run
            var suffix = 1
            while try target.runExists(id: copy.id)
                || FileManager.default.fileExists(atPath: destination.appendingPathComponent(copy.id).path) {
                suffix += 1
                copy.id = "\(run.id)-\(suffix)"
            }
            copy.tracePath = "\(copy.id)/trace.agtrace"
            let from = folder.appendingPathComponent(run.id, isDirectory: true)
            if FileManager.default.fileExists(atPath: from.path) {
                try FileManager.default.copyItem(at: from, to: destination.appendingPathComponent(copy.id, isDirectory: true))
            }
            try target.importCompletedRun(copy, metrics: try source.metrics(runID: run.id),
                                          timeseries: try source.allTimeseries(runID: run.id))
            summary.runs += 1
        }
    }
}

/// What a merge did.
public struct SweepMergeSummary: Sendable, Equatable {
    /// Source catalogs merged.
    public var catalogs = 0
    /// Sweeps new to the destination.
    public var sweeps = 0
    /// Completed runs copied.
    public var runs = 0
    /// Completed runs already in the destination with the same trace checksum.
    public var duplicates = 0
    /// Disagreements: same (config hash, seed) with different trace checksums, or a sweep id
    /// with different points. Empty for a clean merge.
    public var conflicts: [String] = []

    /// Creates an empty summary.
    public init() {}
}
