extension FollowGraph {
    /// Where `followee` is, or would go, in a sorted followee list: the index that keeps the list
    /// sorted if `followee` were inserted there, and whether the list already holds it. The one
    /// binary search over followee lists: `follows(_:_:)`, `follow(_:_:)` and `unfollow(_:_:)` use
    /// it, and so do the hot loops that hold a list (or a buffer over one) of their own, such as
    /// the recommenders' in-network tests.
    ///
    /// - Parameters:
    ///   - followee: the agent id looked for.
    ///   - list: ids in increasing order, e.g. `followees[a]` or a buffer over it.
    /// - Complexity: O(log `list.count`), no allocation, no bounds checks in release builds.
    @inlinable @inline(__always)
    public static func position(of followee: UInt32, in list: UnsafeBufferPointer<UInt32>) -> (index: Int, found: Bool) {
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) >> 1
            if list[mid] < followee { low = mid + 1 } else { high = mid }
        }
        return (low, low < list.count && list[low] == followee)
    }

    /// `position(of:in:)` over an array's elements (a followee list as `followees` holds it).
    /// O(log `list.count`).
    @inlinable @inline(__always)
    public static func position(of followee: UInt32, in list: [UInt32]) -> (index: Int, found: Bool) {
        list.withUnsafeBufferPointer { position(of: followee, in: $0) }
    }
}
