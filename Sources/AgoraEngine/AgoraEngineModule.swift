/// Namespace of the AgoraEngine module (see DESIGN.md for what it owns).
public enum AgoraEngineModule {}
