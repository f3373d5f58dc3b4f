import GRDB

/// Reading the catalog: runs, their metrics and time series, in deterministic order.
extension Catalog {
    /// Every run, oldest first: ordered by start time, then by id (so runs started in the same
    /// millisecond still list in a stable order).
    ///
    /// - Complexity: O(r) rows read, using the `runs_by_start` index.
    public func runs() throws(CatalogError) -> [RunRecord] {
        try reading("listing runs") { db in
            try RunRecord.order(RunRecord.Columns.startedAt, RunRecord.Columns.id).fetchAll(db)
        }
    }

    /// The run `id`, or nil when the catalog has no such run.
    public func run(id: String) throws(CatalogError) -> RunRecord? {
        try reading("reading run '\(id)'") { db in try RunRecord.fetchOne(db, key: id) }
    }

    /// Whether the catalog holds a run with this id (used to pick a free run-id suffix).
    public func runExists(id: String) throws(CatalogError) -> Bool {
        try reading("looking up run '\(id)'") { db in try RunRecord.exists(db, key: id) }
    }

    /// The scalar metrics of a run, sorted by name; empty for runs that did not complete.
    public func metrics(runID: String) throws(CatalogError) -> [MetricRecord] {
        try reading("reading the metrics of run '\(runID)'") { db in
            try MetricRecord.filter(MetricRecord.Columns.runID == runID)
                .order(MetricRecord.Columns.name)
                .fetchAll(db)
        }
    }

    /// One metric of a run, or nil when the run has no metric of that name.
    public func metric(runID: String, name: String) throws(CatalogError) -> Double? {
        try reading("reading metric '\(name)' of run '\(runID)'") { db in
            try MetricRecord.filter(MetricRecord.Columns.runID == runID && MetricRecord.Columns.name == name)
                .fetchOne(db)?.value
        }
    }

    /// The points of one time series of a run, in increasing `t` (simulated days).
    public func timeseries(runID: String, name: String) throws(CatalogError) -> [TimeseriesPoint] {
        try reading("reading time series '\(name)' of run '\(runID)'") { db in
            try TimeseriesPoint.filter(TimeseriesPoint.Columns.runID == runID && TimeseriesPoint.Columns.name == name)
                .order(TimeseriesPoint.Columns.t)
                .fetchAll(db)
        }
    }

    /// The names of the time series a run has, sorted.
    public func timeseriesNames(runID: String) throws(CatalogError) -> [String] {
        try reading("listing the time series of run '\(runID)'") { db in
            try String.fetchAll(
                db,
                TimeseriesPoint.filter(TimeseriesPoint.Columns.runID == runID)
                    .select(TimeseriesPoint.Columns.name)
                    .distinct()
                    .order(TimeseriesPoint.Columns.name))
        }
    }
}
