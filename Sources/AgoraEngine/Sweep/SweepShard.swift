/// Shard K of N of a sweep (`--shard K/N`, K counted from 0 like `SLURM_ARRAY_TASK_ID`).
///
/// Tasks are dealt round-robin in plan order: task i belongs to shard i mod N. The assignment
/// depends only on the plan, so every array task computes the same split, every task lands in
/// exactly one shard, and neighbouring points (similar cost) spread over the shards.
public struct SweepShard: Sendable, Equatable, CustomStringConvertible {
    /// This shard, 0 ≤ index < count.
    public var index: Int
    /// Number of shards.
    public var count: Int

    /// Creates shard `index` of `count`; nil unless 0 ≤ index < count.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 0, index < count else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`; nil when it is not two whole numbers with 0 ≤ K < N.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    /// Whether task `taskIndex` of the plan belongs to this shard.
    public func contains(taskIndex: Int) -> Bool { taskIndex % count == index }

    /// The shard's own output folder name: `shard-K-of-N`.
    public var folderName: String { "shard-\(index)-of-\(count)" }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }
}
