/// Where a follow graph's followee lists live, for cache hints only: the slots of the graph's
/// outer array (each an `[UInt32]`, one reference to its storage) and, through them, the lists.
///
/// Shared by the decide phase's `PrefetchMap` and the metrics' exposure pass, which both test or
/// walk an agent's followees a little after they know which agent comes next. The lists are
/// reached through `Array`'s memory layout, checked once on a real array (`listsReadable`); if it
/// were different, every hint here is skipped. Reading a slot is a real load, so the addresses
/// must be those of the graph's outer array as it is now: a consumer that changes its graph
/// between hints calls `refresh(for:)` before hinting, and the hints take the addresses again
/// when the graph says its outer array may have moved (`FollowGraph.storageGeneration`), so no
/// consumer needs to know which edits move it. A hint never changes a value.
public struct FolloweeListHints: @unchecked Sendable {
    private var slots: UnsafeRawPointer?
    private var nodeCount: Int
    /// `storageGeneration` of the graph when the addresses were taken.
    @usableFromInline var generation: UInt64

    /// The addresses of `graph`'s lists as they are now. O(1).
    public init(graph: FollowGraph) {
        slots = Self.listsReadable ? Prefetch.address(of: graph.followees) : nil
        nodeCount = graph.nodeCount
        generation = graph.storageGeneration
    }

    /// Keeps the addresses those of `graph`, the graph they were taken from as it has been
    /// mutated since: takes them again when its outer array may have moved (a node or an edge
    /// added or removed since), and otherwise costs one comparison. Hints for another graph
    /// value (a copy edited apart, a graph assigned over this one) need a new `init(graph:)`.
    /// O(1).
    @inlinable @inline(__always)
    public mutating func refresh(for graph: FollowGraph) {
        if graph.storageGeneration != generation { retake(graph) }
    }

    /// `refresh(for:)`'s rare path, kept out of line so the inlined check stays one comparison.
    @usableFromInline
    mutating func retake(_ graph: FollowGraph) { self = FolloweeListHints(graph: graph) }

    /// Whether an `[UInt32]` is one pointer to storage holding its count 16 bytes and its first
    /// element 32 bytes in (the 64-bit Swift runtime's layout), checked on a real array.
    static let listsReadable: Bool = {
        let probe: [UInt32] = [7, 11, 13]
        guard MemoryLayout<[UInt32]>.size == MemoryLayout<UnsafeRawPointer>.size else { return false }
        return withExtendedLifetime(probe) {
            let storage = unsafeBitCast(probe, to: UnsafeRawPointer.self)
            let first = probe.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
            return storage + 32 == first && storage.load(fromByteOffset: 16, as: Int.self) == probe.count
        }
    }()

    /// Hints the slot holding `agent`'s list reference (the first step; the list's address is
    /// known only once the slot is cached).
    @inline(__always)
    public func hintSlot(_ agent: Int) {
        guard let slots, agent < nodeCount else { return }
        Prefetch.read(slots + agent * 8)
    }

    /// Hints `agent`'s list: its count and its first elements (reads the slot).
    @inline(__always)
    public func hintList(_ agent: Int) {
        guard let storage = storage(of: agent) else { return }
        Prefetch.read(storage + 16)
        Prefetch.read(storage + 80)
    }

    /// Calls `body` with each of the first `limit` followees of `agent` (reads the slot and the
    /// list; for hints whose addresses depend on the followees).
    @inline(__always)
    public func forEachFollowee(of agent: Int, limit: Int, _ body: (Int) -> Void) {
        guard let storage = storage(of: agent) else { return }
        let count = min(storage.load(fromByteOffset: 16, as: Int.self), limit)
        for position in 0..<max(count, 0) {
            body(Int(storage.load(fromByteOffset: 32 + 4 * position, as: UInt32.self)))
        }
    }

    @inline(__always)
    private func storage(of agent: Int) -> UnsafeRawPointer? {
        guard let slots, agent < nodeCount else { return nil }
        return slots.load(fromByteOffset: agent * 8, as: UnsafeRawPointer?.self)
    }
}
