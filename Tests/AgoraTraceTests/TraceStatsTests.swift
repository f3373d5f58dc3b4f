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

    /// The event blocks' bytes, counted by the writer as it writes them and by the reader as it
    /// reads them, agree, equal the event blocks' headers and frames found by walking the file,
    /// and leave out the header, prologue and footer.
    @Test func eventBlockBytesCountOnlyTheEventBlocksAndWriterAndReaderAgree() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fixture = TraceFixture(eventCount: 1_000, blockEvents: 300)
        let path = directory.file("t")
        let written = try #require(try fixture.write(to: path))
        let stats = try TraceStats(path: path)
        #expect(stats.eventBlockBytes == written.eventBlockBytes)
        // Walk the file: 28-byte block headers, type at byte 4, compressed length at bytes 8..<12.
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func u32(_ at: Int) -> Int { (0..<4).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
        var offset = 8 + 4 + 4 + u32(8) + 4
        var eventBytes = 0
        var otherBlocks = 0
        while offset + 28 <= bytes.count {
            let length = 28 + u32(offset + 8)
            if bytes[offset + 4] == 3 { eventBytes += length } else { otherBlocks += 1 }
            offset += length
        }
        #expect(offset == bytes.count)
        #expect(otherBlocks >= 2)   // at least the agents and footer blocks
        #expect(Int(stats.eventBlockBytes) == eventBytes)
        #expect(stats.eventBytesPerEvent < stats.bytesPerEvent)
        #expect(abs(stats.eventBytesPerEvent - Double(eventBytes) / 1_000) < 1e-9)
        #expect(stats.renderText().contains("event bytes/event"))
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
