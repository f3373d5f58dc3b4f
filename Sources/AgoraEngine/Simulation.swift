import AgoraAgents
import AgoraConfig
import AgoraCore
import AgoraRecommend

/// One simulation of a resolved world: builds the population, the initial graph, the recommender
/// and the behaviour, and runs the windowed scheduler to the horizon, sending every event to a
/// sink. It knows nothing of files, catalogs or terminals (`WorldRunner` does).
public final class Simulation<Sink: TraceEventSink> {
    /// The resolved world.
    public let config: WorldConfig
    /// The world state (initial state until `run` is called).
    public let world: WorldState
    /// The decide/apply driver.
    public let driver: SimulationDriver<Sink>
    /// The initial follow graph (kept for the trace header).
    public let initialGraph: FollowGraph
    /// Deciding threads.
    public let threads: Int

    /// Builds the world of `config` and a simulation of it.
    public convenience init(config: WorldConfig, sink: Sink, threads: Int) throws(EngineError) {
        try self.init(config: config, world: WorldBuilder.build(config), sink: sink, threads: threads)
    }

    /// Creates a simulation of `world`, which must be the initial world of `config`.
    public init(config: WorldConfig, world: WorldState, sink: Sink, threads: Int) {
        self.config = config
        self.threads = max(1, threads)
        initialGraph = world.graph
        self.world = world
        let parameters = config.population.types.map {
            RuleParameters(postProbability: $0.postProbability, likeProbability: $0.likeProbability,
                           repostProbability: $0.repostProbability, followProbability: $0.followProbability)
        }
        let behaviour = RuleBehaviour(parametersByType: parameters, meanDwell: config.behaviour.dwellTime,
                                      impressionSampling: config.trace.impressionSampling)
        let recommender = ChronologicalRecommender(feedSize: config.recommender.feedSize)
        driver = SimulationDriver(world: world, seed: config.seed, recommender: recommender, behaviour: behaviour,
                                  circadian: CircadianProfile(hourlyWeights: config.behaviour.circadian),
                                  sink: sink, threads: self.threads)
    }

    /// Runs to the horizon (or until `shouldStop`), then writes the final snapshot when the
    /// horizon was reached.
    /// - Parameters:
    ///   - shouldStop: polled at window boundaries.
    ///   - progress: called with the simulated time reached after each window.
    public func run(shouldStop: () -> Bool = { false }, progress: (SimTime) -> Void = { _ in }) -> SchedulerStop {
        var queue = EventQueue()
        driver.scheduleInitialEvents(into: &queue, horizon: config.horizon)
        let scheduler = WindowedScheduler(driver: driver, window: config.scheduler.window,
                                          horizon: config.horizon, threads: threads)
        let stop = scheduler.run(queue: &queue, shouldStop: shouldStop, progress: progress)
        if stop == .horizonReached {
            driver.emitSnapshot(day: UInt32((config.horizon.milliseconds + SimTime.day.milliseconds - 1) / SimTime.day.milliseconds),
                                at: config.horizon)
        }
        return stop
    }
}
