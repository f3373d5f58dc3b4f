#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only trace file: its size, fixed when opened, and positioned reads that never go past
/// it. Closes the descriptor when the last reader holding it goes away.
final class TraceFileSource {
    /// The file's path.
    let path: String
    /// Its size in bytes when it was opened.
    let size: Int
    private let descriptor: Int32

    /// Opens `path` for reading.
    init(path: String) throws(TraceError) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .io(path: path, operation: "open the trace", reason: String(cString: strerror(errno)))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .io(path: path, operation: "inspect the trace", reason: reason)
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .io(path: path, operation: "read the trace", reason: "not a regular file")
        }
        size = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// Reads `count` bytes at `offset`; the caller has checked `offset + count <= size`.
    func read(at offset: Int, count: Int) throws(TraceError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress! + done, count - done, off_t(offset + done))
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, operation: "read the trace", reason: String(cString: strerror(errno)))
            }
            if got == 0 {
                throw .io(path: path, operation: "read the trace", reason: "the file shrank while being read")
            }
            done += got
        }
        return bytes
    }
}
