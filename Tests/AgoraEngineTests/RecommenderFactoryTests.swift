import AgoraConfig
import AgoraCore
import AgoraRecommend
import Testing
@testable import AgoraEngine

struct RecommenderFactoryTests {
    @Test func buildsEveryKindNamedInTheConfig() throws {
        for kind in FeedKind.allCases {
            let settings = try RecommenderFactory.settings(from: RecommenderConfig(kind: kind.rawValue, feedSize: 15))
            let recommender = settings.makeRecommender()
            #expect(recommender.name == kind.rawValue)
            #expect(recommender.feedSize == 15)
        }
    }

    @Test func misspeltKindAndNegativeSizeAreOneConfigError() {
        do {
            _ = try RecommenderFactory.settings(from: RecommenderConfig(kind: "chronologcal", feedSize: -1))
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == 2)
            #expect(error.description.contains("Did you mean 'chronological'?"))
            #expect(error.description.contains("recommender.feed_size"))
        }
    }

    @Test func whoToFollowIsOffByDefault() throws {
        var settings = RecommenderSettings()
        #expect(settings.makeFollowRecommender() == nil)
        settings.whoToFollow.kind = .adamicAdar
        #expect(settings.makeFollowRecommender()?.name == "adamic_adar")
    }
}
