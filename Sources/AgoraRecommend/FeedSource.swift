import AgoraCore

/// A candidate generator and scorer: puts its best eligible posts for a request into a
/// candidate list, best first. `RankingRecommender` turns a source into a `Recommender` by
/// adding re-ranking; `MixSource` blends several.
///
/// Same threading contract as `Recommender`: `collect` runs concurrently and only reads;
/// `retrain` runs serially in the apply phase.
public protocol FeedSource: AnyObject, Sendable {
    /// The kind name (`popular`, …).
    var name: String { get }
    /// Offers up to `list.limit` eligible candidates (via `request.offer`, each post at most once)
    /// into `list`.
    func collect(_ request: FeedRequest, into list: CandidateList, scratch: FeedScratch, stream: inout RandomStream)
    /// Rebuilds learned state from the world; returns interactions learned from.
    func retrain(world: WorldState, at time: SimTime) -> Int
}
