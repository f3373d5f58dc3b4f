import Testing
@testable import AgoraCore

@Suite struct EventQueueTests {
    @Test func eventsComeOutByTimeThenPriorityThenSequence() {
        var queue = EventQueue()
        queue.schedule(.session, at: SimTime(milliseconds: 10), subject: 1)
        queue.schedule(.session, at: SimTime(milliseconds: 5), subject: 2)
        queue.schedule(.snapshot, at: SimTime(milliseconds: 10), subject: 0)
        queue.schedule(.session, at: SimTime(milliseconds: 10), subject: 3)
        queue.schedule(.arrival, at: SimTime(milliseconds: 10), subject: 9)
        var order: [(ScheduledEventKind, UInt32)] = []
        while let next = queue.next {
            if next.kind.isSystem {
                let e = queue.popSystem()!
                order.append((e.kind, e.subject))
            } else {
                var batch: [ScheduledEvent] = []
                queue.popSessions(before: next.time + SimTime(milliseconds: 1), into: &batch)
                order.append(contentsOf: batch.map { ($0.kind, $0.subject) })
            }
        }
        #expect(order.map(\.1) == [2, 0, 9, 1, 3])
        #expect(order.map(\.0) == [.session, .snapshot, .arrival, .session, .session])
    }

    @Test func popSessionsStopsAtTheWindowEnd() {
        var queue = EventQueue()
        for t in [1, 59, 60, 61] { queue.schedule(.session, at: SimTime(seconds: Double(t)), subject: UInt32(t)) }
        var batch: [ScheduledEvent] = []
        queue.popSessions(before: SimTime(seconds: 60), into: &batch)
        #expect(batch.map(\.subject) == [1, 59])
        #expect(queue.count == 2)
    }
}
