/// Writes the trace's primitive encodings through a raw pointer into space reserved beforehand,
/// so the per-event encoding loop does no bounds, capacity or uniqueness checks.
/// The caller guarantees that the reserved space bounds everything written.
struct RawByteWriter {
    /// Start of the reserved space.
    let base: UnsafeMutablePointer<UInt8>
    /// Bytes written so far.
    private(set) var position = 0

    /// A writer at the start of `base`.
    init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }

    /// Writes one byte.
    @inline(__always)
    mutating func put(_ byte: UInt8) {
        base[position] = byte
        position &+= 1
    }

    /// Writes an unsigned LEB128 varint (at most 10 bytes).
    @inline(__always)
    mutating func putVarint(_ value: UInt64) {
        // Most values of a block's columns (kinds, agent deltas within a session, feed
        // positions) fit one byte. Positions stay far below Int.max, so wrapping arithmetic
        // drops the overflow checks without changing a result.
        if value < 0x80 {
            base[position] = UInt8(truncatingIfNeeded: value)
            position &+= 1
            return
        }
        var rest = value
        var cursor = base + position
        while rest >= 0x80 {
            cursor.pointee = UInt8(truncatingIfNeeded: rest) | 0x80
            cursor += 1
            rest >>= 7
        }
        cursor.pointee = UInt8(truncatingIfNeeded: rest)
        position = cursor + 1 - base
    }

    /// Writes a signed value as a zigzag varint.
    @inline(__always)
    mutating func putZigzag(_ value: Int64) {
        putVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// Reserves a 4-byte column length and returns its position for `endColumn`.
    mutating func beginColumn() -> Int {
        let start = position
        position += 4
        return start
    }

    /// Stores the little-endian byte length of the column begun at `start`.
    mutating func endColumn(_ start: Int) {
        let length = UInt32(position - start - 4)
        for index in 0..<4 { base[start + index] = UInt8(truncatingIfNeeded: length >> (8 * UInt32(index))) }
    }
}
