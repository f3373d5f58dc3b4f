import Foundation
import Testing
@testable import AgoraLLM

struct ChatRequestTests {
    static func request(_ form: StructuredOutputForm) -> ChatRequest {
        ChatRequest(model: "m", messages: [.system("be brief"), .user("hi")], temperature: 0, maxTokens: 64, seed: 9,
                    structuredOutput: form, schemaJSON: #"{"type":"object"}"#)
    }

    static func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func bodyIsCanonicalJSONWithSortedKeys() throws {
        let body = String(decoding: Self.request(.none).body(), as: UTF8.self)
        #expect(body == #"{"max_tokens":64,"messages":[{"content":"be brief","role":"system"},{"content":"hi","role":"user"}],"model":"m","seed":9,"temperature":0}"#)
        #expect(Self.request(.none).body() == Self.request(.none).body())
    }

    @Test func bodyEscapesTextLikeFoundation() throws {
        var request = Self.request(.jsonObjectSchema)
        request.messages = [.user("quote \" back\\slash / tab\t line\n bell\u{07} é 🙂")]
        request.temperature = 0.7
        let body = request.body()
        let parsed = try Self.object(body)
        #expect((parsed["messages"] as? [[String: String]])?.first?["content"] == "quote \" back\\slash / tab\t line\n bell\u{07} é 🙂")
        #expect((parsed["temperature"] as? Double) == 0.7)
        let canonical = try JSONSerialization.data(withJSONObject: parsed, options: [.sortedKeys, .withoutEscapingSlashes])
        #expect(try Self.object(canonical).count == parsed.count)
        #expect(String(decoding: body, as: UTF8.self).contains(#""response_format":{"schema":{"type":"object"},"type":"json_object"}"#))
    }

    @Test func llamaCppFormPutsTheSchemaInsideJSONObject() throws {
        let format = try #require(try Self.object(Self.request(.jsonObjectSchema).body())["response_format"] as? [String: Any])
        #expect(format["type"] as? String == "json_object")
        #expect((format["schema"] as? [String: Any])?["type"] as? String == "object")
    }

    @Test func openAIFormNamesTheSchema() throws {
        let format = try #require(try Self.object(Self.request(.jsonSchema).body())["response_format"] as? [String: Any])
        #expect(format["type"] as? String == "json_schema")
        let inner = try #require(format["json_schema"] as? [String: Any])
        #expect(inner["name"] as? String == "decision")
        #expect((inner["schema"] as? [String: Any])?["type"] as? String == "object")
    }

    @Test func plainJSONObjectFormCarriesNoSchema() throws {
        let format = try #require(try Self.object(Self.request(.jsonObject).body())["response_format"] as? [String: Any])
        #expect(format.count == 1 && format["type"] as? String == "json_object")
    }

    @Test func completionParsesContentAndUsage() throws {
        let body = #"{"choices":[{"message":{"role":"assistant","content":"{}"},"finish_reason":"length"}],"usage":{"prompt_tokens":12,"completion_tokens":3}}"#
        let completion = try ChatCompletion.parse(Data(body.utf8))
        #expect(completion == ChatCompletion(content: "{}", promptTokens: 12, completionTokens: 3, finishReason: "length"))
    }

    @Test func truncatedOrForeignBodiesAreMalformed() {
        for body in [#"{"choices": [{"mess"#, "not json", #"{"choices": []}"#] {
            #expect(throws: LLMError.self) { try ChatCompletion.parse(Data(body.utf8)) }
            do { _ = try ChatCompletion.parse(Data(body.utf8)) } catch { #expect(error.kind == .malformedResponse && error.isRetryable) }
        }
    }
}
