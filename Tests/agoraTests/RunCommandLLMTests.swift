import Foundation
import Testing

/// `agora run --llm`: the mode is checked before anything runs, and replay needs no server.
@Suite(.serialized) struct RunCommandLLMTests {
    static let llmWorld = """
        name: llm-cli
        horizon: 1d
        population:
          size: 40
          types:
            - {name: bot, count: 4, policy: llm, activity: {median: 8, sigma: 0.2, min: 4, max: 12}}
            - {name: casual, fraction: 1.0}
        graph:
          m: 3
        llm:
          endpoints: ["http://127.0.0.1:9/v1"]
        """

    @Test func anUnknownLLMModeIsABadUsageError() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        let world = try AgoraProcess.writeWorld(Self.llmWorld, in: dir)
        let result = try AgoraProcess.run(["run", world, "--out", "out", "--llm", "offline"], in: dir)
        #expect(result.status == 2, "\(result.status)")
        #expect(result.stderr.contains("--llm must be live, replay or refresh (found 'offline')"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test func replayWithAnEmptyCacheFailsNamingTheAgent() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        let world = try AgoraProcess.writeWorld(Self.llmWorld, in: dir)
        let result = try AgoraProcess.run(["run", world, "--out", "out", "--llm", "replay"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("--llm replay: no cached answer for agent"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }
}
