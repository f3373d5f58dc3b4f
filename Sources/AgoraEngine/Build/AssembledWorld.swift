import AgoraAgents
import AgoraCore
import AgoraRecommend

/// A world ready to run: everything the simulation needs, built from the validated config once
/// (`WorldAssembly`). Nothing downstream reads config values; the run's parts take what they
/// need from here.
public struct AssembledWorld {
    /// The world state at time zero (mutated by the run).
    public let state: WorldState
    /// The follow graph at time zero (for the trace header).
    public let initialGraph: FollowGraph
    /// Which policy decides each population type's sessions.
    public let policies: BehaviourPolicyTable
    /// The feed algorithm.
    public let recommender: any Recommender
    /// Who-to-follow suggestions, if the world shows them.
    public let followRecommender: (any FollowRecommender)?
    /// Retraining period of the recommenders.
    public let retrainEvery: SimTime
    /// New users joining, if the world has arrivals.
    public let arrivals: ArrivalProcess?
    /// The platform's hourly and weekly activity profile (first wake-ups).
    public let circadian: CircadianProfile
    /// The run seed.
    public let seed: UInt64
    /// End of simulated time.
    public let horizon: SimTime
    /// The scheduler's window Δ.
    public let window: SimTime
    /// The LLM-driven policy and its personas, when the world has LLM-driven types and was
    /// assembled with LLM options.
    public let llm: LLMSetup.Result?

    /// Creates an assembled world (`WorldAssembly` is the producer in practice).
    public init(state: WorldState, policies: BehaviourPolicyTable, recommender: any Recommender,
                followRecommender: (any FollowRecommender)?, retrainEvery: SimTime, arrivals: ArrivalProcess?,
                circadian: CircadianProfile, seed: UInt64, horizon: SimTime, window: SimTime, llm: LLMSetup.Result?) {
        self.state = state
        initialGraph = state.graph
        self.policies = policies
        self.recommender = recommender
        self.followRecommender = followRecommender
        self.retrainEvery = retrainEvery
        self.arrivals = arrivals
        self.circadian = circadian
        self.seed = seed
        self.horizon = horizon
        self.window = window
        self.llm = llm
    }
}
