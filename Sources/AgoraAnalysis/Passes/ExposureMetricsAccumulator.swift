import Foundation
import AgoraCore

/// Exposure metrics of a run — what the feeds showed, to whom, from whom — computed from its
/// trace in one streaming pass (docs/architecture.md, "Contracts": metrics come from the trace). The metrics are declared
/// in `MetricDefinition+Exposure.swift` (`MetricCatalog`); `docs/metrics-exposure.md` explains
/// every definition in depth, as below.
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
/// Memory: 40 bytes per post (`PostExposure`), 12 per agent (`AuthorExposure`) and a copy of the
/// follow graph. Time: O(1) per event plus O(|I| log |I|) per day. Each post's counters sit in one
/// record, so an impression costs one cache miss for its post instead of one per counter (the
/// catalogue outgrows the caches at 100,000 agents and above).
public struct ExposureMetricsAccumulator: Sendable {
    /// Share of the catalogue counted as the long tail.
    public let tailRatio: Double
    /// Share of agents counted as the top authors.
    public let topAuthorRatio: Double
    var graph: FollowGraph
    let topicCount: Int
    let dayCount: Int
    /// Per post, by post id (`PostExposure.author == UInt32.max` for an id not created yet).
    var posts: [PostExposure] = []
    /// Per agent, as an author.
    var authors: [AuthorExposure] = []
    // The open feed.
    var feedPosts: [UInt32] = []
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
        authors = [AuthorExposure](repeating: AuthorExposure(), count: n)
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
        case .sessionEnd:
            flushFeed()
        case .impression:
            recordImpression(post: event.target, viewer: event.agent)
        case .like:
            if Int(event.target) < posts.count { posts[Int(event.target)].popularity += 1 }
        case .post, .repost, .quote, .comment:
            recordPost(id: event.target, author: event.agent, parent: event.value, packed: event.extra)
        case .follow:
            ensureAgent(max(event.agent, event.target))
            graph.follow(AgentID(event.agent), AgentID(event.target))
        case .unfollow:
            ensureAgent(max(event.agent, event.target))
            graph.unfollow(AgentID(event.agent), AgentID(event.target))
        case .arrival:
            ensureAgent(event.agent)
        default:
            break
        }
    }

    private mutating func recordPost(id: UInt32, author agent: UInt32, parent: Int64, packed: Int64) {
        let index = Int(id)
        if index >= posts.count {
            posts.append(contentsOf: repeatElement(PostExposure(), count: index + 1 - posts.count))
        }
        posts[index].author = agent
        posts[index].topic = PostAttributesPacking.topic(packed)
        ensureAgent(agent)
        if parent >= 0, parent < Int64(posts.count) { posts[Int(parent)].popularity += 1 }
    }

    private mutating func recordImpression(post: UInt32, viewer: UInt32) {
        let index = Int(post)
        guard index < posts.count, posts[index].author != UInt32.max else { return }
        feedPosts.append(post)
        let writer = posts[index].author
        ensureAgent(max(viewer, writer))
        // A binary search of the viewer's sorted followees: its list is one cache line or two
        // that the feed's impressions share (stamping each feed's followees into a per-agent
        // table instead cost a cache miss per followee once the table outgrew the caches).
        if graph.follows(AgentID(viewer), AgentID(writer)) {
            run.inNetwork += 1
            today.inNetwork += 1
        }
    }

    mutating func ensureAgent(_ agent: UInt32) {
        guard agent != UInt32.max else { return }
        while graph.nodeCount <= Int(agent) { graph.addNode() }
        while authors.count <= Int(agent) { authors.append(AuthorExposure()) }
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
            let phi = Double(posts[i].popularity)
            popularitySum += phi
            let shifted = Int(posts[i].popularity) + 1
            noveltySum += log2Agents - (shifted < table.count ? table[shifted] : log2(phi + 1))
            posts[i].impressions += 1
            posts[i].tailWeight += weight
            if posts[i].dayStamp != Int32(day) {
                posts[i].dayStamp = Int32(day)
                posts[i].dayImpressions = 0
                posts[i].dayTailWeight = 0
                dayShown.append(post)
            }
            posts[i].dayImpressions += 1
            posts[i].dayTailWeight += weight
            let writer = Int(posts[i].author)
            authors[writer].impressions += 1
            if authors[writer].dayStamp != Int32(day) {
                authors[writer].dayStamp = Int32(day)
                authors[writer].dayImpressions = 0
                dayAuthors.append(UInt32(writer))
            }
            authors[writer].dayImpressions += 1
            topicCounts[min(Int(posts[i].topic), topicCount - 1)] += 1
        }
        var diversity: Double?
        if n >= 2 {
            var samePairs = 0
            for post in feedPosts {
                let t = min(Int(posts[Int(post)].topic), topicCount - 1)
                let c = topicCounts[t]
                if c > 0 {
                    samePairs += c * (c - 1)
                    topicCounts[t] = 0
                }
            }
            diversity = 1 - Double(samePairs) / Double(n * (n - 1))
        } else {
            topicCounts[min(Int(posts[Int(feedPosts[0])].topic), topicCount - 1)] = 0
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

/// What the exposure metrics keep of one post, in one 40-byte record (see
/// `ExposureMetricsAccumulator`): run and current-day impressions and tail weights, the day the
/// day counters belong to, author, topic and popularity φ.
struct PostExposure: Sendable {
    /// Σ over the feeds showing it of 1/|feed| (the run).
    var tailWeight = 0.0
    /// The same over the current day's feeds.
    var dayTailWeight = 0.0
    /// The author, or `UInt32.max` while the id is not created.
    var author = UInt32.max
    /// Interactions with it so far (likes, reposts, quotes, comments).
    var popularity: UInt32 = 0
    /// Impressions over the run.
    var impressions: UInt32 = 0
    /// Impressions on day `dayStamp`.
    var dayImpressions: UInt32 = 0
    /// The day `dayImpressions` and `dayTailWeight` count (-1: none yet).
    var dayStamp: Int32 = -1
    /// Topic index.
    var topic: UInt16 = 0
}

/// What the exposure metrics keep of one agent as an author: impressions its posts received over
/// the run and on day `dayStamp`.
struct AuthorExposure: Sendable {
    var impressions: UInt32 = 0
    var dayImpressions: UInt32 = 0
    var dayStamp: Int32 = -1
}
