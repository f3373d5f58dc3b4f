import AgoraCore

/// `interest`: the cosine between the agent's effective interest vector and the post's topic
/// vector, times recency: `cos(w, e_topic) · 2^(−age / half-life)`.
///
/// A post's topic vector is the one-hot vector `e_topic` of its single topic, so the cosine is
/// `w_topic / ‖w‖`. The effective interest `w = max(0, θ + β·f)` adds the agent's topic feedback
/// `f` (`world.topicFeedback`, > 0 "more of", < 0 "less of") with weight β (`feedback_weight`)
/// to its interest vector θ; an all-zero `w` counts every topic equally.
///
/// Candidates: the per-topic pools of the last retrain (newest first, so the scan of a topic stops
/// as soon as its decayed score can no longer make the cut) plus the posts appended since.
/// Complexity per feed: O(k + Σ_topics visited + poolSize) · O(log limit); no allocation.
public final class InterestSource: FeedSource {
    /// `interest`.
    public let name = "interest"
    /// The shared pools.
    public let pools: CandidatePools
    /// Weight β of topic feedback.
    public let feedbackWeight: Double

    /// Creates the source over `pools`.
    public init(pools: CandidatePools, feedbackWeight: Double) {
        self.pools = pools
        self.feedbackWeight = feedbackWeight
        pools.servesInterest = true
    }

    /// Offers the eligible posts that best match the agent's interests, recent first.
    public func collect(_ request: FeedRequest, into list: CandidateList, scratch: FeedScratch, stream: inout RandomStream) {
        let world = request.world
        let k = world.agents.topicCount
        guard k > 0 else { return }
        effectiveInterest(of: request.agent, world: world, into: &scratch.topicWeights)
        let weights = scratch.topicWeights
        let posts = request.posts
        let now = request.time.milliseconds
        let halfLife = pools.halfLife
        let oldest = now - pools.candidateWindow.milliseconds
        let byTopic = pools.byTopic
        for topic in 0..<min(k, byTopic.count) where weights[topic] > 0 {
            let cosine = weights[topic]
            for post in byTopic[topic] {
                let created = posts.createdAt[Int(post)]
                guard created <= now else { continue }
                let score = cosine * PostScoring.decay(ageMilliseconds: now - created, halfLife: halfLife)
                if !list.wouldAccept(PostID(post), score: score) { break }
                request.offer(PostID(post), score: score, into: list)
            }
        }
        if pools.isPrepared(postCount: posts.count) {
            // The window's tail split by topic, newest creation time first (`prepareWindow`):
            // within a topic the scores only fall, so the walk stops at the first post that cannot
            // enter — the same list as offering the whole tail.
            let tails = pools.tailByTopic
            for topic in 0..<min(k, tails.count) where weights[topic] > 0 {
                let cosine = weights[topic]
                for post in tails[topic] {
                    let created = posts.createdAt[Int(post)]
                    guard created <= now else { continue }
                    if created < oldest { break }
                    let score = cosine * PostScoring.decay(ageMilliseconds: now - created, halfLife: halfLife)
                    if !list.wouldAccept(PostID(post), score: score) { break }
                    request.offer(PostID(post), score: score, into: list)
                }
            }
            return
        }
        pools.forEachTail(postCount: posts.count) { index in
            let topic = Int(posts.topic[index])
            let created = posts.createdAt[index]
            guard topic < k, weights[topic] > 0, created >= oldest, created <= now,
                  list.wouldAccept(PostID(index), score: weights[topic]) else { return }   // decay ≤ 1 bounds the score
            let score = weights[topic] * PostScoring.decay(ageMilliseconds: now - created, halfLife: halfLife)
            request.offer(PostID(index), score: score, into: list)
        }
    }

    /// Rebuilds the pools.
    public func retrain(world: WorldState, at time: SimTime) -> Int {
        pools.refresh(world: world, at: time)
        return 0
    }

    /// Writes `w / ‖w‖` (the cosine with each one-hot topic vector) into `weights`. O(k).
    func effectiveInterest(of agent: AgentID, world: WorldState, into weights: inout [Double]) {
        let k = world.agents.topicCount
        FeedScratch.fill(&weights, count: k, with: 0)
        let base = agent.index * k
        let interests = world.agents.attributes.interests
        let feedback = world.topicFeedback
        var norm = 0.0
        for t in 0..<k {
            let f = base + t < feedback.count ? Double(feedback[base + t]) : 0
            let w = max(0, Double(interests[base + t]) + feedbackWeight * f)
            weights[t] = w
            norm += w * w
        }
        if norm > 0 {
            let inverse = 1 / norm.squareRoot()
            for t in 0..<k { weights[t] *= inverse }
        } else {
            let uniform = 1 / Double(k).squareRoot()
            for t in 0..<k { weights[t] = uniform }
        }
    }
}
