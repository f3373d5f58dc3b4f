import AgoraCore
import AgoraTrace

/// LLM-written post texts go into the trace's text blocks.
extension TraceWriter: TraceTextSink {}
