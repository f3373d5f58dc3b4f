/// The identity of a user agent: an index into every struct-of-arrays agent store.
public struct AgentID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The dense index, `0..<population`.
    public var rawValue: UInt32
    /// Wraps a dense agent index.
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    /// Wraps a dense agent index given as `Int` (must fit in `UInt32`).
    @inlinable public init(_ index: Int) { self.rawValue = UInt32(index) }
    /// The index as `Int`, for subscripting stores.
    @inlinable public var index: Int { Int(rawValue) }
    /// The marker the trace uses for "no agent" (system events).
    public static let none = AgentID(UInt32.max)
    @inlinable public static func < (lhs: AgentID, rhs: AgentID) -> Bool { lhs.rawValue < rhs.rawValue }
    /// `a` followed by the index, e.g. `a42`.
    public var description: String { "a\(rawValue)" }
}

/// The identity of a post (original, repost, quote or comment): an index into the post store,
/// assigned in creation order, so a parent always has a smaller id than its children.
public struct PostID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The dense index, `0..<postCount`.
    public var rawValue: UInt32
    /// Wraps a dense post index.
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    /// Wraps a dense post index given as `Int` (must fit in `UInt32`).
    @inlinable public init(_ index: Int) { self.rawValue = UInt32(index) }
    /// The index as `Int`, for subscripting stores.
    @inlinable public var index: Int { Int(rawValue) }
    /// The marker for "no post" (an original post has no parent).
    public static let none = PostID(UInt32.max)
    @inlinable public static func < (lhs: PostID, rhs: PostID) -> Bool { lhs.rawValue < rhs.rawValue }
    /// `p` followed by the index, e.g. `p7`.
    public var description: String { "p\(rawValue)" }
}
