import AgoraCore
import Foundation
import Testing
@testable import AgoraTrace

@Suite struct TraceWriterTests {
    @Test func roundTripRestoresHeaderAgentsGraphEventsAndTexts() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fixture = TraceFixture()
        let path = directory.file("trace.agtrace")
        let summary = try #require(try fixture.write(to: path))

        let (reader, events, texts) = try readEverything(path)
        #expect(reader.header.worldName == "fixture")
        #expect(reader.header.agentCount == fixture.agents.count)
        #expect(reader.header.topicCount == 3)
        #expect(reader.header.initialEdgeCount == fixture.graph.edgeCount)
        #expect(reader.header.kinds == TraceHeader.currentKindTable)
        #expect(reader.agents == fixture.agents)
        #expect(reader.initialGraph == fixture.graph)
        #expect(events == fixture.events)
        #expect(texts.map(\.0) == fixture.texts.map(\.post))
        #expect(texts.map(\.1) == fixture.texts.map(\.text))
        guard case let .complete(footer) = reader.outcome else {
            Issue.record("expected a complete trace, got \(reader.outcome)")
            return
        }
        #expect(footer.status == .completed)
        #expect(footer.simulatedTime == SimTime.day)
        #expect(footer.events == UInt64(fixture.events.count))
        let expectedBlocks = (fixture.events.count + 255) / 256
        #expect(footer.eventBlocks == UInt64(expectedBlocks))
        #expect(summary.eventBlocks == UInt64(expectedBlocks))
        #expect(summary.events == UInt64(fixture.events.count))
        #expect(summary.bytes == UInt64(try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int))
        for kind in EventKind.allCases {
            let expected = fixture.events.filter { $0.kindCode == kind.rawValue }.count
            #expect(summary.kindCounts[Int(kind.rawValue)] == UInt64(expected))
            #expect(reader.kindCounts[Int(kind.rawValue)] == UInt64(expected))
        }
    }

    @Test func sameEventsGiveIdenticalBytes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fixture = TraceFixture(eventCount: 3_000, blockEvents: 100)
        try fixture.write(to: directory.file("a.agtrace"))
        try fixture.write(to: directory.file("b.agtrace"))
        let first = try Data(contentsOf: URL(fileURLWithPath: directory.file("a.agtrace")))
        let second = try Data(contentsOf: URL(fileURLWithPath: directory.file("b.agtrace")))
        #expect(first == second)
        let other = TraceFixture(seed: 8, eventCount: 3_000, blockEvents: 100)
        try other.write(to: directory.file("c.agtrace"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory.file("c.agtrace"))) != first)
    }

    @Test func emptyRunWritesAReadableCompleteTrace() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let header = TraceHeader(
            engineVersion: "test", worldName: "empty", configHash: "00", seed: 1, horizon: .day, populationTypes: [])
        let writer = try TraceWriter(
            path: directory.file("t"), header: header, agents: AgentAttributes(count: 0, topicCount: 2),
            initialGraph: FollowGraph(nodeCount: 0))
        let summary = try writer.finish(status: .interrupted, simulatedTime: SimTime.hour)
        #expect(summary.events == 0)
        let (reader, events, _) = try readEverything(directory.file("t"))
        #expect(events.isEmpty)
        guard case let .complete(footer) = reader.outcome else {
            Issue.record("expected complete, got \(reader.outcome)")
            return
        }
        #expect(footer.status == .interrupted)
        #expect(footer.simulatedTime == SimTime.hour)
    }

    @Test func mismatchedGraphAndAgentsAreRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let header = TraceHeader(
            engineVersion: "test", worldName: "bad", configHash: "00", seed: 1, horizon: .day, populationTypes: [])
        #expect(throws: TraceError.invalidInput(reason: "the initial graph has 3 agents but the attributes describe 2")) {
            _ = try TraceWriter(
                path: directory.file("t"), header: header, agents: AgentAttributes(count: 2, topicCount: 1),
                initialGraph: FollowGraph(nodeCount: 3))
        }
    }

    @Test func abandonedWriterLeavesATruncatedButReadableTrace() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fixture = TraceFixture(eventCount: 1_000, blockEvents: 128)
        try fixture.write(to: directory.file("t"), finish: false)
        let (reader, events, _) = try readEverything(directory.file("t"))
        #expect(events == fixture.events)
        #expect(reader.outcome == .truncated(recoveredEvents: 1_000, recoveredBlocks: 8))
    }
}
