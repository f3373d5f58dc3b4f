import Foundation
import GRDB

/// Sweeps and their points (migration `v2-sweeps-points`), the lookups that make a sweep
/// resumable (a completed run by config hash and seed), and importing completed runs from another
/// catalog (merging shard catalogs).
extension Catalog {
    /// `v2-sweeps-points`: the `sweeps` and `sweep_points` tables, and an index of runs by
    /// (config hash, seed) for resuming.
    static func createSweepsAndPoints(_ db: Database) throws {
        try db.create(table: "sweeps") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("kind", .text).notNull().check(sql: "kind IN ('sweep', 'compare')")
            t.column("spec", .text).notNull()
            t.column("axes", .text).notNull()
            t.column("metrics", .text).notNull()
            t.column("replicates", .integer).notNull()
            t.column("created_at", .text).notNull()
        }
        try db.create(table: "sweep_points", options: [.withoutRowID]) { t in
            t.column("sweep_id", .text).notNull().references("sweeps", onDelete: .cascade)
            t.column("point", .integer).notNull()
            t.column("replicate", .integer).notNull()
            t.column("seed", .integer).notNull()
            t.column("config_hash", .text).notNull()
            t.column("axis_values", .text).notNull()
            t.primaryKey(["sweep_id", "point", "replicate"])
        }
        try db.create(index: "runs_by_config_seed", on: "runs", columns: ["config_hash", "seed", "status"])
    }

    /// Records a sweep and all its points, unless a sweep with this id is already there (sweep ids
    /// are derived from the plan, so the same id means the same plan); one transaction.
    ///
    /// - Returns: whether the sweep was new to this catalog.
    @discardableResult
    public func recordSweep(_ sweep: SweepRecord, points: [SweepPointRecord]) throws(CatalogError) -> Bool {
        try writing("recording sweep '\(sweep.id)'") { db in
            guard try !SweepRecord.exists(db, key: sweep.id) else { return false }
            try sweep.insert(db)
            for point in points { try point.insert(db) }
            return true
        }
    }

    /// The sweep `id`, or nil.
    public func sweep(id: String) throws(CatalogError) -> SweepRecord? {
        try reading("reading sweep '\(id)'") { db in try SweepRecord.fetchOne(db, key: id) }
    }

    /// Every sweep, oldest first (then by id).
    public func sweeps() throws(CatalogError) -> [SweepRecord] {
        try reading("listing sweeps") { db in
            try SweepRecord.order(SweepRecord.Columns.createdAt, SweepRecord.Columns.id).fetchAll(db)
        }
    }

    /// The points of a sweep in (point, replicate) order.
    public func sweepPoints(sweepID: String) throws(CatalogError) -> [SweepPointRecord] {
        try reading("reading the points of sweep '\(sweepID)'") { db in
            try SweepPointRecord.filter(SweepPointRecord.Columns.sweepID == sweepID)
                .order(SweepPointRecord.Columns.point, SweepPointRecord.Columns.replicate)
                .fetchAll(db)
        }
    }

    /// The completed runs of a world with this config hash and seed, oldest first. More than one
    /// means the same simulation ran twice (same trace checksum expected).
    ///
    /// - Complexity: one index lookup (`runs_by_config_seed`).
    public func completedRuns(configHash: String, seed: UInt64) throws(CatalogError) -> [RunRecord] {
        try reading("looking up completed runs of config \(configHash.prefix(8)) seed \(seed)") { db in
            try RunRecord.filter(RunRecord.Columns.configHash == configHash && RunRecord.Columns.seed == Int64(bitPattern: seed)
                                 && RunRecord.Columns.status == RunStatus.completed.rawValue)
                .order(RunRecord.Columns.startedAt, RunRecord.Columns.id)
                .fetchAll(db)
        }
    }

    /// Every completed run with its metrics, for reports over many runs: run id → metrics by name.
    public func completedRunMetrics(runIDs: [String]) throws(CatalogError) -> [String: [String: Double]] {
        try reading("reading the metrics of \(runIDs.count) runs") { db in
            var result: [String: [String: Double]] = [:]
            for chunk in stride(from: 0, to: runIDs.count, by: 500).map({ Array(runIDs[$0..<min($0 + 500, runIDs.count)]) }) {
                let rows = try MetricRecord.filter(chunk.contains(MetricRecord.Columns.runID)).fetchAll(db)
                for row in rows { result[row.runID, default: [:]][row.name] = row.value }
            }
            return result
        }
    }

    /// Inserts a completed run read from another catalog, with its metrics and time series, in one
    /// transaction (merging shard catalogs). The run keeps its id, times and checksum.
    ///
    /// - Throws: ``CatalogError/Kind/runAlreadyExists`` when the id is taken; ``CatalogError/Kind/invalidValue``
    ///   when the run is not completed.
    public func importCompletedRun(_ run: RunRecord, metrics: [MetricRecord], timeseries: [TimeseriesPoint]) throws(CatalogError) {
        let operation = "importing run '\(run.id)'"
        let path = self.path
        guard run.status == .completed else {
            throw CatalogError(kind: .invalidValue, path: path, operation: operation,
                               detail: "only completed runs are imported; this one is \(run.status)")
        }
        try writing(operation) { db in
            guard try !RunRecord.exists(db, key: run.id) else {
                throw CatalogError(kind: .runAlreadyExists, path: path, operation: operation,
                                   detail: "a run with this id is already in the catalog")
            }
            var copy = run
            copy.owner = nil
            try copy.insert(db)
            for metric in metrics { try MetricRecord(runID: run.id, name: metric.name, value: metric.value).insert(db) }
            let insertPoint = try db.cachedStatement(sql: "INSERT INTO timeseries (run_id, name, t, value) VALUES (?, ?, ?, ?)")
            for point in timeseries { try insertPoint.execute(arguments: [run.id, point.name, point.t, point.value]) }
        }
    }

    /// Every time-series point of a run, ordered by (name, t).
    public func allTimeseries(runID: String) throws(CatalogError) -> [TimeseriesPoint] {
        try reading("reading the time series of run '\(runID)'") { db in
            try TimeseriesPoint.filter(TimeseriesPoint.Columns.runID == runID)
                .order(TimeseriesPoint.Columns.name, TimeseriesPoint.Columns.t)
                .fetchAll(db)
        }
    }
}
