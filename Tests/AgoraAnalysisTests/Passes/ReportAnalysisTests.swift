import AgoraCore
import Foundation
import Testing
@testable import AgoraAnalysis

@Suite struct ReportAnalysisTests {
    private func report() throws -> RunReport {
        try ReportAnalysis.report(tracePath: try ReportTraceFixture.write(), runLabel: "fixture-run",
                                  options: .init(inactivityDays: 1, retentionDays: [1, 7]))
    }

    @Test func retentionAndActivityMatchTheHandCount() throws {
        let r = try report()
        #expect(r.days == 3)
        #expect(r.metrics.timeseries.filter { $0.name == "activity.dau" }.map(\.value) == [4, 2, 1])
        #expect(r.metrics["retention.d1"] == 0.5)
        #expect(r.metrics["retention.rolling_d1"] == 0.5)
        #expect(r.metrics["retention.d7"] == nil)
        #expect(r.tables.kaplanMeier == [1, 0.5, 0.25, 0.25])
        #expect(r.metrics["retention.km_median_days"] == 1)
        #expect(r.metrics["retention.inactivity_churned"] == 3)
        #expect(r.metrics["retention.churn_events"] == 1)
        #expect(r.metrics.timeseries.filter { $0.name == "retention.churn_rate" }.map(\.value) == [0, 0.25, 0])
        #expect(abs((r.metrics["retention.return_time_mean_h"] ?? 0) - (24 - 10.0 / 60)) < 1e-9)
        #expect(r.metrics["retention.session_depth_mean"] == 2)
        #expect(r.tables.cohorts == [CohortRow(joinDay: 0, agents: 4, retained: [1, 0.5, 0.25])])
        #expect(r.metrics.timeseries.filter { $0.name == "activity.wau" }.map(\.value) == [4, 4, 4])
    }

    @Test func cascadesAndEngagementMatchTheHandCount() throws {
        let r = try report()
        #expect(r.metrics["cascades.count"] == 2)
        #expect(r.metrics["cascades.size_max"] == 4)
        #expect(r.metrics["cascades.size_mean"] == 2.5)
        #expect(r.metrics["cascades.depth_max"] == 2)
        #expect(r.metrics["cascades.breadth_max"] == 2)
        #expect(r.metrics["cascades.reshared_share"] == 0.5)
        #expect(r.tables.cascadeSizeCCDF == [DistributionPoint(x: 1, y: 1), DistributionPoint(x: 4, y: 0.5)])
        #expect(r.tables.topCascades.map(\.rootPost) == [0, 4])
        #expect(r.tables.topCascades.first?.text == ReportTraceFixture.scriptText)
        #expect(r.metrics["engagement.posts_per_dau"] == 2.0 / 7)
        #expect(r.metrics["engagement.top1pct_author_attention_share"] == 0.5)
    }

    @Test func friendshipParadoxIsMeasuredAtEverySnapshotAndAtTheEnd() throws {
        let r = try report()
        let weak = r.metrics.timeseries.filter { $0.name == "friendship_paradox.followees.followers.weak_fraction" }
        #expect(weak.map(\.day) == [0, 1, 2])
        // Final graph 0→1, 2→1, 3→1, 1→0, 2→0: agents 0, 2, 3 are below their followees' mean.
        #expect(r.metrics["friendship_paradox.followees.followers.weak_fraction"] == 0.75)
        #expect(r.metrics["friendship_paradox.ties.interactions_0.edges"] == 2)
        #expect(r.metrics["friendship_paradox.ties.interactions_1_2.edges"] == 3)
        #expect(r.metrics["friendship_paradox.gabm.followee_followers_mean"] == (3 + 3 + 3 + 2 + 2) / 5.0)
        #expect(r.metrics["friendship_paradox.feld.mean_followers"] == 5.0 / 4)
        #expect(r.metrics["friendship_paradox.emergence.first_day_above_half"] == 0)
    }

    @Test func polarizationComesFromTheSnapshots() throws {
        let r = try report()
        #expect(abs((r.metrics["polarization.opinion_variance"] ?? 0) - 0.5) < 1e-9)
        #expect(r.metrics.timeseries.filter { $0.name == "polarization.opinion_variance" }.map(\.day) == [0, 1, 2])
        #expect(r.tables.opinionEnd.reduce(0, +) == 4)
        #expect(r.tables.opinionEndDay == 2)
    }

    @Test func everyMetricHasACatalogNameAndAFiniteValue() throws {
        let r = try report()
        let segment = /[a-z0-9_]+/
        for name in r.metrics.scalars.map(\.name) + r.metrics.timeseries.map(\.name) {
            #expect(name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { $0.wholeMatch(of: segment) != nil },
                    "\(name)")
        }
        #expect(r.metrics.scalars.allSatisfy { $0.value.isFinite })
        #expect(r.metrics.timeseries.allSatisfy { $0.value.isFinite })
        let points = r.metrics.timeseries.map { "\($0.name)@\($0.day)" }
        #expect(Set(points).count == points.count)
    }

    @Test func aFileThatIsNotATraceIsAnError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-trace-\(UUID().uuidString)").path
        try Data("hello".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: TraceAnalysis.Failure.self) { try ReportAnalysis.metrics(tracePath: path) }
    }
}
