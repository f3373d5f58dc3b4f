import AgoraConfig
import AgoraCore
import AgoraRecommend
import Testing
@testable import AgoraEngine

struct RecommenderFactoryTests {
    @Test func buildsEveryKindNamedInTheConfig() throws {
        for kind in FeedKind.allCases {
            let settings = try RecommenderFactory.settings(from: RecommenderConfig(kind: kind, feedSize: 15))
            let recommender = settings.makeRecommender()
            #expect(recommender.name == kind.rawValue)
            #expect(recommender.feedSize == 15)
        }
    }

    /// A section built in code skips the config's validation; its settings are still checked
    /// (a misspelt kind cannot exist: kinds are `FeedKind`, and the schema refuses a misspelt
    /// name with a did-you-mean).
    @Test func outOfRangeValuesOfASectionBuiltInCodeAreOneConfigError() {
        do {
            _ = try RecommenderFactory.settings(from: RecommenderConfig(kind: .chronological, feedSize: -1, candidateFactor: 0))
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == 2)
            #expect(error.description.contains("recommender.feed_size"))
            #expect(error.description.contains("recommender.candidate_factor"))
        }
    }

    @Test func whoToFollowIsOffByDefault() throws {
        var settings = RecommenderSettings()
        #expect(settings.makeFollowRecommender() == nil)
        settings.whoToFollow.kind = .adamicAdar
        #expect(settings.makeFollowRecommender()?.name == "adamic_adar")
    }
}
