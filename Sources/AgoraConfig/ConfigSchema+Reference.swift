import Foundation

/// The key reference rendered from the schema, so documentation cannot drift from the loader.
extension ConfigSchema {
    /// One documented key: its path (`population.types[].fraction`), what it takes, its default
    /// and its meaning.
    public struct ReferenceRow: Equatable, Sendable {
        /// Dotted path, with `[]` for list entries.
        public var path: String
        /// What values it takes (as in diagnostics).
        public var type: String
        /// `required`, `none` (may be left out) or the default's YAML text.
        public var defaultText: String
        /// One-line meaning.
        public var meaning: String
    }

    /// Every key, depth first in schema order (sections before their keys). O(number of keys).
    public var referenceRows: [ReferenceRow] {
        var rows: [ReferenceRow] = []
        func walk(_ keys: [ConfigKey], prefix: String) {
            for key in keys {
                let path = prefix.isEmpty ? key.name : prefix + "." + key.name
                let defaultText: String
                switch key.presence {
                case .required: defaultText = "required"
                case .optional: defaultText = "none"
                case let .defaulted(text): defaultText = text
                }
                switch key.type {
                case let .section(children):
                    rows.append(ReferenceRow(path: path, type: "section", defaultText: "", meaning: key.meaning))
                    walk(children, prefix: path)
                case let .list(.section(children), count):
                    rows.append(
                        ReferenceRow(
                            path: path, type: "list of \(count.lowerBound) to \(count.upperBound) sections",
                            defaultText: defaultText, meaning: key.meaning))
                    walk(children, prefix: path + "[]")
                default:
                    rows.append(ReferenceRow(path: path, type: key.type.expectation, defaultText: defaultText, meaning: key.meaning))
                }
            }
        }
        walk(keys, prefix: "")
        return rows
    }

    /// The reference as a Markdown table (used verbatim in `docs/config.md`).
    public var referenceMarkdown: String {
        var lines = ["| Key | Takes | Default | Meaning |", "|---|---|---|---|"]
        for row in referenceRows {
            let escape = { (text: String) in text.replacingOccurrences(of: "|", with: "\\|") }
            let defaultCell = row.defaultText.isEmpty ? "" : "`\(escape(row.defaultText))`"
            lines.append("| `\(row.path)` | \(escape(row.type)) | \(defaultCell) | \(escape(row.meaning)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
