/// Why an edge-list file could not be loaded. Every case names the file, and line-level cases the
/// 1-based line number, what was expected and what was found, so the message alone tells the user
/// what to fix. A failed load never returns a partial graph.
public enum GraphLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No file exists at `path`.
    case fileNotFound(path: String)
    /// The file exists but could not be read (permissions, a directory, an I/O error).
    case unreadable(path: String, reason: String)
    /// Line `line` does not hold two node ids.
    case malformedLine(path: String, line: Int, expected: String, found: String)
    /// The file holds no edge once comments, blank lines and self-loops are skipped.
    case emptyEdgeList(path: String, selfLoopsSkipped: Int)
    /// The file has more distinct nodes than an `AgentID` can address (2³² − 1).
    case tooManyNodes(path: String)

    /// A one-line message for the user: where, what was expected, and what to do.
    public var description: String {
        switch self {
        case let .fileNotFound(path):
            return "graph file not found: \(path) (check the path; relative paths start at the current directory)"
        case let .unreadable(path, reason):
            return "cannot read graph file \(path): \(reason)"
        case let .malformedLine(path, line, expected, found):
            return "\(path):\(line): expected \(expected), found \(found)"
        case let .emptyEdgeList(path, selfLoops):
            let loops = selfLoops > 0 ? " (\(selfLoops) self-loop line\(selfLoops == 1 ? "" : "s") skipped)" : ""
            return "\(path): the edge list is empty\(loops); expected at least one line 'u v' with u ≠ v"
        case let .tooManyNodes(path):
            return "\(path): more than \(UInt32.max - 1) distinct nodes; an agent id is 32 bits"
        }
    }
}
