import Testing
@testable import AgoraLLM

struct PromptTemplateTests {
    @Test func rendersSectionsWithoutHTMLEscaping() throws {
        let template = try PromptTemplate("{{#posts}}[{{id}}] {{text}}\n{{/posts}}{{^posts}}empty{{/posts}}", name: "t")
        let text = template.render(["posts": [["id": "p0", "text": "a \"quoted\" <b>"], ["id": "p1", "text": "x & y"]]])
        #expect(text == "[p0] a \"quoted\" <b>\n[p1] x & y\n")
        #expect(template.render(["posts": [[String: Any]]()]) == "empty")
    }

    @Test func anUnclosedSectionIsAConfigurationError() {
        do {
            _ = try PromptTemplate("{{#posts}} never closed", name: "llm.user_template")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .configuration && error.message.hasPrefix("llm.user_template is not a valid Mustache template"))
        }
    }

    @Test func cacheKeysSeparateAgentsSessionsAndAttempts() {
        let body = Array("{}".utf8)
        let keys = [
            LLMCacheKey.make(body: body, agent: 1, session: 2, attempt: 0), LLMCacheKey.make(body: body, agent: 2, session: 2, attempt: 0),
            LLMCacheKey.make(body: body, agent: 1, session: 3, attempt: 0), LLMCacheKey.make(body: body, agent: 1, session: 2, attempt: 1),
            LLMCacheKey.make(body: Array("{ }".utf8), agent: 1, session: 2, attempt: 0),
        ]
        #expect(Set(keys).count == keys.count)
        #expect(keys[0] == LLMCacheKey.make(body: body, agent: 1, session: 2, attempt: 0))
        #expect(keys[0].count == 64)
    }
}
