import Testing
@testable import AgoraCore

@Suite struct FollowGraphSearchTests {
    /// The insertion index and presence a linear scan gives.
    static func linearPosition(of value: UInt32, in list: [UInt32]) -> (index: Int, found: Bool) {
        let index = list.firstIndex { $0 >= value } ?? list.count
        return (index, index < list.count && list[index] == value)
    }

    @Test(arguments: [1, 2, 3, 4])
    func positionAgreesWithALinearScanOnRandomSortedLists(seed: UInt64) {
        var stream = RandomStream(seed: seed, purpose: .analysis)
        for _ in 0..<200 {
            let list = (0..<stream.nextIndex(below: 40)).map { _ in UInt32(stream.nextIndex(below: 100)) }
            let sorted = Array(Set(list)).sorted()
            for value in UInt32(0)...101 {
                let expected = Self.linearPosition(of: value, in: sorted)
                let fromArray = FollowGraph.position(of: value, in: sorted)
                let fromBuffer = sorted.withUnsafeBufferPointer { FollowGraph.position(of: value, in: $0) }
                #expect(fromArray == expected && fromBuffer == expected)
            }
        }
    }

    @Test func positionOfAnEmptyListIsZeroAndAbsent() {
        #expect(FollowGraph.position(of: 7, in: [UInt32]()) == (0, false))
        #expect(FollowGraph.position(of: 7, in: UnsafeBufferPointer<UInt32>(start: nil, count: 0)) == (0, false))
    }
}
