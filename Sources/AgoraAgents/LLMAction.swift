import AgoraCore

/// One action an LLM-driven agent chose, after its short ids were checked against the prompt.
public struct LLMAction: Equatable, Sendable {
    /// What kind of action.
    public enum Kind: String, Sendable, CaseIterable {
        /// Like a post of the feed.
        case like
        /// Repost a post of the feed.
        case repost
        /// Quote a post of the feed with text.
        case quote
        /// Comment on a post of the feed with text.
        case comment
        /// Follow a user.
        case follow
        /// Unfollow a user.
        case unfollow
        /// Mute a user.
        case mute
        /// Write a new post with text.
        case post
        /// End the session (later actions are ignored).
        case end

        /// Whether the action acts on a post of the feed.
        var needsPost: Bool { self == .like || self == .repost || self == .quote || self == .comment }
        /// Whether the action acts on a user.
        var needsUser: Bool { self == .follow || self == .unfollow || self == .mute }
        /// Whether the action carries text.
        var carriesText: Bool { self == .quote || self == .comment || self == .post }
    }

    /// The kind.
    public var kind: Kind
    /// Feed position of the post acted on (`p3` → 3), for post actions.
    public var post: Int?
    /// The user acted on, for user actions.
    public var user: AgentID?
    /// The text of a quote, comment or post.
    public var text: String?

    /// Creates an action.
    public init(kind: Kind, post: Int? = nil, user: AgentID? = nil, text: String? = nil) {
        self.kind = kind
        self.post = post
        self.user = user
        self.text = text
    }
}

/// A checked answer: the actions to take, the 1–5 satisfaction, optional topic feedback, and what
/// had to be dropped or repaired on the way.
public struct LLMDecision: Equatable, Sendable {
    /// Actions in the order the model gave them (up to an `end`).
    public var actions: [LLMAction] = []
    /// Satisfaction 1–5.
    public var satisfaction: Int = 3
    /// Topic index the agent wants more of.
    public var moreOf: Int?
    /// Topic index the agent wants less of.
    public var lessOf: Int?
    /// Unknown post or user ids dropped (with their actions).
    public var droppedIDs = 0
    /// Other repairs: unknown action types, out-of-range satisfaction, missing text, unknown topics.
    public var repairs = 0

    /// Creates an empty decision.
    public init() {}

    /// `valid` when nothing was dropped or repaired, else `repaired`.
    public var verdict: LLMVerdict { droppedIDs == 0 && repairs == 0 ? .valid : .repaired }
}

/// How one LLM answer, or one session, was judged.
public enum LLMVerdict: String, Sendable, CaseIterable {
    /// Parsed, every id known.
    case valid
    /// Parsed after dropping unknown ids or fixing values.
    case repaired
    /// Not a usable JSON answer (retried once, then fallback).
    case invalid
    /// The request failed for good (transport), so the session fell back.
    case failed
    /// The session used the rule policy.
    case fallback
}
