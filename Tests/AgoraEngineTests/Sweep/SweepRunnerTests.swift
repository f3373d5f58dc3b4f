import AgoraAnalysis
import AgoraConfig
import Foundation
import Testing

@testable import AgoraEngine

/// The local sweep runner: resumes by (config hash, seed), uses common seeds across points, and
/// produces the same traces whatever the number of jobs or the shard a run lands in.
@Suite struct SweepRunnerTests {
    @Test func replicatesShareSeedsAcrossPoints() throws {
        let plan = try SweepTestSupport.plan()
        #expect(plan.tasks.count == 6)
        for point in 0..<3 {
            #expect(plan.tasks.filter { $0.point == point }.map(\.seed) == [3, 4])
        }
        #expect(Set(plan.tasks.map(\.configHash)).count == 6)
        #expect(try SweepTestSupport.plan().id == plan.id, "the sweep id is a function of the plan")
        #expect(try SweepTestSupport.plan(replicates: 3).id != plan.id)
    }

    @Test func rerunSkipsCompletedRunsAndRunsOnlyTheRest() throws {
        let plan = try SweepTestSupport.plan()
        let out = try SweepTestSupport.folder()
        let runner = SweepRunner(outputRoot: out, jobs: 2, threadsPerRun: 1)
        let half = try runner.run(plan, shard: SweepShard(index: 0, count: 2))
        #expect(half.progress.completed == 3 && half.progress.skipped == 0)
        let rest = try runner.run(plan)
        #expect(rest.progress.completed == 3 && rest.progress.skipped == 3)
        let again = try runner.run(plan)
        #expect(again.progress.completed == 0 && again.progress.skipped == 6)
        let results = try SweepResults.load(outputRoot: out, sweepID: plan.id)
        #expect(results.completedRuns == 6)
        #expect(results.points.allSatisfy { $0.values(of: "activity.posts").count == 2 })
        let csv = results.csv().split(separator: "\n")
        #expect(csv.first == "point,replicate,seed,population.types[0].post_probability,config_hash,run_id,activity.posts,activity.likes")
        #expect(csv.count == 7)
    }

    @Test func tracesDoNotDependOnJobsOrShards() throws {
        let plan = try SweepTestSupport.plan(values: ["0.2", "0.6"])
        let serial = try SweepTestSupport.folder()
        let sharded = try SweepTestSupport.folder()
        _ = try SweepRunner(outputRoot: serial, jobs: 1, threadsPerRun: 1).run(plan)
        for k in 0..<3 {
            _ = try SweepRunner(outputRoot: sharded, jobs: 2, threadsPerRun: 2).run(plan, shard: SweepShard(index: k, count: 3))
        }
        let a = SweepTestSupport.checksums(try SweepResults.load(outputRoot: serial, sweepID: plan.id))
        let b = SweepTestSupport.checksums(try SweepResults.load(outputRoot: sharded, sweepID: plan.id))
        #expect(a.count == 4 && a.values.allSatisfy { !$0.isEmpty })
        #expect(a == b)
    }

    @Test func reportHasTheStatisticsOfEveryPointAndEscapesItsHTML() throws {
        let plan = try SweepTestSupport.plan(values: ["0.1", "0.9"], replicates: 3)
        let out = try SweepTestSupport.folder()
        _ = try SweepRunner(outputRoot: out, jobs: 2, threadsPerRun: 1).run(plan)
        let results = try SweepResults.load(outputRoot: out, sweepID: plan.id)
        let report = SweepReport(results: results)
        #expect(report.points.count == 2)
        for point in report.points {
            let posts = try #require(point.metrics["activity.posts"])
            #expect(posts.count == 3)
            #expect(posts == SummaryStatistics(results.points[point.index].values(of: "activity.posts")))
        }
        #expect(report.points[1].metrics["activity.posts"]!.mean > report.points[0].metrics["activity.posts"]!.mean)
        let html = report.html()
        #expect(html.contains("<svg") && html.contains("population.types[0].post_probability") && !html.contains("<script"))
        #expect(report.markdown().contains("| 0.9 | 3 |"))
        let json = try JSONSerialization.jsonObject(with: report.json()) as? [String: Any]
        #expect(json?["completed_runs"] as? Int == 6)
        let files = try report.write(to: out.appendingPathComponent("report"))
        #expect(files.map(\.lastPathComponent) == ["report.html", "report.md", "report.json"])
    }
}
