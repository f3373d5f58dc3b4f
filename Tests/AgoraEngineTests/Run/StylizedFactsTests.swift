import AgoraAgents
import AgoraConfig
import AgoraCore
import Testing
@testable import AgoraEngine

/// Stylized facts of the rule model (docs/behaviour-model.md), each derived from the events of a run (`TraceFacts`), on two
/// platforms over the same users: 5,000 agents (lurkers 70%, casual 25%, power 5%), 14 days, 20
/// arrivals a day, follow recommendations on (preferential who-to-follow, 3 suggestions per
/// session, one followed with probability 0.3), and — as the issue demands — an Erdős–Rényi
/// initial graph (directed, mean 4 follows per agent), so nothing is inherited from a
/// preferential-attachment start.
///
/// - `baseline` (`TestWorlds.stylized`): a reverse-chronological in-network feed of 30. Churn,
///   return, arrivals, decreasing retention and the novelty claim are checked here. Its feeds
///   are nearly empty (≈ 2 impressions per session: followees of an ER graph rarely post), so
///   the network does not change much in two weeks (seed 11: in-degree α 9.5, friendship
///   paradox 74%, cascades max 9 / median 2).
/// - `network` (`TestWorlds.stylizedMix`): the same world where 3 of the 30 slots are popular
///   posts from anyone (`mix`: 90% chronological, 10% popular), interests drift at 0.002 and
///   who-to-follow suggestions are taken at 15%.
///   Out-of-network exposure to what is popular, reposts seen in timelines and follows of the
///   cascade's author are what grow hubs and large cascades (docs/behaviour-model.md §11). On
///   this platform retention is flat (full feeds keep satisfaction high and almost nobody
///   churns), which is why the retention claims are checked on `baseline`.
///
/// Measured on `network` (5,000 agents, 14 days): seed 11 — friendship paradox 95.3%, cascades
/// max 6052 / median 4, in-degree α = 3.44 (x_min 12, tail 1955); seed 12 — 94.7%, max 3995 /
/// median 4, α = 3.49 (x_min 12, tail 1900). Every claim holds on both seeds, the α claim with
/// little margin (with suggestions taken at 30% it was 3.42 and 3.52): it is the one to watch
/// when the model changes.
@Suite struct StylizedFactsTests {
    static let days = 14

    /// The baseline run, shared by the tests that only read it.
    static let baseline = run()
    /// The run with an out-of-network share, for the network and cascade claims.
    static let network = run(outOfNetwork: true)

    static func run(noveltyPropensity: Double? = nil, outOfNetwork: Bool = false, seed: UInt64 = 11) -> TraceFacts {
        let config = outOfNetwork ? TestWorlds.stylizedMix(size: 5000, seed: seed, days: days)
            : TestWorlds.stylized(size: 5000, seed: seed, days: days)
        var behaviour = BehaviourParameters(config: config)
        if let noveltyPropensity { for i in behaviour.types.indices { behaviour.types[i].noveltyPropensity = noveltyPropensity } }
        let sink = MemoryEventSink()
        let simulation = try! Simulation(config: config, sink: sink, threads: 2, behaviour: behaviour)
        _ = simulation.run()
        let facts = TraceFacts(events: sink.events, initialGraph: simulation.initialGraph,
                               initialAgents: config.population.size, days: days, topics: config.population.topics)
        precondition(facts.finalGraph == simulation.world.graph, "replaying the trace must rebuild the final graph")
        return facts
    }

    @Test func inDegreeIsHeavyTailed() {
        // Tolerance of the issue: fitted power-law exponent α between 1.8 and 3.5 (Clauset et al. fit).
        let fit = Self.network.inDegreeExponent
        #expect(fit.tail >= 50)
        #expect(fit.alpha >= 1.8 && fit.alpha <= 3.5, "α = \(fit.alpha) from x_min = \(fit.xmin)")
    }

    @Test func friendshipParadoxHoldsForMostUsers() {
        // Tolerance of the issue: more than 80% of users have followees with more followers on average.
        #expect(Self.network.friendshipParadoxFraction > 0.8)
    }

    @Test func cascadesAreHeavyTailed() {
        // Tolerance of the issue: among posts reposted at least once, the largest cascade is at
        // least 20 times the median.
        let sizes = Self.network.cascadeSizes.sorted()
        #expect(sizes.count >= 100)
        guard let largest = sizes.last else { return }
        #expect(Double(largest) >= 20 * Double(sizes[sizes.count / 2]), "max \(largest), median \(sizes[sizes.count / 2])")
    }

    @Test func churnAndReturnBothOccurAndArrivalsJoin() {
        let facts = Self.baseline
        #expect(facts.churns >= 20)
        #expect(facts.returns >= 5)
        #expect(facts.returns < facts.churns)
        // 20 a day for 14 days is 280 expected; Poisson sd ≈ 17, tolerance 4 sd.
        #expect(abs(facts.arrivals - 280) <= 68)
    }

    @Test func dayNRetentionDecreasesWithN() {
        // Initial cohort (agents with a session on day 0): the mean of days 1–3 exceeds that of days
        // 11–13. Arrivals: days 0–1 after joining exceed days 5–6. Strict inequalities; the world is
        // fixed-seed, so this checks the direction, not a tuned constant.
        let r = Self.baseline.retention
        #expect((r[1] + r[2] + r[3]) / 3 > (r[11] + r[12] + r[13]) / 3, "\(r)")
        let a = Self.baseline.arrivalRetention
        #expect((a[0] + a[1]) / 2 > (a[5] + a[6]) / 2, "\(a)")
    }

    @Test func noveltySeekingRaisesTheDiversityOfWhatAgentsEngageWith() {
        // Same world, every type's mean novelty propensity at 0 versus 0.9: the mean unbiased
        // Gini–Simpson topic diversity of the posts each agent engaged with rises by at least 0.03
        // (observed 0.637 → 0.710; neighbouring settings differ by ≈ 0.01–0.03).
        //
        // Exposure diversity (what agents were shown) is also computed, but with an in-network
        // chronological feed an agent's own novelty seeking barely changes what it is shown (only
        // through its rare follows): across settings it moves by ±0.05 without a direction, so it
        // is not asserted here; the recommender's exploration knob, which does change what agents
        // are shown, is asserted on `exposureDiversity` in the next test.
        let low = Self.run(noveltyPropensity: 0)
        let high = Self.run(noveltyPropensity: 0.9)
        #expect(high.engagementDiversity > low.engagementDiversity + 0.03,
                "\(low.engagementDiversity) → \(high.engagementDiversity)")
        #expect(low.exposureDiversity > 0 && high.exposureDiversity > 0)
    }

    @Test func theRecommendersExplorationKnobRaisesExposureDiversity() {
        // The "novelty/exploration knob" on the platform side: the same chronological
        // world (2,000 agents, 5 days) with the feed's ε-exploration at 0 versus 0.3 (that share
        // of feed slots goes to random recent posts from anyone). The mean unbiased Gini–Simpson
        // topic diversity of what each agent was shown must rise by at least 0.03 (observed, seed
        // 11: 0.725 → 0.813).
        func exposureDiversity(exploration: Double) -> Double {
            var config = TestWorlds.stylized(size: 2000, seed: 11, days: 5)
            config.recommender.exploration = exploration
            let sink = MemoryEventSink()
            let simulation = try! Simulation(config: config, sink: sink, threads: 2)
            _ = simulation.run()
            return TraceFacts(events: sink.events, initialGraph: simulation.initialGraph,
                              initialAgents: config.population.size, days: 5, topics: config.population.topics).exposureDiversity
        }
        let closed = exposureDiversity(exploration: 0)
        let exploring = exposureDiversity(exploration: 0.3)
        #expect(exploring > closed + 0.03, "\(closed) → \(exploring)")
    }
}
