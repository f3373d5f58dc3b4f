import CSHA256

/// SHA-256 (FIPS 180-4), small and dependency-free.
///
/// Used for the config hash (SHA-256 of the canonical JSON of a resolved world) and for trace file
/// checksums. Feed bytes with `update(_:)` as they arrive, then call `finalize()` once; or hash a
/// whole buffer with `SHA256.hash(_:)`. The compression function is C (`CSHA256`): with the x86
/// SHA extensions where the CPU has them (about 1.5 GB/s here, so a 1M-agent trace's checksum
/// takes a fraction of a second), portable C elsewhere.
public struct SHA256: Sendable {
    /// The chaining state (eight 32-bit words).
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    /// Bytes waiting for a full 64-byte block.
    private var pending: [UInt8] = []
    /// Total number of bytes fed so far.
    private var byteCount: UInt64 = 0

    /// Creates a hasher with the standard initial state.
    public init() { pending.reserveCapacity(64) }

    /// The digest of `bytes` (32 bytes). O(n).
    public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Lower-case hexadecimal text of `digest` (64 characters for a SHA-256 digest).
    public static func hexString(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(digest.count * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Lower-case hexadecimal SHA-256 of `bytes` (64 characters). O(n).
    public static func hexHash(_ bytes: some Sequence<UInt8>) -> String { hexString(hash(bytes)) }

    /// Feeds more bytes. Amortized O(n) in the number of bytes; contiguous inputs (arrays, `Data`,
    /// buffers) are hashed block by block without copying.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let handledContiguously: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            var start = 0
            // Top up a partly filled block first, then hash whole blocks straight from the buffer.
            while !pending.isEmpty, start < buffer.count {
                pending.append(buffer[start])
                start += 1
                if pending.count == 64 {
                    compressPending()
                    pending.removeAll(keepingCapacity: true)
                }
            }
            let whole = (buffer.count - start) / 64 * 64
            if whole > 0 {
                compress(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[start..<start + whole])))
                start += whole
            }
            pending.append(contentsOf: buffer[start...])
            byteCount &+= UInt64(buffer.count)
        }
        if handledContiguously != nil { return }
        for byte in bytes {
            pending.append(byte)
            byteCount &+= 1
            if pending.count == 64 {
                compressPending()
                pending.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Pads the message, processes the last blocks and returns the 32-byte digest. Call it once;
    /// the hasher should not be used afterwards.
    public mutating func finalize() -> [UInt8] {
        let bitLength = byteCount &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBytes { compress($0) }
        pending.removeAll()
        let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
        var digest = [UInt8]()
        digest.reserveCapacity(32)
        for word in words {
            digest.append(UInt8(truncatingIfNeeded: word >> 24))
            digest.append(UInt8(truncatingIfNeeded: word >> 16))
            digest.append(UInt8(truncatingIfNeeded: word >> 8))
            digest.append(UInt8(truncatingIfNeeded: word))
        }
        return digest
    }

    /// Processes whole 64-byte blocks at `bytes` (its count must be a multiple of 64) with the C
    /// compression function (`CSHA256`: SHA-NI when the CPU has it, portable C otherwise).
    private mutating func compress(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count >= 64 else { return }
        withUnsafeMutablePointer(to: &state) { tuple in
            tuple.withMemoryRebound(to: UInt32.self, capacity: 8) { words in
                agora_sha256_blocks(words, base.assumingMemoryBound(to: UInt8.self), bytes.count / 64)
            }
        }
    }

    /// Processes the 64-byte block held in `pending`.
    private mutating func compressPending() {
        let block = pending
        block.withUnsafeBytes { compress($0) }
    }
}
