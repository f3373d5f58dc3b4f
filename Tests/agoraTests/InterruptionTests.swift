import Foundation
import Testing

/// A run stopped by SIGINT or killed by SIGKILL leaves a readable trace and a consistent catalog.
@Suite(.serialized) struct InterruptionTests {
    static let longWorld = """
        name: long
        seed: 5
        horizon: 365d
        population:
          size: 2000
        trace:
          block_events: 1024
        """

    /// Starts a long run and waits until its catalog row exists and some trace blocks are out.
    private func startLongRun(in dir: URL) throws -> Process {
        let world = try AgoraProcess.writeWorld(Self.longWorld, in: dir)
        let (process, _, _) = try AgoraProcess.start(["run", world, "--out", "out", "--threads", "2"], in: dir)
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if let trace = try? traceURL(in: dir),
               let size = try? FileManager.default.attributesOfItem(atPath: trace.path)[.size] as? Int, size > 200_000 {
                return process
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        process.terminate()
        Issue.record("the long run never produced a trace")
        return process
    }

    private func traceURL(in dir: URL) throws -> URL {
        let out = dir.appendingPathComponent("out")
        let id = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasPrefix("long-") })
        return out.appendingPathComponent("\(id)/trace.agtrace")
    }

    @Test func sigkillLeavesARecoverableTraceAndAnInterruptedRun() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        let process = try startLongRun(in: dir)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let list = try AgoraProcess.run(["runs", "list", "--out", "out"], in: dir)
        #expect(list.status == 0)
        #expect(list.stdout.contains("interrupted"), "\(list.stdout)")
        let stats = try AgoraProcess.run(["trace", "stats", try traceURL(in: dir).path], in: dir)
        #expect(stats.status == 3)
        #expect(stats.stdout.contains("recovered") || stats.stderr.contains("recovered"))
        #expect(stats.stdout.contains("complete blocks") || stats.stderr.contains("complete blocks"))
    }

    @Test func sigintStopsAtAWindowBoundaryWithACompleteTraceAndExitCode130() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        let process = try startLongRun(in: dir)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let list = try AgoraProcess.run(["runs", "list", "--out", "out"], in: dir)
        #expect(list.stdout.contains("interrupted"), "\(list.stdout)")
        let stats = try AgoraProcess.run(["trace", "stats", try traceURL(in: dir).path, "--format", "json"], in: dir)
        #expect(stats.status == 0, "\(stats.stdout) \(stats.stderr)")
        #expect(stats.stdout.contains("\"complete\" : true") || stats.stdout.contains("\"complete\":true"))
    }
}
