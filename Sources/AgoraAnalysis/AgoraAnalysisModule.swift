/// Namespace of the AgoraAnalysis module (see DESIGN.md for what it owns).
public enum AgoraAnalysisModule {}
