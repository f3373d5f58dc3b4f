import Foundation
import GRDB

/// The lifecycle of a run: `running` → `completed` | `failed` | `interrupted`.
///
/// Each method is one transaction: either every row it writes is committed, or — on any error,
/// including a crash or SIGKILL mid-write — none is. Leaving `running` is allowed exactly once;
/// any later attempt fails with ``CatalogError/Kind/runNotRunning(_:)``.
extension Catalog {
    /// Records a new run as `running`, owned by the calling process.
    ///
    /// - Throws: ``CatalogError/Kind/runAlreadyExists`` when the id is taken; SQLite failures.
    public func beginRun(_ run: NewRun) throws(CatalogError) {
        try beginRun(run, owner: ProcessIdentity.current())
    }

    /// Records a new run as `running`, owned by `owner` (nil: owner unknown, never auto-interrupted).
    ///
    /// Internal so that tests can register a run on behalf of a real child process.
    func beginRun(_ run: NewRun, owner: ProcessIdentity?) throws(CatalogError) {
        let operation = "starting run '\(run.id)'"
        let path = self.path
        try writing(operation) { db in
            guard try !RunRecord.exists(db, key: run.id) else {
                throw CatalogError(
                    kind: .runAlreadyExists, path: path, operation: operation,
                    detail: "a run with this id is already in the catalog",
                    suggestion: "Run ids must be unique within an output folder; pick a new suffix")
            }
            let record = RunRecord(
                id: run.id, worldName: run.worldName, resolvedConfig: run.resolvedConfig, configHash: run.configHash,
                seed: run.seed, engineVersion: run.engineVersion, status: .running, startedAt: run.startedAt,
                finishedAt: nil, wallSeconds: nil, events: nil, tracePath: run.tracePath, traceChecksum: nil,
                errorMessage: nil, owner: owner)
            try record.insert(db)
        }
    }

    /// Marks a running run `completed` and stores its metrics and time series, all in one
    /// transaction: a failure or crash midway leaves the run `running` with no metric or point.
    ///
    /// - Parameters:
    ///   - id: The run.
    ///   - wallSeconds: Wall time of the simulation (finite, ≥ 0).
    ///   - events: Events written to the trace (≥ 0).
    ///   - traceChecksum: Checksum of the finished trace file.
    ///   - metrics: Scalar metrics by dotted name — lowercase segments of `a-z`, `0-9`, `_` joined by
    ///     dots, e.g. `activity.dau_mean` — with finite values; inserted in name order.
    ///   - timeseries: Time-series points (same name rule, finite value, finite `t` ≥ 0 in simulated
    ///     days); at most one per (name, t).
    ///   - finishedAt: Wall-clock end time; defaults to now.
    /// - Throws: ``CatalogError/Kind/runNotFound``, ``CatalogError/Kind/runNotRunning(_:)``,
    ///   ``CatalogError/Kind/invalidValue`` (bad name, non-finite value),
    ///   ``CatalogError/Kind/constraintViolated`` (a duplicate point), SQLite failures.
    /// - Complexity: O(m log m + p) for m metrics and p points.
    public func completeRun(
        id: String, wallSeconds: Double, events: Int, traceChecksum: String, metrics: [String: Double],
        timeseries: [TimeseriesPoint], finishedAt: Date = Date()
    ) throws(CatalogError) {
        let operation = "completing run '\(id)'"
        let rules = CatalogValueRules(path: path, operation: operation)
        try rules.checkWallSeconds(wallSeconds)
        try rules.checkEvents(events)
        try writing(operation) { db in
            var run = try requireRunning(id, in: db, operation: operation)
            run.status = .completed
            run.finishedAt = finishedAt
            run.wallSeconds = wallSeconds
            run.events = events
            run.traceChecksum = traceChecksum
            run.errorMessage = nil
            try run.update(db)
            for (name, value) in metrics.sorted(by: { $0.key < $1.key }) {
                try rules.checkMetric(name: name, value: value)
                try MetricRecord(runID: id, name: name, value: value).insert(db)
            }
            let insertPoint = try db.cachedStatement(
                sql: "INSERT INTO timeseries (run_id, name, t, value) VALUES (?, ?, ?, ?)")
            for point in timeseries {
                try rules.checkPoint(point)
                try insertPoint.execute(arguments: [id, point.name, point.t, point.value])
            }
        }
    }

    /// Marks a running run `failed` with the reason.
    ///
    /// - Parameters:
    ///   - id: The run.
    ///   - message: What went wrong, as shown to the user.
    ///   - wallSeconds: Wall time until the failure, when known.
    ///   - events: Events written to the trace before the failure, when known.
    ///   - finishedAt: Wall-clock time of the failure; defaults to now.
    /// - Throws: ``CatalogError/Kind/runNotFound``, ``CatalogError/Kind/runNotRunning(_:)``, SQLite failures.
    public func failRun(
        id: String, message: String, wallSeconds: Double? = nil, events: Int? = nil, finishedAt: Date = Date()
    ) throws(CatalogError) {
        try finish(
            id: id, as: .failed, message: message, wallSeconds: wallSeconds, events: events,
            finishedAt: finishedAt, operation: "marking run '\(id)' failed")
    }

    /// Marks a running run `interrupted` — e.g. stopped by SIGINT at a window boundary after its
    /// trace prefix was flushed.
    ///
    /// - Parameters:
    ///   - id: The run.
    ///   - reason: Why it stopped; defaults to "interrupted by the user".
    ///   - wallSeconds: Wall time until the interruption, when known.
    ///   - events: Events written to the (readable) trace prefix, when known.
    ///   - finishedAt: Wall-clock time of the interruption; defaults to now.
    /// - Throws: ``CatalogError/Kind/runNotFound``, ``CatalogError/Kind/runNotRunning(_:)``, SQLite failures.
    public func markInterrupted(
        id: String, reason: String = "interrupted by the user", wallSeconds: Double? = nil, events: Int? = nil,
        finishedAt: Date = Date()
    ) throws(CatalogError) {
        try finish(
            id: id, as: .interrupted, message: reason, wallSeconds: wallSeconds, events: events,
            finishedAt: finishedAt, operation: "marking run '\(id)' interrupted")
    }

    /// Moves a running run to a final status other than `completed`.
    private func finish(
        id: String, as status: RunStatus, message: String, wallSeconds: Double?, events: Int?, finishedAt: Date,
        operation: String
    ) throws(CatalogError) {
        let rules = CatalogValueRules(path: path, operation: operation)
        if let wallSeconds { try rules.checkWallSeconds(wallSeconds) }
        if let events { try rules.checkEvents(events) }
        try writing(operation) { db in
            var run = try requireRunning(id, in: db, operation: operation)
            run.status = status
            run.finishedAt = finishedAt
            run.wallSeconds = wallSeconds
            run.events = events
            run.errorMessage = message
            try run.update(db)
        }
    }

    /// The run `id`, which must exist and be `running`.
    private func requireRunning(_ id: String, in db: Database, operation: String) throws -> RunRecord {
        guard let run = try RunRecord.fetchOne(db, key: id) else {
            throw CatalogError(
                kind: .runNotFound, path: path, operation: operation, detail: "no run with this id is in the catalog",
                suggestion: "List the runs with `agora runs list --out` the folder of this catalog")
        }
        guard run.status == .running else {
            throw CatalogError(
                kind: .runNotRunning(run.status), path: path, operation: operation,
                detail: "the run is \(run.status), not running; a finished run never changes")
        }
        return run
    }
}
