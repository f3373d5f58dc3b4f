import Foundation

/// The useful part of a chat-completions answer: the first choice's text and the token usage.
public struct ChatCompletion: Codable, Equatable, Sendable {
    /// The assistant's message text.
    public var content: String
    /// Prompt tokens the server counted (0 when it did not say).
    public var promptTokens: Int
    /// Completion tokens the server counted (0 when it did not say).
    public var completionTokens: Int
    /// Why generation stopped (`stop`, `length`, …), when given.
    public var finishReason: String?

    /// Creates a completion.
    public init(content: String, promptTokens: Int, completionTokens: Int, finishReason: String? = nil) {
        self.content = content
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.finishReason = finishReason
    }

    /// Parses an OpenAI chat-completions response body.
    /// - Throws: `LLMError` of kind `.malformedResponse` when the body is not such a response
    ///   (not JSON, no choices, no message content) — a truncated body lands here.
    public static func parse(_ data: Data) throws(LLMError) -> ChatCompletion {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw LLMError(.malformedResponse, "the response body is not a JSON object (\(data.count) bytes: \(LLMError.snippet(data)))")
        }
        guard let choices = object["choices"] as? [[String: Any]], let first = choices.first,
            let message = first["message"] as? [String: Any], let content = message["content"] as? String
        else {
            throw LLMError(.malformedResponse, "the response has no choices[0].message.content (\(LLMError.snippet(data)))")
        }
        let usage = object["usage"] as? [String: Any]
        return ChatCompletion(content: content, promptTokens: (usage?["prompt_tokens"] as? Int) ?? 0,
                              completionTokens: (usage?["completion_tokens"] as? Int) ?? 0,
                              finishReason: first["finish_reason"] as? String)
    }
}
