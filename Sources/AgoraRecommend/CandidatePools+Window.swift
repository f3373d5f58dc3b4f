import AgoraCore
import Foundation

/// Per-window orderings of the pools, built once before a decide phase and read by every feed of
/// that window, so that a feed visits a few dozen candidates instead of every pooled and tail
/// post (`docs/performance.md`).
///
/// During a decide phase the world is frozen (docs/architecture.md, "A window, phase by phase": decisions read the window's starting
/// state), so what differs between two feeds of one window is only the request time and the
/// agent. Two orderings follow:
/// - **popular**: `(1 + e) · 2^(−(now − created)/h)` ranks the pool and tail posts in the same
///   order for every `now`, namely by `log2(1 + e) + created/h`; a feed walks them in that order
///   and stops at the first post that cannot enter its list.
/// - **interest**: within one topic, newer posts always score higher (`w_t · 2^(−age/h)`), so the
///   tail posts of each topic, by creation time newest first, are walked per topic with the same
///   early stop (the topic pools are walked as without preparation).
/// Both give exactly the feeds of the unprepared path (each post gets the same score; a stop only
/// skips posts that could not have entered), which a test checks.
extension CandidatePools {
    /// Builds the orderings the registered sources read, from `world`'s current state. Called by
    /// the engine before each decide phase (serially); a refresh invalidates them. O(P log P) for
    /// P = pooled plus tail posts (at most 2 · `poolSize`).
    public func prepareWindow(world: WorldState) {
        let posts = world.posts
        let count = posts.count
        let tailStart = max(watermark, count - poolSize, 0)
        if servesPopular {
            windowRanking.removeAll(keepingCapacity: true)
            let h = Double(halfLife.milliseconds)
            func add(_ index: Int) {
                let key = log2(1 + PostScoring.engagement(index, in: posts)) + Double(posts.createdAt[index]) / h
                windowRanking.append((key, UInt32(index)))
            }
            for post in popular { add(Int(post)) }
            var index = count - 1
            while index >= tailStart {
                add(index)
                index -= 1
            }
            windowRanking.sort { $0.score > $1.score || ($0.score == $1.score && $0.post > $1.post) }
            popularOrder.removeAll(keepingCapacity: true)
            for entry in windowRanking { popularOrder.append(entry.post) }
        }
        if servesInterest {
            // Before the first refresh there are no topic pools yet, but the tail is still served.
            let topics = max(byTopic.count, world.agents.topicCount)
            if tailByTopic.count != topics { tailByTopic = Array(repeating: [], count: topics) }
            for k in 0..<topics { tailByTopic[k].removeAll(keepingCapacity: true) }
            var index = count - 1
            while index >= tailStart {
                let topic = Int(posts.topic[index])
                if topic < topics { tailByTopic[topic].append(UInt32(index)) }
                index -= 1
            }
            // Ids follow session starts, not action times (a session's later actions get ids after
            // sessions that started later), so order by creation time, newest first; ties by id.
            let created = posts.createdAt
            for k in 0..<topics {
                tailByTopic[k].sort { created[Int($0)] > created[Int($1)] || (created[Int($0)] == created[Int($1)] && $0 > $1) }
            }
        }
        preparedPostCount = count
    }

    /// Whether the per-window orderings describe a world with `postCount` posts (they were
    /// prepared after the last refresh). Sources fall back to a full scan otherwise.
    @inline(__always)
    func isPrepared(postCount: Int) -> Bool { preparedPostCount == postCount }
}
