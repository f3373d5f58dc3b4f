import Foundation
import GRDB
import Testing

@testable import AgoraStore

@Suite struct CatalogTests {
    @Test func openingCreatesTheTablesInWALMode() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        #expect(try catalog.appliedMigrations() == CatalogSchema.migrationNames)
        #expect(catalog.runsInterruptedOnOpen.isEmpty)

        let raw = try DatabaseQueue(path: folder.catalogPath)
        let (tables, journalMode) = try raw.read { db in
            (
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                try String.fetchOne(db, sql: "PRAGMA journal_mode")
            )
        }
        #expect(tables == ["grdb_migrations", "llm_agent_usage", "llm_cache", "llm_personas", "metrics", "runs", "sweep_points", "sweeps", "timeseries"])
        #expect(journalMode == "wal")
        let runColumns = try raw.read { db in try db.columns(in: "runs").map(\.name) }
        #expect(
            runColumns == [
                "id", "world_name", "resolved_config", "config_hash", "seed", "engine_version", "status",
                "started_at", "finished_at", "wall_seconds", "events", "trace_path", "trace_checksum",
                "error_message", "owner_pid", "owner_start_ticks", "owner_boot_id", "owner_host",
            ])
    }

    @Test func reopeningKeepsDataAndAppliesNoMigrationTwice() throws {
        let folder = try TemporaryFolder()
        try Catalog(path: folder.catalogPath).beginRun(sampleRun(id: "a"))
        let reopened = try Catalog(path: folder.catalogPath)
        let again = try Catalog(path: folder.catalogPath, mode: .mustExist)
        #expect(try reopened.appliedMigrations() == CatalogSchema.migrationNames)
        #expect(try again.runs().map(\.id) == ["a"])
        let migrationRows = try DatabaseQueue(path: folder.catalogPath).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations")
        }
        #expect(migrationRows == CatalogSchema.migrationNames.count)
    }

    @Test func aFileThatIsNotSQLiteGivesAClearError() throws {
        let folder = try TemporaryFolder()
        let garbage = String(repeating: "this is not a database, just a text file\n", count: 200)
        try garbage.write(toFile: folder.catalogPath, atomically: true, encoding: .utf8)

        let error = #expect(throws: CatalogError.self) { try Catalog(path: folder.catalogPath) }
        #expect(error?.kind == .notADatabase)
        #expect(error?.path == folder.catalogPath)
        #expect(error?.description.contains("opening the catalog failed: the file is not an SQLite database") == true)
        #expect(error?.suggestion != nil)
        #expect(try String(contentsOfFile: folder.catalogPath, encoding: .utf8) == garbage)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["agora.sqlite"])
    }

    @Test func aMissingFolderGivesAClearError() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("no-such-folder/agora.sqlite")
        let error = #expect(throws: CatalogError.self) { try Catalog(path: path) }
        #expect(error?.kind == .folderMissing)
        #expect(error?.description.contains("no-such-folder does not exist") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.file("no-such-folder")))
    }

    @Test func aFolderPassedAsTheCatalogIsRefused() throws {
        let folder = try TemporaryFolder()
        let error = #expect(throws: CatalogError.self) { try Catalog(path: folder.path) }
        #expect(error?.kind == .pathIsAFolder)
        #expect(error?.suggestion?.contains("\(folder.path)/agora.sqlite") == true)
    }

    @Test func mustExistModeNeverCreatesACatalog() throws {
        let folder = try TemporaryFolder()
        let error = #expect(throws: CatalogError.self) { try Catalog(path: folder.catalogPath, mode: .mustExist) }
        #expect(error?.kind == .catalogMissing)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// GRDB reads the applied migrations before taking the write lock, so concurrent first opens
    /// race for the first migration; without the catalog's recovery about one round in 40 failed
    /// with "table runs already exists". Twenty rounds of six openers keep the test under a second.
    @Test(arguments: 0..<20) func concurrentOpensOfAFreshCatalogAllSucceed(round: Int) throws {
        let folder = try TemporaryFolder()
        let path = folder.catalogPath
        let failures = LockedFailures()
        DispatchQueue.concurrentPerform(iterations: 6) { index in
            do {
                let catalog = try Catalog(path: path)
                try catalog.beginRun(sampleRun(id: "run-\(index)"))
            } catch {
                failures.append("\(index): \(error)")
            }
        }
        #expect(failures.all == [])
        let catalog = try Catalog(path: path)
        #expect(try catalog.runs().map(\.id) == (0..<6).map { "run-\($0)" })
        #expect(try catalog.appliedMigrations() == CatalogSchema.migrationNames)
    }
}

/// Failures collected from concurrent openers. `@unchecked Sendable`: every access to `messages`
/// holds `lock` (Synchronization's `Mutex` would need macOS 15; the package supports macOS 14).
private final class LockedFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func append(_ message: String) { lock.withLock { messages.append(message) } }

    var all: [String] { lock.withLock { messages } }
}
