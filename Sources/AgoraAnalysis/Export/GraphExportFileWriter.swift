import Foundation

/// A buffered byte sink for exports: text goes into a 64 KiB buffer that is flushed to a
/// `.partial` file beside the destination, which is renamed into place only when the export
/// completes. A failed export therefore never leaves a truncated file at the destination.
struct GraphExportFileWriter {
    private let path: String
    private let partialPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private static let flushThreshold = 1 << 16

    /// Creates (or truncates) the partial file next to `path`.
    init(path: String) throws(GraphExportError) {
        self.path = path
        self.partialPath = path + ".partial"
        guard FileManager.default.createFile(atPath: partialPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: partialPath) else {
            throw GraphExportError(path: path, reason: "the file cannot be created",
                                   suggestion: "Check that the folder exists and is writable.")
        }
        self.handle = handle
        buffer.reserveCapacity(Self.flushThreshold + 1024)
    }

    /// Appends UTF-8 text.
    mutating func write(_ text: String) throws(GraphExportError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Appends the decimal digits of `value` without allocating a string.
    mutating func writeDecimal(_ value: UInt64) throws(GraphExportError) {
        var divisor: UInt64 = 1
        while value / divisor >= 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            buffer.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes the buffer to the partial file.
    private mutating func flush() throws(GraphExportError) {
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw GraphExportError(path: path, reason: "writing failed (\(error.localizedDescription))",
                                   suggestion: "Check the free space of the disk.")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, closes and moves the finished file into place.
    mutating func finish() throws(GraphExportError) {
        try flush()
        do {
            try handle.close()
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: partialPath, toPath: path)
        } catch {
            discard()
            throw GraphExportError(path: path, reason: "the finished file cannot be moved into place (\(error.localizedDescription))",
                                   suggestion: "Check the permissions of the folder.")
        }
    }

    /// Closes and deletes the partial file after a failure.
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: partialPath)
    }
}
