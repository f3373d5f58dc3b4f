import Foundation
import GRDB

/// One row of the `runs` table: a run as the catalog knows it, in any state of its lifecycle.
///
/// Wall-clock timestamps are stored as ISO-8601 UTC text with milliseconds
/// (`2026-11-27T03:15:17.123Z`), so the column sorts chronologically and outside tools read it
/// without conversion. The seed is stored in the INTEGER column as the bit pattern of the
/// `UInt64` (seeds ≥ 2⁶³ appear negative in raw SQL; `seed` here is always the original value).
public struct RunRecord: Sendable, Hashable, Codable {
    /// The run id.
    public var id: String
    /// The world's `name`.
    public var worldName: String
    /// The resolved config as YAML.
    public var resolvedConfig: String
    /// The config hash (hex SHA-256).
    public var configHash: String
    /// The run seed.
    public var seed: UInt64
    /// The engine version that simulated the run.
    public var engineVersion: String
    /// Where the run stands.
    public var status: RunStatus
    /// Wall-clock start time.
    public var startedAt: Date
    /// Wall-clock time the run left `running`; nil while running.
    public var finishedAt: Date?
    /// Wall time the simulation took, as measured by the engine; nil when unknown.
    public var wallSeconds: Double?
    /// Number of events written to the trace; nil when unknown.
    public var events: Int?
    /// Where the trace is written.
    public var tracePath: String
    /// Checksum of the complete trace file, as the engine computes it; set on completion.
    public var traceChecksum: String?
    /// Why the run failed or was interrupted; nil for running and completed runs.
    public var errorMessage: String?
    /// The process that owns (or owned) the run; nil where it could not be taken (no `/proc`).
    public var owner: ProcessIdentity?

    /// The columns of the `runs` table.
    public enum Columns {
        /// Primary key.
        public static let id = Column("id")
        /// World name.
        public static let worldName = Column("world_name")
        /// Resolved config (YAML text).
        public static let resolvedConfig = Column("resolved_config")
        /// Config hash.
        public static let configHash = Column("config_hash")
        /// Seed (INTEGER, UInt64 bit pattern).
        public static let seed = Column("seed")
        /// Engine version.
        public static let engineVersion = Column("engine_version")
        /// `running`, `completed`, `failed` or `interrupted`.
        public static let status = Column("status")
        /// ISO-8601 UTC start time.
        public static let startedAt = Column("started_at")
        /// ISO-8601 UTC end time.
        public static let finishedAt = Column("finished_at")
        /// Wall seconds.
        public static let wallSeconds = Column("wall_seconds")
        /// Event count.
        public static let events = Column("events")
        /// Trace path.
        public static let tracePath = Column("trace_path")
        /// Trace checksum.
        public static let traceChecksum = Column("trace_checksum")
        /// Failure or interruption reason.
        public static let errorMessage = Column("error_message")
        /// Owner process id.
        public static let ownerPID = Column("owner_pid")
        /// Owner process start time in clock ticks since boot.
        public static let ownerStartTicks = Column("owner_start_ticks")
        /// Owner machine boot id.
        public static let ownerBootID = Column("owner_boot_id")
        /// Owner host name.
        public static let ownerHost = Column("owner_host")
    }
}

extension RunRecord: FetchableRecord, PersistableRecord {
    /// The name of the SQLite table holding runs.
    public static let databaseTableName = "runs"

    /// Decodes a run from a `runs` row.
    ///
    /// - Throws: when the status or a timestamp is not one this engine writes (a hand-edited row).
    public init(row: Row) throws {
        let statusText: String = row[Columns.status]
        let startedText: String = row[Columns.startedAt]
        guard let status = RunStatus(rawValue: statusText) else {
            throw RunRowDecodingError(column: "status", text: statusText)
        }
        guard let startedAt = CatalogTimestamp.date(from: startedText) else {
            throw RunRowDecodingError(column: "started_at", text: startedText)
        }
        let finishedText: String? = row[Columns.finishedAt]
        var finishedAt: Date?
        if let finishedText {
            guard let date = CatalogTimestamp.date(from: finishedText) else {
                throw RunRowDecodingError(column: "finished_at", text: finishedText)
            }
            finishedAt = date
        }
        var owner: ProcessIdentity?
        if let pid: Int32 = row[Columns.ownerPID], let ticks: Int64 = row[Columns.ownerStartTicks],
            let bootID: String = row[Columns.ownerBootID], let host: String = row[Columns.ownerHost]
        {
            owner = ProcessIdentity(pid: pid, startTicks: UInt64(bitPattern: ticks), bootID: bootID, host: host)
        }
        let seedBits: Int64 = row[Columns.seed]
        self.init(
            id: row[Columns.id], worldName: row[Columns.worldName], resolvedConfig: row[Columns.resolvedConfig],
            configHash: row[Columns.configHash], seed: UInt64(bitPattern: seedBits),
            engineVersion: row[Columns.engineVersion], status: status, startedAt: startedAt,
            finishedAt: finishedAt, wallSeconds: row[Columns.wallSeconds], events: row[Columns.events],
            tracePath: row[Columns.tracePath], traceChecksum: row[Columns.traceChecksum],
            errorMessage: row[Columns.errorMessage], owner: owner)
    }

    /// Encodes the run into the `runs` columns (timestamps as ISO-8601 text, seed as bit pattern).
    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.worldName] = worldName
        container[Columns.resolvedConfig] = resolvedConfig
        container[Columns.configHash] = configHash
        container[Columns.seed] = Int64(bitPattern: seed)
        container[Columns.engineVersion] = engineVersion
        container[Columns.status] = status.rawValue
        container[Columns.startedAt] = CatalogTimestamp.text(from: startedAt)
        container[Columns.finishedAt] = finishedAt.map(CatalogTimestamp.text(from:))
        container[Columns.wallSeconds] = wallSeconds
        container[Columns.events] = events
        container[Columns.tracePath] = tracePath
        container[Columns.traceChecksum] = traceChecksum
        container[Columns.errorMessage] = errorMessage
        container[Columns.ownerPID] = owner?.pid
        container[Columns.ownerStartTicks] = owner.map { Int64(bitPattern: $0.startTicks) }
        container[Columns.ownerBootID] = owner?.bootID
        container[Columns.ownerHost] = owner?.host
    }
}

/// A `runs` row holding a value this engine never writes (e.g. a hand-edited status).
struct RunRowDecodingError: Error, CustomStringConvertible {
    /// The offending column.
    var column: String
    /// Its text.
    var text: String

    var description: String { "column \(column) holds '\(text)', which this engine does not understand" }
}
