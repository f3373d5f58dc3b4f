/// Namespace of the AgoraTrace module (see DESIGN.md for what it owns).
public enum AgoraTraceModule {}
