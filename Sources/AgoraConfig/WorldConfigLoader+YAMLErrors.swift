import Yams

extension WorldConfigLoader {
    /// Turns an error thrown by Yams into a diagnostic with the file's line and column.
    static func diagnostic(forYAMLError error: any Error, fileName: String, text: String) -> ConfigDiagnostic {
        func at(_ mark: Mark, _ message: String) -> ConfigDiagnostic { at(line: mark.line, column: mark.column, message) }
        func at(line: Int, column: Int, _ message: String) -> ConfigDiagnostic {
            ConfigDiagnostic(origin: .file(name: fileName, line: line, column: column), keyPath: "", message: message)
        }
        func contextPhrase(_ context: YamlError.Context?) -> String {
            guard let context else { return "" }
            return " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        guard let yamlError = error as? YamlError else {
            return ConfigDiagnostic(origin: .file(name: fileName, line: 0, column: 0), keyPath: "", message: "invalid YAML: \(error)")
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return at(mark, "invalid YAML: \(problem)\(contextPhrase(context))")
        case let .reader(problem, offset, _, _):
            let place = offset.map { " at character \($0)" } ?? ""
            return ConfigDiagnostic(origin: .file(name: fileName, line: 0, column: 0), keyPath: "", message: "invalid YAML: \(problem)\(place)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.sorted().first ?? "?"
            let first = context.mark
            if let second = secondOccurrence(of: key, after: (first.line, first.column), in: text) {
                return at(
                    line: second.line, column: second.column,
                    "duplicate key '\(key)': it appears on line \(first.line) and again on line \(second.line); a key may appear once per section")
            }
            return at(first, "duplicate key '\(key)': it appears more than once in this section; a key may appear once per section")
        default:
            return ConfigDiagnostic(origin: .file(name: fileName, line: 0, column: 0), keyPath: "", message: "invalid YAML: \(yamlError)")
        }
    }

    /// Finds where `key` is written again in the mapping whose first occurrence is at `first`:
    /// later on the same line (flow mappings), or on a later line at the same indentation, before
    /// the mapping ends (a less indented line).
    static func secondOccurrence(of key: String, after first: (line: Int, column: Int), in text: String)
        -> (line: Int, column: Int)?
    {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let firstLine = Array(lines[first.line - 1].unicodeScalars)
        let candidates = [key, "\"\(key)\"", "'\(key)'"]
        // Flow mapping: look further along the same line.
        var column = first.column + key.unicodeScalars.count
        while column < firstLine.count {
            let rest = String(String.UnicodeScalarView(firstLine[column...]))
            for candidate in candidates where rest.hasPrefix(candidate) && column > 0 && " {,".unicodeScalars.contains(firstLine[column - 1]) {
                let after = rest.dropFirst(candidate.count).drop { $0 == " " }
                if after.hasPrefix(":") { return (first.line, column + 1) }
            }
            column += 1
        }
        let indent = first.column - 1
        var lineNumber = first.line + 1
        while lineNumber <= lines.count {
            let line = lines[lineNumber - 1]
            let leading = line.prefix { $0 == " " }.count
            let content = line.dropFirst(leading)
            defer { lineNumber += 1 }
            if content.isEmpty || content.hasPrefix("#") { continue }
            if leading < indent { return nil }
            guard leading == indent else { continue }
            for candidate in candidates where content.hasPrefix(candidate) {
                if content.dropFirst(candidate.count).drop(while: { $0 == " " }).hasPrefix(":") {
                    return (lineNumber, indent + 1)
                }
            }
        }
        return nil
    }
}
