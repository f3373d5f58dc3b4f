/// Reads the trace's primitive encodings from a byte array, checking every length against what
/// is left, so that damaged input produces a `reason` string instead of a trap.
struct ByteCursor {
    /// Why a read failed (becomes the reason of a corrupted-block error).
    struct Failure: Error {
        /// What was wrong, in words.
        var reason: String
    }

    /// The bytes being read.
    let bytes: [UInt8]
    /// The next position to read.
    private(set) var position: Int
    /// One past the last readable position.
    let end: Int

    /// A cursor over `bytes[range]`.
    init(_ bytes: [UInt8], range: Range<Int>? = nil) {
        self.bytes = bytes
        self.position = range?.lowerBound ?? 0
        self.end = range?.upperBound ?? bytes.count
    }

    /// Bytes left to read.
    var remaining: Int { end - position }

    /// Reads a little-endian `UInt32`.
    mutating func readUInt32() throws(Failure) -> UInt32 {
        guard remaining >= 4 else { throw Failure(reason: "expected 4 bytes, found \(remaining)") }
        let p = position
        position += 4
        return UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16 | UInt32(bytes[p + 3]) << 24
    }

    /// Reads a little-endian `UInt64`.
    mutating func readUInt64() throws(Failure) -> UInt64 {
        let low = try readUInt32()
        let high = try readUInt32()
        return UInt64(low) | UInt64(high) << 32
    }

    /// Reads a length-prefixed column and returns the range of its bytes.
    mutating func readColumn(named name: String) throws(Failure) -> Range<Int> {
        let length: UInt32
        do { length = try readUInt32() } catch { throw Failure(reason: "column \(name): missing length") }
        guard Int(length) <= remaining else {
            throw Failure(reason: "column \(name): length \(length) exceeds the \(remaining) bytes left")
        }
        let range = position..<(position + Int(length))
        position += Int(length)
        return range
    }

    /// Decodes exactly `count` unsigned varints filling `range` (no bytes may be left over).
    /// O(range.count).
    static func decodeVarints(
        _ bytes: [UInt8], _ range: Range<Int>, count: Int, column: String, into output: inout [UInt64]
    ) throws(Failure) {
        output.removeAll(keepingCapacity: true)
        output.reserveCapacity(count)
        let failure: String? = bytes.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            let end = range.upperBound
            for _ in 0..<count {
                var value: UInt64 = 0
                var shift: UInt64 = 0
                while true {
                    guard index < end else { return "column \(column): ends inside a varint" }
                    let byte = buffer[index]
                    index += 1
                    guard shift < 64 else { return "column \(column): varint longer than 10 bytes" }
                    value |= UInt64(byte & 0x7F) << shift
                    if byte < 0x80 { break }
                    shift += 7
                }
                output.append(value)
            }
            return index == end ? nil : "column \(column): \(end - index) bytes left after \(count) values"
        }
        if let failure { throw Failure(reason: failure) }
    }

    /// Undoes the zigzag mapping.
    @inline(__always)
    static func unzigzag(_ value: UInt64) -> Int64 {
        Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }
}
