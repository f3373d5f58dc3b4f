import Foundation
import AgoraCore

/// The scoring formulas of the post recommenders, in one place so tests, docs and the benchmark
/// agree on them (`docs/recommenders.md` repeats them).
public enum PostScoring {
    /// Engagement of a post: `likes + 2·shares + comments` (a share — repost or quote — spreads the
    /// post further than a like, as in engagement-weighted timelines).
    @inlinable
    public static func engagement(_ post: Int, in posts: PostStore) -> Double {
        Double(posts.likes[post]) + 2 * Double(posts.shares[post]) + Double(posts.comments[post])
    }

    /// Exponential recency decay `2^(−age / halfLife)`; ages below zero count as zero.
    @inlinable
    public static func decay(ageMilliseconds: Int64, halfLife: SimTime) -> Double {
        exp2(-Double(max(0, ageMilliseconds)) / Double(halfLife.milliseconds))
    }

    /// `popular`: `(1 + engagement) · 2^(−age / halfLife)` — the 1 lets fresh posts without
    /// engagement still rank by recency.
    @inlinable
    public static func popularity(_ post: Int, in posts: PostStore, at time: SimTime, halfLife: SimTime) -> Double {
        (1 + engagement(post, in: posts)) * decay(ageMilliseconds: time.milliseconds - posts.createdAt[post], halfLife: halfLife)
    }

    /// Reddit's hot score: `sign(s)·log10(max(|s|, 1)) + t / 45000`, with `s = ups − downs` and `t`
    /// the creation time in seconds since the run's start (Reddit counts from an epoch in 2005;
    /// only differences matter for ranking). Agora has no down-votes on posts (mutes act on
    /// authors, not posts), so `ups = likes + shares` and `downs = 0`.
    @inlinable
    public static func hot(ups: Double, downs: Double, createdAtMilliseconds: Int64) -> Double {
        let s = ups - downs
        let order = log10(max(abs(s), 1))
        let sign: Double = s > 0 ? 1 : (s < 0 ? -1 : 0)
        return sign * order + Double(createdAtMilliseconds) / 1000 / 45000
    }

    /// The hot score of a stored post.
    @inlinable
    public static func hot(_ post: Int, in posts: PostStore) -> Double {
        hot(ups: Double(posts.likes[post]) + Double(posts.shares[post]), downs: 0,
            createdAtMilliseconds: posts.createdAt[post])
    }

    /// The first post id whose creation time is at or after `time`, by binary search over the
    /// store's creation times (non-decreasing up to the width of one scheduler window, which is
    /// the precision of this cut). O(log posts).
    public static func firstPost(createdAtOrAfter time: Int64, in posts: PostStore) -> Int {
        var low = 0
        var high = posts.count
        while low < high {
            let mid = (low + high) >> 1
            if posts.createdAt[mid] < time { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
