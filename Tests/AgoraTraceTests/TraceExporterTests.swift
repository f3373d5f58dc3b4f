import AgoraCore
import Foundation
import Testing
@testable import AgoraTrace

@Suite struct TraceExporterTests {
    @Test func jsonlHasOneObjectPerEventWithDecodedPostAttributes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fixture = TraceFixture(eventCount: 800, blockEvents: 300, extraKindCodes: [99])
        try fixture.write(to: directory.file("t"))
        let outcome = try TraceExporter.export(path: directory.file("t"), format: .jsonl, to: directory.file("out.jsonl"))
        #expect(outcome.isComplete)
        let lines = try String(contentsOfFile: directory.file("out.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == fixture.events.count)
        for (line, event) in zip(lines, fixture.events) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect((object["time_ms"] as? NSNumber)?.int64Value == event.time.milliseconds)
            #expect(object["kind"] as? String == (event.kind?.name ?? "kind_\(event.kindCode)"))
            #expect((object["agent"] as? NSNumber)?.uint32Value == event.agent)
            #expect((object["target"] as? NSNumber)?.uint32Value == event.target)
            #expect((object["value"] as? NSNumber)?.int64Value == event.value)
            #expect((object["extra"] as? NSNumber)?.int64Value == event.extra)
            if event.kind?.createsPost == true {
                #expect(object["topic"] as? Int == Int(PostAttributesPacking.topic(event.extra)))
                #expect((object["stance"] as? NSNumber)?.floatValue == PostAttributesPacking.stance(event.extra))
            } else {
                #expect(object["topic"] == nil)
            }
        }
    }

    @Test func csvHasAHeaderAndOneRowPerEvent() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fixture = TraceFixture(eventCount: 400, blockEvents: 150)
        try fixture.write(to: directory.file("t"))
        _ = try TraceExporter.export(path: directory.file("t"), format: .csv, to: directory.file("out.csv"))
        let rows = try String(contentsOfFile: directory.file("out.csv"), encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "time_ms,kind,agent,target,value,extra,topic,stance")
        #expect(rows.count == fixture.events.count + 1)
        for (row, event) in zip(rows.dropFirst(), fixture.events) {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields.count == 8)
            #expect(fields[0] == "\(event.time.milliseconds)")
            #expect(fields[5] == "\(event.extra)")
            #expect(fields[6].isEmpty == (event.kind?.createsPost != true))
        }
    }

    @Test func truncatedTraceExportsItsCompleteBlocks() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try TraceFixture(eventCount: 500, blockEvents: 200).write(to: directory.file("t"), finish: false)
        let outcome = try TraceExporter.export(path: directory.file("t"), format: .csv, to: directory.file("o"))
        #expect(outcome == .truncated(recoveredEvents: 500, recoveredBlocks: 3))
        #expect(try String(contentsOfFile: directory.file("o"), encoding: .utf8).split(separator: "\n").count == 501)
    }

    /// Writes the fixture the Python reader's tests compare against (Analysis/tests): a complete
    /// multi-block trace, its JSONL export, its stats JSON, and the expected agents, edges and texts.
    /// Into `AGORA_TRACE_FIXTURE_DIR` when set; into a temporary directory otherwise (then it only
    /// checks that the files are written).
    @Test func writesThePythonReaderFixture() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let directory = ProcessInfo.processInfo.environment["AGORA_TRACE_FIXTURE_DIR"] ?? temporary.path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let fixture = TraceFixture(seed: 11, agentCount: 60, eventCount: 5_000, blockEvents: 1_000, extraKindCodes: [200])
        let trace = directory + "/fixture.agtrace"
        try fixture.write(to: trace)
        _ = try TraceExporter.export(path: trace, format: .jsonl, to: directory + "/fixture.jsonl")
        try TraceStats(path: trace).renderJSON().write(toFile: directory + "/fixture.stats.json", atomically: true, encoding: .utf8)
        let agents = fixture.agents
        let expected: [String: Any] = [
            "agents": [
                "type": agents.type.map(Int.init), "activity": agents.activity.map(Double.init),
                "interests": agents.interests.map(Double.init), "opinion": agents.opinion.map(Double.init),
                "community": agents.community.map(Int.init), "persona": agents.persona.map(Int.init),
                "join_time_ms": agents.joinTime,
            ],
            "edges": fixture.graph.edges().map { [Int($0.follower), Int($0.followee)] },
            "texts": fixture.texts.map { ["post": Int($0.post), "text": $0.text] as [String: Any] },
        ]
        try JSONSerialization.data(withJSONObject: expected, options: [.sortedKeys])
            .write(to: URL(fileURLWithPath: directory + "/fixture.expected.json"))
        for name in ["fixture.agtrace", "fixture.jsonl", "fixture.stats.json", "fixture.expected.json"] {
            #expect(FileManager.default.fileExists(atPath: directory + "/" + name))
        }
    }
}
