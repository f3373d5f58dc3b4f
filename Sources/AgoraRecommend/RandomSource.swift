import AgoraCore

/// `random`: posts drawn uniformly (from the request's stream) among the posts of the candidate
/// window `[time − window, time]`, found by binary search on creation times.
///
/// Draws at most `4 × limit` times, so a window full of ineligible posts costs a bounded amount;
/// the score of a drawn post is its draw order (first drawn ranks first).
/// Complexity per feed: O(log posts + limit · (limit + memory capacity)); no allocation.
public final class RandomSource: FeedSource {
    /// `random`.
    public let name = "random"
    /// How old a candidate may be.
    public let candidateWindow: SimTime

    /// Creates the source.
    public init(candidateWindow: SimTime) { self.candidateWindow = candidateWindow }

    /// Offers uniformly drawn eligible posts of the window.
    public func collect(_ request: FeedRequest, into list: CandidateList, scratch: FeedScratch, stream: inout RandomStream) {
        let posts = request.posts
        let end = PostScoring.firstPost(createdAtOrAfter: request.time.milliseconds + 1, in: posts)
        let start = PostScoring.firstPost(createdAtOrAfter: request.time.milliseconds - candidateWindow.milliseconds, in: posts)
        guard end > start else { return }
        let span = end - start
        var attempts = 4 * list.limit
        var rank = 0.0
        while attempts > 0, list.count < list.limit {
            attempts -= 1
            let post = PostID(start + stream.nextIndex(below: span))
            if !list.contains(post), request.isEligible(post) {
                list.insert(post, score: -rank)
                rank += 1
            }
        }
    }

    /// Random feeds learn nothing.
    public func retrain(world: WorldState, at time: SimTime) -> Int { 0 }
}
