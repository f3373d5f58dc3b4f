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
/// Every agent's draws come from its own stream (seed, population, agent), so adding agents does
/// not change the others.
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
