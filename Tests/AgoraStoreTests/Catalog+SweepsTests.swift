import Foundation
import Testing

@testable import AgoraStore

/// Sweeps and points in the catalog, lookups by (config hash, seed), importing completed runs.
@Suite struct CatalogSweepsTests {
    static let hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

    static func sweep(_ id: String = "s-1") -> (SweepRecord, [SweepPointRecord]) {
        let record = SweepRecord(id: id, name: "s", kind: "sweep", spec: "name: s\n", axes: ["graph.m"],
                                 metrics: ["activity.posts"], replicates: 2, createdAt: Date(timeIntervalSince1970: 1_800_000_000))
        let points = (0..<2).flatMap { point in
            (0..<2).map { replicate in
                SweepPointRecord(sweepID: id, point: point, replicate: replicate, seed: 7 + UInt64(replicate),
                                 configHash: hash, axisValues: ["\(2 + point)"])
            }
        }
        return (record, points)
    }

    @Test func recordingASweepTwiceKeepsTheFirst() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        let (record, points) = Self.sweep()
        #expect(try catalog.recordSweep(record, points: points))
        #expect(try !catalog.recordSweep(record, points: points))
        #expect(try catalog.sweep(id: "s-1") == record)
        #expect(try catalog.sweeps().map(\.id) == ["s-1"])
        #expect(try catalog.sweepPoints(sweepID: "s-1") == points)
        #expect(try catalog.sweep(id: "other") == nil)
    }

    @Test func completedRunsAreFoundByConfigHashAndSeedOnly() throws {
        let folder = try TemporaryFolder()
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "a", seed: 7))
        try catalog.beginRun(sampleRun(id: "b", seed: 7))
        try catalog.beginRun(sampleRun(id: "c", seed: 8))
        #expect(try catalog.completedRuns(configHash: Self.hash, seed: 7).isEmpty, "running runs are not results")
        try catalog.completeRun(id: "a", wallSeconds: 1, events: 3, traceChecksum: "x", metrics: ["activity.posts": 4], timeseries: [])
        try catalog.failRun(id: "b", message: "disk full")
        #expect(try catalog.completedRuns(configHash: Self.hash, seed: 7).map(\.id) == ["a"])
        #expect(try catalog.completedRuns(configHash: Self.hash, seed: 8).isEmpty)
        #expect(try catalog.completedRunMetrics(runIDs: ["a", "c"]) == ["a": ["activity.posts": 4]])
    }

    @Test func importingCopiesACompletedRunWithItsMetricsAndSeries() throws {
        let source = try TemporaryFolder()
        let from = try Catalog(path: source.catalogPath)
        try from.beginRun(sampleRun(id: "a"))
        try from.completeRun(id: "a", wallSeconds: 2, events: 5, traceChecksum: "sum", metrics: ["activity.posts": 4, "events.total": 5],
                             timeseries: [TimeseriesPoint(name: "activity.dau", t: 0, value: 3)])
        try from.beginRun(sampleRun(id: "b"))
        let run = try #require(try from.run(id: "a"))

        let target = try TemporaryFolder()
        let to = try Catalog(path: target.catalogPath)
        try to.importCompletedRun(run, metrics: try from.metrics(runID: "a"), timeseries: try from.allTimeseries(runID: "a"))
        let copied = try #require(try to.run(id: "a"))
        #expect(copied.traceChecksum == "sum" && copied.status == .completed && copied.owner == nil)
        #expect(try to.metrics(runID: "a") == from.metrics(runID: "a"))
        #expect(try to.allTimeseries(runID: "a") == [TimeseriesPoint(name: "activity.dau", t: 0, value: 3)])
        #expect(throws: CatalogError.self) { try to.importCompletedRun(run, metrics: [], timeseries: []) }
        let running = try #require(try from.run(id: "b"))
        #expect(throws: CatalogError.self) { try to.importCompletedRun(running, metrics: [], timeseries: []) }
    }
}
