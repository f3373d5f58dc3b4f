import AgoraAnalysis
import AgoraStore
import Foundation
import Testing
@testable import AgoraEngine

/// `WorldRunner` end to end on the repository's quickstart world, shrunk: the metrics stored with
/// a run come from one pass over the trace and equal the three separate analyses they replaced,
/// and the summary says where the wall-clock time went.
@Suite struct WorldRunnerTests {
    static let quickstart = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Worlds/quickstart.yaml").path

    /// Runs the quickstart world with 600 agents for 3 days, arrivals on (so the final graph has
    /// more agents than the header), into a fresh folder.
    static func run() throws -> (summary: RunSummary, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agora-runner-\(UUID().uuidString)")
        let request = RunRequest(worldPath: quickstart,
                                 overrides: ["population.size=600", "horizon=3d", "population.arrivals.rate_per_day=15"],
                                 outputRoot: folder, threads: 2)
        let runner = WorldRunner()
        return (try runner.run(try runner.load(request), request: request), folder)
    }

    @Test func storedMetricsFromOnePassEqualTheThreeSeparateAnalyses() throws {
        let (summary, folder) = try Self.run()
        defer { try? FileManager.default.removeItem(at: folder) }
        let trace = folder.appendingPathComponent(summary.runID).appendingPathComponent("trace.agtrace").path
        let onePass = try TraceAnalysis.storedMetrics(tracePath: trace, seed: summary.seed)
        let separate = try TraceAnalysis.runMetrics(tracePath: trace)
            .merged(with: ReportAnalysis.metrics(tracePath: trace))
            .merged(with: RunMetrics(scalars: TraceAnalysis.finalGraphMetrics(tracePath: trace, seed: summary.seed),
                                     timeseries: []))
        #expect(onePass.scalars.count > 100)
        #expect(onePass.scalars.sorted { $0.name < $1.name } == separate.scalars.sorted { $0.name < $1.name })
        #expect(onePass.timeseries.sorted { ($0.name, $0.day) < ($1.name, $1.day) }
                == separate.timeseries.sorted { ($0.name, $0.day) < ($1.name, $1.day) })
        // The arrivals grew the graph the final statistics describe.
        #expect((onePass["graph.final.nodes"] ?? 0) > 600)
    }

    @Test func theSummaryTimesEachPhaseWithinTheWallTime() throws {
        let (summary, folder) = try Self.run()
        defer { try? FileManager.default.removeItem(at: folder) }
        let phases = try #require(summary.phases)
        let parts = [phases.buildSeconds, phases.simulateSeconds, phases.traceFinishSeconds, phases.metricsSeconds]
        #expect(parts.allSatisfy { $0 > 0 })
        #expect(parts.reduce(0, +) <= summary.wallSeconds + 1e-9)
        let json = try String(contentsOf: folder.appendingPathComponent(summary.runID).appendingPathComponent("summary.json"),
                              encoding: .utf8)
        #expect(json.contains("\"simulate_seconds\""))
        #expect(json.contains("\"metrics_seconds\""))
        // Peak memory: measured, at least a megabyte, and never lower at the end than after the simulation.
        let simulationPeak = try #require(phases.simulationPeakRSSBytes)
        let peak = try #require(phases.peakRSSBytes)
        #expect(simulationPeak > 1 << 20 && peak >= simulationPeak)
    }
}
