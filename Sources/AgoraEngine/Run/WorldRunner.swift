import AgoraAgents
import AgoraAnalysis
import AgoraConfig
import AgoraCore
import AgoraLLM
import AgoraStore
import AgoraTrace
import Foundation

/// Runs one world end to end (docs/architecture.md, "Contracts": output folder; "From YAML to trace to catalog"): resolve the config,
/// claim `OUT/<run-id>/`, record the run as `running` in the catalog, simulate while streaming the
/// trace, then compute the metrics from the trace and record the run as `completed` (or
/// `interrupted` after a stop request, or `failed` on an error) in one catalog transaction.
///
/// Nothing is written before the config has been validated, and nothing outside the run folder
/// and the catalog.
public struct WorldRunner: Sendable {
    /// The engine version recorded in traces and the catalog.
    public static let engineVersion = "0.1.0"

    /// Creates a runner.
    public init() {}

    /// Resolves and validates the world of a request without running it (every rule across keys
    /// included, so a world that loads can be assembled).
    /// - Throws: `EngineError.invalidConfig` with every diagnostic of the file.
    public func load(_ request: RunRequest) throws(EngineError) -> LoadedWorld {
        do {
            return try WorldConfigLoader().load(path: request.worldPath, overrides: request.overrides, seed: request.seed)
        } catch {
            throw .invalidConfig(error.description)
        }
    }

    /// Runs a loaded world.
    /// - Parameters:
    ///   - world: the resolved world (from `load`).
    ///   - request: output root and thread count.
    ///   - stop: raised (e.g. on SIGINT) to stop at the next window boundary.
    ///   - progress: called from the simulating thread, throttled to a few times per second.
    /// - Returns: the summary also written to `summary.json`.
    public func run(_ world: LoadedWorld, request: RunRequest, stop: StopFlag = StopFlag(),
                    progress: (RunProgress) -> Void = { _ in }) throws(EngineError) -> RunSummary {
        let config = world.config
        let layout = try RunLayout.claim(outputRoot: request.outputRoot, worldName: config.name,
                                         configHash: world.hash, seed: config.seed)
        try write(Data(world.resolvedYAML.utf8), to: layout.worldPath)
        let catalog: Catalog
        do {
            catalog = try Catalog(path: layout.catalogPath.path)
            try catalog.beginRun(NewRun(id: layout.runID, worldName: config.name, resolvedConfig: world.resolvedYAML,
                                        configHash: world.hash, seed: config.seed, engineVersion: Self.engineVersion,
                                        tracePath: "\(layout.runID)/trace.agtrace"))
        } catch {
            throw .catalog(error.description)
        }
        do {
            return try simulate(world, layout: layout, catalog: catalog, threads: request.threads,
                                llmMode: request.llmMode, stop: stop, progress: progress)
        } catch {
            try? catalog.failRun(id: layout.runID, message: error.description)
            throw error
        }
    }

    private func simulate(_ world: LoadedWorld, layout: RunLayout, catalog: Catalog, threads: Int, llmMode: LLMCacheMode,
                          stop: StopFlag, progress: (RunProgress) -> Void) throws(EngineError) -> RunSummary {
        let config = world.config
        let clock = ContinuousClock()
        let started = clock.now
        // The world, the simulation and the trace writer live only inside `simulateToTrace`, so
        // their memory is returned before the metrics replay the trace (a lower peak RSS).
        let outcome = try simulateToTrace(world, layout: layout, catalog: catalog, threads: threads, llmMode: llmMode,
                                          stop: stop, clock: clock, started: started, progress: progress)
        let (llm, written, status, reached, built, simulated) = (outcome.llm, outcome.written, outcome.status,
                                                                outcome.reached, outcome.built, outcome.simulated)
        let checksum = try TraceFileDigest.sha256(path: layout.tracePath.path)
        let flushed = clock.now
        let simulationPeak = RunPhaseTimes.currentPeakRSSBytes()
        let metrics: RunMetrics
        do { metrics = try traceMetrics(tracePath: layout.tracePath.path, seed: config.seed) } catch { throw .trace(error.description) }
        let finished = clock.now
        let wall = (finished - started).seconds
        let phases = RunPhaseTimes(buildSeconds: (built - started).seconds, simulateSeconds: (simulated - built).seconds,
                                   traceFinishSeconds: (flushed - simulated).seconds, metricsSeconds: (finished - flushed).seconds,
                                   simulationPeakRSSBytes: simulationPeak, peakRSSBytes: RunPhaseTimes.currentPeakRSSBytes())
        let summary = RunSummary(
            runID: layout.runID, world: config.name, configHash: world.hash, seed: config.seed,
            status: status == .completed ? "completed" : "interrupted", simulatedSeconds: reached.seconds,
            agents: config.population.size, sessions: Int(metrics[.activitySessions] ?? 0),
            posts: Int(metrics[.activityPosts] ?? 0), events: Int(written.events),
            dauLastDay: Int(metrics[.activityDAULast] ?? 0), traceBytes: Int(written.bytes),
            bytesPerEvent: written.bytesPerEvent, eventBytesPerEvent: written.eventBytesPerEvent,
            wallSeconds: wall, phases: phases, threads: threads, traceChecksum: checksum,
            paths: .init(trace: layout.tracePath.relativePath, world: layout.worldPath.relativePath,
                         summary: layout.summaryPath.relativePath, catalog: layout.catalogPath.relativePath),
            llm: llm.map { LLMRunSummary(policy: $0.policy) })
        do { try write(summary.jsonData(), to: layout.summaryPath) } catch let error as EngineError { throw error } catch {
            throw .writeFailed(path: layout.summaryPath.path, reason: error.localizedDescription)
        }
        do {
            if let llm {
                try catalog.recordLLMRun(runID: layout.runID, personas: llm.personas, usage: Self.usageRecords(llm.policy.ledger))
            }
            if status == .completed {
                let llmMetrics = llm?.policy.ledger.metrics ?? []
                try catalog.completeRun(
                    id: layout.runID, wallSeconds: wall, events: Int(written.events), traceChecksum: checksum,
                    metrics: Dictionary(metrics.scalars.map { ($0.name, $0.value) } + llmMetrics.map { ($0.name, $0.value) },
                                        uniquingKeysWith: { first, _ in first }),
                    timeseries: metrics.timeseries.map { TimeseriesPoint(name: $0.name, t: Double($0.day), value: $0.value) })
            } else {
                try catalog.markInterrupted(id: layout.runID)
            }
        } catch {
            throw .catalog(error.description)
        }
        return summary
    }

    /// What `simulateToTrace` hands back once the world is gone.
    private struct SimulationOutcome {
        var llm: LLMSetup.Result?
        var written: TraceWriteSummary
        var status: TraceEndStatus
        var reached: SimTime
        var built: ContinuousClock.Instant
        var simulated: ContinuousClock.Instant
    }

    /// Builds the world, runs it to the horizon (or a stop) with every event going to the trace,
    /// and finishes the trace file.
    private func simulateToTrace(_ world: LoadedWorld, layout: RunLayout, catalog: Catalog, threads: Int,
                                 llmMode: LLMCacheMode, stop: StopFlag, clock: ContinuousClock,
                                 started: ContinuousClock.Instant,
                                 progress: (RunProgress) -> Void) throws(EngineError) -> SimulationOutcome {
        let config = world.config
        let assembled = try WorldAssembly.assemble(world, llm: .init(mode: llmMode, cache: CatalogResponseCache(catalog: catalog)))
        let (initial, llm) = (assembled.state, assembled.llm)
        let header = TraceHeader(engineVersion: Self.engineVersion, worldName: config.name, configHash: world.hash,
                                 seed: config.seed, horizon: config.horizon,
                                 populationTypes: config.population.types.map(\.name),
                                 blockEvents: config.trace.blockEvents)
        let writer: TraceWriter
        do throws(TraceError) {
            writer = try TraceWriter(path: layout.tracePath.path, header: header, agents: initial.agents.attributes,
                                     initialGraph: initial.graph, compressionLevel: Int32(config.trace.compressionLevel))
        } catch {
            throw .trace(error.description)
        }
        let simulation = Simulation(world: assembled, sink: writer, textSink: llm == nil ? nil : writer, threads: threads)
        let built = clock.now
        var lastReport = clock.now
        let stopReason = simulation.run(shouldStop: { stop.isRaised || simulation.driver.failure != nil }) { time in
            let now = clock.now
            guard now - lastReport >= .milliseconds(200) else { return }
            lastReport = now
            progress(RunProgress(simulatedTime: time, horizon: config.horizon, events: simulation.driver.eventsEmitted,
                                 wallSeconds: (now - started).seconds))
        }
        let simulated = clock.now
        let reached: SimTime
        let status: TraceEndStatus
        switch stopReason {
        case .horizonReached:
            reached = config.horizon
            status = .completed
        case .interrupted(let at):
            reached = at
            status = .interrupted
        }
        let written: TraceWriteSummary
        do { written = try writer.finish(status: status, simulatedTime: reached) } catch { throw .trace(error.description) }
        if let failure = simulation.driver.failure { throw .llm(failure) }
        return SimulationOutcome(llm: llm, written: written, status: status, reached: reached, built: built,
                                 simulated: simulated)
    }

    /// Every metric stored with a run: activity and exposure, report metrics (retention,
    /// friendship paradox over time, cascades, polarization) and the final graph's statistics.
    private func traceMetrics(tracePath: String, seed: UInt64) throws(TraceAnalysis.Failure) -> RunMetrics {
        try TraceAnalysis.storedMetrics(tracePath: tracePath, seed: seed)
    }

    /// The ledger's per-agent rows, by agent id.
    static func usageRecords(_ ledger: LLMUsageLedger) -> [LLMAgentUsageRecord] {
        ledger.agents.keys.sorted().map { agent in
            let u = ledger.agents[agent]!
            return LLMAgentUsageRecord(agent: Int64(agent), persona: Int(u.persona), promptTokens: u.promptTokens,
                                       completionTokens: u.completionTokens, valid: u.valid, repaired: u.repaired, fallback: u.fallback)
        }
    }

    private func write(_ data: Data, to url: URL) throws(EngineError) {
        do { try data.write(to: url, options: .atomic) } catch {
            throw .writeFailed(path: url.path, reason: error.localizedDescription)
        }
    }
}

extension Duration {
    /// The duration in seconds as a `Double`.
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
