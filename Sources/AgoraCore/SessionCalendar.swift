import HeapModule

/// Pending session wake-ups in a calendar queue: a ring of time buckets for the next ≈ 37
/// simulated hours and a min-heap for wake-ups further out.
///
/// The scheduler takes sessions a window at a time (`pop(before:into:)`), never one by one, so
/// whole buckets move into the batch with one copy and only the batch (a few hundred to a few
/// thousand events) is sorted into the total order. A binary heap of every agent's next wake-up
/// paid O(log n) cache-missing levels per session instead: ≈ 15% of the serial apply thread at
/// 100,000 agents (`docs/performance.md`). The order handed out is exactly the heap's — (time,
/// priority, sequence) — so traces do not change.
///
/// Invariants: ring bucket `b` (absolute number `time >> bucketShift`, stored at `b & mask`) holds
/// events with `b` in `[base, base + bucketCount)`; an event scheduled earlier than the ring's
/// base bucket goes into the base bucket (it is still taken first); events whose bucket is past
/// the ring are in `far`, and move into the ring as the base advances, so every `far` event is
/// later than every ring event.
struct SessionCalendar: Sendable {
    /// log₂ of the bucket width in milliseconds: 16.384 simulated seconds per bucket.
    static let bucketShift: Int64 = 14
    /// Buckets in the ring (a power of two): 8,192 × 16.4 s ≈ 37.3 simulated hours.
    static let bucketCount = 1 << 13
    private static let mask = Int64(bucketCount - 1)

    private var buckets: [[ScheduledEvent]]
    /// Absolute number of the earliest bucket the ring covers.
    private var base: Int64 = 0
    /// Events in the ring.
    private var ringCount = 0
    /// Events past the ring's span.
    private var far = Heap<ScheduledEvent>()

    /// An empty calendar starting at time zero.
    init() {
        buckets = Array(repeating: [], count: Self.bucketCount)
    }

    /// Pending wake-ups.
    var count: Int { ringCount + far.count }

    /// Whether nothing is pending.
    var isEmpty: Bool { count == 0 }

    @inline(__always)
    private static func bucket(of time: SimTime) -> Int64 { time.milliseconds >> bucketShift }

    /// Adds a wake-up. O(1) amortized (O(log f) for one past the ring, f of them pending).
    mutating func insert(_ event: ScheduledEvent) {
        let number = Swift.max(Self.bucket(of: event.time), base)
        if number - base >= Int64(Self.bucketCount) {
            far.insert(event)
            return
        }
        buckets[Int(number & Self.mask)].append(event)
        ringCount += 1
    }

    /// The earliest pending wake-up in the total order. O(e + k): e empty buckets skipped, k
    /// events in the first non-empty one.
    var min: ScheduledEvent? {
        guard ringCount > 0 else { return far.min }
        var number = base
        while true {
            let slot = Int(number & Self.mask)
            if !buckets[slot].isEmpty { return buckets[slot].min() }
            number += 1
        }
    }

    /// Moves every wake-up earlier than `end` into `batch`, appended in the total order.
    /// O(b + k log k) for b buckets passed and k events moved.
    mutating func pop(before end: SimTime, into batch: inout [ScheduledEvent]) {
        let start = batch.count
        let endBucket = Self.bucket(of: end)
        while true {
            if ringCount == 0 {
                guard let first = far.min, first.time < end else { break }
                advance(to: Self.bucket(of: first.time))
            }
            // A window may end inside the base bucket or even before it, when it starts at a
            // wake-up that was scheduled earlier than the base (and so sits in the base bucket).
            let reach = Swift.max(endBucket, base)
            let last = Swift.min(reach, base + Int64(Self.bucketCount) - 1)
            var number = base
            while number <= last && ringCount > 0 {
                let slot = Int(number & Self.mask)
                if number < endBucket {
                    // Every event of a bucket before `end`'s is earlier than `end`.
                    ringCount -= buckets[slot].count
                    batch.append(contentsOf: buckets[slot])
                    // Freed, not kept: a bucket fills again only a ring later (37 simulated
                    // hours), and keeping every drained bucket's capacity held a whole day's
                    // sessions (≈ 230 MB at 1M agents).
                    buckets[slot] = []
                } else {
                    takeEarlier(than: end, fromSlot: slot, into: &batch)
                }
                number += 1
            }
            // Buckets before `last` are empty now; the base moves up to it (or past the ring's
            // end when `end` lies beyond it, which pulls far events in for another pass).
            if reach <= last {
                advance(to: last)
                break
            }
            advance(to: last + 1)
        }
        batch[start...].sort()
    }

    /// Moves the events of one bucket that are earlier than `end` into `batch`, keeping the rest.
    private mutating func takeEarlier(than end: SimTime, fromSlot slot: Int, into batch: inout [ScheduledEvent]) {
        var kept = 0
        let total = buckets[slot].count
        for index in 0..<total {
            let event = buckets[slot][index]
            if event.time < end {
                batch.append(event)
            } else {
                buckets[slot][kept] = event
                kept += 1
            }
        }
        buckets[slot].removeLast(total - kept)
        ringCount -= total - kept
    }

    /// Moves the ring's base to `number` (every bucket before it must be empty) and pulls the far
    /// events that now fall inside the ring.
    private mutating func advance(to number: Int64) {
        guard number > base else { return }
        base = number
        while let first = far.min, Self.bucket(of: first.time) - base < Int64(Self.bucketCount) {
            insert(far.removeMin())
        }
    }
}
