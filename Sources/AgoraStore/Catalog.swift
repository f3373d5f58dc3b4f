import Foundation
import GRDB

/// The SQLite catalog of an output folder (`OUT/agora.sqlite`): every run with its resolved
/// config, status and trace, the scalar metrics and time series computed from its trace.
///
/// `Catalog` is the only type that touches the database: it keeps the connection pool private,
/// runs the named, append-only migrations of ``CatalogSchema`` when it opens the file, and offers
/// intention-revealing methods — no SQL for callers. The file is in WAL mode with a busy timeout,
/// so several processes (the parallel runs of a sweep) can open and write the same catalog.
///
/// Opening also settles runs whose owner died: any `running` row whose owner process is gone
/// (SIGKILL, crash, reboot — see ``ProcessIdentity`` for the exact rule) becomes `interrupted`, in
/// one transaction; ``runsInterruptedOnOpen`` lists them.
///
/// ```swift
/// let catalog = try Catalog(path: "runs/agora.sqlite")
/// try catalog.beginRun(NewRun(id: runID, worldName: "quickstart", resolvedConfig: yaml,
///                             configHash: hash, seed: 7, engineVersion: "0.1.0",
///                             tracePath: "\(runID)/trace.agtrace"))
/// // … simulate …
/// try catalog.completeRun(id: runID, wallSeconds: 41.2, events: 1_234_567,
///                         traceChecksum: checksum, metrics: ["activity.dau_mean": 3120],
///                         timeseries: [TimeseriesPoint(name: "activity.dau", t: 0, value: 3050)])
/// ```
///
/// Thread safety: `Catalog` is `Sendable`; GRDB's `DatabasePool` serializes writes and lets reads
/// run concurrently.
public final class Catalog: Sendable {
    /// Whether opening may create the catalog file.
    public enum OpenMode: Sendable {
        /// Create an empty catalog when the file does not exist (`agora run`).
        case createIfMissing
        /// Refuse with ``CatalogError/Kind/catalogMissing`` when the file does not exist
        /// (`agora runs list`, which must not create files).
        case mustExist
    }

    /// The default time a write waits for another process's lock before failing with
    /// ``CatalogError/Kind/busy``.
    public static let defaultBusyTimeout: TimeInterval = 15

    /// How many times opening is tried when SQLite reports the file busy during set-up.
    static let openAttempts = 5

    /// The catalog file.
    public let path: String

    /// Ids of the runs that opening this catalog found `running` with a dead owner and marked
    /// `interrupted`, sorted.
    public let runsInterruptedOnOpen: [String]

    /// The connection pool; private so that every access goes through the methods of this type.
    private let pool: DatabasePool

    /// Opens the catalog at `path`, creating it when allowed, migrating it to the current schema
    /// and marking runs of dead owners `interrupted`.
    ///
    /// - Parameters:
    ///   - path: The catalog file, normally `OUT/agora.sqlite`. Its folder must exist.
    ///   - mode: Whether a missing file is created (default) or refused.
    ///   - busyTimeout: How long a write waits for other processes' locks.
    /// - Throws: ``CatalogError`` — e.g. ``CatalogError/Kind/notADatabase`` for a file that is not
    ///   SQLite, ``CatalogError/Kind/folderMissing``, ``CatalogError/Kind/notWritable``.
    public init(
        path: String, mode: OpenMode = .createIfMissing, busyTimeout: TimeInterval = Catalog.defaultBusyTimeout
    ) throws(CatalogError) {
        let operation = "opening the catalog"
        try Self.checkLocation(of: path, mode: mode, operation: operation)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "AgoraStore.Catalog"
        var attempt = 0
        var opened: (pool: DatabasePool, interrupted: [String])?
        while opened == nil {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try Self.migrate(pool)
                let machine = MachineIdentity.current()
                let interrupted = try pool.write { db in
                    try Self.interruptRunsOfDeadOwners(db, machine: machine, now: Date())
                }
                opened = (pool, interrupted)
            } catch {
                // Several processes opening a fresh catalog at once can get SQLITE_BUSY at once (not
                // after the busy timeout) while one of them switches the file to WAL mode; that is
                // transient, so the open is retried a few times after a short pause.
                let translated = CatalogError.translating(error, path: path, operation: operation)
                attempt += 1
                guard translated.kind == .busy, attempt < Self.openAttempts else { throw translated }
                usleep(UInt32.random(in: 20_000...120_000))
            }
        }
        let (pool, interrupted) = opened!
        self.path = path
        self.pool = pool
        self.runsInterruptedOnOpen = interrupted
    }

    /// Names of the migrations applied to this catalog file, in order (for diagnostics and tests).
    public func appliedMigrations() throws(CatalogError) -> [String] {
        try reading("listing migrations") { db in try CatalogSchema.migrator.appliedMigrations(db) }
    }

    /// Runs `body` in a read transaction, translating failures into ``CatalogError``.
    func reading<T>(_ operation: String, _ body: (Database) throws -> T) throws(CatalogError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw CatalogError.translating(error, path: path, operation: operation)
        }
    }

    /// Runs `body` in one write transaction — all of it is committed or none of it — translating
    /// failures into ``CatalogError``. A `CatalogError` thrown by `body` rolls back and passes through.
    func writing<T>(_ operation: String, _ body: (Database) throws -> T) throws(CatalogError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw CatalogError.translating(error, path: path, operation: operation)
        }
    }

    /// Refuses paths SQLite would fail on with a vague message: a missing folder, a folder given as
    /// the file, or (in `mustExist` mode) a missing file.
    private static func checkLocation(of path: String, mode: OpenMode, operation: String) throws(CatalogError) {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isFolder) {
            guard !isFolder.boolValue else {
                throw CatalogError(
                    kind: .pathIsAFolder, path: path, operation: operation,
                    detail: "the path is a folder, not a catalog file",
                    suggestion: "Pass the catalog file inside it, e.g. \(path)/agora.sqlite")
            }
            return
        }
        guard mode == .createIfMissing else {
            throw CatalogError(
                kind: .catalogMissing, path: path, operation: operation, detail: "there is no catalog at this path",
                suggestion: "Check the --out folder; a catalog is created by the first `agora run` into it")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard files.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CatalogError(
                kind: .folderMissing, path: path, operation: operation,
                detail: "the folder \(folder) does not exist", suggestion: "Create the output folder first")
        }
    }

    /// Applies the migrations this catalog lacks.
    ///
    /// GRDB reads the list of applied migrations before it takes the write lock, so two processes
    /// opening a fresh catalog at once can both try the first migration; the loser fails on
    /// "table already exists". After such a failure the loser migrates again: it then reads the
    /// winner's applied migrations and waits for the write lock for the rest (the winner may still
    /// be applying the later ones — checking only once for "all applied" failed about one round in
    /// 100 of `concurrentOpensOfAFreshCatalogAllSucceed`). A failure that persists over five
    /// attempts is a real one and is thrown.
    private static func migrate(_ pool: DatabasePool) throws {
        let migrator = CatalogSchema.migrator
        var attempt = 1
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                if try pool.read(migrator.hasCompletedMigrations) { return }
                if attempt == 5 { throw error }
                attempt += 1
                usleep(UInt32(2_000 * attempt))
            }
        }
    }
}
