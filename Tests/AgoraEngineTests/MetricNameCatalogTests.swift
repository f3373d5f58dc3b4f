import Foundation
import Testing

@testable import AgoraEngine

/// The known metric names cover what runs store, so sweeps never refuse a real metric.
@Suite struct MetricNameCatalogTests {
    @Test func everyMetricARunStoresIsAKnownName() throws {
        let plan = try SweepTestSupport.plan(values: ["0.4"], replicates: 1)
        let out = try SweepTestSupport.folder()
        _ = try SweepRunner(outputRoot: out, jobs: 1, threadsPerRun: 1).run(plan)
        let stored = try #require(try SweepResults.load(outputRoot: out, sweepID: plan.id).points.first?.replicates.first)
        #expect(stored.metrics.count == 2, "the sweep keeps only the metrics it asked for")
        let all = try SweepTestSupport.allMetricNames(in: out)
        #expect(all.count > 30)
        let unknown = all.filter { !MetricNameCatalog.scalarNames.contains($0) }
        #expect(unknown.isEmpty, "stored but not known: \(unknown)")
        #expect(MetricNameCatalog.scalarNames.contains("exposure.gini"))
        #expect(MetricNameCatalog.scalarNames.contains("graph.final.friendship_paradox.followees.followers.weak_fraction"))
    }
}
