import Foundation
import Testing

/// `agora compare`: two small worlds with the same seeds, the paired difference of each metric.
@Suite struct CompareCommandTests {
    static func world(postProbability: Double) -> String {
        """
        name: compare-cli
        horizon: 1d
        population:
          size: 200
          types: [{name: casual, fraction: 1.0, post_probability: \(postProbability)}]
        graph:
          m: 3
        """
    }

    @Test func comparingTwoWorldsReportsThePairedDifferenceWithItsInterval() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        _ = try AgoraProcess.writeWorld(Self.world(postProbability: 0.1), named: "a.yaml", in: dir)
        _ = try AgoraProcess.writeWorld(Self.world(postProbability: 0.8), named: "b.yaml", in: dir)
        let result = try AgoraProcess.run(["compare", "a.yaml", "b.yaml", "--replicates", "4", "--out", "out",
                                           "--metric", "activity.posts", "--metric", "population.agents"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("4 paired replicates"))
        let jsonPath = try #require(result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasSuffix("compare.json") }?.replacingOccurrences(of: "report: ", with: ""))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: jsonPath))) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        let posts = try #require(rows.first { $0["metric"] as? String == "activity.posts" })
        let difference = try #require(posts["difference_b_minus_a"] as? [String: Any])
        #expect((difference["mean"] as? Double ?? 0) > 0, "more posting means more posts")
        #expect((posts["sign_test"] as? [String: Any])?["positives"] as? Int == 4)
        // Both worlds start with the same population: every pair is a tie.
        let sessions = try #require(rows.first { $0["metric"] as? String == "population.agents" })
        let sessionDifference = try #require(sessions["difference_b_minus_a"] as? [String: Any])
        #expect(sessionDifference["mean"] as? Double == 0)
        #expect((sessions["sign_test"] as? [String: Any])?["ties"] as? Int == 4)

        let rerun = try AgoraProcess.run(["compare", "a.yaml", "b.yaml", "--replicates", "4", "--out", "out",
                                          "--metric", "activity.posts"], in: dir)
        #expect(rerun.status == 0)
        let list = try AgoraProcess.run(["runs", "list", "--out", "out"], in: dir)
        #expect(list.stdout.split(separator: "\n").count == 9, "8 runs, reused by the second comparison:\n\(list.stdout)")
    }

    @Test func unknownMetricIsRefusedBeforeRunning() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        _ = try AgoraProcess.writeWorld(Self.world(postProbability: 0.1), named: "a.yaml", in: dir)
        let result = try AgoraProcess.run(["compare", "a.yaml", "--set-b", "population.types[0].post_probability=0.5",
                                           "--metric", "exposure.gin", "--out", "out"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown metric 'exposure.gin'; did you mean 'exposure.gini'?"), "\(result.stderr)")
    }
}
