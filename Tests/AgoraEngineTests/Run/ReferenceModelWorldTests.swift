import AgoraAgents
import AgoraConfig
import AgoraCore
import Foundation
import Testing
@testable import AgoraEngine

/// `Worlds/reference-model.yaml` runs the benchmark reference model (bench/reference-model.md).
struct ReferenceModelWorldTests {
    static let worldFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Worlds/reference-model.yaml").path

    static func events(size: Int, threads: Int) throws -> [TraceEvent] {
        let config = try WorldConfigLoader().load(path: worldFile, overrides: ["population.size=\(size)"]).config
        let sink = MemoryEventSink()
        let simulation = try Simulation(config: config, sink: sink, threads: threads)
        #expect(simulation.assembled.policies.policies.map { $0 is ReferenceModelPolicy } == [true])
        _ = simulation.run()
        return sink.events
    }

    @Test func referenceWorldRunsTheModelIdenticallyOnOneTwoAndEightThreads() throws {
        let one = try Self.events(size: 1_500, threads: 1)
        var counts: [EventKind: Int] = [:]
        for event in one { if let kind = event.kind { counts[kind, default: 0] += 1 } }
        let sessions = counts[.sessionStart] ?? 0
        // About 4.9 sessions per agent and day (mean of the clipped LogNormal(ln 3, 1)).
        #expect(sessions > 1_500 * 4 && sessions < 1_500 * 6)
        // p = 0.3 per session, and no behaviour of the rule model (reposts, mutes, churn).
        let posts = Double(counts[.post] ?? 0) / Double(sessions)
        #expect(abs(posts - 0.3) < 0.03, "posts per session \(posts)")
        for kind in [EventKind.repost, .quote, .comment, .mute, .unfollow, .churn] {
            #expect(counts[kind] == nil, "\(kind) events in the reference model")
        }
        // Feeds hold at most 20 posts, and nearly 5 once the platform has posts.
        #expect(one.filter { $0.kind == .sessionStart }.allSatisfy { $0.value <= 20 })
        let impressions = Double(counts[.impression] ?? 0) / Double(sessions)
        #expect(impressions > 5 && impressions < 20, "impressions per session \(impressions)")
        #expect((counts[.like] ?? 0) > 0 && (counts[.follow] ?? 0) > 0)
        #expect(try Self.events(size: 1_500, threads: 2) == one)
        #expect(try Self.events(size: 1_500, threads: 8) == one)
    }
}
