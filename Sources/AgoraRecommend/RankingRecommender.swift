import AgoraCore

/// The `Recommender` every post-feed kind is built from: a `FeedSource` ranks eligible candidates
/// (`FeedRequest` rules), and `FeedReranking` chooses the feed from them.
///
/// `fillFeed` costs the source's collection plus re-ranking; it allocates nothing once the
/// scratch has warmed up. `retrain` rebuilds the source's pools and models.
public final class RankingRecommender: Recommender {
    /// The kind name (`popular`, `mix`, …).
    public let name: String
    /// Posts per feed.
    public let feedSize: Int
    /// Candidates ranked before re-ranking.
    public let candidateLimit: Int
    /// The "don't show again" window.
    public let memoryWindow: SimTime
    /// Where candidates come from.
    public let source: any FeedSource
    /// How the feed is chosen from the candidates.
    public let reranking: FeedReranking

    /// The candidate pools the source reads, readied per window (`prepareWindow`); nil when the
    /// source reads none.
    public let pools: CandidatePools?

    /// Creates a recommender from a source (and the pools it reads, if any).
    public init(source: any FeedSource, feedSize: Int, candidateLimit: Int, memoryWindow: SimTime, reranking: FeedReranking,
                pools: CandidatePools? = nil) {
        self.pools = pools
        self.name = source.name
        self.source = source
        self.feedSize = max(0, feedSize)
        self.candidateLimit = max(self.feedSize, candidateLimit)
        self.memoryWindow = memoryWindow
        self.reranking = reranking
    }

    /// Ranks the source's candidates and chooses the feed.
    public func fillFeed(
        for agent: AgentID, at time: SimTime, world: WorldState, scratch: FeedScratch,
        stream: inout RandomStream, into feed: inout [PostID]
    ) {
        guard feedSize > 0, agent.index < world.agentCount else { return }
        let request = FeedRequest(agent: agent, time: time, world: world, feedSize: feedSize,
                                  candidateLimit: candidateLimit, memoryWindow: memoryWindow)
        scratch.ranked.reset(limit: candidateLimit)
        source.collect(request, into: scratch.ranked, scratch: scratch, stream: &stream)
        reranking.select(from: scratch.ranked, request: request, scratch: scratch, stream: &stream, into: &feed)
    }

    /// Retrains the source.
    /// Orders the pools for the coming window (`CandidatePools.prepareWindow`).
    public func prepareWindow(world: WorldState) {
        pools?.prepareWindow(world: world)
    }

    @discardableResult
    public func retrain(world: WorldState, at time: SimTime) -> Int {
        source.retrain(world: world, at: time)
    }
}
