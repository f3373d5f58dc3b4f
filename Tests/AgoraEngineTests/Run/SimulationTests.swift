import AgoraAgents
import AgoraConfig
import AgoraCore
import Testing
@testable import AgoraEngine

@Suite struct SimulationTests {
    private func events(_ config: WorldConfig, threads: Int, behaviour: BehaviourParameters? = nil) -> [TraceEvent] {
        let sink = MemoryEventSink()
        let simulation = try! Simulation(config: config, sink: sink, threads: threads, behaviour: behaviour)
        _ = simulation.run()
        return sink.events
    }

    /// Fast churn, quick returns and many arrivals, so that two days hold all of them.
    private func turbulentModel(_ config: WorldConfig) -> BehaviourParameters {
        var behaviour = BehaviourParameters(config: config)
        behaviour.model.churnHazard = 0.3
        behaviour.model.returnProbability = 0.8
        behaviour.model.returnDelay = .hour * 6
        behaviour.model.arrivalsPerDay = 60
        return behaviour
    }

    @Test func churnReturnAndArrivalsAreIdenticalWhateverTheThreadCount() {
        let config = TestWorlds.small()
        let turbulent = turbulentModel(config)
        let one = events(config, threads: 1, behaviour: turbulent)
        let counts = Dictionary(grouping: one, by: \.kindCode).mapValues(\.count)
        for kind in [EventKind.churn, .return, .arrival, .quote, .comment, .mute] {
            #expect((counts[kind.rawValue] ?? 0) > 0, "no \(kind) events")
        }
        #expect(events(config, threads: 2, behaviour: turbulent) == one)
        #expect(events(config, threads: 8, behaviour: turbulent) == one)
    }

    @Test func arrivalsJoinTheGraphAndTheSnapshots() {
        let config = TestWorlds.small()
        let sink = MemoryEventSink()
        let simulation = try! Simulation(config: config, sink: sink, threads: 2, behaviour: turbulentModel(config))
        _ = simulation.run()
        let arrivals = sink.events.filter { $0.kind == .arrival }
        let world = simulation.world
        #expect(world.agentCount == config.population.size + arrivals.count)
        #expect(world.graph.nodeCount == world.agentCount)
        #expect(world.agents.interests.count == world.agentCount * config.population.topics)
        for arrival in arrivals {
            #expect(Int(arrival.value) < config.population.types.count)
            let follows = sink.events.filter { $0.kind == .follow && $0.agent == arrival.agent && $0.time == arrival.time }
            #expect(follows.count == min(5, Int(arrival.agent)))
        }
        // The final snapshot covers everyone, arrivals included, with a churned status for churners.
        let last = sink.events.filter { $0.kind == .snapshotAgent && $0.target == 2 }
        #expect(last.count == world.agentCount)
        #expect(last.contains { $0.extra == Int64(AgentStatus.churned.rawValue) })
    }

    @Test func sameSeedGivesIdenticalEventsWhateverTheThreadCount() {
        let config = TestWorlds.small()
        let one = events(config, threads: 1)
        #expect(one.count > 1000)
        #expect(events(config, threads: 2) == one)
        #expect(events(config, threads: 8) == one)
    }

    @Test func anotherSeedGivesDifferentEvents() {
        #expect(events(TestWorlds.small(seed: 7), threads: 2) != events(TestWorlds.small(seed: 8), threads: 2))
    }

    @Test func sessionsProduceEveryCoreKindOfEvent() {
        let counts = Dictionary(grouping: events(TestWorlds.small(), threads: 2), by: \.kindCode).mapValues(\.count)
        for kind in [EventKind.sessionStart, .sessionEnd, .impression, .like, .repost, .post, .follow, .snapshotDay, .snapshotAgent] {
            #expect((counts[kind.rawValue] ?? 0) > 0, "no \(kind) events")
        }
        #expect(counts[EventKind.sessionStart.rawValue] == counts[EventKind.sessionEnd.rawValue])
        // One snapshot per day boundary before the horizon plus the final one.
        #expect(counts[EventKind.snapshotDay.rawValue] == 2)
    }

    @Test func eventsOfOneSessionAreContiguousAndTimeOrdered() {
        var open: UInt32?
        var last = SimTime.zero
        var arrived: (agent: UInt32, time: SimTime)?
        let config = TestWorlds.small(size: 100)
        for event in events(config, threads: 2, behaviour: turbulentModel(config)) where event.kindCode < EventKind.snapshotDay.rawValue {
            // Outside sessions: a return just before its session, a churn just after one, an
            // arrival followed by the newcomer's follows.
            if event.kind == .return || event.kind == .churn {
                #expect(open == nil)
                continue
            }
            if event.kind == .arrival {
                #expect(open == nil)
                arrived = (event.agent, event.time)
                continue
            }
            if open == nil, event.kind == .follow, let arrived, arrived.agent == event.agent, arrived.time == event.time {
                continue
            }
            if event.kind == .sessionStart {
                #expect(open == nil)
                open = event.agent
                last = event.time
            } else {
                #expect(open == event.agent)
                #expect(event.time >= last)
                last = event.time
                if event.kind == .sessionEnd { open = nil }
            }
        }
    }
}
