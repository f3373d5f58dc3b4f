import Foundation
import Testing

@testable import AgoraEngine

/// `agora graph stats` and `agora graph export`'s engine side.
@Suite struct GraphInspectorTests {
    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("agora-edges-\(UUID().uuidString).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func statisticsSayWhatLoadingSkipped() throws {
        let path = try Self.file("1 2\n2 3\n3 1\n3 3\n1 2\n")
        let text = try GraphInspector.statistics(path: path, directed: false, stringIDs: false, seed: 1, sampleSize: 10, json: false)
        #expect(text.hasPrefix("file  \(path)\ninput  1 self-loop lines skipped, 1 duplicate edges merged\n"))
        let json = try GraphInspector.statistics(path: path, directed: true, stringIDs: false, seed: 1, sampleSize: 10, json: true)
        #expect(json.hasSuffix("}\n") && json.contains("\"directed\" : true"))
    }

    @Test func aMalformedEdgeListIsBadInput() throws {
        let path = try Self.file("1 2\nfoo bar\n")
        do {
            _ = try GraphInspector.statistics(path: path, directed: false, stringIDs: false, seed: 1, sampleSize: 10, json: false)
            Issue.record("a malformed edge list was accepted")
        } catch {
            #expect(error.exitCode == 2 && error.description.contains(":2: expected an integer node id"))
        }
    }

    @Test func momentsParseAndNameTheirFiles() {
        #expect(GraphInspector.Moment(parsing: "start") == .start && GraphInspector.Moment(parsing: "end") == .end)
        #expect(GraphInspector.Moment(parsing: "3") == .day(3) && GraphInspector.Moment(parsing: "3")?.label == "day3")
        #expect(GraphInspector.Moment(parsing: "-1") == nil && GraphInspector.Moment(parsing: "later") == nil)
    }

    @Test func anUnknownRunIsNotFound() {
        do {
            _ = try GraphInspector.export(run: "no-such-run", runs: "/nonexistent", at: .end, format: .gexf, out: nil)
            Issue.record("an unknown run was exported")
        } catch {
            #expect(error.exitCode == 2 && error.description.hasPrefix("no run 'no-such-run'"))
        }
    }
}
