/// Why the LLM-driven policy could not be set up (a bad persona file or template), as a sentence
/// naming the file or key and what was expected.
public struct LLMPolicyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The message.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
