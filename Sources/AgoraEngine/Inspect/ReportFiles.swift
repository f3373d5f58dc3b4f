import Foundation

/// Writes the files of a sweep or comparison report into their folder, each atomically, creating
/// the folder first; the renderers (AgoraAnalysis) only produce the bytes.
enum ReportFiles {
    /// Writes every `(file name, bytes)` of `files` into `folder`, in order.
    /// - Returns: the paths written, in the order of `files`.
    /// - Throws: `EngineError.writeFailed` naming the first file that could not be written (or
    ///   whose folder could not be created).
    static func write(_ files: [(name: String, data: Data)], into folder: URL) throws(EngineError) -> [URL] {
        var written: [URL] = []
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try data.write(to: url, options: .atomic)
            } catch {
                throw .writeFailed(path: url.path, reason: error.localizedDescription)
            }
            written.append(url)
        }
        return written
    }
}
