import Foundation
import AgoraCore

/// Exposure metrics of a run — what the feeds showed, to whom, from whom — computed from its
/// trace in one streaming pass (DESIGN.md: metrics come from the trace). Names live under
/// `exposure.*`; `docs/metrics-exposure.md` repeats every definition.
///
/// Vocabulary. An *item* is a post; the catalogue `I` is every post created so far (all posts
/// at the end of the run, or by the end of day d for day d). A *feed* is the traced impressions
/// between one `session_start` and its `session_end` (sessions are contiguous in a trace, as the
/// engine's apply phase writes them; impression sampling thins feeds). The *popularity* φ(i) of
/// an item is its number of interactions — likes plus reposts, quotes and comments of it — the
/// analogue of RecBole's "number of interactions of item i in training data".
///
/// - `exposure.item_coverage` (RecBole ItemCoverage): |⋃ shown items| / |I|.
/// - `exposure.gini` (RecBole GiniIndex): with P(1) ≤ … ≤ P(|I|) the impressions per item
///   (never-shown items count 0), `Σ_k (2k − |I| − 1)·P(k) / (|I| · Σ_k P(k))`.
/// - `exposure.average_popularity` (RecBole AveragePopularity): mean over feeds of the mean
///   φ(i) of the feed's items, φ taken when the feed was served (what "training data" was then).
/// - `exposure.tail_percentage` (RecBole TailPercentage, tail_ratio 0.1): the tail T is the
///   max(⌊0.1·|I|⌋, 1) items with the lowest (φ, id) at the end of the period; the metric is the
///   mean over feeds of |feed ∩ T| / |feed|. (RecBole counts only items present in training
///   data; here every created post is in the catalogue, so never-engaged posts are tail first.)
/// - `exposure.intra_list_diversity`: mean over feeds with ≥ 2 items of the mean pairwise
///   `1 − cos(e_i, e_j)` of topic vectors; topics are one-hot, so this is the share of item pairs
///   of different topics: `1 − Σ_t c_t(c_t − 1) / (n(n − 1))`.
/// - `exposure.novelty`: mean over impressions of `−log2 p(i)`, `p(i) = (φ(i) + 1) / (|U| + 1)`,
///   |U| = agents (Zhou et al. 2010 self-information, +1 smoothed so unseen items are finite).
/// - `exposure.in_network_share`: share of impressions whose post author the viewer followed at
///   that moment (initial graph plus `follow`/`unfollow` events so far).
/// - `exposure.top1pct_author_share`: share of impressions going to the top ⌈1% · |U|⌉ authors
///   by impressions received.
/// - `exposure.feeds`, `exposure.impressions`: feeds and traced impressions counted.
/// Every metric also comes as a daily series (day of the feed's `session_start`).
///
/// Memory: ~40 bytes per post and 8 per agent. Time: O(1) per event plus O(|I| log |I|) per day.
public struct ExposureMetricsAccumulator: Sendable {
    /// Share of the catalogue counted as the long tail.
    public let tailRatio: Double
    /// Share of agents counted as the top authors.
    public let topAuthorRatio: Double
    var graph: FollowGraph
    let topicCount: Int
    let dayCount: Int
    // Per post.
    var author: [UInt32] = []
    var topic: [UInt16] = []
    var popularity: [UInt32] = []
    var impressions: [UInt32] = []
    var tailWeight: [Double] = []
    var dayImpressions: [UInt32] = []
    var dayTailWeight: [Double] = []
    var dayStamp: [Int32] = []
    // Per agent.
    var authorImpressions: [UInt32] = []
    var dayAuthorImpressions: [UInt32] = []
    var authorDayStamp: [Int32] = []
    // The open feed.
    var feedPosts: [UInt32] = []
    /// The open feed's viewer, and `followStamp[a] == feedNumber` iff the viewer follows `a` now:
    /// the in-network test per impression is one load instead of a search of the viewer's
    /// followees (kept exact through follows and unfollows during the feed).
    var feedViewer = UInt32.max
    var feedNumber: UInt32 = 0
    var followStamp: [UInt32] = []
    /// `log2(k)` for small k: the novelty term `−log2((φ + 1)/(|U| + 1))` is
    /// `log2(|U| + 1) − log2(φ + 1)`, and φ is small for almost every post.
    static let log2Table: [Double] = (0..<4096).map { $0 == 0 ? -.infinity : log2(Double($0)) }
    var feedDay = -1
    var topicCounts: [Int] = []
    // Totals over the run and over the current day.
    var run = ExposureTotals()
    var today = ExposureTotals()
    var currentDay = -1
    var dayShown: [UInt32] = []
    var dayAuthors: [UInt32] = []
    var series: [TimeseriesValue] = []

    /// Creates an accumulator.
    /// - Parameters:
    ///   - initialGraph: the follow graph of the trace header.
    ///   - topicCount: topics per interest vector (post topics index into it).
    ///   - horizon: the run's horizon (number of daily points).
    public init(initialGraph: FollowGraph, topicCount: Int, horizon: SimTime, tailRatio: Double = 0.1, topAuthorRatio: Double = 0.01) {
        graph = initialGraph
        self.topicCount = max(1, topicCount)
        dayCount = max(1, Int((horizon.milliseconds + SimTime.day.milliseconds - 1) / SimTime.day.milliseconds))
        self.tailRatio = tailRatio
        self.topAuthorRatio = topAuthorRatio
        let n = initialGraph.nodeCount
        authorImpressions = [UInt32](repeating: 0, count: n)
        followStamp = [UInt32](repeating: 0, count: n)
        dayAuthorImpressions = [UInt32](repeating: 0, count: n)
        authorDayStamp = [Int32](repeating: -1, count: n)
        topicCounts = [Int](repeating: 0, count: self.topicCount)
    }

    /// Takes one event into account. O(1) amortized (a day change costs a day summary).
    public mutating func consume(_ event: TraceEvent) {
        guard let kind = event.kind else { return }
        switch kind {
        case .sessionStart:
            flushFeed()
            let day = min(event.time.dayIndex, dayCount - 1)
            if day > currentDay { closeDay(upTo: day) }
            feedDay = day
            feedViewer = UInt32.max
        case .sessionEnd:
            flushFeed()
        case .impression:
            recordImpression(post: event.target, viewer: event.agent)
        case .like:
            if Int(event.target) < popularity.count { popularity[Int(event.target)] += 1 }
        case .post, .repost, .quote, .comment:
            recordPost(id: event.target, author: event.agent, parent: event.value, packed: event.extra)
        case .follow:
            ensureAgent(max(event.agent, event.target))
            graph.follow(AgentID(event.agent), AgentID(event.target))
            if event.agent == feedViewer, event.agent != event.target { followStamp[Int(event.target)] = feedNumber }
        case .unfollow:
            ensureAgent(max(event.agent, event.target))
            graph.unfollow(AgentID(event.agent), AgentID(event.target))
            if event.agent == feedViewer { followStamp[Int(event.target)] = 0 }
        case .arrival:
            ensureAgent(event.agent)
        default:
            break
        }
    }

    private mutating func recordPost(id: UInt32, author agent: UInt32, parent: Int64, packed: Int64) {
        let index = Int(id)
        if index >= author.count {
            let grow = index + 1 - author.count
            author.append(contentsOf: repeatElement(UInt32.max, count: grow))
            topic.append(contentsOf: repeatElement(0, count: grow))
            popularity.append(contentsOf: repeatElement(0, count: grow))
            impressions.append(contentsOf: repeatElement(0, count: grow))
            tailWeight.append(contentsOf: repeatElement(0, count: grow))
            dayImpressions.append(contentsOf: repeatElement(0, count: grow))
            dayTailWeight.append(contentsOf: repeatElement(0, count: grow))
            dayStamp.append(contentsOf: repeatElement(-1, count: grow))
        }
        author[index] = agent
        topic[index] = PostAttributesPacking.topic(packed)
        ensureAgent(agent)
        if parent >= 0, parent < Int64(popularity.count) { popularity[Int(parent)] += 1 }
    }

    private mutating func recordImpression(post: UInt32, viewer: UInt32) {
        let index = Int(post)
        guard index < author.count, author[index] != UInt32.max else { return }
        feedPosts.append(post)
        let writer = author[index]
        ensureAgent(max(viewer, writer))
        if viewer != feedViewer { stampFollowees(of: viewer) }
        if followStamp[Int(writer)] == feedNumber {
            run.inNetwork += 1
            today.inNetwork += 1
        }
    }

    /// Makes `viewer` the open feed's viewer and stamps its current followees.
    private mutating func stampFollowees(of viewer: UInt32) {
        feedNumber &+= 1
        if feedNumber == 0 {   // wrapped: old stamps could collide
            for i in followStamp.indices { followStamp[i] = 0 }
            feedNumber = 1
        }
        feedViewer = viewer
        for followee in graph.followees[Int(viewer)] { followStamp[Int(followee)] = feedNumber }
    }

    mutating func ensureAgent(_ agent: UInt32) {
        guard agent != UInt32.max else { return }
        while followStamp.count <= Int(agent) { followStamp.append(0) }
        while graph.nodeCount <= Int(agent) { graph.addNode() }
        while authorImpressions.count <= Int(agent) {
            authorImpressions.append(0)
            dayAuthorImpressions.append(0)
            authorDayStamp.append(-1)
        }
    }

    /// Folds the open feed into the totals.
    mutating func flushFeed() {
        defer { feedPosts.removeAll(keepingCapacity: true) }
        let n = feedPosts.count
        guard n > 0 else { return }
        let day = max(feedDay, 0)
        if day > currentDay { closeDay(upTo: day) }
        let agents = Double(max(graph.nodeCount, 1))
        let log2Agents = log2(agents + 1)
        let table = Self.log2Table
        let weight = 1 / Double(n)
        var popularitySum = 0.0
        var noveltySum = 0.0
        for post in feedPosts {
            let i = Int(post)
            let phi = Double(popularity[i])
            popularitySum += phi
            let shifted = Int(popularity[i]) + 1
            noveltySum += log2Agents - (shifted < table.count ? table[shifted] : log2(phi + 1))
            impressions[i] += 1
            tailWeight[i] += weight
            if dayStamp[i] != Int32(day) {
                dayStamp[i] = Int32(day)
                dayImpressions[i] = 0
                dayTailWeight[i] = 0
                dayShown.append(post)
            }
            dayImpressions[i] += 1
            dayTailWeight[i] += weight
            let writer = Int(author[i])
            authorImpressions[writer] += 1
            if authorDayStamp[writer] != Int32(day) {
                authorDayStamp[writer] = Int32(day)
                dayAuthorImpressions[writer] = 0
                dayAuthors.append(UInt32(writer))
            }
            dayAuthorImpressions[writer] += 1
            topicCounts[min(Int(topic[i]), topicCount - 1)] += 1
        }
        var diversity: Double?
        if n >= 2 {
            var samePairs = 0
            for post in feedPosts {
                let t = min(Int(topic[Int(post)]), topicCount - 1)
                let c = topicCounts[t]
                if c > 0 {
                    samePairs += c * (c - 1)
                    topicCounts[t] = 0
                }
            }
            diversity = 1 - Double(samePairs) / Double(n * (n - 1))
        } else {
            topicCounts[min(Int(topic[Int(feedPosts[0])]), topicCount - 1)] = 0
        }
        run.add(feedSize: n, meanPopularity: popularitySum / Double(n), noveltySum: noveltySum, diversity: diversity)
        today.add(feedSize: n, meanPopularity: popularitySum / Double(n), noveltySum: noveltySum, diversity: diversity)
    }
}

/// Sums over a set of feeds (the run, or one day), from which the mean metrics follow.
struct ExposureTotals: Sendable {
    var feeds = 0
    var impressions = 0
    var inNetwork = 0
    var meanPopularitySum = 0.0
    var noveltySum = 0.0
    var diversitySum = 0.0
    var diverseFeeds = 0

    mutating func add(feedSize n: Int, meanPopularity: Double, noveltySum novelty: Double, diversity: Double?) {
        feeds += 1
        impressions += n
        meanPopularitySum += meanPopularity
        noveltySum += novelty
        if let diversity {
            diversitySum += diversity
            diverseFeeds += 1
        }
    }
}
