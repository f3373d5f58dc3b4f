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
    /// - Parameters:
    ///   - model: platform-wide behaviour parameters; `nil` builds them from the config
    ///     (`BehaviourSetup.modelParameters`).
    ///   - parametersByType: per-type behaviour parameters; `nil` builds them from the config.
    /// - Throws: `EngineError.invalidConfig` when the initial graph cannot be built.
    public convenience init(config: WorldConfig, sink: Sink, threads: Int, model: BehaviourModelParameters? = nil,
                            parametersByType: [RuleParameters]? = nil) throws(EngineError) {
        // Without an `LLMPolicy` (see the designated initializer) every type runs the rule policy.
        let model = model ?? BehaviourSetup.modelParameters(for: config)
        let parameters = parametersByType ?? BehaviourSetup.ruleParameters(for: config)
        let world = try WorldBuilder.build(config, parametersByType: parameters, model: model)
        try self.init(config: config, world: world, sink: sink, threads: threads, model: model, parametersByType: parameters)
    }

    /// Creates a simulation of `world`, which must be the initial world of `config` built by
    /// `WorldBuilder` with the same behaviour parameters.
    /// - Parameters:
    ///   - llm: the policy of `policy: llm` types (`LLMSetup`); without it they run the rule policy.
    ///   - textSink: where LLM-written texts go (the trace writer).
    /// - Throws: `EngineError.invalidConfig` when the recommender settings are invalid.
    public init(config: WorldConfig, world: WorldState, sink: Sink, threads: Int, model: BehaviourModelParameters? = nil,
                parametersByType: [RuleParameters]? = nil, llm: LLMPolicy? = nil,
                textSink: (any TraceTextSink)? = nil) throws(EngineError) {
        self.config = config
        self.threads = max(1, threads)
        initialGraph = world.graph
        self.world = world
        let model = model ?? BehaviourSetup.modelParameters(for: config)
        let parameters = parametersByType ?? BehaviourSetup.ruleParameters(for: config)
        let behaviour = RuleBehaviour(parametersByType: parameters, model: model)
        let settings = try RecommenderFactory.settings(from: config.recommender)
        let recommender = try RecommenderFactory.makeFeedRecommender(settings)
        let followRecommender = try RecommenderFactory.makeFollowRecommender(settings)
        let arrivals = ArrivalProcess(config: config, parametersByType: parameters, model: model)
        driver = SimulationDriver(world: world, seed: config.seed, recommender: recommender, behaviour: behaviour,
                                  circadian: CircadianProfile(hourlyWeights: config.behaviour.circadian,
                                                               weeklyWeights: config.behaviour.weekly),
                                  sink: sink, threads: self.threads, arrivals: arrivals.isActive ? arrivals : nil,
                                  followRecommender: followRecommender, retrainEvery: settings.retrainEvery,
                                  llm: llm, textSink: textSink)
        if config.behaviour.model == "reference" {
            driver.referenceBehaviour = BehaviourSetup.referenceBehaviour(for: config)
        }
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
