/// Every kind of event a trace can hold. The raw value is the byte stored in the trace's kind
/// column; the `name` is what `trace stats`, exports and analysis print. Codes are append-only:
/// a code is never reused or renumbered, and readers skip codes they do not know.
///
/// Column meanings per kind (the trace format document repeats them):
/// - `agent` is the acting user (`AgentID.none` for system events);
/// - `target` is a post id, a user id, or a sequence number, as listed;
/// - `value` and `extra` are 64-bit integers whose meaning is listed below.
public enum EventKind: UInt8, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// A session began. target = the agent's session sequence number; value = feed length.
    case sessionStart = 0
    /// A session ended. value = impressions seen; extra = session length in ms.
    case sessionEnd = 1
    /// A post was shown. target = post; value = position in the feed (0-based).
    case impression = 2
    /// A post was liked. target = post.
    case like = 3
    /// A post was reposted. target = the new post; value = parent post; extra = packed topic/stance.
    case repost = 4
    /// A post was quoted. target = the new post; value = parent post; extra = packed topic/stance.
    case quote = 5
    /// A post was commented on. target = the new post; value = parent post; extra = packed topic/stance.
    case comment = 6
    /// An original post. target = the new post; value = -1 (no parent); extra = packed topic/stance.
    case post = 7
    /// A follow. target = the followed user.
    case follow = 8
    /// An unfollow. target = the unfollowed user.
    case unfollow = 9
    /// A mute. target = the muted author.
    case mute = 10
    /// The user churned (stopped using the platform).
    case churn = 11
    /// A churned user came back.
    case `return` = 12
    /// A new user joined. value = the user's type index.
    case arrival = 13
    /// Start of a daily snapshot. target = the day index; value = number of agent records that follow.
    case snapshotDay = 14
    /// One agent in a daily snapshot. value = opinion × 10⁶ (rounded); extra = status code.
    case snapshotAgent = 15
    /// Who-to-follow suggestion shown. target = the suggested user.
    case followSuggestion = 16
    /// The recommender was retrained. target = retrain sequence number; value = interactions used.
    case retrain = 17

    /// The snake_case name used in trace headers, stats, exports and metric names.
    public var name: String {
        switch self {
        case .sessionStart: "session_start"
        case .sessionEnd: "session_end"
        case .impression: "impression"
        case .like: "like"
        case .repost: "repost"
        case .quote: "quote"
        case .comment: "comment"
        case .post: "post"
        case .follow: "follow"
        case .unfollow: "unfollow"
        case .mute: "mute"
        case .churn: "churn"
        case .return: "return"
        case .arrival: "arrival"
        case .snapshotDay: "snapshot_day"
        case .snapshotAgent: "snapshot_agent"
        case .followSuggestion: "follow_suggestion"
        case .retrain: "retrain"
        }
    }

    /// The name, as printed.
    public var description: String { name }

    /// Whether the event creates a new post (and so carries parent and packed topic/stance).
    @inlinable public var createsPost: Bool {
        switch self {
        case .post, .repost, .quote, .comment: true
        default: false
        }
    }

    /// Looks a kind up by its snake_case name.
    public init?(name: String) {
        guard let kind = EventKind.allCases.first(where: { $0.name == name }) else { return nil }
        self = kind
    }
}

/// The status codes stored in `snapshotAgent` events and in the agent store.
public enum AgentStatus: UInt8, Sendable, Codable, CaseIterable {
    /// Uses the platform.
    case active = 0
    /// Has churned; may return.
    case churned = 1
    /// Has not joined yet (arrives later in the run).
    case notJoined = 2
}
