/// Why a graph could not be exported: the path, what went wrong, and what to do about it.
/// Nothing is left at the destination path when an export fails.
public struct GraphExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The destination file.
    public var path: String
    /// What went wrong.
    public var reason: String
    /// What the user can do about it.
    public var suggestion: String

    /// Creates an export error.
    public init(path: String, reason: String, suggestion: String) {
        self.path = path
        self.reason = reason
        self.suggestion = suggestion
    }

    /// One line: the path, the reason and the suggestion.
    public var description: String { "cannot export graph to \(path): \(reason). \(suggestion)" }
}
