import AgoraCore
import Foundation
import AgoraLLM

/// One prompt ready to send, with the parser that checks the answer against it.
public struct LLMPrompt: Sendable {
    /// System and user messages.
    public var messages: [ChatMessage]
    /// The id checker for the answer.
    public var parser: LLMDecisionParser
}

/// Builds an LLM-driven agent's prompt from Mustache templates: the persona (system message), and
/// the memory summary, the feed with short ids, the topics and the allowed actions (user message).
///
/// Template variables — system: the persona's `name`, `backstory`, `interests`, each Big-Five
/// trait by name (`openness`, `openness_level`, …) and `traits` (list of `{name, value, level}`).
/// User: `has_memory`, `memory` (the summary), `posts` (list of `{id, author, topic, stance,
/// likes, followed, text}`), `topics` (comma-separated), `actions`, `answer_format`.
public struct LLMPromptBuilder: Sendable {
    /// System prompt template.
    public let system: PromptTemplate
    /// User prompt template.
    public let user: PromptTemplate
    /// Posts of the feed shown.
    public let feedPosts: Int
    /// Memory summary budget in tokens (about 4 characters each).
    public let memoryTokens: Int

    /// The built-in system template.
    public static let defaultSystemTemplate = """
        You are {{name}}, a user of a social media platform. {{backstory}}
        Personality (0 to 1): openness {{openness}}, conscientiousness {{conscientiousness}}, extraversion {{extraversion}}, agreeableness {{agreeableness}}, neuroticism {{neuroticism}}.
        Interests: {{interests}}.
        You reply with one JSON object only.
        """

    /// The built-in user template.
    public static let defaultUserTemplate = """
        {{#has_memory}}You remember: {{memory}}.
        {{/has_memory}}Your feed:
        {{#posts}}[{{id}}] by [{{author}}]{{#followed}} (you follow){{/followed}}, {{topic}}, {{likes}} likes: {{text}}
        {{/posts}}
        Topics: {{topics}}.
        Actions: {{actions}}.
        Answer as JSON: {{answer_format}}
        """

    /// What the model is told about the answer's shape.
    public static let answerFormat =
        #"{"actions": [{"type": "like", "post": "p0"}, {"type": "comment", "post": "p1", "text": "..."}, {"type": "follow", "user": "u0"}, {"type": "post", "text": "..."}], "satisfaction": 1 to 5} (optional: "more_of" and "less_of", each one of the topics)"#

    /// The allowed actions, as listed in the prompt.
    public static let actionList =
        "like, repost, quote (with text), comment (with text) a post pN; follow, unfollow, mute a user uN; post (with text); end"

    /// The JSON schema of an answer (sent when the structured-output form uses a schema). It has no
    /// `minimum`/`maximum` on `satisfaction`: llama-cpp-python turns integer bounds into a grammar
    /// that took about 10 s more per request here; the parser clamps instead (and counts a repair).
    public static let answerSchema = #"""
        {"type":"object","properties":{"actions":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["like","repost","quote","comment","follow","unfollow","mute","post","end"]},"post":{"type":"string"},"user":{"type":"string"},"text":{"type":"string"}},"required":["type"]}},"satisfaction":{"type":"integer"},"more_of":{"type":"string"},"less_of":{"type":"string"}},"required":["actions","satisfaction"]}
        """#

    /// Creates a builder; nil templates use the built-in ones.
    /// - Throws: `LLMPolicyError` when a template is not valid Mustache.
    public init(systemTemplate: String?, userTemplate: String?, feedPosts: Int, memoryTokens: Int) throws(LLMPolicyError) {
        do {
            system = try PromptTemplate(systemTemplate ?? Self.defaultSystemTemplate, name: "llm.system_template")
            user = try PromptTemplate(userTemplate ?? Self.defaultUserTemplate, name: "llm.user_template")
        } catch {
            throw LLMPolicyError(error.message)
        }
        self.feedPosts = max(1, feedPosts)
        self.memoryTokens = max(0, memoryTokens)
    }

    /// The prompt of `agent`'s session starting at `start`, for the served `feed`.
    /// - Parameters:
    ///   - texts: LLM-written texts of posts, by post id (posts without text are described by topic).
    ///   - labels: topic names, topic 0 first.
    /// O(feed + memory capacity + template size).
    public func prompt(persona: Persona, agent: AgentID, start: SimTime, feed: [PostID], world: WorldState,
                       texts: [UInt32: String], labels: [String]) -> LLMPrompt {
        let shown = Array(feed.prefix(feedPosts))
        var authors: [AgentID] = []
        var authorOfPost: [Int] = []
        var posts: [[String: Any]] = []
        for (position, post) in shown.enumerated() {
            let root = Int(world.posts.root[post.index])
            let author = AgentID(world.posts.author[post.index])
            let authorIndex: Int
            if let known = authors.firstIndex(of: author) { authorIndex = known } else {
                authorIndex = authors.count
                authors.append(author)
            }
            authorOfPost.append(authorIndex)
            let topic = labels[Int(world.posts.topic[post.index]) % labels.count]
            let kind = world.posts.creationKind[post.index]
            let written = texts[post.rawValue].map { "\"\(Self.clip($0, 200))\"" }
            let text: String
            switch kind {
            case .repost: text = "reposts " + (texts[UInt32(root)].map { "\"\(Self.clip($0, 200))\"" } ?? "a post about \(topic)")
            default: text = written ?? "a post about \(topic) (\(Self.stanceWord(world.posts.stance[post.index])))"
            }
            posts.append([
                "id": "p\(position)", "author": "u\(authorIndex)", "topic": topic,
                "stance": Self.stanceWord(world.posts.stance[post.index]),
                "likes": Int(world.posts.likes[root]), "followed": world.graph.follows(agent, author), "text": text,
            ])
        }
        let memory = memorySummary(agent: agent, at: start, world: world, labels: labels)
        let userValues: [String: Any] = [
            "has_memory": !memory.isEmpty, "memory": memory, "posts": posts,
            "topics": labels.joined(separator: ", "), "actions": Self.actionList, "answer_format": Self.answerFormat,
        ]
        let messages = [ChatMessage.system(system.render(persona.templateValues)), ChatMessage.user(user.render(userValues))]
        return LLMPrompt(messages: messages,
                         parser: LLMDecisionParser(feed: shown, authors: authors, authorOfPost: authorOfPost, topicLabels: labels))
    }

    /// The memory as "topic (strong|fading|faint), …", topics by summed retention (highest first,
    /// ties by topic), cut to the token budget (4 characters a token).
    public func memorySummary(agent: AgentID, at time: SimTime, world: WorldState, labels: [String]) -> String {
        guard memoryTokens > 0 else { return "" }
        var recall = [Double](repeating: 0, count: labels.count)
        var items = 0
        world.memory.forEachItem(of: agent, at: time) { post, _, retention in
            guard post.index < world.posts.count else { return }
            recall[Int(world.posts.topic[post.index]) % labels.count] += retention
            items += 1
        }
        guard items > 0 else { return "" }
        let order = recall.indices.filter { recall[$0] > 0.01 }.sorted { recall[$0] != recall[$1] ? recall[$0] > recall[$1] : $0 < $1 }
        let budget = memoryTokens * 4
        var summary = ""
        for t in order {
            let strength = recall[t] >= 1 ? "strong" : recall[t] >= 0.3 ? "fading" : "faint"
            let piece = (summary.isEmpty ? "" : ", ") + "\(labels[t]) (\(strength))"
            guard summary.count + piece.count <= budget else { break }
            summary += piece
        }
        return summary.isEmpty ? "" : "posts about " + summary
    }

    static func stanceWord(_ stance: Float) -> String {
        stance < -0.33 ? "critical" : stance > 0.33 ? "supportive" : "neutral"
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
