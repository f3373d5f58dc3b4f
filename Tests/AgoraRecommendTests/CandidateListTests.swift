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
}
