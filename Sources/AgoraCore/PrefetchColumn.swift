/// Where one array's elements start, for cache hints into it by index: taken once while the
/// array cannot move (or again when it may have), because hinting through the array at each
/// hint would retain it every time (`Prefetch.address(of:)`).
///
/// Used by the metrics' consumers, which hint the rows an event a few positions ahead will touch.
/// The address is only hinted, never dereferenced, so a stale one costs nothing but its hint.
public struct PrefetchColumn: @unchecked Sendable {
    private let base: UnsafeRawPointer?
    private let stride: Int
    /// Elements the array held when the address was taken (hints stay below it).
    public let count: Int

    /// The address of `array`'s elements as they are now. O(1).
    public init<Element>(_ array: [Element]) {
        base = Prefetch.address(of: array)
        stride = MemoryLayout<Element>.stride
        count = array.count
    }

    /// Hints the cache line of element `index` (nothing at or past `count`).
    @inline(__always)
    public func hint(_ index: Int) {
        guard let base, index < count else { return }
        Prefetch.read(base + index * stride)
    }

    /// Hints every cache line element `index` touches (both, for an element that can straddle
    /// two lines).
    @inline(__always)
    public func hintWhole(_ index: Int) {
        guard let base, index < count else { return }
        let start = base + index * stride
        Prefetch.read(start)
        Prefetch.read(start + (stride - 1))
    }

    /// Hints the cache line of element `index × rowWidth`: the start of row `index` in a
    /// row-major array of rows of `rowWidth` elements.
    @inline(__always)
    public func hintRow(_ index: Int, rowWidth: Int) {
        hint(index * rowWidth)
    }
}
