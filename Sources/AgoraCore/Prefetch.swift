import CPrefetch

/// Cache prefetch hints for the hot loops: ask the CPU to start loading memory that a later step
/// will read, so that independent cache misses (the followee lists, agent rows and post columns of
/// the next sessions) overlap instead of stalling one after another.
///
/// A hint never faults and changes no value; a wrong or late hint only costs its own instruction.
/// Swift has no prefetch intrinsic, hence the C target `CPrefetch` (`__builtin_prefetch`).
public enum Prefetch {
    /// Stages of the decide loop's prefetching, farthest ahead first. The scheduler hints each
    /// session at these distances (in slots) before deciding it; each stage can only reach memory
    /// whose address the previous stage brought into the cache.
    public enum Stage: Int, Sendable, CaseIterable {
        /// The agent's own rows and the slots holding pointers to its lists (8 slots ahead).
        case agentRows = 8
        /// Lists reached through those pointers, e.g. the followee list (4 slots ahead).
        case lists = 4
        /// Rows of the list's members, e.g. each followee's recent posts (2 slots ahead).
        case listMembers = 2
        /// Items those rows point to, e.g. the columns of each followee's newest post (1 slot
        /// ahead).
        case memberItems = 1

        /// How many slots before its decision a session is hinted at this stage.
        @inlinable public var distance: Int { rawValue }
    }

    /// Hints that the cache line holding `address` will be read soon.
    @inlinable @inline(__always)
    public static func read(_ address: UnsafeRawPointer) { agora_prefetch(address) }

    /// Where `array`'s elements start now, for hints only: taken once per phase in which the
    /// array cannot move (hinting through `withUnsafeBufferPointer` at every hint retains the
    /// array each time). `nil` for an array without storage. O(1).
    public static func address<Element>(of array: [Element]) -> UnsafeRawPointer? {
        array.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }
}
