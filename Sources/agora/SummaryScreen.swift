import AgoraEngine
import Foundation

/// The one screen `agora run` prints at the end.
struct SummaryScreen {
    let summary: RunSummary

    func render() -> String {
        let s = summary
        func count(_ n: Int) -> String { n.formatted(.number.grouping(.automatic)) }
        let eventsPerSecond = s.wallSeconds > 0 ? Double(s.events) / s.wallSeconds : 0
        // The whole file's bytes per event include the prologue (agents, initial graph); the
        // event blocks alone are what each further event costs.
        let eventBytes = s.eventBytesPerEvent.map { String(format: " (%.2f in event blocks)", $0) } ?? ""
        var phaseLine = ""
        if let p = s.phases {
            let simulationRate = p.simulateSeconds > 0 ? Double(s.events) / p.simulateSeconds : 0
            func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }
            phaseLine = "\n  phases       build \(seconds(p.buildSeconds)), simulate \(seconds(p.simulateSeconds)) "
                + "(\(ProgressBar.compact(simulationRate)) events/s), trace flush \(seconds(p.traceFinishSeconds)), "
                + "metrics \(seconds(p.metricsSeconds))"
            if let peak = p.peakRSSBytes, let simulationPeak = p.simulationPeakRSSBytes {
                func mebibytes(_ bytes: Int) -> String { String(format: "%.0f MiB", Double(bytes) / 1_048_576) }
                phaseLine += "\n  memory       peak \(mebibytes(peak)) (\(mebibytes(simulationPeak)) when the simulation ended)"
            }
        }
        var llmLines = ""
        if let llm = s.llm {
            llmLines = """

              llm          \(count(llm.decisions)) decisions (\(llm.mode)): \(llm.sharesText)
              llm tokens   \(count(llm.promptTokens)) prompt, \(count(llm.completionTokens)) completion; \(count(llm.unknownIDsDropped)) unknown ids dropped
              llm calls    \(count(llm.serverCalls)) to the server, \(count(llm.cacheHits)) from the cache, \(String(format: "%.1f", llm.decisionsPerSecond)) decisions/s
            """
        }
        return """
        run \(s.runID) — \(s.status)
          world        \(s.world) (seed \(s.seed), config \(s.configHash.prefix(12)))
          simulated    \(String(format: "%.2f", s.simulatedSeconds / 86400)) days
          agents       \(count(s.agents))
          sessions     \(count(s.sessions))
          posts        \(count(s.posts))
          events       \(count(s.events)) (\(ProgressBar.compact(eventsPerSecond)) events/s)
          DAU last day \(count(s.dauLastDay))
          trace        \(String(format: "%.2f", Double(s.traceBytes) / 1_048_576)) MiB, \(String(format: "%.2f", s.bytesPerEvent)) bytes/event\(eventBytes)
          wall time    \(String(format: "%.2f", s.wallSeconds)) s on \(s.threads) thread\(s.threads == 1 ? "" : "s")\(phaseLine)\(llmLines)
        written
          trace        \(s.paths.trace)
          config       \(s.paths.world)
          summary      \(s.paths.summary)
          catalog      \(s.paths.catalog)
        """
    }
}
