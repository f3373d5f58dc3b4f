import Foundation
import GRDB

/// One row of the `sweeps` table: a planned batch of runs (`agora sweep` or `agora compare`), the
/// axes it varies and the metrics it collects. Its points are ``SweepPointRecord`` rows; their
/// results are the completed runs with the same (config hash, seed).
public struct SweepRecord: Sendable, Hashable, Codable {
    /// The sweep id: the sanitized sweep name and 8 hex digits of the plan's hash, so rerunning the
    /// same sweep finds the same id (and resumes).
    public var id: String
    /// The sweep's name from its file.
    public var name: String
    /// `sweep` or `compare`.
    public var kind: String
    /// The sweep file as the user wrote it (or a description of the comparison).
    public var spec: String
    /// The axis key paths, in order (for a comparison: `["variant"]`).
    public var axes: [String]
    /// The metrics to collect, by catalog name; empty means every scalar metric.
    public var metrics: [String]
    /// Runs per point.
    public var replicates: Int
    /// Wall-clock time the sweep was first planned into this catalog.
    public var createdAt: Date

    /// Creates a sweep row.
    public init(id: String, name: String, kind: String, spec: String, axes: [String], metrics: [String],
                replicates: Int, createdAt: Date = Date()) {
        self.id = id
        self.name = name
        self.kind = kind
        self.spec = spec
        self.axes = axes
        self.metrics = metrics
        self.replicates = replicates
        self.createdAt = createdAt
    }

    /// The columns of the `sweeps` table.
    public enum Columns {
        /// Primary key.
        public static let id = Column("id")
        /// Name.
        public static let name = Column("name")
        /// `sweep` or `compare`.
        public static let kind = Column("kind")
        /// The spec text.
        public static let spec = Column("spec")
        /// JSON array of axis key paths.
        public static let axes = Column("axes")
        /// JSON array of metric names.
        public static let metrics = Column("metrics")
        /// Replicates per point.
        public static let replicates = Column("replicates")
        /// ISO-8601 UTC creation time.
        public static let createdAt = Column("created_at")
    }
}

extension SweepRecord: FetchableRecord, PersistableRecord {
    /// The name of the SQLite table holding sweeps.
    public static let databaseTableName = "sweeps"

    /// Decodes a sweep from a `sweeps` row.
    public init(row: Row) throws {
        let created: String = row[Columns.createdAt]
        self.init(id: row[Columns.id], name: row[Columns.name], kind: row[Columns.kind], spec: row[Columns.spec],
                  axes: SweepRecord.decodeList(row[Columns.axes]), metrics: SweepRecord.decodeList(row[Columns.metrics]),
                  replicates: row[Columns.replicates], createdAt: CatalogTimestamp.date(from: created) ?? Date(timeIntervalSince1970: 0))
    }

    /// Encodes the sweep into the `sweeps` columns (lists as JSON arrays).
    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.name] = name
        container[Columns.kind] = kind
        container[Columns.spec] = spec
        container[Columns.axes] = Self.encodeList(axes)
        container[Columns.metrics] = Self.encodeList(metrics)
        container[Columns.replicates] = replicates
        container[Columns.createdAt] = CatalogTimestamp.text(from: createdAt)
    }

    /// A list of strings as a JSON array.
    static func encodeList(_ list: [String]) -> String {
        (try? String(decoding: JSONEncoder().encode(list), as: UTF8.self)) ?? "[]"
    }

    /// A JSON array of strings back as a list (empty for anything else).
    static func decodeList(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}
