import Foundation

/// Reads real networks from edge-list files (SNAP, KONECT, Gephi CSV exports) into a
/// `FollowGraph`.
///
/// Format, one edge per line:
/// - two node ids separated by whitespace and/or commas; further columns (weights, timestamps)
///   are ignored;
/// - lines whose first non-blank character is `#` or `%` are comments; blank lines are skipped;
/// - ids are integers (optionally signed, up to 64 bits) unless `stringIDs` is set, in which
///   case any token is an id;
/// - a self-loop line `u u` is skipped before anything else, so a node that appears only in
///   self-loops is not a node;
/// - a repeated edge is merged (for undirected files `v u` repeats `u v`).
///
/// Ids become dense agent ids in order of first appearance. The file is read in one go and
/// parsed as bytes: O(bytes + E log E) time, ~24 bytes per edge line of transient memory.
public enum EdgeListLoader {
    /// Loads the edge list at `path`.
    ///
    /// - Parameters:
    ///   - path: the file to read.
    ///   - directed: `true` reads `u v` as "u follows v"; `false` as a mutual follow pair.
    ///   - stringIDs: accept any token as a node id instead of integers only.
    /// - Throws: `GraphLoadError` for a missing or unreadable file, a malformed line (with its
    ///   line number), or a file without any edge. Nothing is returned half-loaded.
    public static func load(path: String, directed: Bool, stringIDs: Bool = false) throws(GraphLoadError) -> LoadedGraph {
        let data = try readContents(of: path)
        // `Data.withUnsafeBytes` only rethrows untyped errors, so the typed result travels out.
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<LoadedGraph, GraphLoadError> in
            do throws(GraphLoadError) {
                return .success(try parse(bytes: raw, sourceName: path, directed: directed, stringIDs: stringIDs))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses edge-list text already in memory; `sourceName` is used in error messages.
    /// Same rules and errors as `load(path:directed:stringIDs:)`.
    public static func parse(
        bytes: UnsafeRawBufferPointer, sourceName: String, directed: Bool, stringIDs: Bool = false
    ) throws(GraphLoadError) -> LoadedGraph {
        var mapped = stringIDs
            ? try StringIDReader.read(bytes, sourceName: sourceName)
            : try IntegerIDReader.read(bytes, sourceName: sourceName)
        guard !mapped.sources.isEmpty else {
            throw .emptyEdgeList(path: sourceName, selfLoopsSkipped: mapped.selfLoops)
        }
        return assemble(&mapped, directed: directed)
    }

    /// Reads the whole file, telling "missing" apart from "unreadable".
    static func readContents(of path: String) throws(GraphLoadError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a directory, expected an edge-list file") }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
    }

    /// Dedupes the mapped edge lines and builds the follow graph.
    ///
    /// Edges are sorted as `(u << 32 | v)` keys (undirected ones as `(min, max)`), so both
    /// directions of every edge are appended to already-sorted followee arrays: building the
    /// graph costs O(E log d) on top of the sort.
    static func assemble(_ mapped: inout MappedEdgeLines, directed: Bool) -> LoadedGraph {
        var keys = [UInt64](repeating: 0, count: mapped.sources.count)
        for index in 0..<keys.count {
            var u = mapped.sources[index]
            var v = mapped.targets[index]
            if !directed && u > v { swap(&u, &v) }
            keys[index] = UInt64(u) << 32 | UInt64(v)
        }
        mapped.sources = []
        mapped.targets = []
        keys.sort()
        var graph = FollowGraph(nodeCount: mapped.originalIDs.count)
        var previous: UInt64? = nil
        var duplicates = 0
        for key in keys {
            if key == previous { duplicates += 1; continue }
            previous = key
            let u = AgentID(UInt32(truncatingIfNeeded: key >> 32))
            let v = AgentID(UInt32(truncatingIfNeeded: key))
            graph.follow(u, v)
            if !directed { graph.follow(v, u) }
        }
        return LoadedGraph(
            graph: graph, directed: directed, originalIDs: mapped.originalIDs,
            selfLoopsSkipped: mapped.selfLoops, duplicatesMerged: duplicates
        )
    }
}

/// Edge lines after id mapping, before deduplication.
struct MappedEdgeLines {
    /// Dense source id of each accepted (non-self-loop) edge line.
    var sources: [UInt32] = []
    /// Dense target id of each accepted edge line.
    var targets: [UInt32] = []
    /// The file's token for each dense id.
    var originalIDs: [String] = []
    /// Number of self-loop lines skipped.
    var selfLoops = 0
}
