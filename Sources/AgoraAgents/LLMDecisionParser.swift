import AgoraCore
import Foundation

/// Turns a model's answer into an `LLMDecision`, checking every short id against the prompt it
/// answered: `p<n>` must be a post listed in the feed, `u<n>` a listed author. Unknown ids are
/// dropped with their action and counted; values out of range are repaired and counted. An
/// answer that is not a JSON object with an `actions` list is invalid (nil).
///
/// Lenient where it costs nothing: the JSON object may be wrapped in prose or a code fence, ids
/// may carry brackets (`[p2]`), and a user action may name a post (`"post": "p2"`) to act on its
/// author.
public struct LLMDecisionParser: Sendable {
    /// Posts listed in the prompt, `p0` first.
    public var feed: [PostID]
    /// Authors listed in the prompt, `u0` first.
    public var authors: [AgentID]
    /// The author (`u` index) of each listed post.
    public var authorOfPost: [Int]
    /// Topic names, topic 0 first (for `more_of`/`less_of`).
    public var topicLabels: [String]

    /// Creates a parser for one prompt.
    public init(feed: [PostID], authors: [AgentID], authorOfPost: [Int], topicLabels: [String]) {
        self.feed = feed
        self.authors = authors
        self.authorOfPost = authorOfPost
        self.topicLabels = topicLabels
    }

    /// The decision in `content`, or nil when it is not a usable JSON answer.
    public func parse(_ content: String) -> LLMDecision? {
        guard let (object, rawControls) = Self.jsonObject(in: content), let rawActions = object["actions"] as? [Any] else { return nil }
        var decision = LLMDecision()
        if rawControls { decision.repairs += 1 }
        for raw in rawActions {
            guard let entry = raw as? [String: Any], let typeText = entry["type"] as? String,
                let kind = LLMAction.Kind(rawValue: typeText.lowercased().trimmingCharacters(in: .whitespaces))
            else {
                decision.repairs += 1
                continue
            }
            if kind == .end { break }
            var action = LLMAction(kind: kind)
            if kind.needsPost {
                guard let post = index(of: entry["post"], prefix: "p", count: feed.count) else {
                    decision.droppedIDs += 1
                    continue
                }
                action.post = post
            }
            if kind.needsUser {
                if let user = index(of: entry["user"], prefix: "u", count: authors.count) {
                    action.user = authors[user]
                } else if entry["user"] == nil, let post = index(of: entry["post"], prefix: "p", count: feed.count) {
                    action.user = authors[authorOfPost[post]]
                } else {
                    decision.droppedIDs += 1
                    continue
                }
            }
            if kind.carriesText {
                let text = (entry["text"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                if text.isEmpty { decision.repairs += 1 }
                action.text = String(text.prefix(Self.maximumTextCharacters))
            }
            decision.actions.append(action)
        }
        let rating = (object["satisfaction"] as? Int) ?? (object["satisfaction"] as? Double).map { Int($0.rounded()) }
        if let rating, (1...5).contains(rating) {
            decision.satisfaction = rating
        } else {
            decision.repairs += 1
            decision.satisfaction = min(5, max(1, rating ?? 3))
        }
        decision.moreOf = topic(object["more_of"], decision: &decision)
        decision.lessOf = topic(object["less_of"], decision: &decision)
        return decision
    }

    /// Longest text kept from one action.
    public static let maximumTextCharacters = 500

    /// The first balanced `{…}` of `text` parsed as a JSON object, and whether raw control
    /// characters (a line break inside a string, which small models write) had to be turned into
    /// spaces first.
    static func jsonObject(in text: String) -> ([String: Any], Bool)? {
        var bytes = Array(text.utf8)
        var replaced = false
        guard let start = bytes.firstIndex(of: UInt8(ascii: "{")) else { return nil }
        var depth = 0
        var inString = false
        var escaped = false
        for i in start..<bytes.count {
            let b = bytes[i]
            if inString {
                if b < 0x20 {
                    bytes[i] = UInt8(ascii: " ")
                    replaced = true
                    continue
                }
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                continue
            }
            if b == UInt8(ascii: "\"") { inString = true } else if b == UInt8(ascii: "{") { depth += 1 } else if b == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 {
                    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes[start...i])) as? [String: Any] else { return nil }
                    return (object, replaced)
                }
            }
        }
        return nil
    }

    /// The index `n` of an id written `p<n>` (brackets and spaces allowed), when below `count`.
    func index(of value: Any?, prefix: Character, count: Int) -> Int? {
        guard let text = value as? String else { return nil }
        let trimmed = text.lowercased().filter { !"[]{}() ".contains($0) }
        guard trimmed.first == prefix, let n = Int(trimmed.dropFirst()), n >= 0, n < count else { return nil }
        return n
    }

    /// A listed topic's index; an unknown or empty topic counts as a repair (empty is fine).
    func topic(_ value: Any?, decision: inout LLMDecision) -> Int? {
        guard let text = (value as? String)?.trimmingCharacters(in: .whitespaces).lowercased(), !text.isEmpty else { return nil }
        if let t = topicLabels.firstIndex(where: { $0.lowercased() == text }) { return t }
        decision.repairs += 1
        return nil
    }
}
