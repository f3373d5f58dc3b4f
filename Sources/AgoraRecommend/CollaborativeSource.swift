import AgoraCore

/// `collaborative`: item–item co-engagement (`CollaborativeModel`), retrained on schedule from the
/// interactions so far (reposts, quotes and comments — see `CollaborativeModel.interactions`).
///
/// For an agent with engaged items `R(u)` the score of a candidate `j` is
/// `Σ_{i ∈ R(u)} sim(i, j) · 2^(−age_j / half-life)`, over candidates inside the candidate window
/// that the agent has not engaged with. Documented fallback: an agent without interactions (cold
/// start) or a model not trained yet gets the `popular` ranking; when the co-engagement
/// candidates do not fill the list, popular posts fill the rest, ranked after them.
/// Complexity per feed: O(|R(u)| · neighbors + touched · log limit); no allocation once the
/// scratch has grown to the model's item count.
public final class CollaborativeSource: FeedSource {
    /// `collaborative`.
    public let name = "collaborative"
    /// The co-engagement model.
    public let model: CollaborativeModel
    /// The fallback ranking for cold starts.
    public let fallback: PopularSource
    /// Most of the agent's items used per feed.
    public let itemsPerFeed = 20

    /// Creates the source.
    public init(model: CollaborativeModel, fallback: PopularSource) {
        self.model = model
        self.fallback = fallback
    }

    /// Offers the posts most co-engaged with the agent's items, then popular ones.
    public func collect(_ request: FeedRequest, into list: CandidateList, scratch: FeedScratch, stream: inout RandomStream) {
        let itemCount = model.itemCount
        // Local arrays (swapped out of the scratch and back) avoid per-access exclusivity checks.
        var weights: [Float] = []
        var touched: [Int32] = []
        swap(&weights, &scratch.itemWeights)
        swap(&touched, &scratch.touchedItems)
        defer {
            swap(&weights, &scratch.itemWeights)
            swap(&touched, &scratch.touchedItems)
        }
        if weights.count < itemCount { weights.append(contentsOf: repeatElement(0, count: itemCount - weights.count)) }
        touched.removeAll(keepingCapacity: true)
        var used = 0
        model.forEachItem(of: request.agent) { item in
            guard used < itemsPerFeed else { return }
            used += 1
            model.forEachNeighbor(of: item) { neighbor, weight in
                if weights[neighbor] == 0 { touched.append(Int32(neighbor)) }
                weights[neighbor] += weight
            }
        }
        // Items the agent already engaged with are not recommended back.
        model.forEachItem(of: request.agent) { item in weights[item] = -.infinity }
        let posts = request.posts
        let now = request.time.milliseconds
        let oldest = now - fallback.pools.candidateWindow.milliseconds
        let halfLife = fallback.pools.halfLife
        for item32 in touched {
            let item = Int(item32)
            let weight = Double(weights[item])
            let post = Int(model.itemPost[item])
            if weight > 0, post < posts.count, posts.createdAt[post] >= oldest {
                let score = 1 + weight * PostScoring.decay(ageMilliseconds: now - posts.createdAt[post], halfLife: halfLife)
                request.offer(PostID(post), score: score, into: list)
            }
        }
        for item in touched { weights[Int(item)] = 0 }
        model.forEachItem(of: request.agent) { item in weights[item] = 0 }
        guard list.count < list.limit else { return }
        // Fill (or, on a cold start, make) the list from popular posts ranked below every
        // co-engagement candidate (those score above 1, these in (0, 1)).
        let popular = scratch.fallbackList
        popular.reset(limit: list.limit)
        fallback.collect(request, into: popular, scratch: scratch, stream: &stream)
        for rank in 0..<popular.count where !list.contains(popular.post(at: rank)) {
            list.insert(popular.post(at: rank), score: 1 / Double(rank + 2))
        }
    }

    /// Rebuilds the pools and retrains the model on every interaction so far.
    public func retrain(world: WorldState, at time: SimTime) -> Int {
        _ = fallback.retrain(world: world, at: time)
        let (users, items) = CollaborativeModel.interactions(in: world)
        model.train(users: users, items: items, agentCount: world.agentCount, postCount: world.posts.count)
        return model.interactionCount
    }
}
