import Foundation
import Testing
@testable import AgoraCore

/// Writes `text` to a fresh temporary file and returns its path.
private func edgeFile(_ text: String, name: String = "graph.edges") throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agora-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

/// The load error thrown for `text`, or nil when it loads.
private func loadError(_ text: String, directed: Bool = false, stringIDs: Bool = false) throws -> (GraphLoadError?, String) {
    let path = try edgeFile(text)
    do {
        _ = try EdgeListLoader.load(path: path, directed: directed, stringIDs: stringIDs)
        return (nil, path)
    } catch {
        return (error, path)
    }
}

@Test func whitespaceTabAndCommaSeparatedLinesAllLoad() throws {
    let path = try edgeFile("1 2\n2\t3\n3,4\n4 , 5\n  5   1  \n")
    let loaded = try EdgeListLoader.load(path: path, directed: true)
    #expect(loaded.nodeCount == 5)
    #expect(loaded.edgeCount == 5)
    #expect(loaded.graph.follows(AgentID(3), AgentID(4)))
    #expect(loaded.graph.follows(AgentID(4), AgentID(0)))
}

@Test func commentsBlankLinesAndCarriageReturnsAreSkipped() throws {
    let path = try edgeFile("# SNAP header\n% KONECT header\n\n   \n  # indented comment\n1 2\r\n2 3\r\n")
    let loaded = try EdgeListLoader.load(path: path, directed: true)
    #expect(loaded.nodeCount == 3)
    #expect(loaded.edgeCount == 2)
    #expect(loaded.originalIDs == ["1", "2", "3"])
}

@Test func thirdAndFurtherColumnsAreIgnored() throws {
    let path = try edgeFile("1 2 0.5\n2,3,7,1700000000\n")
    let loaded = try EdgeListLoader.load(path: path, directed: true)
    #expect(loaded.nodeCount == 3)
    #expect(loaded.edgeCount == 2)
}

@Test func idsBecomeAgentsInOrderOfFirstAppearance() throws {
    let path = try edgeFile("40 7\n7 1000\n3 40\n")
    let loaded = try EdgeListLoader.load(path: path, directed: true)
    #expect(loaded.originalIDs == ["40", "7", "1000", "3"])
    #expect(loaded.graph.follows(AgentID(0), AgentID(1)))
    #expect(loaded.graph.follows(AgentID(3), AgentID(0)))
}

@Test func negativeAndSparseIdsAreRemappedToo() throws {
    let path = try edgeFile("-5 9000000000\n9000000000 +3\n")
    let loaded = try EdgeListLoader.load(path: path, directed: true)
    #expect(loaded.originalIDs == ["-5", "9000000000", "3"])
    #expect(loaded.edgeCount == 2)
}

@Test func undirectedEdgeIsAMutualFollowPair() throws {
    let path = try edgeFile("1 2\n2 3\n")
    let loaded = try EdgeListLoader.load(path: path, directed: false)
    #expect(loaded.graph.edgeCount == 4)
    #expect(loaded.edgeCount == 2)
    #expect(loaded.graph.follows(AgentID(0), AgentID(1)) && loaded.graph.follows(AgentID(1), AgentID(0)))
    #expect(loaded.graph.followees[1] == [0, 2])
}

@Test func directedEdgeIsOneFollow() throws {
    let path = try edgeFile("1 2\n")
    let loaded = try EdgeListLoader.load(path: path, directed: true)
    #expect(loaded.graph.follows(AgentID(0), AgentID(1)))
    #expect(!loaded.graph.follows(AgentID(1), AgentID(0)))
}

@Test func selfLoopLinesAreSkippedBeforeNodesAreCreated() throws {
    let path = try edgeFile("9 9\n1 2\n5 5\n2 9\n")
    let loaded = try EdgeListLoader.load(path: path, directed: false)
    #expect(loaded.selfLoopsSkipped == 2)
    #expect(loaded.originalIDs == ["1", "2", "9"])
    #expect(loaded.edgeCount == 2)
}

@Test func integerSelfLoopsCompareByValue() throws {
    let path = try edgeFile("01 1\n1 2\n")
    let loaded = try EdgeListLoader.load(path: path, directed: true)
    #expect(loaded.selfLoopsSkipped == 1)
    #expect(loaded.nodeCount == 2)
}

@Test func directedDuplicatesAreMergedButReverseEdgesAreNot() throws {
    let path = try edgeFile("1 2\n1 2\n2 1\n1 2\n")
    let loaded = try EdgeListLoader.load(path: path, directed: true)
    #expect(loaded.duplicatesMerged == 2)
    #expect(loaded.edgeCount == 2)
}

@Test func undirectedReverseEdgeIsADuplicate() throws {
    let path = try edgeFile("1 2\n2 1\n2,1\n3 1\n")
    let loaded = try EdgeListLoader.load(path: path, directed: false)
    #expect(loaded.duplicatesMerged == 2)
    #expect(loaded.edgeCount == 2)
    #expect(loaded.graph.edgeCount == 4)
}

@Test func nonIntegerTokenIsAnErrorAtFileAndLine() throws {
    let (error, path) = try loadError("1 2\n# fine\n2 alice\n")
    #expect(error == .malformedLine(
        path: path, line: 3,
        expected: "an integer node id (for other ids use --string-ids or graph.string_ids: true)", found: "'alice'"
    ))
    #expect(error?.description == "\(path):3: expected an integer node id (for other ids use --string-ids or graph.string_ids: true), found 'alice'")
}

@Test func integerOverflowIsAnErrorNotATrap() throws {
    let (error, path) = try loadError("1 99999999999999999999\n")
    #expect(error == .malformedLine(
        path: path, line: 1,
        expected: "an integer node id (for other ids use --string-ids or graph.string_ids: true)", found: "'99999999999999999999'"
    ))
}

@Test func lineWithOneTokenIsMalformed() throws {
    let (error, path) = try loadError("1 2\n3\n")
    #expect(error?.description == "\(path):2: expected two node ids separated by whitespace or a comma, found only '3'")
}

@Test func stringIDsAcceptAnyToken() throws {
    let path = try edgeFile("alice bob\nbob,carol\ncarol carol\nalice bob\n")
    let loaded = try EdgeListLoader.load(path: path, directed: true, stringIDs: true)
    #expect(loaded.originalIDs == ["alice", "bob", "carol"])
    #expect(loaded.selfLoopsSkipped == 1)
    #expect(loaded.duplicatesMerged == 1)
    #expect(loaded.edgeCount == 2)
}

@Test func missingFileIsAnErrorNamingThePath() throws {
    let path = "/nonexistent/agora/graph.edges"
    #expect(throws: GraphLoadError.fileNotFound(path: path)) {
        try EdgeListLoader.load(path: path, directed: false)
    }
    #expect(GraphLoadError.fileNotFound(path: path).description
        == "graph file not found: /nonexistent/agora/graph.edges (check the path; relative paths start at the current directory)")
}

@Test func directoryIsUnreadable() throws {
    let directory = FileManager.default.temporaryDirectory.path
    #expect(throws: GraphLoadError.unreadable(path: directory, reason: "it is a directory, expected an edge-list file")) {
        try EdgeListLoader.load(path: directory, directed: false)
    }
}

@Test func edgeListWithoutEdgesIsAnError() throws {
    let (onlyComments, path) = try loadError("# nothing here\n\n")
    #expect(onlyComments == .emptyEdgeList(path: path, selfLoopsSkipped: 0))
    #expect(onlyComments?.description == "\(path): the edge list is empty; expected at least one line 'u v' with u ≠ v")
    let (onlyLoops, loopPath) = try loadError("1 1\n2 2\n")
    #expect(onlyLoops?.description == "\(loopPath): the edge list is empty (2 self-loop lines skipped); expected at least one line 'u v' with u ≠ v")
}

@Test func egoFacebookLoadsWithPublishedSize() throws {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = repository.appendingPathComponent("Worlds/data/ego-facebook.edges").path
    let loaded = try EdgeListLoader.load(path: path, directed: false)
    #expect(loaded.nodeCount == 4039)
    #expect(loaded.edgeCount == 88234)
    #expect(loaded.selfLoopsSkipped == 0 && loaded.duplicatesMerged == 0)
    #expect(loaded.originalIDs.first == "0")
}
