import Foundation
import Testing

/// End-to-end: `agora graph export` on a real run made by the real binary.
@Suite(.serialized) struct GraphExportCommandTests {
    static let world = """
        name: export
        seed: 4
        horizon: 2d
        population:
          size: 200
        graph:
          kind: stochastic_block
          blocks: 2
          p_in: 0.05
          p_out: 0.01
        trace:
          block_events: 4096
        """

    @Test func exportsStartEndAndADayInEveryFormat() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        let world = try AgoraProcess.writeWorld(Self.world, in: dir)
        let run = try AgoraProcess.run(["run", world, "--out", "runs", "--quiet", "--threads", "2"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let runID = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for (at, format, out) in [("start", "edgelist", "s.edges"), ("end", "gexf", "e.gexf"), ("1", "graphml", "d1.graphml")] {
            let result = try AgoraProcess.run(["graph", "export", runID, "--runs", "runs", "--at", at, "--format", format, "--out", out], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOf: dir.appendingPathComponent(out), encoding: .utf8)
            #expect(!text.isEmpty)
            if format != "edgelist" {
                for attribute in ["community", "activity", "in_degree", "out_degree"] {
                    #expect(text.contains(attribute), "\(out) lacks \(attribute)")
                }
            }
        }
        // A trace path works as well as a run id; the edge list at the start matches the
        // generated graph's follow count in `graph stats`.
        let byPath = try AgoraProcess.run(
            ["graph", "export", "runs/\(runID)/trace.agtrace", "--at", "start", "--format", "edgelist", "--out", "p.edges"], in: dir)
        #expect(byPath.status == 0, "\(byPath.stderr)")
        let first = try String(contentsOf: dir.appendingPathComponent("s.edges"), encoding: .utf8)
        let second = try String(contentsOf: dir.appendingPathComponent("p.edges"), encoding: .utf8)
        #expect(first == second)
    }

    @Test func unknownRunsAndMissingDaysExitWithTwoAndASentence() throws {
        let dir = try AgoraProcess.temporaryDirectory()
        let missing = try AgoraProcess.run(["graph", "export", "nope", "--format", "gexf"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: no run 'nope'"))
        let world = try AgoraProcess.writeWorld(Self.world, in: dir)
        let run = try AgoraProcess.run(["run", world, "--out", "runs", "--quiet", "--threads", "2"], in: dir)
        let runID = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let late = try AgoraProcess.run(["graph", "export", runID, "--at", "40", "--format", "gexf"], in: dir)
        #expect(late.status == 2)
        #expect(late.stderr.contains("no snapshot of day 40"))
    }
}
