import AgoraCore

/// Re-ranking options usable with any source: choosing the feed from the ranked candidates.
///
/// - Relevance `r_i` is the candidate's score min–max normalised over the candidate list (1 when
///   all scores are equal).
/// - Novelty boost β: `r_i += β · (1 − e_i / e_max)`, where `e` is `PostScoring.engagement`, so
///   little-engaged posts move up (β = 0: off).
/// - MMR diversity (Carbonell & Goldstein 1998) with λ: greedily pick
///   `argmax λ·r_i − (1−λ)·max_{j∈feed} sim(i, j)`, where `sim` is the cosine of one-hot topic
///   vectors (1 for the same topic, else 0) (λ = 1: off, plain score order).
/// - ε-exploration: each slot is, with probability ε, replaced by an eligible post drawn uniformly
///   from the candidate window (up to 8 draws per slot; the slot keeps its post when none fits).
/// A cascade (posts sharing a root) appears at most once per feed, whatever the options.
/// Complexity: O(limit) without MMR/novelty, O(feed size × limit) with them; no allocation.
public struct FeedReranking: Sendable, Equatable {
    /// Probability ε of replacing a slot by a random recent post.
    public var exploration: Double
    /// MMR λ (1 = off).
    public var diversityLambda: Double
    /// Novelty boost β (0 = off).
    public var noveltyBoost: Double
    /// Window exploration draws from.
    public var explorationWindow: SimTime

    /// Creates re-ranking options.
    public init(exploration: Double = 0, diversityLambda: Double = 1, noveltyBoost: Double = 0, explorationWindow: SimTime = .day) {
        self.exploration = exploration
        self.diversityLambda = diversityLambda
        self.noveltyBoost = noveltyBoost
        self.explorationWindow = explorationWindow
    }

    /// Chooses up to `request.feedSize` posts from `list` into `feed`.
    public func select(from list: CandidateList, request: FeedRequest, scratch: FeedScratch, stream: inout RandomStream, into feed: inout [PostID]) {
        let posts = request.posts
        if diversityLambda >= 1 && noveltyBoost == 0 {
            for i in 0..<list.count where feed.count < request.feedSize {
                let post = list.post(at: i)
                if !sharesCascade(post, with: feed, posts: posts) { feed.append(post) }
            }
        } else {
            selectGreedily(from: list, request: request, scratch: scratch, into: &feed)
        }
        if exploration > 0 { explore(request: request, stream: &stream, feed: &feed) }
    }

    private func selectGreedily(from list: CandidateList, request: FeedRequest, scratch: FeedScratch, into feed: inout [PostID]) {
        let posts = request.posts
        let count = list.count
        guard count > 0 else { return }
        var high = -Double.infinity
        var low = Double.infinity
        var engagementMax = 0.0
        for i in 0..<count {
            high = max(high, list.score(at: i))
            low = min(low, list.score(at: i))
            engagementMax = max(engagementMax, PostScoring.engagement(list.post(at: i).index, in: posts))
        }
        let topics = max(1, request.world.agents.topicCount)
        // Local arrays (swapped out of the scratch and back, no allocation) avoid the dynamic
        // exclusivity checks every access to a class's array property pays.
        var selected: [Bool] = []
        var topicTaken: [Bool] = []
        swap(&selected, &scratch.selected)
        swap(&topicTaken, &scratch.topicTaken)
        defer {
            swap(&selected, &scratch.selected)
            swap(&topicTaken, &scratch.topicTaken)
        }
        FeedScratch.fill(&selected, count: count, with: false)
        FeedScratch.fill(&topicTaken, count: topics, with: false)
        let lambda = diversityLambda
        while feed.count < request.feedSize {
            var best = -1
            var bestValue = -Double.infinity
            for i in 0..<count where !selected[i] {
                let post = list.post(at: i).index
                var relevance = high > low ? (list.score(at: i) - low) / (high - low) : 1
                if noveltyBoost > 0 {
                    relevance += noveltyBoost * (engagementMax > 0 ? 1 - PostScoring.engagement(post, in: posts) / engagementMax : 1)
                }
                let topic = Int(posts.topic[post])
                let similarity: Double = topic < topics && topicTaken[topic] ? 1 : 0
                let value = lambda * relevance - (1 - lambda) * similarity
                if value > bestValue {
                    bestValue = value
                    best = i
                }
            }
            guard best >= 0 else { break }
            selected[best] = true
            let post = list.post(at: best)
            if sharesCascade(post, with: feed, posts: posts) { continue }
            feed.append(post)
            let topic = Int(posts.topic[post.index])
            if topic < topics { topicTaken[topic] = true }
        }
    }

    private func explore(request: FeedRequest, stream: inout RandomStream, feed: inout [PostID]) {
        let posts = request.posts
        let end = PostScoring.firstPost(createdAtOrAfter: request.time.milliseconds + 1, in: posts)
        let start = PostScoring.firstPost(createdAtOrAfter: request.time.milliseconds - explorationWindow.milliseconds, in: posts)
        for slot in feed.indices {
            guard stream.nextUnit() < exploration, end > start else { continue }
            for _ in 0..<8 {
                let post = PostID(start + stream.nextIndex(below: end - start))
                guard request.isEligible(post), !feed.contains(post) else { continue }
                // The replaced post leaves, so only the other slots count for the cascade rule.
                let root = posts.root[post.index]
                var clash = false
                for (other, shown) in feed.enumerated() where other != slot && posts.root[shown.index] == root { clash = true }
                if clash { continue }
                feed[slot] = post
                break
            }
        }
    }

    @inline(__always)
    private func sharesCascade(_ post: PostID, with feed: [PostID], posts: PostStore) -> Bool {
        let root = posts.root[post.index]
        for shown in feed where posts.root[shown.index] == root { return true }
        return false
    }
}
