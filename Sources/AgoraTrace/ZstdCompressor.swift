import CZstd

/// One reusable zstd compression context configured for traces: the given level, the frame
/// content checksum on, the content size in the frame header. Not thread-safe: one owner at a time.
final class ZstdCompressor {
    private let context: OpaquePointer
    /// The compressed output, reused between calls.
    private(set) var output: [UInt8] = []

    /// Creates a context at `level` (1–19; 3 is zstd's default).
    init(level: Int32) throws(TraceError) {
        guard let context = ZSTD_createCCtx() else { throw .compressionFailed(reason: "ZSTD_createCCtx returned NULL") }
        self.context = context
        try check(ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level), "compression level \(level)")
        try check(ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1), "checksum flag")
        try check(ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 1), "content size flag")
    }

    deinit { ZSTD_freeCCtx(context) }

    /// Compresses `input` into one frame; the result is in `output`. O(n).
    func compress(_ input: UnsafeRawBufferPointer) throws(TraceError) {
        let bound = ZSTD_compressBound(input.count)
        if output.count < bound { output = [UInt8](repeating: 0, count: bound) }
        let written = output.withUnsafeMutableBytes { destination in
            ZSTD_compress2(context, destination.baseAddress, bound, input.baseAddress, input.count)
        }
        try check(written, "ZSTD_compress2")
        compressedCount = written
    }

    /// Bytes of `output` holding the last frame.
    private(set) var compressedCount = 0

    private func check(_ code: Int, _ what: String) throws(TraceError) {
        if ZSTD_isError(code) != 0 {
            throw .compressionFailed(reason: "\(what): \(String(cString: ZSTD_getErrorName(code)))")
        }
    }
}
