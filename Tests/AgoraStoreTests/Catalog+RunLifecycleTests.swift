import Foundation
import Testing

@testable import AgoraStore

@Suite struct CatalogRunLifecycleTests {
    let finished = Date(timeIntervalSince1970: 1_800_000_090)

    let dailyActiveUsers = [
        TimeseriesPoint(name: "activity.dau", t: 2, value: 3300),
        TimeseriesPoint(name: "activity.dau", t: 0, value: 3100),
        TimeseriesPoint(name: "activity.dau", t: 1, value: 3200),
        TimeseriesPoint(name: "activity.posts", t: 0, value: 410),
    ]

    @Test func beginThenCompleteStoresTheRunItsMetricsAndTimeseries() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "quickstart-9f86d081-7"))

        let started = try #require(try catalog.run(id: "quickstart-9f86d081-7"))
        #expect(started.status == .running)
        #expect(started.finishedAt == nil)
        #expect(started.owner == ProcessIdentity.current())
        #expect(started.startedAt == Date(timeIntervalSince1970: 1_800_000_000))

        try catalog.completeRun(
            id: "quickstart-9f86d081-7", wallSeconds: 12.5, events: 90_000, traceChecksum: "c0ffee",
            metrics: ["events.total": 90_000, "activity.dau_mean": 3200, "events.by_kind.like": 1234],
            timeseries: dailyActiveUsers, finishedAt: finished)

        let run = try #require(try catalog.run(id: "quickstart-9f86d081-7"))
        #expect(run.status == .completed)
        #expect(run.finishedAt == finished)
        #expect(run.wallSeconds == 12.5)
        #expect(run.events == 90_000)
        #expect(run.traceChecksum == "c0ffee")
        #expect(run.errorMessage == nil)
        #expect(run.resolvedConfig == "name: quickstart\nseed: 7\n")
        #expect(run.tracePath == "quickstart-9f86d081-7/trace.agtrace")
        #expect(
            try catalog.metrics(runID: run.id) == [
                MetricRecord(runID: run.id, name: "activity.dau_mean", value: 3200),
                MetricRecord(runID: run.id, name: "events.by_kind.like", value: 1234),
                MetricRecord(runID: run.id, name: "events.total", value: 90_000),
            ])
        #expect(try catalog.metric(runID: run.id, name: "activity.dau_mean") == 3200)
        #expect(try catalog.metric(runID: run.id, name: "activity.missing") == nil)
        #expect(try catalog.timeseries(runID: run.id, name: "activity.dau").map(\.t) == [0, 1, 2])
        #expect(try catalog.timeseries(runID: run.id, name: "activity.dau").map(\.value) == [3100, 3200, 3300])
        #expect(try catalog.timeseriesNames(runID: run.id) == ["activity.dau", "activity.posts"])
    }

    @Test func aRunIdCanBeginOnlyOnce() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "a"))
        #expect(try catalog.runExists(id: "a"))
        #expect(try !catalog.runExists(id: "b"))
        let error = #expect(throws: CatalogError.self) { try catalog.beginRun(sampleRun(id: "a", seed: 8)) }
        #expect(error?.kind == .runAlreadyExists)
        #expect(try catalog.run(id: "a")?.seed == 7)
    }

    @Test func failRecordsTheMessageAndKeepsNoMetrics() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "a"))
        try catalog.failRun(id: "a", message: "trace write failed: disk full", wallSeconds: 3, finishedAt: finished)
        let run = try #require(try catalog.run(id: "a"))
        #expect(run.status == .failed)
        #expect(run.errorMessage == "trace write failed: disk full")
        #expect(run.wallSeconds == 3)
        #expect(run.events == nil)
        #expect(run.finishedAt == finished)
        #expect(try catalog.metrics(runID: "a").isEmpty)
    }

    @Test func markInterruptedRecordsTheReasonAndTheTracePrefix() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "a"))
        try catalog.markInterrupted(id: "a", wallSeconds: 1.5, events: 4096)
        let run = try #require(try catalog.run(id: "a"))
        #expect(run.status == .interrupted)
        #expect(run.errorMessage == "interrupted by the user")
        #expect(run.events == 4096)
        #expect(run.finishedAt != nil)
    }

    @Test(arguments: [RunStatus.completed, .failed, .interrupted])
    func aRunThatIsNotRunningCannotChangeAgain(finalStatus: RunStatus) throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "a"))
        switch finalStatus {
        case .completed:
            try catalog.completeRun(
                id: "a", wallSeconds: 1, events: 10, traceChecksum: "x", metrics: ["m": 1], timeseries: [])
        case .failed: try catalog.failRun(id: "a", message: "boom")
        case .interrupted: try catalog.markInterrupted(id: "a")
        case .running: Issue.record("not a final status")
        }
        let before = try catalog.run(id: "a")

        let completing = #expect(throws: CatalogError.self) {
            try catalog.completeRun(
                id: "a", wallSeconds: 2, events: 20, traceChecksum: "y", metrics: ["other": 2], timeseries: [])
        }
        #expect(completing?.kind == .runNotRunning(finalStatus))
        #expect(completing?.description.contains("the run is \(finalStatus), not running") == true)
        let failing = #expect(throws: CatalogError.self) { try catalog.failRun(id: "a", message: "late") }
        #expect(failing?.kind == .runNotRunning(finalStatus))
        let interrupting = #expect(throws: CatalogError.self) { try catalog.markInterrupted(id: "a") }
        #expect(interrupting?.kind == .runNotRunning(finalStatus))

        #expect(try catalog.run(id: "a") == before)
        #expect(try catalog.metric(runID: "a", name: "other") == nil)
    }

    @Test func completingAnUnknownRunIsRefused() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        let error = #expect(throws: CatalogError.self) {
            try catalog.completeRun(id: "ghost", wallSeconds: 1, events: 1, traceChecksum: "x", metrics: [:], timeseries: [])
        }
        #expect(error?.kind == .runNotFound)
        #expect(error?.operation == "completing run 'ghost'")
    }

    @Test func aCompletionThatFailsMidwayLeavesNoRows() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "a"))
        // The run row is updated and every metric inserted before the last point is checked.
        let poisoned = dailyActiveUsers + [TimeseriesPoint(name: "activity.dau", t: 3, value: .nan)]
        let error = #expect(throws: CatalogError.self) {
            try catalog.completeRun(
                id: "a", wallSeconds: 1, events: 10, traceChecksum: "x",
                metrics: ["activity.dau_mean": 3200, "events.total": 10], timeseries: poisoned)
        }
        #expect(error?.kind == .invalidValue)
        #expect(error?.description.contains("non-finite value nan at t = 3.0") == true)
        try expectStillRunningWithoutRows(catalog, runID: "a")

        // The rollback left a clean slate: the corrected completion goes through.
        try catalog.completeRun(
            id: "a", wallSeconds: 1, events: 10, traceChecksum: "x", metrics: ["events.total": 10],
            timeseries: dailyActiveUsers)
        #expect(try catalog.run(id: "a")?.status == .completed)
        #expect(try catalog.timeseries(runID: "a", name: "activity.dau").count == 3)
    }

    @Test func aDuplicatePointRefusedBySQLiteRollsBackTheWholeCompletion() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "a"))
        let duplicated = dailyActiveUsers + [TimeseriesPoint(name: "activity.dau", t: 1, value: 9)]
        let error = #expect(throws: CatalogError.self) {
            try catalog.completeRun(
                id: "a", wallSeconds: 1, events: 10, traceChecksum: "x", metrics: ["events.total": 10],
                timeseries: duplicated)
        }
        #expect(error?.kind == .constraintViolated)
        try expectStillRunningWithoutRows(catalog, runID: "a")
    }

    @Test func invalidEndValuesAreRefusedBeforeAnythingIsWritten() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "a"))
        let negativeEvents = #expect(throws: CatalogError.self) {
            try catalog.completeRun(id: "a", wallSeconds: 1, events: -1, traceChecksum: "x", metrics: [:], timeseries: [])
        }
        #expect(negativeEvents?.kind == .invalidValue)
        let infiniteWall = #expect(throws: CatalogError.self) {
            try catalog.failRun(id: "a", message: "m", wallSeconds: .infinity)
        }
        #expect(infiniteWall?.kind == .invalidValue)
        let badName = #expect(throws: CatalogError.self) {
            try catalog.completeRun(
                id: "a", wallSeconds: 1, events: 1, traceChecksum: "x", metrics: ["Activity DAU": 1], timeseries: [])
        }
        #expect(badName?.suggestion?.contains("activity.dau_mean") == true)
        try expectStillRunningWithoutRows(catalog, runID: "a")
    }

    private func expectStillRunningWithoutRows(_ catalog: Catalog, runID: String) throws {
        let run = try #require(try catalog.run(id: runID))
        #expect(run.status == .running)
        #expect(run.finishedAt == nil)
        #expect(run.wallSeconds == nil)
        #expect(run.events == nil)
        #expect(run.traceChecksum == nil)
        #expect(try catalog.metrics(runID: runID).isEmpty)
        #expect(try catalog.timeseriesNames(runID: runID).isEmpty)
    }
}
