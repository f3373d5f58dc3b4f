import CZstd

/// One reusable zstd decompression context. Verifies the frame content checksum and that the
/// frame decodes to exactly the size the block header announced. Not thread-safe.
final class ZstdDecompressor {
    private let context: OpaquePointer

    /// Creates a context; `nil` only when zstd cannot allocate one.
    init?() {
        guard let context = ZSTD_createDCtx() else { return nil }
        self.context = context
    }

    deinit { ZSTD_freeDCtx(context) }

    /// Decompresses the single frame `input[range]`, which must decode to `expectedSize` bytes.
    /// Returns the bytes, or a reason when the frame is damaged. O(expectedSize).
    func decompress(_ input: [UInt8], _ range: Range<Int>, expectedSize: Int) -> Result<[UInt8], ByteCursor.Failure> {
        guard !range.isEmpty else { return .failure(.init(reason: "empty zstd frame")) }
        let frameSize: UInt64 = input.withUnsafeBytes { raw in
            ZSTD_getFrameContentSize(raw.baseAddress! + range.lowerBound, range.count)
        }
        guard frameSize == UInt64(expectedSize) else {
            if frameSize == ZSTD_CONTENTSIZE_ERROR { return .failure(.init(reason: "not a zstd frame")) }
            if frameSize == ZSTD_CONTENTSIZE_UNKNOWN { return .failure(.init(reason: "zstd frame without content size")) }
            return .failure(.init(reason: "zstd frame holds \(frameSize) bytes, block header says \(expectedSize)"))
        }
        var output = [UInt8](repeating: 0, count: expectedSize)
        let written = input.withUnsafeBytes { source in
            output.withUnsafeMutableBytes { destination in
                ZSTD_decompressDCtx(
                    context, destination.baseAddress, expectedSize, source.baseAddress! + range.lowerBound, range.count)
            }
        }
        if ZSTD_isError(written) != 0 {
            return .failure(.init(reason: "zstd: \(String(cString: ZSTD_getErrorName(written)))"))
        }
        guard written == expectedSize else {
            return .failure(.init(reason: "zstd frame decoded to \(written) bytes, expected \(expectedSize)"))
        }
        return .success(output)
    }
}
