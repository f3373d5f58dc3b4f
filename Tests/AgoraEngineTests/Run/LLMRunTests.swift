import AgoraTestSupport
import AgoraCore
import AgoraLLM
import AgoraStore
import AgoraTrace
import Foundation
import Testing
@testable import AgoraEngine

/// Whole runs with LLM-driven agents against the fault-injection server (a real HTTP server in a
/// subprocess): replay, faults, fail-fast, endpoint pools, personas and the API key.
@Suite(.serialized)
struct LLMRunTests {
    static func world(endpoints: [String], horizon: String = "8h", extra: String = "") -> String {
        """
        name: llm-faults
        seed: 3
        horizon: \(horizon)
        population:
          size: 60
          topics: 4
          types:
            - {name: bot, count: 6, policy: llm, activity: {median: 6, sigma: 0.2, min: 1, max: 10}}
            - {name: casual, fraction: 1.0}
        graph: {m: 3}
        recommender: {feed_size: 6}
        scheduler: {window: 10m}
        llm:
          endpoints: [\(endpoints.map { "\"\($0)\"" }.joined(separator: ", "))]
          model: fake
          timeout: 1s
          max_retries: 1
          backoff: 1ms
          concurrency: 4
          topic_labels: [sports, politics, music, science]
        \(extra)
        """
    }

    /// A temporary output folder with the world file in it.
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("agora-llm-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        func run(_ yaml: String, mode: LLMCacheMode = .live) throws -> RunSummary {
            let path = url.appendingPathComponent("world.yaml").path
            try yaml.write(toFile: path, atomically: true, encoding: .utf8)
            let request = RunRequest(worldPath: path, outputRoot: url, threads: 2, llmMode: mode)
            let runner = WorldRunner()
            return try runner.run(try runner.load(request), request: request)
        }

        func trace(_ summary: RunSummary) -> String { url.appendingPathComponent(summary.runID).appendingPathComponent("trace.agtrace").path }
    }

    /// Kind counts and text count of a whole trace.
    static func read(_ path: String) throws -> (kinds: [UInt64], texts: UInt64, reader: TraceReader) {
        var reader = try TraceReader(path: path)
        while reader.nextBlock() != nil {}
        #expect(reader.outcome.isComplete)
        return (reader.kindCounts, reader.textsRead, reader)
    }

    @Test func aLiveRunReplaysToTheSameTraceWithoutTheServer() throws {
        let server = try FakeLLMServer()
        let folder = try Folder()
        let yaml = Self.world(endpoints: [server.endpoint("ok")])
        let live = try folder.run(yaml)
        let llm = try #require(live.llm)
        #expect(llm.decisions > 0 && llm.valid == llm.decisions && llm.serverCalls == llm.decisions && llm.promptTokens > 0)
        let (kinds, texts, _) = try Self.read(folder.trace(live))
        #expect(texts > 0, "LLM-written posts and comments carry their text")
        #expect(kinds[Int(EventKind.sessionStart.rawValue)] == kinds[Int(EventKind.sessionEnd.rawValue)])
        server.stop()
        let replay = try folder.run(yaml, mode: .replay)
        #expect(replay.traceChecksum == live.traceChecksum)
        #expect(replay.llm?.serverCalls == 0 && replay.llm?.cacheHits == llm.decisions)
        #expect(replay.llm?.promptTokens == llm.promptTokens)
        let catalog = try Catalog(path: folder.url.appendingPathComponent("agora.sqlite").path)
        #expect(try catalog.llmCacheCount() == llm.decisions)
        let usage = try catalog.llmAgentUsage(runID: live.runID)
        #expect(usage.reduce(0) { $0 + $1.valid } == llm.decisions)
        #expect(usage.reduce(0) { $0 + $1.promptTokens } == llm.promptTokens)
    }

    @Test func replayWithoutRecordedAnswersFailsNamingTheAgentAndSession() throws {
        let folder = try Folder()
        do {
            _ = try folder.run(Self.world(endpoints: ["http://127.0.0.1:9/v1"]), mode: .replay)
            Issue.record("expected a replay miss")
        } catch let error as EngineError {
            #expect(error.description.contains("--llm replay: no cached answer for agent"))
            #expect(error.description.contains("session"))
            #expect(error.exitCode == 1)
        }
    }

    struct Fault: Sendable, CustomTestStringConvertible {
        let behaviour: String
        let horizon: String
        let check: @Sendable (LLMRunSummary) -> Bool
        var testDescription: String { behaviour }
    }

    static let faults: [Fault] = [
        Fault(behaviour: "http500", horizon: "8h") { $0.fallback == $0.decisions && $0.failedRequests == $0.decisions },
        Fault(behaviour: "nonjson", horizon: "8h") { $0.fallback == $0.decisions && $0.invalidAnswers == 2 * $0.decisions },
        Fault(behaviour: "garbage", horizon: "8h") { $0.fallback == $0.decisions && $0.failedRequests == $0.decisions },
        Fault(behaviour: "truncated", horizon: "8h") { $0.fallback == $0.decisions && $0.failedRequests == $0.decisions },
        Fault(behaviour: "unknown-ids", horizon: "8h") { $0.repaired == $0.decisions && $0.unknownIDsDropped >= $0.decisions },
        Fault(behaviour: "flaky", horizon: "8h") { $0.valid == $0.decisions && $0.failedRequests == 0 },
        Fault(behaviour: "bad-then-good", horizon: "8h") { $0.valid == $0.decisions && $0.invalidAnswers == $0.decisions },
        Fault(behaviour: "timeout", horizon: "3h") { $0.fallback == $0.decisions && $0.failedRequests == $0.decisions },
        Fault(behaviour: "ratelimit", horizon: "3h") { $0.valid == $0.decisions },
    ]

    @Test(arguments: faults)
    func faultsEndInCountedOutcomesAndLoseNoEvents(_ fault: Fault) throws {
        let server = try FakeLLMServer()
        let folder = try Folder()
        let summary = try folder.run(Self.world(endpoints: [server.endpoint(fault.behaviour)], horizon: fault.horizon))
        let llm = try #require(summary.llm)
        #expect(summary.status == "completed")
        #expect(llm.decisions > 0 && llm.valid + llm.repaired + llm.fallback == llm.decisions)
        #expect(fault.check(llm), "\(fault.behaviour): \(llm)")
        let (kinds, _, _) = try Self.read(folder.trace(summary))
        #expect(kinds[Int(EventKind.sessionStart.rawValue)] == UInt64(summary.sessions))
        #expect(kinds[Int(EventKind.sessionEnd.rawValue)] == UInt64(summary.sessions))
        #expect(kinds.reduce(0, +) == UInt64(summary.events))
    }

    @Test func failFastStopsTheRunWithAClearMessage() throws {
        let server = try FakeLLMServer()
        let folder = try Folder()
        do {
            _ = try folder.run(Self.world(endpoints: [server.endpoint("http500")], extra: "  on_failure: fail"))
            Issue.record("expected the run to fail")
        } catch let error as EngineError {
            #expect(error.description.contains("answered HTTP 500"))
            #expect(error.description.contains("llm.on_failure is 'fail'"))
        }
        let rows = try RunCatalogQuery(outputRoot: folder.url).list()
        #expect(rows.map(\.status) == ["failed"])
    }

    @Test func aSlowEndpointInAPoolOfTwoStillCompletesEverything() throws {
        let server = try FakeLLMServer()
        let folder = try Folder()
        let summary = try folder.run(Self.world(endpoints: [server.endpoint("slow"), server.endpoint("ok")]))
        let llm = try #require(summary.llm)
        #expect(llm.valid == llm.decisions && llm.failedRequests == 0)
        let stats = try server.stats()
        #expect((stats["slow"] ?? 0) >= 1 && (stats["ok"] ?? 0) >= 1 && (stats["slow"] ?? 0) + (stats["ok"] ?? 0) == llm.decisions)
    }

    @Test func personasAreRecordedInTheTraceHeaderAndTheCatalog() throws {
        let server = try FakeLLMServer()
        let folder = try Folder()
        let personas = """
              personas:
                - {id: ada, openness: 0.9, interests: [science]}
                - {id: ben, neuroticism: 0.8, backstory: Argues about sport.}
            """
        let summary = try folder.run(Self.world(endpoints: [server.endpoint("ok")], extra: personas))
        let reader = try TraceReader(path: folder.trace(summary))
        let llmAgents = (0..<reader.agents.count).filter { reader.agents.type[$0] == 0 }
        #expect(llmAgents.count == 6)
        #expect(llmAgents.map { reader.agents.persona[$0] } == [0, 1, 0, 1, 0, 1])
        #expect((0..<reader.agents.count).filter { reader.agents.type[$0] != 0 }.allSatisfy { reader.agents.persona[$0] == UInt32.max })
        let catalog = try Catalog(path: folder.url.appendingPathComponent("agora.sqlite").path)
        let recorded = try catalog.llmPersonas(runID: summary.runID)
        #expect(recorded.map(\.name) == ["ada", "ben"])
        #expect(recorded[1].traitsJSON.contains("\"neuroticism\":0.8") && recorded[1].traitsJSON.contains("Argues about sport."))
    }

    @Test func theAPIKeyNeverReachesAnyOutputFile() throws {
        let key = "sk-planted-\(UUID().uuidString)"
        let variable = "AGORA_TEST_LLM_KEY_\(UUID().uuidString.prefix(8))"
        setenv(variable, key, 1)
        defer { unsetenv(variable) }
        let server = try FakeLLMServer(environment: ["FAKE_EXPECT_KEY": key])
        let folder = try Folder()
        let summary = try folder.run(Self.world(endpoints: [server.endpoint("auth")], extra: "  api_key_env: \(variable)"))
        #expect(summary.llm?.valid == summary.llm?.decisions, "the server accepted the key: every answer is valid")
        let needle = Data(key.utf8)
        var scanned = 0
        let files = FileManager.default.enumerator(at: folder.url, includingPropertiesForKeys: nil)!
        for case let file as URL in files {
            guard let data = try? Data(contentsOf: file) else { continue }
            scanned += 1
            #expect(data.range(of: needle) == nil, "\(file.lastPathComponent) holds the API key")
        }
        #expect(scanned >= 4)
    }

    @Test func aMissingKeyVariableIsAConfigError() throws {
        let folder = try Folder()
        do {
            _ = try folder.run(Self.world(endpoints: ["http://127.0.0.1:9/v1"], extra: "  api_key_env: AGORA_SURELY_UNSET_VARIABLE"))
            Issue.record("expected an error")
        } catch let error as EngineError {
            #expect(error.exitCode == 2 && error.description.contains("'AGORA_SURELY_UNSET_VARIABLE', which is not set"))
        }
    }
}
