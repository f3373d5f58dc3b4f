import AgoraCore

extension RecommenderSettings {
    /// Builds the post recommender these settings describe (call `validate()` first; invalid
    /// values are clamped rather than trapping). Sources of one recommender share one set of
    /// candidate pools.
    public func makeRecommender() -> any Recommender {
        if kind == .reference {
            return ReferenceModelRecommender(feedSize: feedSize, outOfNetworkShare: outOfNetworkShare ?? 0.25,
                                             memoryWindow: memoryWindow)
        }
        let pools = CandidatePools(poolSize: poolSize, candidateWindow: candidateWindow, halfLife: halfLife)
        let source = makeSource(kind, pools: pools)
        let reranking = FeedReranking(exploration: exploration, diversityLambda: diversityLambda,
                                      noveltyBoost: noveltyBoost, explorationWindow: candidateWindow)
        return RankingRecommender(source: source, feedSize: max(1, feedSize), candidateLimit: candidateLimit,
                                  memoryWindow: memoryWindow, reranking: reranking, pools: pools)
    }

    /// Builds the who-to-follow recommender, or `nil` when `who_to_follow.kind` is `none`.
    public func makeFollowRecommender() -> (any FollowRecommender)? {
        whoToFollow.kind == .none ? nil : WhoToFollowRecommender(settings: whoToFollow)
    }

    private func makeSource(_ kind: FeedKind, pools: CandidatePools) -> any FeedSource {
        switch kind {
        case .random: return RandomSource(candidateWindow: candidateWindow)
        case .chronological: return ChronologicalSource()
        case .popular: return PopularSource(pools: pools)
        case .hot: return HotSource(pools: pools)
        case .interest: return InterestSource(pools: pools, feedbackWeight: feedbackWeight)
        case .collaborative:
            return CollaborativeSource(model: CollaborativeModel(neighbors: collaborativeNeighbors), fallback: PopularSource(pools: pools))
        case .reference:
            // Only a top-level kind (`makeRecommender`); as a mix source it serves the newest
            // followee posts, the reference feed's in-network part.
            return ChronologicalSource()
        case .mix:
            // A nested mix is rejected by validation; built anyway it degrades to chronological.
            let components = mix.map { (source: $0.source == .mix ? ChronologicalSource() : makeSource($0.source, pools: pools), fraction: $0.fraction) }
            return MixSource(components: components, outOfNetworkShare: outOfNetworkShare)
        }
    }
}
