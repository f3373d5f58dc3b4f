import GRDB

/// One row of the `sweep_points` table: replicate `replicate` of point `point` of a sweep — the
/// axis values, the seed and the config hash of the run that answers it. The result is the
/// completed run with the same (config hash, seed), wherever and whenever it ran (that is what
/// makes sweeps resumable and shard catalogs mergeable).
public struct SweepPointRecord: Sendable, Hashable, Codable {
    /// The sweep (`sweeps.id`).
    public var sweepID: String
    /// Point index, 0-based, in plan order.
    public var point: Int
    /// Replicate index, 0-based; replicate r of every point has the same seed.
    public var replicate: Int
    /// The run seed.
    public var seed: UInt64
    /// The config hash of the point's world with this seed.
    public var configHash: String
    /// The axis values of the point, as YAML scalar texts in axis order.
    public var axisValues: [String]

    /// Creates a point row.
    public init(sweepID: String, point: Int, replicate: Int, seed: UInt64, configHash: String, axisValues: [String]) {
        self.sweepID = sweepID
        self.point = point
        self.replicate = replicate
        self.seed = seed
        self.configHash = configHash
        self.axisValues = axisValues
    }

    /// The columns of the `sweep_points` table.
    public enum Columns {
        /// The sweep.
        public static let sweepID = Column("sweep_id")
        /// Point index.
        public static let point = Column("point")
        /// Replicate index.
        public static let replicate = Column("replicate")
        /// Seed (INTEGER, UInt64 bit pattern).
        public static let seed = Column("seed")
        /// Config hash.
        public static let configHash = Column("config_hash")
        /// JSON array of axis values.
        public static let axisValues = Column("axis_values")
    }
}

extension SweepPointRecord: FetchableRecord, PersistableRecord {
    /// The name of the SQLite table holding sweep points.
    public static let databaseTableName = "sweep_points"

    /// Decodes a point from a `sweep_points` row.
    public init(row: Row) throws {
        let seedBits: Int64 = row[Columns.seed]
        self.init(sweepID: row[Columns.sweepID], point: row[Columns.point], replicate: row[Columns.replicate],
                  seed: UInt64(bitPattern: seedBits), configHash: row[Columns.configHash],
                  axisValues: SweepRecord.decodeList(row[Columns.axisValues]))
    }

    /// Encodes the point into the `sweep_points` columns.
    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.sweepID] = sweepID
        container[Columns.point] = point
        container[Columns.replicate] = replicate
        container[Columns.seed] = Int64(bitPattern: seed)
        container[Columns.configHash] = configHash
        container[Columns.axisValues] = SweepRecord.encodeList(axisValues)
    }
}
