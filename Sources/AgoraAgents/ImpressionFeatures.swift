/// What the choice model sees of one impression (all dimensionless).
public struct ImpressionFeatures: Sendable, Equatable {
    /// Interest match `θ_topic / max θ`, in `[0, 1]`.
    public var match: Double
    /// Opinion distance `|opinion − stance| / 2`, in `[0, 1]`.
    public var distance: Double
    /// Social proof `ln(1 + likes + shares + comments)` of the cascade root.
    public var proof: Double
    /// Whether the agent follows the author.
    public var followsAuthor: Bool
    /// The novelty term `ν · (2 · novelty − 1)`, in `[−1, 1]`.
    public var novelty: Double
    /// Memory retention of the post (or its root), in `[0, 1]`: the fatigue of seeing it again.
    public var fatigue: Double
    /// Whether follow and mute are possible (the author is somebody else).
    public var authorIsOther: Bool
    /// Whether repost and quote are possible: false when the agent already shared the cascade
    /// or already saw it earlier in the same session (docs/behaviour-model.md §4).
    public var shareable: Bool

    /// Creates features.
    @inlinable
    public init(match: Double, distance: Double, proof: Double, followsAuthor: Bool, novelty: Double,
                fatigue: Double, authorIsOther: Bool, shareable: Bool = true) {
        self.match = match
        self.distance = distance
        self.proof = proof
        self.followsAuthor = followsAuthor
        self.novelty = novelty
        self.fatigue = fatigue
        self.authorIsOther = authorIsOther
        self.shareable = shareable
    }
}
