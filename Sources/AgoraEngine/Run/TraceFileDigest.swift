import AgoraCore
import Foundation

/// SHA-256 of a file, read in 1 MiB chunks (memory stays flat for traces of any size).
public enum TraceFileDigest {
    /// The lower-case hex SHA-256 of the file at `path`.
    /// - Throws: `EngineError.writeFailed` naming the path when it cannot be read.
    public static func sha256(path: String) throws(EngineError) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .writeFailed(path: path, reason: "cannot reopen the trace to checksum it")
        }
        defer { try? handle.close() }
        var digest = SHA256()
        while true {
            let chunk: Data
            do { chunk = try handle.read(upToCount: 1 << 20) ?? Data() } catch {
                throw .writeFailed(path: path, reason: "cannot read the trace back: \(error.localizedDescription)")
            }
            if chunk.isEmpty { break }
            digest.update(chunk)
        }
        return SHA256.hexString(digest.finalize())
    }
}
