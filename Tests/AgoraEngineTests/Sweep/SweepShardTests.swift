import Testing

@testable import AgoraEngine

/// Shards split a plan's tasks so that every task runs in exactly one shard.
@Suite struct SweepShardTests {
    @Test func everyTaskBelongsToExactlyOneShard() {
        for count in 1...7 {
            let shards = (0..<count).map { SweepShard(index: $0, count: count)! }
            for task in 0..<50 {
                #expect(shards.filter { $0.contains(taskIndex: task) }.count == 1, "task \(task) of \(count) shards")
            }
            let sizes = shards.map { shard in (0..<50).filter(shard.contains(taskIndex:)).count }
            #expect(sizes.max()! - sizes.min()! <= 1, "round robin keeps shards within one task of each other")
        }
    }

    @Test func parsingAcceptsOnlyKOfNWithKBelowN() {
        #expect(SweepShard(parsing: "0/4") == SweepShard(index: 0, count: 4))
        #expect(SweepShard(parsing: "3/4")?.folderName == "shard-3-of-4")
        for bad in ["4/4", "-1/4", "1/0", "1", "a/b", "1/2/3", ""] {
            #expect(SweepShard(parsing: bad) == nil, "\(bad)")
        }
    }
}
