import GRDB

/// One value of a named time series of a run, e.g. the number of daily active users on day 3.
///
/// `t` is **simulated time in days since the start of the run** — never wall-clock time — so all
/// series of all runs share one axis. Day-granular series (such as `activity.dau`) use the
/// zero-based day index (`0, 1, 2, …`, day `d` covering simulated `[d·24h, (d+1)·24h)`);
/// finer series use fractional days (`0.5` is simulated noon of the first day). Within one run a
/// series holds at most one value per `t`; names follow the dotted metric names of docs/metrics.md.
public struct TimeseriesPoint: Sendable, Hashable, Codable {
    /// The dotted series name, e.g. `activity.dau`.
    public var name: String
    /// Simulated time in days since the start of the run (see the type's documentation).
    public var t: Double
    /// The value at `t`; must be finite.
    public var value: Double

    /// Creates a point of series `name` at simulated day `t`.
    public init(name: String, t: Double, value: Double) {
        self.name = name
        self.t = t
        self.value = value
    }

    /// The columns of the `timeseries` table.
    public enum Columns {
        /// The run the point belongs to (`runs.id`).
        public static let runID = Column("run_id")
        /// The series name.
        public static let name = Column("name")
        /// Simulated time in days.
        public static let t = Column("t")
        /// The value.
        public static let value = Column("value")
    }
}

extension TimeseriesPoint: FetchableRecord, TableRecord {
    /// The name of the SQLite table holding time series points.
    public static let databaseTableName = "timeseries"

    /// Decodes a point from a `timeseries` row (the `run_id` column is not part of the value).
    public init(row: Row) throws {
        self.init(name: row[Columns.name], t: row[Columns.t], value: row[Columns.value])
    }
}
