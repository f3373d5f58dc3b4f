import GRDB

/// The catalog's schema as named, append-only migrations.
///
/// Rules: a migration, once shipped, is never edited, renamed or removed; a change of schema is a
/// new migration appended at the end (the sweeps, sweep points and LLM response cache of docs/architecture.md
/// arrive that way). The names say what each one adds.
enum CatalogSchema {
    /// Name of the first migration: runs, their scalar metrics and their time series.
    static let runsMetricsTimeseries = "v1-runs-metrics-timeseries"
    /// Name of the second migration: sweeps and their points (`Catalog+Sweeps.swift`).
    static let sweepsPoints = "v2-sweeps-points"

    /// The migrator holding every migration, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(runsMetricsTimeseries, migrate: createRunsMetricsTimeseries)
        migrator.registerMigration(sweepsPoints, migrate: Catalog.createSweepsAndPoints)
        migrator.registerMigration(llmCachePersonasUsage, migrate: createLLMCachePersonasUsage)
        return migrator
    }

    /// The names of all migrations this engine knows, in order.
    static var migrationNames: [String] { migrator.migrations }

    /// `v1-runs-metrics-timeseries`.
    private static func createRunsMetricsTimeseries(_ db: Database) throws {
        let statuses = RunStatus.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.create(table: "runs") { t in
            t.primaryKey("id", .text)
            t.column("world_name", .text).notNull()
            t.column("resolved_config", .text).notNull()
            t.column("config_hash", .text).notNull()
            t.column("seed", .integer).notNull()
            t.column("engine_version", .text).notNull()
            t.column("status", .text).notNull().check(sql: "status IN (\(statuses))")
            t.column("started_at", .text).notNull()
            t.column("finished_at", .text)
            t.column("wall_seconds", .double)
            t.column("events", .integer)
            t.column("trace_path", .text).notNull()
            t.column("trace_checksum", .text)
            t.column("error_message", .text)
            t.column("owner_pid", .integer)
            t.column("owner_start_ticks", .integer)
            t.column("owner_boot_id", .text)
            t.column("owner_host", .text)
        }
        try db.create(index: "runs_by_start", on: "runs", columns: ["started_at", "id"])
        try db.create(index: "runs_by_status", on: "runs", columns: ["status"])

        try db.create(table: "metrics", options: [.withoutRowID]) { t in
            t.column("run_id", .text).notNull().references("runs", onDelete: .cascade)
            t.column("name", .text).notNull()
            t.column("value", .double).notNull()
            t.primaryKey(["run_id", "name"])
        }

        try db.create(table: "timeseries", options: [.withoutRowID]) { t in
            t.column("run_id", .text).notNull().references("runs", onDelete: .cascade)
            t.column("name", .text).notNull()
            t.column("t", .double).notNull()
            t.column("value", .double).notNull()
            t.primaryKey(["run_id", "name", "t"])
        }
    }
}
