import AgoraCore
import Testing
@testable import AgoraAgents

@Suite struct RuleBehaviourTests {
    private func behaviour(_ edit: (inout BehaviourModelParameters) -> Void = { _ in },
                           types: [RuleParameters] = BehaviourTestWorld.types) -> RuleBehaviour {
        var model = BehaviourTestWorld.model
        edit(&model)
        return RuleBehaviour(parametersByType: types, model: model)
    }

    private func decide(_ behaviour: RuleBehaviour, world: WorldState, feed: [PostID], agent: Int = 0,
                        seed: UInt64 = 1, session: UInt64 = 0) -> SessionPlan {
        let plan = SessionPlan()
        plan.reset(agent: AgentID(agent), start: .hour * 2)
        plan.feed = feed
        var stream = RandomStream(seed: seed, purpose: .session, agent: UInt32(agent), sequence: session)
        behaviour.decide(plan: plan, world: world, stream: &stream)
        return plan
    }

    @Test func aSessionRunsFromStartToEndInTimeOrder() {
        let world = BehaviourTestWorld.make()
        let feed = BehaviourTestWorld.addPosts(world, count: 10, author: 1, topic: 0, stance: 0)
        let plan = decide(behaviour(), world: world, feed: feed)
        #expect(plan.actions.first?.kind == .sessionStart)
        #expect(plan.actions.last?.kind == .sessionEnd || plan.actions.last?.kind == .churn)
        #expect(zip(plan.actions, plan.actions.dropFirst()).allSatisfy { $0.time <= $1.time })
        #expect(plan.update.isSet)
        let impressions = plan.actions.filter { $0.kind == .impression }.count
        #expect(impressions >= 1 && impressions <= 10)
    }

    @Test func theSameStreamGivesTheSamePlan() {
        let world = BehaviourTestWorld.make()
        let feed = BehaviourTestWorld.addPosts(world, count: 10, author: 1, topic: 0, stance: 0.1)
        let a = decide(behaviour(), world: world, feed: feed, seed: 4)
        let b = decide(behaviour(), world: world, feed: feed, seed: 4)
        #expect(a.actions == b.actions && a.update == b.update && a.interests == b.interests)
    }

    @Test func aSmallTimeBudgetEndsTheSessionBeforeTheFeedDoes() {
        let world = BehaviourTestWorld.make()
        let feed = BehaviourTestWorld.addPosts(world, count: 30, author: 1, topic: 0, stance: 0)
        let patient = BehaviourTestWorld.types
        var hurried = patient
        hurried[0].sessionBudget = SimTime(milliseconds: 10_000)
        var long = 0, short = 0
        for seed in 0..<50 as Range<UInt64> {
            long += decide(behaviour(types: patient), world: world, feed: feed, seed: seed).actions.filter { $0.kind == .impression }.count
            short += decide(behaviour(types: hurried), world: world, feed: feed, seed: seed).actions.filter { $0.kind == .impression }.count
        }
        #expect(short * 3 < long)
    }

    @Test func interestsDriftTowardEngagedTopicsAndOpinionsTowardCloseStances() {
        let world = BehaviourTestWorld.make()
        // Agent 0 likes topic 0 only; a feed of topic-0 posts with stance 0.2 (within ε = 0.4).
        world.agents.interests[0] = 0.5
        world.agents.interests[1] = 0.5
        let feed = BehaviourTestWorld.addPosts(world, count: 20, author: 1, topic: 0, stance: 0.2)
        let plan = decide(behaviour { $0.interestDrift = 0.1 }, world: world, feed: feed)
        let engaged = plan.actions.contains { [.like, .repost, .quote, .comment, .follow].contains($0.kind) }
        #expect(engaged)
        #expect(plan.interests[0] > 0.5 && plan.interests[1] < 0.5)
        #expect(abs(plan.interests.reduce(0, +) - 1) < 1e-5)
        #expect(plan.update.opinion > 0 && plan.update.opinion < 0.2)
    }

    @Test func rememberedPostsAreEngagedWithLess() {
        let world = BehaviourTestWorld.make()
        let feed = BehaviourTestWorld.addPosts(world, count: 10, author: 1, topic: 0, stance: 0)
        let fresh = (0..<200 as Range<UInt64>).map { decide(behaviour(), world: world, feed: feed, seed: $0) }
            .map { $0.actions.filter { $0.kind == .like }.count }.reduce(0, +)
        for post in feed { world.memory.recordExposure(of: post, by: AgentID(0), at: .hour * 2, engaged: false) }
        let seen = (0..<200 as Range<UInt64>).map { decide(behaviour(), world: world, feed: feed, seed: $0) }
            .map { $0.actions.filter { $0.kind == .like }.count }.reduce(0, +)
        #expect(Double(seen) < 0.6 * Double(fresh))
    }

    @Test func repetitiveFeedsShortenSessionsOfNoveltySeekers() {
        let world = BehaviourTestWorld.make()
        world.agents.interests[0] = 0.34
        world.agents.interests[1] = 0.33
        world.agents.interests[2] = 0.33
        let repetitive = BehaviourTestWorld.addPosts(world, count: 40, author: 1, topic: 0, stance: 0)
        let varied = (0..<40).map { BehaviourTestWorld.addPosts(world, count: 1, author: 1, topic: UInt16($0 % 3), stance: 0)[0] }
        world.agents.noveltyPropensity[0] = 0.9
        var onRepetitive = 0, onVaried = 0
        for seed in 0..<100 as Range<UInt64> {
            onRepetitive += decide(behaviour(), world: world, feed: repetitive, seed: seed).actions.filter { $0.kind == .impression }.count
            onVaried += decide(behaviour(), world: world, feed: varied, seed: seed).actions.filter { $0.kind == .impression }.count
        }
        #expect(onRepetitive < onVaried)
    }

    @Test func persistentLowSatisfactionEndsInChurnAndAChurnedAgentReturns() {
        let world = BehaviourTestWorld.make()
        world.agents.satisfaction[0] = 0.2
        world.agents.lowSatisfactionSessions[0] = 2
        let b = behaviour { $0.returnProbability = 1 }
        let plan = decide(b, world: world, feed: [])
        #expect(plan.update.churned)
        #expect(plan.actions.last?.kind == .churn)
        #expect(plan.update.returnAt.map { $0 > plan.start } == true)
        var wake = RandomStream(seed: 1, purpose: .wake)
        #expect(b.nextWake(after: plan.start, plan: plan, world: world, circadian: .flat, stream: &wake) == plan.update.returnAt)

        world.agents.status[0] = .churned
        let back = decide(b, world: world, feed: [], session: 1)
        #expect(back.actions.first?.kind == .return)
        #expect(back.actions.dropFirst().first?.kind == .sessionStart)
        #expect(!back.update.churned)
    }

    @Test func lowerSatisfactionMeansLongerGapsAndLowerRatings() {
        let b = behaviour()
        #expect(b.sessionRateFactor(satisfaction: 0.2) < b.sessionRateFactor(satisfaction: 0.6))
        #expect(b.sessionRateFactor(satisfaction: 0.6) == 1)
        #expect(b.sessionRateFactor(satisfaction: 0) == 0.1)
        #expect(RuleBehaviour.reportedSatisfaction(0) == 1 && RuleBehaviour.reportedSatisfaction(1) == 5)
        #expect(RuleBehaviour.reportedSatisfaction(0.5) == 3)
    }

    @Test func postCountsArePoissonWithTheConfiguredMean() {
        var stream = RandomStream(seed: 9, purpose: .session)
        let draws = (0..<50_000).map { _ in RuleBehaviour.poisson(mean: 1.5, stream: &stream) }
        let mean = Double(draws.reduce(0, +)) / Double(draws.count)
        // sd of the mean ≈ 0.0055; tolerance 0.03.
        #expect(abs(mean - 1.5) < 0.03)
        #expect(RuleBehaviour.poisson(mean: 0, stream: &stream) == 0)
    }
}
