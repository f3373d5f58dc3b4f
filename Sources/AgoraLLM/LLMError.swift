import Foundation

/// Everything that can go wrong talking to an LLM server or its response cache, as a value with
/// context (endpoint, status, what was expected). Messages never contain the API key: requests
/// carry it only in a header, and no header is ever quoted.
public struct LLMError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of failure.
    public enum Kind: String, Sendable, Codable {
        /// The server answered with an HTTP error status (429, 5xx, 4xx).
        case httpStatus = "http_status"
        /// No complete answer within the timeout.
        case timeout
        /// The connection failed or broke (refused, reset, truncated).
        case transport
        /// The server answered 200 with something that is not a chat completion.
        case malformedResponse = "malformed_response"
        /// `--llm replay` found no cached answer for a request.
        case cacheMiss = "cache_miss"
        /// The endpoint URL or the configuration is unusable.
        case configuration
    }

    /// The kind.
    public var kind: Kind
    /// A sentence saying what happened.
    public var message: String
    /// The HTTP status, for `.httpStatus`.
    public var status: Int?
    /// Seconds the server asked to wait (`Retry-After`), when given.
    public var retryAfter: Double?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, status: Int? = nil, retryAfter: Double? = nil) {
        self.kind = kind
        self.message = message
        self.status = status
        self.retryAfter = retryAfter
    }

    /// Whether retrying the same request may help: 408, 429, 5xx, timeouts, broken connections and
    /// truncated or garbled bodies.
    public var isRetryable: Bool {
        switch kind {
        case .timeout, .transport, .malformedResponse: true
        case .httpStatus: status.map { $0 == 408 || $0 == 429 || $0 >= 500 } ?? false
        case .cacheMiss, .configuration: false
        }
    }

    /// The message.
    public var description: String { message }

    /// The first 120 bytes of a body, printable, for messages.
    static func snippet(_ data: Data) -> String {
        let text = String(decoding: data.prefix(120), as: UTF8.self)
        let printable = String(text.unicodeScalars.map { $0.value >= 32 && $0.value < 127 ? Character($0) : "." })
        return data.count > 120 ? "'\(printable)…'" : "'\(printable)'"
    }
}
