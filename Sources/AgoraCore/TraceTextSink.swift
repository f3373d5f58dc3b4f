/// Where the engine's apply phase sends the texts of LLM-written posts (quotes, comments, posts),
/// in apply order, right after the event creating the post. The trace writer conforms; rule-only
/// runs never call it, so their traces hold no text blocks.
public protocol TraceTextSink: AnyObject {
    /// Records the text of post `post`.
    func appendText(post: UInt32, text: String)
}
