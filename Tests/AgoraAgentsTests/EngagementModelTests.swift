import AgoraCore
import Foundation
import Testing
@testable import AgoraAgents

@Suite struct EngagementModelTests {
    let model = EngagementModel(parametersByType: BehaviourTestWorld.types, parameters: BehaviourTestWorld.model)

    private func frequencies(_ features: ImpressionFeatures, draws: Int = 200_000) -> [Double] {
        var stream = RandomStream(seed: 3, purpose: .session)
        var counts = [Int](repeating: 0, count: EngagementAction.allCases.count)
        let ea = exp(model.appeal(features))
        for _ in 0..<draws { counts[model.choose(type: 0, features: features, expAppeal: ea, stream: &stream).rawValue] += 1 }
        return counts.map { Double($0) / Double(draws) }
    }

    private let reference = ImpressionFeatures(match: 1, distance: 0, proof: 0, followsAuthor: false, novelty: 0,
                                               fatigue: 0, authorIsOther: true)

    @Test func referenceImpressionGetsTheConfiguredProbabilities() {
        let f = frequencies(reference)
        let p = BehaviourTestWorld.types[0]
        // 200k draws: sd ≤ 0.0011; tolerance 0.005. Mute is calibrated elsewhere and is tiny here.
        #expect(abs(f[EngagementAction.like.rawValue] - p.likeProbability) < 0.005)
        #expect(abs(f[EngagementAction.repost.rawValue] - p.repostProbability) < 0.005)
        #expect(abs(f[EngagementAction.follow.rawValue] - p.followProbability) < 0.005)
        #expect(abs(f[EngagementAction.quote.rawValue] - p.quoteProbability) < 0.005)
        #expect(abs(f[EngagementAction.comment.rawValue] - p.commentProbability) < 0.005)
        #expect(f[EngagementAction.mute.rawValue] < 0.001)
    }

    @Test func muteIsCalibratedAtAnOffTopicOppositePost() {
        var far = reference
        far.match = 0
        far.distance = 1
        let f = frequencies(far)
        // Calibrated against skip alone (p/(1−p) odds), so the realized share is at or a little below 0.02.
        #expect(f[EngagementAction.mute.rawValue] > 0.012 && f[EngagementAction.mute.rawValue] < 0.021)
    }

    @Test func followIsImpossibleForFollowedAuthorsAndMuteAndFollowForOwnPosts() {
        var followed = reference
        followed.followsAuthor = true
        #expect(frequencies(followed, draws: 20_000)[EngagementAction.follow.rawValue] == 0)
        var own = reference
        own.authorIsOther = false
        let f = frequencies(own, draws: 20_000)
        #expect(f[EngagementAction.follow.rawValue] == 0 && f[EngagementAction.mute.rawValue] == 0)
    }

    @Test func repostAndQuoteAreImpossibleForACascadeThatIsNotShareable() {
        var shared = reference
        shared.shareable = false
        let f = frequencies(shared, draws: 20_000)
        #expect(f[EngagementAction.repost.rawValue] == 0 && f[EngagementAction.quote.rawValue] == 0)
        #expect(f[EngagementAction.like.rawValue] > 0 && f[EngagementAction.comment.rawValue] > 0)
    }

    @Test func socialProofAndMatchRaiseEngagementWhileFatigueLowersIt() {
        let base = frequencies(reference)[EngagementAction.like.rawValue]
        var popular = reference
        popular.proof = 5
        #expect(frequencies(popular)[EngagementAction.like.rawValue] > base + 0.05)
        var tired = reference
        tired.fatigue = 1
        #expect(frequencies(tired)[EngagementAction.like.rawValue] < base - 0.05)
        var offTopic = reference
        offTopic.match = 0
        #expect(frequencies(offTopic)[EngagementAction.like.rawValue] < base - 0.1)
    }

    @Test func disagreementFavoursQuotesOverReposts() {
        var disputed = reference
        disputed.distance = 0.8
        let f = frequencies(disputed)
        let r = frequencies(reference)
        #expect(f[EngagementAction.quote.rawValue] / f[EngagementAction.repost.rawValue]
                > 5 * r[EngagementAction.quote.rawValue] / r[EngagementAction.repost.rawValue])
    }

    @Test func probabilitiesAddingUpToMoreThanTheCapAreScaledDown() {
        let greedy = BehaviourTestWorld.rule(post: 1, like: 0.9, repost: 0.5, follow: 0.3)
        let p = greedy.referenceProbabilities
        #expect(abs(p.like + p.repost + p.quote + p.comment + p.follow - 0.95) < 1e-9)
        #expect(p.like > p.repost && p.repost > p.follow)
    }
}
