/// One problem in a world config: where it is, which key, what was expected and what was found.
public struct ConfigDiagnostic: Equatable, Sendable, CustomStringConvertible {
    /// Where a diagnostic points.
    public enum Origin: Equatable, Sendable {
        /// A position in a file: 1-based line and column (0 when the whole file is meant).
        case file(name: String, line: Int, column: Int)
        /// A `--set` override, written as the user wrote it (`population.size=500`).
        case override(String)
        /// The `--seed` option.
        case seedOption
    }

    /// Where the problem is.
    public var origin: Origin
    /// The key path of the offending value (`population.types[0].fraction`); empty when the
    /// problem concerns the whole file.
    public var keyPath: String
    /// What was expected and what was found, as a phrase (`expected a number between 0 and 1, found 1.5`).
    public var message: String
    /// The known key or value closest to a misspelt one, when there is a close one.
    public var suggestion: String?
    /// Whether `message` already names the key (unknown keys), so the key path is not repeated.
    var messageNamesKey = false

    /// Creates a diagnostic.
    public init(origin: Origin, keyPath: String, message: String, suggestion: String? = nil) {
        self.origin = origin
        self.keyPath = keyPath
        self.message = message
        self.suggestion = suggestion
    }

    /// The location part of the rendered line: `file:line:column`, `--set a.b=v` or `--seed`.
    public var location: String {
        switch origin {
        case let .file(name, line, column):
            if line <= 0 { return name }
            if column <= 0 { return "\(name):\(line)" }
            return "\(name):\(line):\(column)"
        case let .override(text): return "--set \(text)"
        case .seedOption: return "--seed"
        }
    }

    /// `location: key.path: message; did you mean 'x'?`
    public var description: String {
        var text = location + ": "
        if !keyPath.isEmpty && !messageNamesKey { text += keyPath + ": " }
        text += message
        if let suggestion { text += "; did you mean '\(suggestion)'?" }
        return text
    }
}
