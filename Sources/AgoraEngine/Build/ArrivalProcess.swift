import AgoraAgents
import AgoraConfig
import AgoraCore

/// New users joining as a Poisson process of rate `arrivalsPerDay`.
///
/// Arrival number `n` (0, 1, …) draws from the stream (seed, arrival, n): the gap before it from
/// sequence 1, its type (∝ the configured type counts) and whom it follows from sequence 0. Its
/// attributes come from the population stream of its new agent id, exactly as an initial agent's
/// would, so the whole process is independent of threads and of everything else in the run.
public struct ArrivalProcess: Sendable {
    /// The resolved world (types, topics, seed).
    public let config: WorldConfig
    /// Per-type behaviour parameters (novelty propensity of newcomers).
    public let parametersByType: [RuleParameters]
    /// Platform-wide parameters (rate, follows, friends-of-friends probability, satisfaction).
    public let model: BehaviourModelParameters

    /// Creates the process.
    public init(config: WorldConfig, parametersByType: [RuleParameters], model: BehaviourModelParameters) {
        self.config = config
        self.parametersByType = parametersByType
        self.model = model
    }

    /// Whether any arrival can happen.
    public var isActive: Bool { model.arrivalsPerDay > 0 }

    /// When arrival `n` happens, given the previous one (or the run start) at `previous`.
    public func time(ofArrival n: UInt32, after previous: SimTime) -> SimTime {
        var stream = RandomStream(seed: config.seed, purpose: .arrival, agent: n, sequence: 1)
        let gap = stream.exponential(rate: model.arrivalsPerDay / Double(SimTime.day.milliseconds))
        return previous + SimTime(milliseconds: Int64(gap.rounded(.up)) + 1)
    }

    /// Admits arrival `n` into `world` at `time` and fills `followees` with whom it follows
    /// (not yet applied to the graph). Returns the new agent and its type index.
    public func admit(arrival n: UInt32, at time: SimTime, world: WorldState,
                      followees: inout [UInt32]) -> (agent: AgentID, type: Int) {
        var stream = RandomStream(seed: config.seed, purpose: .arrival, agent: n, sequence: 0)
        let types = config.population.types
        var total = 0
        for type in types { total += max(0, type.count) }
        var typeIndex = 0
        if total > 0 {
            var target = stream.nextIndex(below: total)
            for (index, type) in types.enumerated() {
                target -= max(0, type.count)
                if target < 0 { typeIndex = index; break }
            }
        } else {
            typeIndex = stream.nextIndex(below: types.count)
        }
        let index = world.agentCount
        let drawn = PopulationBuilder.drawAgent(index: index, typeIndex: typeIndex, config: config)
        let novelty = PopulationBuilder.drawNoveltyPropensity(
            index: index, mean: parametersByType[typeIndex].noveltyPropensity,
            concentration: model.noveltyConcentration, seed: config.seed)
        let agent = world.admit(type: UInt8(typeIndex), activity: drawn.activity, interests: drawn.interests[...],
                                opinion: drawn.opinion, at: time, satisfaction: Float(model.initialSatisfaction),
                                noveltyPropensity: novelty)
        ArrivalFollowChoice.choose(for: agent, count: model.arrivalFollows,
                                   friendsOfFriendsProbability: model.friendsOfFriendsProbability,
                                   graph: world.graph, stream: &stream, into: &followees)
        return (agent, typeIndex)
    }
}
