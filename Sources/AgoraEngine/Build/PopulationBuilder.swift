import AgoraAgents
import AgoraConfig
import AgoraCore
import Foundation

/// Draws the initial population's attributes from a resolved config.
///
/// - Types: the resolved counts of `population.types[]` are laid out in order and then shuffled
///   (Fisher–Yates from the population stream), so types are not correlated with agent index —
///   which matters because graph generators such as Barabási–Albert give low indices more
///   followers.
/// - Activity (sessions/day): lognormal with median m and log-sd σ, or Pareto with shape σ and
///   scale m / 2^(1/σ) (so its median is m), clipped to [min, max].
/// - Interests: Dirichlet(α = interest_concentration) over `population.topics` topics.
/// - Opinion: uniform on [−1, 1].
/// - Novelty-seeking propensity (dynamic state, `initializeDynamicState`): Beta(κμ, κ(1−μ)) with
///   the type's mean μ and concentration κ; satisfaction starts at `initialSatisfaction`.
/// Every agent's draws come from its own stream (seed, population, agent), so adding agents does
/// not change the others — and an arrival with id `i` draws exactly what agent `i` would have.
public enum PopulationBuilder {
    /// Builds attributes for `config.population.size` agents.
    public static func attributes(for config: WorldConfig) -> AgentAttributes {
        let n = config.population.size
        let k = config.population.topics
        var attributes = AgentAttributes(count: n, topicCount: k)
        var typeOf = [UInt8](repeating: 0, count: n)
        var cursor = 0
        for (index, type) in config.population.types.enumerated() {
            for _ in 0..<type.count where cursor < n {
                typeOf[cursor] = UInt8(index)
                cursor += 1
            }
        }
        var shuffle = RandomStream(seed: config.seed, purpose: .population, agent: UInt32.max, sequence: 0)
        if n > 1 {
            for i in stride(from: n - 1, to: 0, by: -1) {
                typeOf.swapAt(i, shuffle.nextIndex(below: i + 1))
            }
        }
        attributes.type = typeOf
        for agent in 0..<n {
            let type = config.population.types[Int(typeOf[agent])]
            var stream = RandomStream(seed: config.seed, purpose: .population, agent: UInt32(agent), sequence: 1)
            attributes.activity[agent] = Float(drawActivity(type.activity, stream: &stream))
            stream.dirichlet(concentration: type.interestConcentration, into: &attributes.interests,
                             offset: agent * k, count: k)
            attributes.opinion[agent] = Float(stream.nextUnit() * 2 - 1)
        }
        return attributes
    }

    /// The attributes of agent `index` of type `typeIndex` (the same draws the initial population
    /// makes): activity, interests (length `topics`) and opinion. Used for arrivals.
    public static func drawAgent(index: Int, typeIndex: Int, config: WorldConfig)
        -> (activity: Float, interests: [Float], opinion: Float) {
        let type = config.population.types[typeIndex]
        let k = config.population.topics
        var stream = RandomStream(seed: config.seed, purpose: .population, agent: UInt32(index), sequence: 1)
        let activity = Float(drawActivity(type.activity, stream: &stream))
        var interests = [Float](repeating: 0, count: k)
        stream.dirichlet(concentration: type.interestConcentration, into: &interests, offset: 0, count: k)
        let opinion = Float(stream.nextUnit() * 2 - 1)
        return (activity, interests, opinion)
    }

    /// Agent `index`'s static novelty-seeking propensity: Beta(κμ, κ(1−μ)) from its own stream
    /// (seed, population, agent, sequence 2), μ the type's mean, κ `noveltyConcentration`.
    public static func drawNoveltyPropensity(index: Int, mean: Double, concentration: Double, seed: UInt64) -> Float {
        let mu = min(0.999, max(0.001, mean))
        var stream = RandomStream(seed: seed, purpose: .population, agent: UInt32(index), sequence: 2)
        let a = stream.gamma(shape: concentration * mu)
        let b = stream.gamma(shape: concentration * (1 - mu))
        return a + b > 0 ? Float(a / (a + b)) : Float(mu)
    }

    /// Sets the behaviour's per-agent dynamic state of a freshly built store: novelty propensity
    /// per type and the initial satisfaction.
    public static func initializeDynamicState(of store: inout AgentStore, seed: UInt64,
                                              parametersByType: [RuleParameters], model: BehaviourModelParameters) {
        for index in 0..<store.count {
            let type = parametersByType[Int(store.attributes.type[index])]
            store.noveltyPropensity[index] = drawNoveltyPropensity(index: index, mean: type.noveltyPropensity,
                                                                   concentration: model.noveltyConcentration, seed: seed)
            store.satisfaction[index] = Float(model.initialSatisfaction)
        }
    }

    /// One draw of sessions per day from an activity distribution, clipped to its bounds.
    public static func drawActivity(_ activity: ActivityDistribution, stream: inout RandomStream) -> Double {
        let raw: Double
        switch activity.distribution {
        case .lognormal:
            raw = stream.logNormal(mu: log(activity.median), sigma: activity.sigma)
        case .pareto:
            raw = stream.pareto(xmin: activity.median / pow(2, 1 / activity.sigma), alpha: activity.sigma)
        }
        return min(activity.max, max(activity.min, raw))
    }
}
