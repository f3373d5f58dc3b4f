import AgoraCore
import Testing
@testable import AgoraAgents

struct LLMPromptBuilderTests {
    static let persona = Persona(name: "ada", openness: 0.9, conscientiousness: 0.2, extraversion: 0.5, agreeableness: 0.5,
                                 neuroticism: 0.1, interests: ["science"], backstory: "An engineer.")

    @Test func thePromptListsThePersonaTheFeedWithShortIdsAndTheActions() throws {
        let world = BehaviourTestWorld.make(agents: 4, topics: 3)
        let posts = BehaviourTestWorld.addPosts(world, count: 2, author: 1, topic: 2, stance: 0.8)
            + BehaviourTestWorld.addPosts(world, count: 1, author: 3, topic: 0, stance: -0.9)
        _ = world.graph.follow(AgentID(0), AgentID(3))
        let builder = try LLMPromptBuilder(systemTemplate: nil, userTemplate: nil, feedPosts: 2, memoryTokens: 50)
        let prompt = builder.prompt(persona: Self.persona, agent: AgentID(0), start: .hour * 2, feed: [posts[2], posts[0], posts[1]],
                                    world: world, texts: [posts[0].rawValue: "Rockets are \"great\""], labels: ["sports", "music", "science"])
        #expect(prompt.messages.map(\.role) == ["system", "user"])
        #expect(prompt.messages[0].content.contains("You are ada") && prompt.messages[0].content.contains("openness 0.90"))
        let user = prompt.messages[1].content
        #expect(user.contains("[p0] by [u0] (you follow), sports, 0 likes: a post about sports (critical)"))
        #expect(user.contains("[p1] by [u1], science, 0 likes: \"Rockets are \"great\"\""))
        #expect(!user.contains("[p2]"), "only feed_posts posts are shown")
        #expect(user.contains("Topics: sports, music, science."))
        #expect(prompt.parser.feed == [posts[2], posts[0]] && prompt.parser.authors == [AgentID(3), AgentID(1)])
    }

    @Test func theMemorySummaryStaysWithinItsBudget() throws {
        let world = BehaviourTestWorld.make(agents: 2, topics: 3)
        let posts = BehaviourTestWorld.addPosts(world, count: 3, author: 1, topic: 0, stance: 0)
            + BehaviourTestWorld.addPosts(world, count: 1, author: 1, topic: 1, stance: 0)
        for post in posts { world.memory.recordExposure(of: post, by: AgentID(0), at: .hour, engaged: false) }
        let labels = ["sports", "music", "science"]
        let wide = try LLMPromptBuilder(systemTemplate: nil, userTemplate: nil, feedPosts: 5, memoryTokens: 100)
        #expect(wide.memorySummary(agent: AgentID(0), at: .hour, world: world, labels: labels) == "posts about sports (strong), music (strong)")
        let narrow = try LLMPromptBuilder(systemTemplate: nil, userTemplate: nil, feedPosts: 5, memoryTokens: 4)
        #expect(narrow.memorySummary(agent: AgentID(0), at: .hour, world: world, labels: labels) == "posts about sports (strong)")
        let none = try LLMPromptBuilder(systemTemplate: nil, userTemplate: nil, feedPosts: 5, memoryTokens: 0)
        #expect(none.memorySummary(agent: AgentID(0), at: .hour, world: world, labels: labels).isEmpty)
    }

    @Test func templatesCanBeOverridden() throws {
        let world = BehaviourTestWorld.make()
        let builder = try LLMPromptBuilder(systemTemplate: "I am {{name}}.", userTemplate: "{{#posts}}{{id}};{{/posts}}{{^posts}}nothing{{/posts}}",
                                           feedPosts: 5, memoryTokens: 10)
        let prompt = builder.prompt(persona: Self.persona, agent: AgentID(0), start: .hour, feed: [], world: world, texts: [:], labels: ["a"])
        #expect(prompt.messages.map(\.content) == ["I am ada.", "nothing"])
        #expect(throws: LLMPolicyError.self) {
            try LLMPromptBuilder(systemTemplate: nil, userTemplate: "{{/posts}}", feedPosts: 5, memoryTokens: 10)
        }
    }
}
