/// The post recommenders Agora knows, by their config names (`recommender.kind`,
/// `recommender.mix[].source`).
///
/// The one list of them: the config schema derives its allowed names from `allCases` (in this
/// order, which is how error messages list them) and AgoraRecommend builds a source for each. It
/// lives in AgoraCore because both of those import it and neither imports the other.
public enum FeedKind: String, CaseIterable, Sendable, Codable, Equatable {
    /// Uniform over the posts of the candidate window.
    case random
    /// Reverse-chronological, in-network (followees' posts and reposts since the last session).
    case chronological
    /// Engagement-weighted with exponential time decay.
    case popular
    /// Reddit's hot score.
    case hot
    /// Cosine of the agent's interest vector and the post's topic, with recency.
    case interest
    /// Item–item co-engagement, retrained on schedule.
    case collaborative
    /// A blend of named sources with fractions and an out-of-network share.
    case mix
    /// The benchmark reference model's feed: newest followee posts, then newest platform posts
    /// by non-followees (`ReferenceModelRecommender`, `bench/reference-model.md`).
    case reference

    /// Whether a `mix` may name this kind as one of its sources: every kind but `mix` itself
    /// and `reference` (a whole feed of its own, not a source of candidates).
    @inlinable public var isMixSource: Bool { self != .mix && self != .reference }
}
