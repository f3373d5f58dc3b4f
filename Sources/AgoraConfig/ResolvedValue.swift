import AgoraCore

/// A validated config value with defaults filled in, in schema order, remembering where it came
/// from so that rules across keys can point at the right line.
struct ResolvedValue {
    /// The value itself.
    indirect enum Content {
        case null
        case text(String)
        case integer(Int)
        case unsigned(UInt64)
        case number(Double)
        case boolean(Bool)
        case duration(SimTime)
        case list([ResolvedValue])
        case section([ResolvedEntry])
    }

    var content: Content
    /// Where a diagnostic about this value points.
    var origin: ConfigDiagnostic.Origin
    /// False when the value came from the schema's default.
    var isWritten: Bool

    /// The entry `key` of a section.
    subscript(key: String) -> ResolvedValue? {
        get {
            guard case let .section(entries) = content else { return nil }
            return entries.first { $0.key == key }?.value
        }
        set {
            guard case var .section(entries) = content else { return }
            if let position = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[position].value = newValue } else { entries.remove(at: position) }
            } else if let newValue {
                entries.append(ResolvedEntry(key: key, value: newValue))
            }
            content = .section(entries)
        }
    }

    /// The elements of a list (empty for anything else).
    var elements: [ResolvedValue] {
        get {
            if case let .list(elements) = content { return elements }
            return []
        }
        set { content = .list(newValue) }
    }

    var number: Double? {
        switch content {
        case let .number(value): return value
        case let .integer(value): return Double(value)
        default: return nil
        }
    }

    var boolean: Bool? {
        if case let .boolean(value) = content { return value }
        return nil
    }

    var integer: Int? {
        if case let .integer(value) = content { return value }
        return nil
    }

    var text: String? {
        if case let .text(value) = content { return value }
        return nil
    }
}

/// One key and value of a resolved section.
struct ResolvedEntry {
    var key: String
    var value: ResolvedValue
}

extension ResolvedValue {
    /// JSON text of the value (object keys in schema order); numbers are written in Swift's
    /// shortest round-trip form so decoding gives back the same `Double`.
    var json: String {
        var output = ""
        writeJSON(into: &output)
        return output
    }

    private func writeJSON(into output: inout String) {
        switch content {
        case .null: output += "null"
        case let .text(text): output += Self.jsonQuoted(text)
        case let .integer(value): output += String(value)
        case let .unsigned(value): output += String(value)
        case let .number(value): output += String(value)
        case let .boolean(value): output += value ? "true" : "false"
        case let .duration(time): output += Self.jsonQuoted(time.durationText)
        case let .list(elements):
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += "," }
                element.writeJSON(into: &output)
            }
            output += "]"
        case let .section(entries):
            output += "{"
            for (position, entry) in entries.enumerated() {
                if position > 0 { output += "," }
                output += Self.jsonQuoted(entry.key) + ":"
                entry.value.writeJSON(into: &output)
            }
            output += "}"
        }
    }

    /// A JSON string literal, which is also a valid YAML double-quoted scalar.
    static func jsonQuoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (scalar.value >= 0x80 && scalar.value < 0xA0)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
                {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
