import Foundation
import GRDB
import Testing

@testable import AgoraStore

@Suite struct CatalogQueriesTests {
    @Test func runsListByStartTimeThenId() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        let early = Date(timeIntervalSince1970: 1_800_000_000)
        let late = Date(timeIntervalSince1970: 1_800_000_500)
        try catalog.beginRun(sampleRun(id: "zeta", startedAt: early))
        try catalog.beginRun(sampleRun(id: "late", startedAt: late))
        try catalog.beginRun(sampleRun(id: "alpha", startedAt: early))
        try catalog.beginRun(sampleRun(id: "mid", startedAt: early.addingTimeInterval(0.25)))
        #expect(try catalog.runs().map(\.id) == ["alpha", "zeta", "mid", "late"])
        #expect(try Catalog(path: folder.catalogPath).runs().map(\.id) == ["alpha", "zeta", "mid", "late"])
    }

    @Test func timestampsAreStoredAsSortableISO8601Text() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "a", startedAt: Date(timeIntervalSince1970: 1_800_000_000.25)))
        let stored = try DatabaseQueue(path: folder.catalogPath).read { db in
            try String.fetchOne(db, sql: "SELECT started_at FROM runs WHERE id = 'a'")
        }
        #expect(stored == "2027-01-15T08:00:00.250Z")
        #expect(try catalog.run(id: "a")?.startedAt == Date(timeIntervalSince1970: 1_800_000_000.25))
    }

    @Test(arguments: [UInt64(0), 42, UInt64(Int64.max), UInt64(Int64.max) + 1, .max])
    func everySeedRoundTrips(seed: UInt64) throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "a", seed: seed))
        #expect(try catalog.run(id: "a")?.seed == seed)
    }

    @Test func unknownRunsHaveNoRowsAndNoRecord() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        #expect(try catalog.run(id: "ghost") == nil)
        #expect(try catalog.metrics(runID: "ghost").isEmpty)
        #expect(try catalog.timeseries(runID: "ghost", name: "activity.dau").isEmpty)
        #expect(try catalog.runs().isEmpty)
    }

    @Test func aHandEditedTimestampIsReportedNotTrapped() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "a"))
        try DatabaseQueue(path: folder.catalogPath).write { db in
            try db.execute(sql: "UPDATE runs SET started_at = 'yesterday' WHERE id = 'a'")
        }
        let error = #expect(throws: CatalogError.self) { try catalog.runs() }
        #expect(error?.kind == .databaseFailure)
        #expect(error?.description.contains("column started_at holds 'yesterday'") == true)
    }
}
