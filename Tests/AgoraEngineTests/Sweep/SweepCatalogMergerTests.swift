import AgoraStore
import Foundation
import Testing

@testable import AgoraEngine

/// Merging shard catalogs: the merged catalog equals a local run, merging is idempotent, and
/// the same (config hash, seed) with another trace checksum is reported as a conflict.
@Suite struct SweepCatalogMergerTests {
    @Test func mergedShardsEqualALocalRunAndMergingTwiceChangesNothing() throws {
        let plan = try SweepTestSupport.plan(values: ["0.3", "0.7"])
        let root = try SweepTestSupport.folder()
        let shards = (0..<2).map { root.appendingPathComponent("shard-\($0)-of-2") }
        for (k, folder) in shards.enumerated() {
            _ = try SweepRunner(outputRoot: folder, jobs: 1, threadsPerRun: 1).run(plan, shard: SweepShard(index: k, count: 2))
        }
        let merged = root.appendingPathComponent("merged")
        let first = try SweepCatalogMerger(destination: merged).merge(sources: shards)
        #expect(first.runs == 4 && first.duplicates == 0 && first.sweeps == 1 && first.conflicts.isEmpty && first.catalogs == 2)
        let second = try SweepCatalogMerger(destination: merged).merge(sources: shards)
        #expect(second.runs == 0 && second.duplicates == 4 && second.sweeps == 0 && second.conflicts.isEmpty)

        let local = try SweepTestSupport.folder()
        _ = try SweepRunner(outputRoot: local, jobs: 2, threadsPerRun: 1).run(plan)
        let mergedResults = try SweepResults.load(outputRoot: merged, sweepID: plan.id)
        let localResults = try SweepResults.load(outputRoot: local, sweepID: plan.id)
        #expect(SweepTestSupport.checksums(mergedResults) == SweepTestSupport.checksums(localResults))
        #expect(mergedResults.points.map { $0.replicates.map(\.metrics) } == localResults.points.map { $0.replicates.map(\.metrics) })
        for point in mergedResults.points {
            for replicate in point.replicates {
                let id = try #require(replicate.runID)
                #expect(FileManager.default.fileExists(atPath: merged.appendingPathComponent("\(id)/trace.agtrace").path))
            }
        }
    }

    @Test func sameConfigAndSeedWithAnotherTraceIsAConflict() throws {
        let plan = try SweepTestSupport.plan(values: ["0.3"], replicates: 1)
        let root = try SweepTestSupport.folder()
        let good = root.appendingPathComponent("good")
        _ = try SweepRunner(outputRoot: good, jobs: 1, threadsPerRun: 1).run(plan)
        let task = try #require(plan.tasks.first)
        let forged = root.appendingPathComponent("forged")
        try FileManager.default.createDirectory(at: forged, withIntermediateDirectories: true)
        let catalog = try Catalog(path: forged.appendingPathComponent("agora.sqlite").path)
        try catalog.beginRun(NewRun(id: "forged-run", worldName: "sweep-test", resolvedConfig: task.world.resolvedYAML,
                                    configHash: task.configHash, seed: task.seed, engineVersion: "0.1.0",
                                    tracePath: "forged-run/trace.agtrace"))
        try catalog.completeRun(id: "forged-run", wallSeconds: 1, events: 1, traceChecksum: "not-the-same",
                                metrics: ["activity.posts": 1], timeseries: [])
        let merged = root.appendingPathComponent("merged")
        let summary = try SweepCatalogMerger(destination: merged).merge(sources: [good, forged])
        #expect(summary.runs == 1)
        #expect(summary.conflicts.count == 1)
        #expect(summary.conflicts.first?.contains("forged-run") == true)
        #expect(summary.conflicts.first?.contains("not-the-same") == true)
        let results = try SweepResults.load(outputRoot: merged, sweepID: plan.id)
        #expect(results.points[0].replicates[0].runID != "forged-run", "the conflicting run is not merged")
    }
}
