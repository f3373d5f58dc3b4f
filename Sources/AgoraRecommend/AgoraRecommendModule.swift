/// Namespace of the AgoraRecommend module (see DESIGN.md for what it owns).
public enum AgoraRecommendModule {}
