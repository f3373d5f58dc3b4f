extension TraceReader {
    /// Reads and checks the magic and the header; returns it with the offset just after it.
    static func readHeader(_ file: TraceFileSource) throws(TraceError) -> (TraceHeader, Int) {
        let magic = TraceFormat.fileMagic
        guard file.size >= magic.count, try file.read(at: 0, count: magic.count) == magic else {
            throw .notATrace(path: file.path)
        }
        let preamble = magic.count + 8
        guard file.size >= preamble else { throw .truncatedPrologue(path: file.path, offset: file.size) }
        let lengthBytes = try file.read(at: magic.count, count: 8)
        var lengthCursor = ByteCursor(lengthBytes)
        let length = Int((try? lengthCursor.readUInt32()) ?? 0)
        guard CRC32.checksum(lengthBytes, 0..<4) == (try? lengthCursor.readUInt32()) else {
            throw .corruptedHeader(path: file.path, reason: "header length checksum mismatch")
        }
        guard length <= TraceFormat.maxHeaderBytes else {
            throw .corruptedHeader(path: file.path, reason: "header length \(length) exceeds the 16 MiB limit")
        }
        let end = preamble + length + 4
        guard end <= file.size else { throw .truncatedPrologue(path: file.path, offset: file.size) }
        let bytes = try file.read(at: preamble, count: length + 4)
        var crcCursor = ByteCursor(bytes, range: length..<(length + 4))
        let storedCRC = (try? crcCursor.readUInt32()) ?? 0
        guard CRC32.checksum(bytes, 0..<length) == storedCRC else {
            throw .corruptedHeader(path: file.path, reason: "header checksum mismatch")
        }
        let header: TraceHeader
        switch TraceJSON.decode(TraceHeader.self, from: bytes, 0..<length) {
        case let .failure(failure): throw .corruptedHeader(path: file.path, reason: failure.reason)
        case let .success(value): header = value
        }
        guard header.formatVersion <= TraceFormat.version else {
            throw .unsupportedVersion(path: file.path, found: header.formatVersion, supported: TraceFormat.version)
        }
        let limits: [(String, Int, Int)] = [
            ("format_version", header.formatVersion, 1), ("agent_count", header.agentCount, 0),
            ("topic_count", header.topicCount, 0), ("initial_edge_count", header.initialEdgeCount, 0),
            ("block_events", header.blockEvents, 1),
        ]
        for (key, value, minimum) in limits where value < minimum || value > Int(UInt32.max) {
            throw .corruptedHeader(path: file.path, reason: "\(key) = \(value) is out of range")
        }
        return (header, end)
    }
}
