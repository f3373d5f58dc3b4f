import AgoraCore
import Foundation
import Testing
@testable import AgoraTrace

@Suite struct TraceReaderTests {
    /// Byte offsets of every block header after the header, found by walking the file.
    private func blockOffsets(_ bytes: [UInt8]) -> [(offset: Int, type: UInt8, length: Int)] {
        var cursor = ByteCursor(bytes, range: 8..<bytes.count)
        let headerLength = Int(try! cursor.readUInt32())
        var offset = 8 + 8 + headerLength + 4
        var result: [(Int, UInt8, Int)] = []
        while offset + TraceFormat.blockHeaderSize <= bytes.count {
            var block = ByteCursor(bytes, range: (offset + 8)..<(offset + 12))
            let length = TraceFormat.blockHeaderSize + Int(try! block.readUInt32())
            result.append((offset, bytes[offset + 4], length))
            offset += length
        }
        return result
    }

    @Test func truncationAtEveryOffsetOfTheLastEventBlockRecoversTheCompleteBlocks() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fixture = TraceFixture(agentCount: 12, eventCount: 700, blockEvents: 200)
        let path = directory.file("full")
        try fixture.write(to: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let blocks = blockOffsets(bytes)
        let eventBlocks = blocks.filter { $0.type == TraceBlockType.events.rawValue }
        #expect(eventBlocks.count == 4)
        let last = try #require(eventBlocks.last)
        let cutPath = directory.file("cut")
        // Cuts inside the last event block lose it; cuts after it (inside texts or the footer)
        // keep every event but are still incomplete.
        for cut in last.offset..<bytes.count {
            try Data(bytes[0..<cut]).write(to: URL(fileURLWithPath: cutPath))
            let (reader, events, _) = try readEverything(cutPath)
            let keepsLast = cut >= last.offset + last.length
            let expectedEvents = keepsLast ? 700 : 600
            #expect(reader.outcome == .truncated(recoveredEvents: UInt64(expectedEvents), recoveredBlocks: keepsLast ? 4 : 3),
                    "cut at \(cut)")
            #expect(events == Array(fixture.events[0..<expectedEvents]), "cut at \(cut)")
        }
    }

    @Test func truncationInsideThePrologueIsReported() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("full")
        try TraceFixture(agentCount: 12, eventCount: 50).write(to: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let firstEventBlock = try #require(blockOffsets(bytes).first { $0.type == TraceBlockType.events.rawValue })
        for cut in stride(from: 8, to: firstEventBlock.offset, by: 3) {
            try Data(bytes[0..<cut]).write(to: URL(fileURLWithPath: directory.file("cut")))
            #expect(throws: TraceError.truncatedPrologue(path: directory.file("cut"), offset: cut)) {
                _ = try TraceReader(path: directory.file("cut"))
            }
        }
    }

    @Test func everyFlippedByteOfAnEventBlockIsReportedWithItsBlockNumber() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("full")
        try TraceFixture(agentCount: 12, eventCount: 300, blockEvents: 100).write(to: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let blocks = blockOffsets(bytes)
        let target = try #require(blocks.enumerated().filter { $0.element.type == TraceBlockType.events.rawValue }.dropFirst().first)
        let flippedPath = directory.file("flipped")
        for position in target.element.offset..<(target.element.offset + target.element.length) {
            do {
                // Alternate low and high bits so both the varint continuation bit and value bits flip.
                var damaged = bytes
                damaged[position] ^= position % 2 == 0 ? 0x01 : 0x80
                try Data(damaged).write(to: URL(fileURLWithPath: flippedPath))
                let (reader, events, _) = try readEverything(flippedPath)
                guard case let .corrupted(.corruptedBlock(_, block, offset, _)) = reader.outcome else {
                    Issue.record("flip at \(position) gave \(reader.outcome)")
                    continue
                }
                #expect(block == target.offset)
                #expect(offset == target.element.offset)
                #expect(events.count == 100)
            }
        }
    }

    @Test func aFlippedBitAnywhereInTheFileIsDetected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("full")
        let fixture = TraceFixture(agentCount: 3, eventCount: 40, blockEvents: 16)
        try fixture.write(to: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let flippedPath = directory.file("flipped")
        // Every 5th byte, a different bit each time: covers the magic, the header length, the
        // header, and the header and payload of every block (the test above is exhaustive for one
        // block) while keeping the test fast.
        for position in stride(from: 0, to: bytes.count, by: 5) {
            var damaged = bytes
            damaged[position] ^= UInt8(1 << (position % 8))
            try Data(damaged).write(to: URL(fileURLWithPath: flippedPath))
            do {
                let (reader, _, _) = try readEverything(flippedPath)
                guard case .corrupted(.corruptedBlock) = reader.outcome else {
                    Issue.record("flip at \(position) gave \(reader.outcome)")
                    continue
                }
            } catch let error as TraceError {
                switch error {
                case .notATrace, .corruptedHeader, .corruptedBlock: break
                default: Issue.record("flip at \(position) gave \(error)")
                }
            }
        }
    }

    @Test func flippedHeaderByteIsACorruptedHeader() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("full")
        try TraceFixture(agentCount: 5, eventCount: 10).write(to: path)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[24] ^= 0x04
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: TraceError.corruptedHeader(path: path, reason: "header checksum mismatch")) {
            _ = try TraceReader(path: path)
        }
    }

    @Test func fileThatIsNotATraceIsRecognised() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for content in ["", "AGTR", "name: tiny\nseed: 7\n", String(repeating: "\u{0}", count: 100)] {
            let path = directory.file("other")
            try content.write(toFile: path, atomically: false, encoding: .utf8)
            #expect(throws: TraceError.notATrace(path: path)) { _ = try TraceReader(path: path) }
        }
        #expect(throws: TraceError.self) { _ = try TraceReader(path: directory.file("missing")) }
    }

    @Test func unknownKindCodesArePreservedAndCounted() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fixture = TraceFixture(eventCount: 900, extraKindCodes: [42, 200])
        let path = directory.file("t")
        try fixture.write(to: path)
        let (reader, events, _) = try readEverything(path)
        #expect(events == fixture.events)
        #expect(reader.outcome.isComplete)
        let unknown = fixture.events.filter { $0.kindCode == 200 }.count
        #expect(unknown > 0)
        #expect(reader.kindCounts[200] == UInt64(unknown))
        #expect(reader.header.kindName(200) == "kind_200")
    }

    @Test func unknownBlockTypesAreSkipped() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fixture = TraceFixture(agentCount: 6, eventCount: 300, blockEvents: 100)
        let path = directory.file("t")
        try fixture.write(to: path)
        // Splice a block of an unknown type (99) in front of the second event block.
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let second = blockOffsets(bytes).filter { $0.type == TraceBlockType.events.rawValue }[1]
        let foreign = try TraceBlockFileWriter(path: directory.file("foreign"), compressionLevel: 3)
        try foreign.writeBlock(type: .text, itemCount: 0, payload: Array("future".utf8))
        var block = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory.file("foreign"))))
        block[4] = 99
        var header = ByteSink()
        header.append(Array(block[0..<24]))
        block.replaceSubrange(24..<28, with: withUnsafeBytes(of: CRC32.checksum(header.bytes, 0..<24).littleEndian, Array.init))
        try Data(Array(bytes[0..<second.offset]) + block + Array(bytes[second.offset...])).write(to: URL(fileURLWithPath: path))
        let (reader, events, _) = try readEverything(path)
        #expect(events == fixture.events)
        #expect(reader.outcome.isComplete)
    }
}
