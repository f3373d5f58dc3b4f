import Foundation
import Testing

/// End-to-end: the real `agora` binary on small worlds, checked through its outputs.
@Suite(.serialized) struct RunCommandTests {
    static let smallWorld = """
        name: "E2E Small!"
        seed: 3
        horizon: 2d
        population:
          size: 300
        graph:
          m: 4
        trace:
          block_events: 4096
        """

    @Test func runWritesTraceConfigSummaryAndACompletedCatalogRow() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        let world = try AgoraProcess.writeWorld(Self.smallWorld, in: dir)
        let result = try AgoraProcess.run(["run", world, "--out", "out", "--threads", "2"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let runs = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path).sorted()
        #expect(runs.count == 2)
        #expect(runs.contains("agora.sqlite"))
        let runID = try #require(runs.first { $0.hasPrefix("e2e-small-") })
        #expect(runID.hasSuffix("-3"))
        #expect(runID.count == "e2e-small-".count + 8 + 2)
        let folder = dir.appendingPathComponent("out/\(runID)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["summary.json", "trace.agtrace", "world.yaml"])
        for needle in ["run \(runID) — completed", "agents       300", "sessions", "posts", "events", "DAU last day",
                       "bytes/event", "wall time", "out/\(runID)/trace.agtrace", "out/\(runID)/world.yaml", "out/agora.sqlite"] {
            #expect(result.stdout.contains(needle), "summary lacks \(needle):\n\(result.stdout)")
        }
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as! [String: Any]
        #expect(summary["status"] as? String == "completed")
        #expect((summary["events"] as? Int ?? 0) > 1000)
        let list = try AgoraProcess.run(["runs", "list", "--out", "out"], in: dir)
        #expect(list.status == 0)
        #expect(list.stdout.contains(runID) && list.stdout.contains("completed"))
        let stats = try AgoraProcess.run(["trace", "stats", "out/\(runID)/trace.agtrace", "--format", "json"], in: dir)
        #expect(stats.status == 0, "\(stats.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as! [String: Any]
        #expect(json["complete"] as? Bool == true)
        #expect(json["events"] as? Int == summary["events"] as? Int)
        let kinds = try #require(json["kinds"] as? [String: Int])
        #expect((kinds["session_start"] ?? 0) > 0 && kinds["session_start"] == kinds["session_end"])
        // The resolved config reloads to the same hash.
        let revalidate = try AgoraProcess.run(["validate", "out/\(runID)/world.yaml"], in: dir)
        #expect(revalidate.status == 0)
        #expect(revalidate.stdout.contains(summary["config_hash"] as! String))
    }

    @Test func sameSeedGivesByteIdenticalTracesWithOneAndFourThreads() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        let world = try AgoraProcess.writeWorld(Self.smallWorld, in: dir)
        func trace(_ extra: [String], out: String) throws -> Data {
            let result = try AgoraProcess.run(["run", world, "--out", out, "--quiet"] + extra, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let runID = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            return try Data(contentsOf: dir.appendingPathComponent("\(out)/\(runID)/trace.agtrace"))
        }
        let one = try trace(["--threads", "1"], out: "one")
        let four = try trace(["--threads", "4"], out: "four")
        #expect(one.count > 10_000)
        #expect(one == four)
        let otherSeed = try trace(["--threads", "4", "--seed", "4"], out: "other")
        #expect(otherSeed != one)
    }

    @Test func aSecondRunOfTheSameWorldGetsASuffixedFolder() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        let world = try AgoraProcess.writeWorld(Self.smallWorld, in: dir)
        let first = try AgoraProcess.run(["run", world, "--out", "out", "--quiet", "--set", "horizon=6h"], in: dir)
        let second = try AgoraProcess.run(["run", world, "--out", "out", "--quiet", "--set", "horizon=6h"], in: dir)
        let a = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let b = second.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(b == a + "-2")
    }

    @Test func aBadConfigExitsWithCodeTwoAndWritesNothing() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        let world = try AgoraProcess.writeWorld("name: bad\npopulation:\n  sise: 10\n", in: dir)
        let result = try AgoraProcess.run(["run", world, "--out", "out"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("world.yaml:3:3"))
        #expect(result.stderr.contains("did you mean 'size'"))
        #expect(!result.stderr.contains("Fatal error"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        let badSet = try AgoraProcess.run(["run", AgoraProcess.packageRoot.appendingPathComponent("Worlds/quickstart.yaml").path,
                                           "--out", "out", "--set", "horizn=1d"], in: dir)
        #expect(badSet.status == 2)
        #expect(badSet.stderr.contains("--set horizn=1d"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }
}
