import AgoraCore
import AgoraTrace

/// The trace writer is where a run's events go.
extension TraceWriter: TraceEventSink {}
