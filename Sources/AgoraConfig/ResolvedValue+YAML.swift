/// Rendering a resolved config as YAML that loads back to the same config and hash.
extension ResolvedValue {
    /// Block-style YAML of a resolved top-level section, keys in schema order.
    ///
    /// A user type written with `fraction` keeps its fraction and shows the resolved count as a
    /// comment: writing both keys would not load back (a type gives exactly one of them), and the
    /// fraction resolves to the same count again because the resolution is deterministic.
    var yaml: String {
        var lines: [String] = []
        if case let .section(entries) = content { Self.appendSection(entries, indent: "", into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func appendSection(_ entries: [ResolvedEntry], indent: String, firstPrefix: String? = nil, into lines: inout [String]) {
        let showsFraction = entries.contains { $0.key == "fraction" }
        for (position, entry) in entries.enumerated() {
            let prefix = position == 0 ? (firstPrefix ?? indent) : indent
            if showsFraction, entry.key == "count" { continue }
            switch entry.value.content {
            case let .section(children) where !children.isEmpty:
                lines.append(prefix + entry.key + ":")
                appendSection(children, indent: indent + "  ", into: &lines)
            case let .list(elements) where elements.contains(where: { if case .section = $0.content { true } else { false } }):
                lines.append(prefix + entry.key + ":")
                for element in elements {
                    guard case let .section(children) = element.content else { continue }
                    appendSection(children, indent: indent + "    ", firstPrefix: indent + "  - ", into: &lines)
                }
            default:
                var line = prefix + entry.key + ": " + inline(entry.value)
                if entry.key == "fraction", let count = entries.first(where: { $0.key == "count" })?.value.integer {
                    line += "  # resolved to \(count) agents"
                }
                lines.append(line)
            }
        }
    }

    /// A value on one line: scalars, and lists of scalars in flow style.
    private static func inline(_ value: ResolvedValue) -> String {
        switch value.content {
        case .null: return "null"
        case let .text(text): return yamlScalar(text)
        case let .integer(number): return String(number)
        case let .unsigned(number): return String(number)
        case let .number(number): return String(number)
        case let .boolean(value): return value ? "true" : "false"
        case let .duration(time): return time.durationText
        case let .list(elements): return "[" + elements.map(inline).joined(separator: ", ") + "]"
        case .section: return "{}"
        }
    }

    /// Plain when the text cannot be mistaken for anything else, double-quoted otherwise.
    static func yamlScalar(_ text: String) -> String {
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]
        let safe = text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
                || scalar == "." || scalar == "/")
        }
        if let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic, safe,
            !reserved.contains(text.lowercased())
        {
            return text
        }
        return jsonQuoted(text)
    }
}
