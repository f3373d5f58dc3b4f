#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes framed, compressed blocks to a trace file with plain sequential `write` calls, one call
/// per block, so that a process killed at any moment leaves every earlier block complete.
/// Owned by one thread at a time (the `TraceWriter` during its initializer, then the pipeline).
final class TraceBlockFileWriter {
    /// The file being written.
    let path: String
    private let descriptor: Int32
    private let compressor: ZstdCompressor
    private var frame: [UInt8] = []
    /// Bytes written so far.
    private(set) var bytesWritten: UInt64 = 0

    /// Creates (or truncates) the file at `path`.
    init(path: String, compressionLevel: Int32) throws(TraceError) {
        self.path = path
        compressor = try ZstdCompressor(level: compressionLevel)
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .io(path: path, operation: "create the trace file", reason: String(cString: strerror(errno)))
        }
    }

    deinit { close(descriptor) }

    /// Writes raw bytes (the magic and the header).
    func writeRaw(_ bytes: [UInt8]) throws(TraceError) {
        if let error = bytes.withUnsafeBytes({ writeAll($0) }) { throw error }
    }

    /// Compresses the first `length` bytes of `payload` (all of them by default: a scratch buffer
    /// may hold more) into one zstd frame and writes it with its 28-byte block header.
    func writeBlock(type: TraceBlockType, itemCount: Int, payload: [UInt8], length: Int? = nil) throws(TraceError) {
        var failure: TraceError?
        payload.withUnsafeBytes { bytes in
            let used = UnsafeRawBufferPointer(rebasing: bytes[0..<(length ?? bytes.count)])
            do throws(TraceError) { try writeBlock(type: type, itemCount: itemCount, payload: used) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    private func writeBlock(type: TraceBlockType, itemCount: Int, payload: UnsafeRawBufferPointer) throws(TraceError) {
        try compressor.compress(payload)
        let compressedCount = compressor.compressedCount
        let payloadCRC = compressor.output.withUnsafeBytes {
            CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[0..<compressedCount]))
        }
        var header = ByteSink()
        header.bytes.reserveCapacity(TraceFormat.blockHeaderSize)
        header.append(TraceFormat.blockMagic)
        header.bytes.append(contentsOf: [type.rawValue, 0, 0, 0])
        header.appendUInt32(UInt32(compressedCount))
        header.appendUInt32(UInt32(itemCount))
        header.appendUInt32(UInt32(payload.count))
        header.appendUInt32(payloadCRC)
        header.appendUInt32(CRC32.checksum(header.bytes, 0..<header.bytes.count))
        frame.removeAll(keepingCapacity: true)
        frame.append(contentsOf: header.bytes)
        frame.append(contentsOf: compressor.output[0..<compressedCount])
        if let error = frame.withUnsafeBytes({ writeAll($0) }) { throw error }
    }

    /// Writes all of `bytes`, retrying after partial writes; returns the error, if any.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> TraceError? {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return .io(path: path, operation: "write the trace", reason: String(cString: strerror(errno)))
            }
            offset += written
        }
        bytesWritten += UInt64(bytes.count)
        return nil
    }
}
