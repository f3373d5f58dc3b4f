import AgoraCore
import Testing
@testable import AgoraRecommend

struct CandidateListTests {
    @Test func keepsTheBestBoundedAndTiesByNewerPost() {
        let list = CandidateList()
        list.reset(limit: 3)
        #expect(list.threshold == -.infinity)
        for (post, score) in [(1, 0.5), (2, 0.9), (3, 0.5), (4, 0.1), (5, 0.7)] { list.insert(PostID(post), score: score) }
        #expect(list.posts == [PostID(2), PostID(5), PostID(3)])
        #expect(list.threshold == 0.5)
        #expect(!list.wouldAccept(PostID(0), score: 0.5))
        #expect(list.wouldAccept(PostID(9), score: 0.5))
        #expect(!list.insert(PostID(2), score: 5))
        #expect(!list.insert(PostID(8), score: .nan))
        list.reset(limit: 0)
        #expect(!list.insert(PostID(1), score: 1) && list.count == 0)
    }

    @Test func keepsTheSameBestRankedWhateverTheInsertionOrderAndReadsBetweenInserts() {
        // 400 candidates with many equal scores, inserted in a shuffled order into a list of 37,
        // with reads by rank in between (which sort the list, and later inserts re-heap it):
        // the result is the 37 best by (score, id), best first.
        var stream = RandomStream(seed: 4, purpose: .recommender)
        var candidates = (0..<400).map { (PostID(UInt32($0)), Double(stream.nextIndex(below: 50)) / 7) }
        for i in stride(from: candidates.count - 1, to: 0, by: -1) { candidates.swapAt(i, stream.nextIndex(below: i + 1)) }
        let list = CandidateList(capacity: 8)
        list.reset(limit: 37)
        for (i, (post, score)) in candidates.enumerated() {
            list.insertNew(post, score: score)
            if i % 53 == 0 { _ = list.post(at: 0) }
        }
        let expected = candidates.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }.prefix(37)
        #expect(list.posts == expected.map(\.0))
        #expect(list.scores == expected.map(\.1))
        #expect(list.threshold == expected.last!.1)
        #expect(!list.wouldAccept(PostID(0), score: expected.last!.1 - 1))
    }
}
