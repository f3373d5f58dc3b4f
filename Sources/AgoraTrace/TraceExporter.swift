import AgoraCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a trace's events as CSV or JSON Lines, in trace order, streaming one block at a time.
///
/// Columns: `time_ms`, `kind` (name from the trace's kind table), `agent`, `target`, `value`,
/// `extra`; for post-creating kinds (`post`, `repost`, `quote`, `comment`) also `topic` and
/// `stance` decoded from `extra` (`PostAttributesPacking`). CSV leaves them empty for other kinds;
/// JSONL omits them.
public enum TraceExporter {
    /// Output format.
    public enum Format: String, Sendable, CaseIterable {
        /// Comma-separated values with a header line.
        case csv
        /// One JSON object per line.
        case jsonl
    }

    /// Exports the trace at `path` to `outputPath` (standard output when `nil`).
    /// - Returns: how reading ended; a truncated or corrupted trace still exports every event of
    ///   its intact blocks.
    /// - Throws: the errors of `TraceReader.init`, and `.io` when the output cannot be written.
    public static func export(path: String, format: Format, to outputPath: String?) throws(TraceError) -> TraceReadOutcome {
        var reader = try TraceReader(path: path)
        let descriptor: Int32
        let output = outputPath ?? "standard output"
        if let outputPath {
            descriptor = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw .io(path: outputPath, operation: "create the export file", reason: String(cString: strerror(errno)))
            }
        } else {
            descriptor = STDOUT_FILENO
        }
        defer { if outputPath != nil { close(descriptor) } }
        let postKinds = Set(reader.header.kinds.filter { EventKind(name: $0.name)?.createsPost == true }.map(\.code))
        let names = (0...255).map { reader.header.kindName(UInt8($0)) }
        var line = ExportLineWriter(format: format, names: names, postKinds: postKinds)
        if format == .csv { line.writeCSVHeader() }
        while let block = reader.nextEventBlock() {
            for index in 0..<block.count { line.write(block[index]) }
            try flush(&line.bytes, to: descriptor, name: output)
        }
        try flush(&line.bytes, to: descriptor, name: output)
        return reader.outcome
    }

    private static func flush(_ bytes: inout [UInt8], to descriptor: Int32, name: String) throws(TraceError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .io(path: name, operation: "write the export", reason: String(cString: strerror(errno)))
            }
            offset += written
        }
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Formats exported lines into a byte buffer without per-field string allocation.
struct ExportLineWriter {
    let format: TraceExporter.Format
    /// Kind name by code, escaped for the format.
    let names: [[UInt8]]
    let postKinds: Set<UInt8>
    /// Formatted bytes not yet written.
    var bytes: [UInt8] = []

    init(format: TraceExporter.Format, names: [String], postKinds: Set<UInt8>) {
        self.format = format
        self.names = names.map { name in
            format == .jsonl ? Array(TextEscaping.jsonString(name).utf8) : Array(TextEscaping.csvField(name).utf8)
        }
        self.postKinds = postKinds
    }

    mutating func writeCSVHeader() {
        bytes.append(contentsOf: "time_ms,kind,agent,target,value,extra,topic,stance\n".utf8)
    }

    mutating func write(_ event: TraceEvent) {
        let isPost = postKinds.contains(event.kindCode)
        let name = names[Int(event.kindCode)]
        switch format {
        case .csv:
            appendInteger(event.time.milliseconds); append(",")
            bytes.append(contentsOf: name); append(",")
            appendInteger(Int64(event.agent)); append(",")
            appendInteger(Int64(event.target)); append(",")
            appendInteger(event.value); append(",")
            appendInteger(event.extra); append(",")
            if isPost {
                appendInteger(Int64(PostAttributesPacking.topic(event.extra))); append(",")
                append(PostAttributesPacking.stance(event.extra).description)
            } else {
                append(",")
            }
        case .jsonl:
            append("{\"time_ms\":"); appendInteger(event.time.milliseconds)
            append(",\"kind\":"); bytes.append(contentsOf: name)
            append(",\"agent\":"); appendInteger(Int64(event.agent))
            append(",\"target\":"); appendInteger(Int64(event.target))
            append(",\"value\":"); appendInteger(event.value)
            append(",\"extra\":"); appendInteger(event.extra)
            if isPost {
                append(",\"topic\":"); appendInteger(Int64(PostAttributesPacking.topic(event.extra)))
                append(",\"stance\":"); append(PostAttributesPacking.stance(event.extra).description)
            }
            append("}")
        }
        append("\n")
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Appends the decimal digits of `value` (at most 19 digits plus a sign).
    private mutating func appendInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                count += 1
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }
}
