import AgoraAgents
import AgoraAnalysis
import AgoraStore
import Foundation
import Testing
@testable import AgoraEngine

/// What a real run stores is exactly what `MetricCatalog` declares for it, so sweeps and
/// `agora compare` never refuse a stored metric and docs/metrics.md lists every one; the run
/// summary's counts are those declared metrics.
@Suite struct MetricCatalogRunTests {
    @Test func aRunStoresExactlyTheDeclaredMetricsOfTheTracePasses() throws {
        let (summary, folder) = try WorldRunnerTests.run()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = try Catalog(path: folder.appendingPathComponent("agora.sqlite").path)
        let scalars = try catalog.metrics(runID: summary.runID).map(\.name)
        let series = try catalog.timeseriesNames(runID: summary.runID)
        #expect(scalars.count > 120)
        #expect(MetricCatalog.mismatches(scalars: scalars, series: series, passes: MetricDefinition.Pass.fromTrace) == [])
        #expect(scalars.allSatisfy(MetricCatalog.scalarNames.contains), "a sweep would refuse a stored metric")
        func stored(_ metric: MetricDefinition) throws -> Double? { try catalog.metric(runID: summary.runID, name: metric.name) }
        #expect(summary.sessions > 0)
        #expect(try stored(.activitySessions) == Double(summary.sessions))
        #expect(try stored(.activityPosts) == Double(summary.posts))
        #expect(try stored(.activityDAULast) == Double(summary.dauLastDay))
    }

    /// The `llm.*` names come from AgoraAgents' ledger, which cannot see the registry.
    @Test func theLLMLedgerNamesExactlyTheDeclaredLLMMetrics() {
        let declared = MetricCatalog.definitions(of: [.llmUsage]).map(\.name).sorted()
        #expect(LLMUsageLedger().metrics.map(\.name).sorted() == declared)
    }
}
