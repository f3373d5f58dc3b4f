import AgoraConfig
import AgoraCore
import Testing
@testable import AgoraEngine

@Suite struct SimulationTests {
    private func events(_ config: WorldConfig, threads: Int) -> [TraceEvent] {
        let sink = MemoryEventSink()
        let simulation = try! Simulation(config: config, sink: sink, threads: threads)
        _ = simulation.run()
        return sink.events
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
        for event in events(TestWorlds.small(size: 100), threads: 2) where event.kindCode < EventKind.snapshotDay.rawValue {
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
