import AgoraCore

/// The reverse-chronological in-network feed as a ready-made `Recommender` (the default of the
/// walking skeleton): `ChronologicalSource` with no re-ranking and a one-day memory window.
/// Kept as a named type so code that only wants timelines need not build settings.
public final class ChronologicalRecommender: Recommender {
    /// `chronological`.
    public let name = "chronological"
    /// Posts per feed.
    public var feedSize: Int { ranking.feedSize }
    private let ranking: RankingRecommender

    /// Creates the recommender.
    public init(feedSize: Int, memoryWindow: SimTime = .day) {
        ranking = RankingRecommender(source: ChronologicalSource(), feedSize: max(1, feedSize), candidateLimit: 2 * max(1, feedSize),
                                     memoryWindow: memoryWindow, reranking: FeedReranking())
    }

    /// Fills the feed with the newest in-network posts since the agent's previous session.
    public func fillFeed(
        for agent: AgentID, at time: SimTime, world: WorldState, scratch: FeedScratch,
        stream: inout RandomStream, into feed: inout [PostID]
    ) {
        ranking.fillFeed(for: agent, at: time, world: world, scratch: scratch, stream: &stream, into: &feed)
    }

    /// Chronological feeds learn nothing.
    @discardableResult
    public func retrain(world: WorldState, at time: SimTime) -> Int { 0 }
}
