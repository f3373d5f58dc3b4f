/// An append-only byte buffer with the trace's primitive encodings: little-endian fixed-width
/// integers and zigzag LEB128 varints. Reused across blocks (`reset` keeps capacity), so encoding
/// a block allocates nothing once the buffer has grown.
struct ByteSink {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    /// Empties the buffer, keeping its capacity.
    mutating func reset() { bytes.removeAll(keepingCapacity: true) }

    /// Appends raw bytes.
    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Appends a little-endian `UInt32`.
    mutating func appendUInt32(_ value: UInt32) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value >> 16))
        bytes.append(UInt8(truncatingIfNeeded: value >> 24))
    }

    /// Appends a little-endian `UInt64`.
    mutating func appendUInt64(_ value: UInt64) {
        appendUInt32(UInt32(truncatingIfNeeded: value))
        appendUInt32(UInt32(truncatingIfNeeded: value >> 32))
    }

    /// Appends an unsigned LEB128 varint (7 bits per byte, high bit = more bytes follow).
    @inline(__always)
    mutating func appendVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends a signed value as a zigzag varint (0, -1, 1, -2, … → 0, 1, 2, 3, …).
    @inline(__always)
    mutating func appendZigzag(_ value: Int64) {
        appendVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// Reserves a 4-byte length slot and returns its position for `patchLength`.
    mutating func beginColumn() -> Int {
        let position = bytes.count
        appendUInt32(0)
        return position
    }

    /// Writes the number of bytes appended since `beginColumn` into its slot.
    mutating func endColumn(_ position: Int) {
        let length = UInt32(bytes.count - position - 4)
        bytes[position] = UInt8(truncatingIfNeeded: length)
        bytes[position + 1] = UInt8(truncatingIfNeeded: length >> 8)
        bytes[position + 2] = UInt8(truncatingIfNeeded: length >> 16)
        bytes[position + 3] = UInt8(truncatingIfNeeded: length >> 24)
    }
}
