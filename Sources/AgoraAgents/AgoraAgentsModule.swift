/// Namespace of the AgoraAgents module (see DESIGN.md for what it owns).
public enum AgoraAgentsModule {}
