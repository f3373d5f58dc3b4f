import AgoraCore
import Foundation
import Testing
@testable import AgoraTrace

@Suite struct TraceStatsTests {
    @Test func jsonHasExactlyTheContractKeysAndCountsByName() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fixture = TraceFixture(eventCount: 1_000, blockEvents: 300)
        let path = directory.file("t")
        try fixture.write(to: path)
        let stats = try TraceStats(path: path)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(stats.renderJSON().utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["events", "blocks", "kinds", "bytes_per_event", "complete"])
        #expect(json["events"] as? Int == 1_000)
        #expect(json["blocks"] as? Int == 4)
        #expect(json["complete"] as? Bool == true)
        let kinds = try #require(json["kinds"] as? [String: Int])
        #expect(Set(kinds.keys) == Set(EventKind.allCases.map(\.name)))
        for kind in EventKind.allCases {
            #expect(kinds[kind.name] == fixture.events.filter { $0.kindCode == kind.rawValue }.count)
        }
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        #expect(abs((json["bytes_per_event"] as? Double ?? 0) - Double(size) / 1_000) < 0.001)
    }

    @Test func incompleteTraceSaysWhatWasRecovered() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("t")
        try TraceFixture(eventCount: 1_000, blockEvents: 300).write(to: path, finish: false)
        let stats = try TraceStats(path: path)
        #expect(!stats.complete)
        #expect(stats.outcome.message == "recovered 1000 events in 4 complete blocks")
        #expect(stats.renderJSON().hasSuffix("\"complete\":false}"))
        let lastLine = try #require(stats.renderText().split(separator: "\n").last)
        #expect(lastLine.hasPrefix("complete") && lastLine.hasSuffix(" no"))
    }

    @Test func unknownKindsAppearByCode() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("t")
        let fixture = TraceFixture(eventCount: 500, extraKindCodes: [77])
        try fixture.write(to: path)
        let stats = try TraceStats(path: path)
        let unknown = try #require(stats.kinds.first { $0.code == 77 })
        #expect(unknown.name == "kind_77")
        #expect(unknown.count == UInt64(fixture.events.filter { $0.kindCode == 77 }.count))
    }
}
