import AgoraCore
import Foundation
import Testing
@testable import AgoraAnalysis

/// A fresh folder under the system temporary directory.
func makeExportFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agora-export-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}

/// 5 agents: 0 → 1, 0 → 2, 1 → 0, 3 → 0; agent 4 has no edges.
func smallGraph() -> FollowGraph {
    var graph = FollowGraph(nodeCount: 5)
    for (a, b) in [(0, 1), (0, 2), (1, 0), (3, 0)] { graph.follow(AgentID(a), AgentID(b)) }
    return graph
}

let smallAttributes = GraphExportAttributes(community: [0, 0, 1, 1, 2], activity: [3, 0.5, 12.25, 0.1, 1e-5])

/// What the file must say about `smallGraph()` with `smallAttributes`.
func expectedSmallGraph(ids: [String], withAgentColumn: Bool) -> ExportedGraphFile {
    var file = ExportedGraphFile()
    file.nodeIDs = ids
    let inDegrees = ["2", "1", "1", "0", "0"]
    let outDegrees = ["2", "1", "0", "1", "0"]
    let activity = ["3.0", "0.5", "12.25", "0.1", "1e-05"]
    for node in 0..<5 {
        var values = ["community": ["0", "0", "1", "1", "2"][node], "activity": activity[node],
                      "in_degree": inDegrees[node], "out_degree": outDegrees[node]]
        if withAgentColumn { values["agent"] = String(node) }
        file.nodeAttributes[ids[node]] = values
    }
    file.edges = [(0, 1), (0, 2), (1, 0), (3, 0)].map { (ids[$0.0], ids[$0.1]) }
    return file
}

@Test(arguments: [GraphExportFormat.graphml, .gexf])
func xmlExportsReadBackWithEveryNodeEdgeAndAttribute(format: GraphExportFormat) throws {
    let folder = try makeExportFolder()
    let path = folder + "/small.\(format.fileExtension)"
    try GraphExporter.write(graph: smallGraph(), attributes: smallAttributes, format: format, to: path)
    let file = try #require(ExportedGraphFile.read(path: path))
    #expect(file == expectedSmallGraph(ids: (0..<5).map(String.init), withAgentColumn: false))
    #expect(file.directed)
    #expect(file.attributeTypes == ["community": "long", "activity": "double", "in_degree": "long", "out_degree": "long"])
    #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
}

@Test(arguments: [GraphExportFormat.graphml, .gexf])
func oddOriginalIDsAreEscapedAndSurviveTheRoundTrip(format: GraphExportFormat) throws {
    let ids = ["a&b", "<tag>", "say \"hi\" & 'bye'", "tab\there\nline", "ünïcødé 🙂"]
    let folder = try makeExportFolder()
    let path = folder + "/odd.\(format.fileExtension)"
    let attributes = GraphExportAttributes(community: smallAttributes.community, activity: smallAttributes.activity, originalIDs: ids)
    try GraphExporter.write(graph: smallGraph(), attributes: attributes, format: format, to: path)
    let file = try #require(ExportedGraphFile.read(path: path))
    #expect(file == expectedSmallGraph(ids: ids, withAgentColumn: true))
    if format == .gexf { #expect(file.labels[ids[2]] == ids[2]) }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("a&amp;b"))
    #expect(text.contains("&lt;tag&gt;"))
    #expect(text.contains("tab&#9;here&#10;line"))
}

@Test func edgeListMatchesTheGraphAndSkipsNothingButComments() throws {
    let folder = try makeExportFolder()
    let path = folder + "/small.edges"
    try GraphExporter.write(graph: smallGraph(), attributes: smallAttributes, format: .edgelist, to: path)
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    #expect(lines.filter { !$0.hasPrefix("#") } == ["0 1", "0 2", "1 0", "3 0"])
    #expect(lines.first == "# Agora follow graph: 5 nodes, 4 edges, directed")
}

@Test func edgeListUsesOriginalIDsAndRejectsOnesItCannotWrite() throws {
    let folder = try makeExportFolder()
    let path = folder + "/ids.edges"
    let ids = ["n10", "n20", "n30", "n40", "n50"]
    try GraphExporter.write(graph: smallGraph(), attributes: GraphExportAttributes(originalIDs: ids), format: .edgelist, to: path)
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
    #expect(lines == ["n10 n20", "n10 n30", "n20 n10", "n40 n10"])
    for bad in ["two words", "a,b", "#hash", "%pct", ""] {
        let badPath = folder + "/bad.edges"
        #expect(throws: GraphExportError.self) {
            try GraphExporter.write(graph: smallGraph(), attributes: GraphExportAttributes(originalIDs: ["x", "y", "z", "w", bad]), format: .edgelist, to: badPath)
        }
        #expect(!FileManager.default.fileExists(atPath: badPath))
        #expect(!FileManager.default.fileExists(atPath: badPath + ".partial"))
    }
}

@Test func columnsOfTheWrongLengthOrRepeatedIDsAreErrors() throws {
    let folder = try makeExportFolder()
    let path = folder + "/bad.graphml"
    do {
        try GraphExporter.write(graph: smallGraph(), attributes: GraphExportAttributes(community: [1, 2]), format: .graphml, to: path)
        Issue.record("a short community column was accepted")
    } catch {
        #expect(error.description.contains("community column has 2 values for 5 nodes"))
        #expect(error.path == path)
    }
    #expect(throws: GraphExportError.self) {
        try GraphExporter.write(graph: smallGraph(), attributes: GraphExportAttributes(originalIDs: ["a", "b", "a", "c", "d"]), format: .gexf, to: path)
    }
    #expect(!FileManager.default.fileExists(atPath: path))
}

@Test func unwritableDestinationIsAnErrorNamingThePath() {
    let path = "/nonexistent-agora-folder/graph.gexf"
    #expect {
        try GraphExporter.write(graph: smallGraph(), format: .gexf, to: path)
    } throws: { error in
        (error as? GraphExportError)?.path == path
    }
}

@Test(arguments: GraphExportFormat.allCases)
func exportIsDeterministicAndReplacesAnOlderFile(format: GraphExportFormat) throws {
    let folder = try makeExportFolder()
    let n = 3000
    var graph = FollowGraph(nodeCount: n)
    var stream = RandomStream(seed: 5, purpose: .analysis)
    for _ in 0..<20_000 { graph.follow(AgentID(stream.nextIndex(below: n)), AgentID(stream.nextIndex(below: n))) }
    let attributes = GraphExportAttributes(community: (0..<n).map { UInt32($0 % 7) }, activity: (0..<n).map { Float($0) / 3 })
    let first = folder + "/a.\(format.fileExtension)"
    let second = folder + "/b.\(format.fileExtension)"
    try "stale".write(toFile: second, atomically: true, encoding: .utf8)
    try GraphExporter.write(graph: graph, attributes: attributes, format: format, to: first)
    try GraphExporter.write(graph: graph, attributes: attributes, format: format, to: second)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: first))
    #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: second))))
    #expect(bytes.count > 1 << 16, "large enough to flush the buffer more than once")
    if format != .edgelist {
        let file = try #require(ExportedGraphFile.read(path: first))
        #expect(file.nodeIDs.count == n)
        #expect(file.edges.count == graph.edgeCount)
        #expect(file.edges.map { [$0.0, $0.1] } == graph.edges().map { [String($0.follower), String($0.followee)] })
        #expect(file.nodeAttributes["299"]?["in_degree"] == String(graph.followerCounts[299]))
    }
}

@Test func agentAttributesSupplyCommunityAndActivity() {
    var agents = AgentAttributes(count: 2, topicCount: 1)
    agents.community = [4, 5]
    agents.activity = [1.5, 2]
    let attributes = GraphExportAttributes(agents: agents, originalIDs: ["x", "y"])
    #expect(attributes == GraphExportAttributes(community: [4, 5], activity: [1.5, 2], originalIDs: ["x", "y"]))
    #expect(GraphExporter.NodeColumn.present(in: attributes).map(\.name) == ["agent", "community", "activity", "in_degree", "out_degree"])
}
