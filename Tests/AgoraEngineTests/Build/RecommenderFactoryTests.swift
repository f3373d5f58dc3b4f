import AgoraConfig
import AgoraCore
import AgoraRecommend
import Testing
@testable import AgoraEngine

struct RecommenderFactoryTests {
    /// The default `recommender:` section with a kind, a feed size and a candidate factor.
    static func recommender(kind: FeedKind, feedSize: Int, candidateFactor: Int? = nil) -> RecommenderConfig {
        var section = WorldConfig.defaults().recommender
        section.kind = kind
        section.feedSize = feedSize
        if let candidateFactor { section.candidateFactor = candidateFactor }
        return section
    }

    @Test func buildsEveryKindNamedInTheConfig() throws {
        for kind in FeedKind.allCases {
            let settings = try RecommenderFactory.settings(from: Self.recommender(kind: kind, feedSize: 15))
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
            _ = try RecommenderFactory.settings(from: Self.recommender(kind: .chronological, feedSize: -1, candidateFactor: 0))
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == 2)
            #expect(error.description.contains("recommender.feed_size"))
            #expect(error.description.contains("recommender.candidate_factor"))
        }
    }

    @Test func whoToFollowIsOffByDefault() throws {
        var settings = try! RecommenderFactory.settings(from: WorldConfig.defaults().recommender)
        #expect(settings.makeFollowRecommender() == nil)
        settings.whoToFollow.kind = .adamicAdar
        #expect(settings.makeFollowRecommender()?.name == "adamic_adar")
    }
}
