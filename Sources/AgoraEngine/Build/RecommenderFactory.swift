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
        var settings = RecommenderSettings()
        settings.kind = config.kind
        settings.feedSize = config.feedSize
        settings.retrainEvery = config.retrainEvery
        settings.memoryWindow = config.memoryWindow
        settings.candidateWindow = config.candidateWindow
        settings.halfLife = config.halfLife
        settings.candidateFactor = config.candidateFactor
        settings.poolSize = config.poolSize
        settings.mix = config.mix.map { MixComponent(source: $0.source, fraction: $0.fraction) }
        settings.outOfNetworkShare = config.outOfNetworkShare
        settings.exploration = config.exploration
        settings.diversityLambda = config.diversityLambda
        settings.noveltyBoost = config.noveltyBoost
        settings.feedbackWeight = config.feedbackWeight
        settings.collaborativeNeighbors = config.collaborativeNeighbors
        settings.whoToFollow.kind = config.whoToFollow.kind
        settings.whoToFollow.count = config.whoToFollow.count
        settings.whoToFollow.rate = config.whoToFollow.rate
        settings.whoToFollow.maxExplored = config.whoToFollow.maxExplored
        let problems = settings.validate().map(\.description)
        guard problems.isEmpty else { throw .invalidConfig(problems.joined(separator: "\n")) }
        return settings
    }
}
