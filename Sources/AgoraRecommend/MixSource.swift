import AgoraCore

/// `mix`: a Twitter-like blend — each named source fills its share of the feed slots, posts are
/// deduplicated across sources, and an optional out-of-network share fixes how many slots go to
/// authors the agent does not follow.
///
/// Selection, for feed size `n`:
/// 1. quotas `q_c` = shares × `n`, rounded by largest remainder (ties: earlier source), summing to `n`;
/// 2. with `out_of_network_share = s`, at most `round(s·n)` slots go to out-of-network posts and at
///    most `n − round(s·n)` to in-network ones (author followed by the agent); each source takes
///    its best posts up to its quota within those caps;
/// 3. slots left empty (a source that cannot serve, e.g. `chronological` for an agent who follows
///    nobody) are filled from every source in order, first within the caps, then without them
///    (documented fallback: a feed is never left short while any source has candidates);
/// 4. the chosen posts are interleaved by their rank within their source (`rank / q_c`), so a
///    50/30/20 mix shows its sources proportionally from top to bottom; leftover candidates stay in
///    the list, ranked below, for re-ranking to draw on.
/// Complexity per feed: the sum of the sources' costs plus O(sources × limit²) for deduplication.
public final class MixSource: FeedSource {
    /// `mix`.
    public let name = "mix"
    /// The blended sources with their shares (summing to 1).
    public let components: [(source: any FeedSource, fraction: Double)]
    /// The out-of-network share of feed slots, or `nil` for no constraint.
    public let outOfNetworkShare: Double?

    /// Creates the blend.
    public init(components: [(source: any FeedSource, fraction: Double)], outOfNetworkShare: Double?) {
        self.components = components
        self.outOfNetworkShare = outOfNetworkShare
    }

    /// Quotas of `feedSize` slots by largest remainder.
    public func quotas(feedSize: Int, into quotas: inout [Int]) {
        FeedScratch.fill(&quotas, count: components.count, with: 0)
        var assigned = 0
        for (c, component) in components.enumerated() {
            quotas[c] = Int((component.fraction * Double(feedSize)).rounded(.down))
            assigned += quotas[c]
        }
        while assigned < feedSize, !components.isEmpty {
            var best = 0
            var bestRemainder = -1.0
            for (c, component) in components.enumerated() {
                let remainder = component.fraction * Double(feedSize) - Double(quotas[c])
                if remainder > bestRemainder + 1e-12 { best = c; bestRemainder = remainder }
            }
            quotas[best] += 1
            assigned += 1
        }
    }

    /// Collects every source and selects the blend (see the type's steps).
    public func collect(_ request: FeedRequest, into list: CandidateList, scratch: FeedScratch, stream: inout RandomStream) {
        let n = request.feedSize
        quotas(feedSize: n, into: &scratch.mixQuotas)
        FeedScratch.fill(&scratch.mixTaken, count: components.count, with: 0)
        for (c, component) in components.enumerated() {
            let componentList = scratch.componentList(c)
            componentList.reset(limit: request.candidateLimit)
            component.source.collect(request, into: componentList, scratch: scratch, stream: &stream)
        }
        let outTarget = outOfNetworkShare.map { Int(($0 * Double(n)).rounded()) }
        var inCount = 0
        var outCount = 0
        var selected = 0
        func fits(_ post: PostID, capped: Bool) -> Bool {
            guard capped, let outTarget else { return true }
            return request.isInNetwork(post) ? inCount < n - outTarget : outCount < outTarget
        }
        // Callers have checked `list.contains(post)`, so the insert skips its duplicate scan.
        func take(_ post: PostID, score: Double) {
            guard list.insertNew(post, score: score) else { return }
            // The in/out tally only matters under an out-of-network cap (a followee search each).
            if outTarget != nil {
                if request.isInNetwork(post) { inCount += 1 } else { outCount += 1 }
            }
            selected += 1
        }
        // Step 2: each source up to its quota, within the caps.
        for c in components.indices {
            let candidates = scratch.componentList(c)
            let quota = scratch.mixQuotas[c]
            guard quota > 0 else { continue }
            for rank in 0..<candidates.count where scratch.mixTaken[c] < quota {
                let post = candidates.post(at: rank)
                guard !list.contains(post), fits(post, capped: true) else { continue }
                take(post, score: 2 - (Double(scratch.mixTaken[c]) + 0.5) / Double(quota))
                scratch.mixTaken[c] += 1
            }
        }
        // Step 3: fill empty slots from any source, first within the caps, then without.
        for pass in 0..<2 where selected < n {
            let capped = pass == 0
            for c in components.indices where selected < n {
                let candidates = scratch.componentList(c)
                for rank in 0..<candidates.count where selected < n {
                    let post = candidates.post(at: rank)
                    guard !list.contains(post), fits(post, capped: capped) else { continue }
                    take(post, score: 1 - Double(selected) / Double(n + 1))
                }
            }
        }
        // Leftovers, below every chosen post, for re-ranking. Within a source their scores fall
        // with the rank, so once one cannot enter the full list no later one can.
        for c in components.indices {
            let candidates = scratch.componentList(c)
            for rank in 0..<candidates.count {
                let post = candidates.post(at: rank)
                let score = -Double(rank + 1) - Double(c) / Double(components.count + 1)
                guard list.wouldAccept(post, score: score) else { break }
                if !list.contains(post) { list.insertNew(post, score: score) }
            }
        }
    }

    /// Retrains every source; returns the interactions they learned from.
    public func retrain(world: WorldState, at time: SimTime) -> Int {
        var total = 0
        for component in components { total += component.source.retrain(world: world, at: time) }
        return total
    }
}
