/// Namespace of the AgoraStore module (see DESIGN.md for what it owns).
public enum AgoraStoreModule {}
