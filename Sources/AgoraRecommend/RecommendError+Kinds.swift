import AgoraCore

extension FeedKind {
    /// Parses a kind name, or fails with the nearest known name as a suggestion.
    /// - Parameter key: the key path the name was given at, for the error.
    /// - Throws: `RecommendError.unknownKind` listing every kind in `allCases` order.
    public static func parse(_ text: String, key: String) throws(RecommendError) -> FeedKind {
        try RecommendError.parseKind(text, key: key)
    }
}

extension WhoToFollowKind {
    /// Parses a kind name, or fails with the nearest known name as a suggestion.
    /// - Parameter key: the key path the name was given at, for the error.
    /// - Throws: `RecommendError.unknownKind` listing every kind in `allCases` order.
    public static func parse(_ text: String, key: String) throws(RecommendError) -> WhoToFollowKind {
        try RecommendError.parseKind(text, key: key)
    }
}

extension RecommendError {
    /// The kind named `text`, or `unknownKind` with every known name and the nearest one.
    static func parseKind<Kind: CaseIterable & RawRepresentable>(_ text: String, key: String) throws(RecommendError) -> Kind
        where Kind.RawValue == String {
        if let kind = Kind(rawValue: text) { return kind }
        let known = Kind.allCases.map(\.rawValue)
        throw .unknownKind(key: key, given: text, known: known, suggestion: nearest(to: text, among: known))
    }
}
