import GRDB

/// One scalar metric of a run, stored under a stable dotted name (`activity.dau_mean`,
/// `events.by_kind.like`, …) so that reports, sweeps and outside tools can find it.
public struct MetricRecord: Sendable, Hashable, Codable {
    /// The run the metric belongs to (`runs.id`).
    public var runID: String
    /// The dotted metric name.
    public var name: String
    /// The value; always finite.
    public var value: Double

    /// Creates a metric value of run `runID`.
    public init(runID: String, name: String, value: Double) {
        self.runID = runID
        self.name = name
        self.value = value
    }

    /// The columns of the `metrics` table.
    public enum Columns {
        /// The run the metric belongs to.
        public static let runID = Column("run_id")
        /// The dotted metric name.
        public static let name = Column("name")
        /// The value.
        public static let value = Column("value")
    }
}

extension MetricRecord: FetchableRecord, PersistableRecord {
    /// The name of the SQLite table holding scalar metrics.
    public static let databaseTableName = "metrics"

    /// Decodes a metric from a `metrics` row.
    public init(row: Row) throws {
        self.init(runID: row[Columns.runID], name: row[Columns.name], value: row[Columns.value])
    }

    /// Encodes the metric into the `metrics` columns.
    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.runID] = runID
        container[Columns.name] = name
        container[Columns.value] = value
    }
}
