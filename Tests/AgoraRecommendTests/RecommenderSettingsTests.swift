import AgoraCore
import Testing
@testable import AgoraRecommend

/// Bad recommender settings become clear errors, never traps.
struct RecommenderSettingsTests {
    @Test func unknownKindSuggestsTheNearestName() {
        #expect(throws: RecommendError.unknownKind(key: "recommender.kind", given: "populr", known: FeedKind.allCases.map(\.rawValue),
                                                   suggestion: "popular")) {
            try FeedKind.parse("populr", key: "recommender.kind")
        }
        do {
            _ = try WhoToFollowKind.parse("adamic-adar", key: "recommender.who_to_follow.kind")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("Did you mean 'adamic_adar'?"))
        }
        do {
            _ = try FeedKind.parse("zzzzzzzzzzzz", key: "recommender.kind")
            Issue.record("expected an error")
        } catch {
            #expect(!error.description.contains("Did you mean"))
        }
    }

    @Test func fractionsMustSumToOne() {
        var settings = RecommendTestWorld.defaultSettings
        settings.kind = .mix
        settings.mix = [MixComponent(source: .chronological, fraction: 0.5), MixComponent(source: .popular, fraction: 0.3)]
        #expect(settings.validate() == [.fractionsDoNotSum(key: "recommender.mix", sum: 0.8)])
        settings.mix.append(MixComponent(source: .mix, fraction: 0.2))
        #expect(settings.validate().map(\.key) == ["recommender.mix[2].source"])
    }

    @Test func negativeSizesAndOutOfRangeSharesAreReportedTogether() {
        var settings = RecommendTestWorld.defaultSettings
        settings.feedSize = -3
        settings.exploration = 1.5
        settings.outOfNetworkShare = -0.1
        settings.whoToFollow.count = 0
        let keys = settings.validate().map(\.key)
        #expect(keys == ["recommender.feed_size", "recommender.exploration", "recommender.out_of_network_share",
                         "recommender.who_to_follow.count"])
        #expect(settings.validate()[0].description.contains("expected an integer from 1 to 1000"))
        // Built anyway (no validation), it still serves without trapping.
        let world = RecommendTestWorld.busy(agents: 10, posts: 50)
        var stream = RandomStream(seed: 1, purpose: .recommender)
        var feed: [PostID] = []
        settings.makeRecommender().fillFeed(for: AgentID(0), at: .day, world: world, scratch: FeedScratch(), stream: &stream, into: &feed)
        #expect(feed.count <= 1)
    }

    @Test func defaultsAreValid() {
        #expect(RecommendTestWorld.defaultSettings.validate().isEmpty)
        for kind in FeedKind.allCases {
            var settings = RecommendTestWorld.defaultSettings
            settings.kind = kind
            #expect(settings.validate().isEmpty)
        }
    }
}
