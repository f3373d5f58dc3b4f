import AgoraAgents
import AgoraConfig
import AgoraCore

/// One simulation of an assembled world: runs the windowed scheduler to the horizon, sending
/// every event to a sink. It knows nothing of files, catalogs or terminals (`WorldRunner` does).
public final class Simulation<Sink: TraceEventSink> {
    /// The world it runs.
    public let assembled: AssembledWorld
    /// The world state (initial state until `run` is called).
    public var world: WorldState { assembled.state }
    /// The initial follow graph (kept for the trace header).
    public var initialGraph: FollowGraph { assembled.initialGraph }
    /// The decide/resolve/apply driver.
    public let driver: SimulationDriver<Sink>
    /// Deciding threads.
    public let threads: Int

    /// Creates a simulation of `world`.
    /// - Parameters:
    ///   - textSink: where texts written by policies go (the trace writer).
    ///   - threads: deciding threads.
    public init(world: AssembledWorld, sink: Sink, textSink: (any TraceTextSink)? = nil, threads: Int) {
        assembled = world
        self.threads = max(1, threads)
        driver = SimulationDriver(world: world, sink: sink, textSink: textSink, threads: self.threads)
    }

    /// Assembles the world of `config` (every type on the rule policy, no LLM set-up) and a
    /// simulation of it.
    /// - Parameter behaviour: behaviour parameters to use instead of the config's.
    /// - Throws: `EngineError.invalidConfig` when the world cannot be built.
    public convenience init(config: WorldConfig, sink: Sink, threads: Int, behaviour: BehaviourParameters? = nil) throws(EngineError) {
        self.init(world: try WorldAssembly.assemble(config, behaviour: behaviour), sink: sink, threads: threads)
    }

    /// Runs to the horizon (or until `shouldStop`), then writes the final snapshot when the
    /// horizon was reached.
    /// - Parameters:
    ///   - shouldStop: polled at window boundaries.
    ///   - progress: called with the simulated time reached after each window.
    public func run(shouldStop: () -> Bool = { false }, progress: (SimTime) -> Void = { _ in }) -> SchedulerStop {
        let horizon = assembled.horizon
        var queue = EventQueue()
        driver.scheduleInitialEvents(into: &queue, horizon: horizon)
        let scheduler = WindowedScheduler(driver: driver, window: assembled.window, horizon: horizon, threads: threads)
        let stop = scheduler.run(queue: &queue, shouldStop: shouldStop, progress: progress)
        if stop == .horizonReached {
            let day = SimTime.day.milliseconds
            driver.emitSnapshot(day: UInt32((horizon.milliseconds + day - 1) / day), at: horizon)
        }
        return stop
    }
}
