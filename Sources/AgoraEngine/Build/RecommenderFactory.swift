import AgoraConfig
import AgoraCore
import AgoraRecommend

/// Builds the feed and who-to-follow recommenders of a world from its `recommender:` section.
///
/// The config layer owns the YAML schema and its rules across keys (a `mix` feed's shares adding up
/// to 1 is a config rule with file:line:column); this factory maps what the resolved
/// `RecommenderConfig` carries onto `RecommenderSettings` (every key of `docs/recommenders.md`),
/// checking the settings once more for configs built in code. `WorldAssembly` builds the
/// recommenders from them.
public enum RecommenderFactory {
    /// Maps the resolved config section onto settings; out-of-range values of a section built in
    /// code are reported together as one `invalidConfig` error (one diagnostic per line).
    public static func settings(from config: RecommenderConfig) throws(EngineError) -> RecommenderSettings {
        let follow = config.whoToFollow
        let settings = RecommenderSettings(
            kind: config.kind, feedSize: config.feedSize, retrainEvery: config.retrainEvery,
            memoryWindow: config.memoryWindow, candidateWindow: config.candidateWindow, halfLife: config.halfLife,
            candidateFactor: config.candidateFactor, poolSize: config.poolSize,
            mix: config.mix.map { MixComponent(source: $0.source, fraction: $0.fraction) },
            outOfNetworkShare: config.outOfNetworkShare, exploration: config.exploration,
            diversityLambda: config.diversityLambda, noveltyBoost: config.noveltyBoost,
            feedbackWeight: config.feedbackWeight, collaborativeNeighbors: config.collaborativeNeighbors,
            whoToFollow: WhoToFollowSettings(kind: follow.kind, count: follow.count, rate: follow.rate,
                                             maxExplored: follow.maxExplored))
        let problems = settings.validate().map(\.description)
        guard problems.isEmpty else { throw .invalidConfig(problems.joined(separator: "\n")) }
        return settings
    }
}
