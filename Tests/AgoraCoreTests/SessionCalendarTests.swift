import HeapModule
import Testing
@testable import AgoraCore

@Suite struct SessionCalendarTests {
    /// Drives a calendar and a plain heap with the same random schedule — wake-ups seconds to days
    /// ahead, some earlier than the window just taken (as an apply may schedule), windows of
    /// random length, some longer than the calendar's ring — and checks both hand out the same
    /// events in the same order.
    @Test(arguments: [1, 2, 3, 4])
    func windowsComeOutExactlyAsFromAHeap(seed: UInt64) {
        var calendar = SessionCalendar()
        var heap = Heap<ScheduledEvent>()
        var stream = RandomStream(seed: seed, purpose: .wake, agent: 0, sequence: 0)
        var sequence: UInt64 = 0
        func schedule(at milliseconds: Int64) {
            let event = ScheduledEvent(time: SimTime(milliseconds: milliseconds), kind: .session, sequence: sequence,
                                       subject: UInt32(sequence % 977))
            sequence += 1
            calendar.insert(event)
            heap.insert(event)
        }
        for _ in 0..<2_000 { schedule(at: Int64(stream.nextUnit() * 3 * 86_400_000)) }
        var now: Int64 = 0
        var windows = 0
        while !heap.isEmpty {
            #expect(calendar.min == heap.min)
            let start = heap.min!.time.milliseconds
            let length: Int64 = stream.nextUnit() < 0.05 ? Int64(stream.nextUnit() * 3 * 86_400_000) : 60_000
            let end = SimTime(milliseconds: start + length)
            var fromCalendar: [ScheduledEvent] = []
            calendar.pop(before: end, into: &fromCalendar)
            var fromHeap: [ScheduledEvent] = []
            while let first = heap.min, first.time < end { fromHeap.append(heap.removeMin()) }
            #expect(fromCalendar == fromHeap)
            #expect(fromCalendar.map(\.sequence) == fromHeap.map(\.sequence))
            #expect(calendar.count == heap.count)
            now = start
            // Each taken session schedules its next one: mostly minutes to hours ahead, sometimes
            // days (past the ring), sometimes before the window's end (picked up next window).
            for event in fromHeap where sequence < 20_000 {
                let draw = stream.nextUnit()
                let gap: Int64 = draw < 0.1 ? Int64(stream.nextUnit() * 60_000)
                    : draw < 0.9 ? Int64(stream.nextUnit() * 8 * 3_600_000)
                    : Int64(stream.nextUnit() * 5 * 86_400_000)
                schedule(at: event.time.milliseconds + gap)
            }
            windows += 1
        }
        #expect(calendar.isEmpty)
        #expect(calendar.min == nil)
        #expect(windows > 100)
        #expect(now > 0)
    }

    @Test func aWakeUpEarlierThanTheRingsBaseIsStillTakenFirst() {
        var calendar = SessionCalendar()
        calendar.insert(ScheduledEvent(time: .hour, kind: .session, sequence: 0, subject: 1))
        calendar.insert(ScheduledEvent(time: .hour * 3, kind: .session, sequence: 1, subject: 2))
        var batch: [ScheduledEvent] = []
        calendar.pop(before: .hour * 2, into: &batch)
        #expect(batch.map(\.subject) == [1])
        // The base has moved to two hours; a wake-up at 90 minutes lands in the base bucket.
        calendar.insert(ScheduledEvent(time: SimTime(milliseconds: 5_400_000), kind: .session, sequence: 2, subject: 3))
        #expect(calendar.min?.subject == 3)
        batch.removeAll()
        calendar.pop(before: .hour * 4, into: &batch)
        #expect(batch.map(\.subject) == [3, 2])
    }

    @Test func wakeUpsDaysAheadWaitPastTheRingAndComeBackInOrder() {
        var calendar = SessionCalendar()
        let days: [Int64] = [9, 2, 30, 2, 5]
        for (index, day) in days.enumerated() {
            calendar.insert(ScheduledEvent(time: .day * day, kind: .session, sequence: UInt64(index), subject: UInt32(index)))
        }
        var batch: [ScheduledEvent] = []
        calendar.pop(before: .day * 3, into: &batch)
        #expect(batch.map(\.subject) == [1, 3])
        batch.removeAll()
        calendar.pop(before: .day * 31, into: &batch)
        #expect(batch.map(\.subject) == [4, 0, 2])
        #expect(calendar.isEmpty)
    }
}
