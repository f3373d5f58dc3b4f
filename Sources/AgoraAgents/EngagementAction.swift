/// What an agent does with one impression: the alternatives of the multinomial-logit choice.
public enum EngagementAction: Int, Sendable, CaseIterable {
    /// Scrolls past.
    case skip = 0
    /// Likes the post.
    case like
    /// Reposts it as is.
    case repost
    /// Reposts it with its own text and stance.
    case quote
    /// Replies to it.
    case comment
    /// Follows the author of the cascade root.
    case follow
    /// Mutes that author (and unfollows them when it followed them).
    case mute

    /// Whether the action is positive engagement (moves interests toward the post's topic).
    @inlinable public var isPositive: Bool {
        switch self {
        case .like, .repost, .quote, .comment, .follow: true
        case .skip, .mute: false
        }
    }
}
