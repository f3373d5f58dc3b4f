import AgoraCore

/// Writes a follow graph with per-agent attributes as an edge list, GraphML or GEXF 1.3.
///
/// Output is streamed through a 64 KiB buffer (memory O(V) for the degrees, not O(file)),
/// deterministic (nodes by agent index, edges by follower then followee, attribute columns in
/// the fixed order of ``GraphExportAttributes``, no timestamps), and XML-escaped. The file
/// appears at `path` only once it is complete.
///
/// ```swift
/// try GraphExporter.write(graph: graph, attributes: GraphExportAttributes(agents: agents),
///                         format: .gexf, to: "runs/x/final.gexf")
/// ```
public enum GraphExporter {
    /// Exports `graph` to `path` in `format`.
    ///
    /// - Parameters:
    ///   - graph: the follow graph (`a → b`: `a` follows `b`); exported as a directed graph.
    ///   - attributes: per-agent columns; each given column needs one value per node.
    ///   - format: the file format.
    ///   - path: the destination; an existing file is replaced once the export is complete.
    /// - Throws: ``GraphExportError`` when a column has the wrong length, original ids repeat or
    ///   cannot be written in an edge list, or the file cannot be written.
    /// - Complexity: O(V + E) time; O(V) memory besides the graph.
    public static func write(
        graph: FollowGraph, attributes: GraphExportAttributes = .none, format: GraphExportFormat, to path: String
    ) throws(GraphExportError) {
        try validate(graph: graph, attributes: attributes, format: format, path: path)
        var writer = try GraphExportFileWriter(path: path)
        do {
            switch format {
            case .edgelist: try writeEdgeList(graph: graph, attributes: attributes, into: &writer)
            case .graphml: try writeGraphML(graph: graph, attributes: attributes, into: &writer)
            case .gexf: try writeGEXF(graph: graph, attributes: attributes, into: &writer)
            }
            try writer.finish()
        } catch {
            writer.discard()
            throw error
        }
    }

    /// Checks the attribute columns against the graph before anything is written.
    static func validate(graph: FollowGraph, attributes: GraphExportAttributes, format: GraphExportFormat, path: String) throws(GraphExportError) {
        let n = graph.nodeCount
        let lengths: [(String, Int?)] = [
            ("community", attributes.community?.count), ("activity", attributes.activity?.count),
            ("original id", attributes.originalIDs?.count),
        ]
        for case let (name, count?) in lengths where count != n {
            throw GraphExportError(path: path, reason: "the \(name) column has \(count) values for \(n) nodes",
                                   suggestion: "Pass one \(name) per agent, or leave the column out.")
        }
        guard let ids = attributes.originalIDs else { return }
        var seen = Set<String>(minimumCapacity: ids.count)
        for (agent, id) in ids.enumerated() where !seen.insert(id).inserted {
            throw GraphExportError(path: path, reason: "original id \"\(id)\" of agent \(agent) is used by an earlier agent too",
                                   suggestion: "Original ids must name one node each.")
        }
        if format == .edgelist, let (agent, id) = ids.enumerated().first(where: { !isEdgeListToken($0.element) }) {
            throw GraphExportError(path: path, reason: "original id \"\(id)\" of agent \(agent) cannot be written in an edge list (empty, whitespace, comma, or a leading # or %)",
                                   suggestion: "Export as graphml or gexf, which keep any id.")
        }
    }

    /// Whether `id` survives the edge-list loader's tokenizer unchanged.
    static func isEdgeListToken(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "#", first != "%" else { return false }
        return !id.unicodeScalars.contains { $0 == "," || $0.properties.isWhitespace }
    }

    /// `# ` header lines, then `follower followee` per edge (agent indices or original ids).
    static func writeEdgeList(graph: FollowGraph, attributes: GraphExportAttributes, into writer: inout GraphExportFileWriter) throws(GraphExportError) {
        try writer.write("# Agora follow graph: \(graph.nodeCount) nodes, \(graph.edgeCount) edges, directed\n")
        try writer.write("# each line: follower followee (the first follows the second)\n")
        try writer.write("# node attributes and nodes without edges are not in edge lists; export graphml or gexf for them\n")
        let ids = attributes.originalIDs
        for (follower, list) in graph.followees.enumerated() {
            for followee in list {
                if let ids {
                    try writer.write(ids[follower])
                    try writer.write(" ")
                    try writer.write(ids[Int(followee)])
                    try writer.write("\n")
                } else {
                    try writer.writeDecimal(UInt64(follower))
                    try writer.write(" ")
                    try writer.writeDecimal(UInt64(followee))
                    try writer.write("\n")
                }
            }
        }
    }
}
