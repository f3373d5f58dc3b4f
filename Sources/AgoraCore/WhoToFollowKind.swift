/// The who-to-follow recommenders Agora knows, by their config names
/// (`recommender.who_to_follow.kind`).
///
/// The one list of them: the config schema derives its allowed names from `allCases` (in this
/// order) and AgoraRecommend's `WhoToFollowRecommender` implements each. It lives in AgoraCore
/// because both of those import it and neither imports the other.
public enum WhoToFollowKind: String, CaseIterable, Sendable, Codable, Equatable {
    /// No suggestions.
    case none
    /// Uniform over active agents.
    case random
    /// Proportional to follower count + 1 (preferential attachment).
    case preferential
    /// Random two-step walks along follow edges (followees of followees).
    case friendsOfFriends = "friends_of_friends"
    /// Two-hop accounts ranked by how many of the agent's followees follow them.
    case commonNeighbors = "common_neighbors"
    /// Two-hop accounts ranked by Σ 1/ln(degree) of the shared neighbours (Adamic–Adar).
    case adamicAdar = "adamic_adar"
    /// Accounts with the most similar interest vectors (cosine).
    case interest
}
