/// One framed block as read from the file, already checked (both CRC-32s) and decompressed.
struct TraceRawBlock {
    /// Block type byte (possibly one this reader does not know).
    var typeCode: UInt8
    /// Item count from the block header.
    var itemCount: Int
    /// The decompressed payload.
    var payload: [UInt8]
    /// Byte offset of the block header.
    var offset: Int
    /// Total bytes of header and payload.
    var length: Int

    /// What reading a block produced.
    enum Result {
        case block(TraceRawBlock)
        /// The file ends before the block is complete (or exactly at `offset`).
        case truncated
        case corrupted(reason: String)
    }

    /// Reads the block at `offset` of `file`. Every length is checked against the file size
    /// before it is used, and both checksums before the payload is decompressed.
    static func read(from file: TraceFileSource, at offset: Int, decompressor: ZstdDecompressor) throws(TraceError) -> Result {
        let headerSize = TraceFormat.blockHeaderSize
        guard file.size - offset >= headerSize else { return .truncated }
        let header = try file.read(at: offset, count: headerSize)
        guard Array(header[0..<4]) == TraceFormat.blockMagic else {
            return .corrupted(reason: "block magic AGBK missing")
        }
        var cursor = ByteCursor(header, range: 8..<headerSize)
        let compressedLength: Int
        let itemCount: Int
        let uncompressedLength: Int
        let payloadCRC: UInt32
        let headerCRC: UInt32
        do {
            compressedLength = Int(try cursor.readUInt32())
            itemCount = Int(try cursor.readUInt32())
            uncompressedLength = Int(try cursor.readUInt32())
            payloadCRC = try cursor.readUInt32()
            headerCRC = try cursor.readUInt32()
        } catch {
            return .corrupted(reason: error.reason)
        }
        guard CRC32.checksum(header, 0..<(headerSize - 4)) == headerCRC else {
            return .corrupted(reason: "block header checksum mismatch")
        }
        guard header[5] == 0, header[6] == 0, header[7] == 0 else {
            return .corrupted(reason: "reserved block header bytes are not zero")
        }
        guard compressedLength <= file.size - offset - headerSize else { return .truncated }
        guard uncompressedLength <= TraceFormat.maxBlockBytes else {
            return .corrupted(reason: "block claims \(uncompressedLength) uncompressed bytes, above the 1 GiB limit")
        }
        let compressed = try file.read(at: offset + headerSize, count: compressedLength)
        guard CRC32.checksum(compressed, 0..<compressedLength) == payloadCRC else {
            return .corrupted(reason: "payload checksum mismatch")
        }
        switch decompressor.decompress(compressed, 0..<compressedLength, expectedSize: uncompressedLength) {
        case let .failure(failure):
            return .corrupted(reason: failure.reason)
        case let .success(payload):
            return .block(TraceRawBlock(
                typeCode: header[4], itemCount: itemCount, payload: payload, offset: offset,
                length: headerSize + compressedLength))
        }
    }
}
