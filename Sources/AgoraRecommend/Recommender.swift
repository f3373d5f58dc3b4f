import AgoraCore

/// A feed algorithm: fills an agent's feed with post ids, and optionally retrains on a schedule.
///
/// Contract (checked by the conformance tests every implementation runs):
/// - `fillFeed` is called concurrently from several threads during a window's decide phase; it
///   must only read `world` and write into `feed` and the per-worker `scratch`;
/// - it is deterministic given the world, the agent, the time and the stream;
/// - a feed holds at most `feedSize` posts, no duplicates, none authored by the agent itself
///   (nor reposts of its own posts);
/// - it allocates nothing in the steady state (scratch and feed keep their capacity);
/// - `retrain` is called only in the serial apply phase.
public protocol Recommender: AnyObject, Sendable {
    /// A short stable name (`chronological`, …), as written in configs.
    var name: String { get }
    /// Posts per feed.
    var feedSize: Int { get }
    /// Fills `feed` (already empty) for `agent` at `time`.
    func fillFeed(
        for agent: AgentID, at time: SimTime, world: WorldState, scratch: FeedScratch,
        stream: inout RandomStream, into feed: inout [PostID]
    )
    /// Rebuilds any learned state from the world as it stands (interactions so far).
    func retrain(world: WorldState, at time: SimTime)
}

/// Per-worker scratch memory for building feeds, reused across sessions so feed building does
/// not allocate. Owned by one decide thread at a time.
public final class FeedScratch: @unchecked Sendable {
    /// Candidate post ids.
    public var candidates: [PostID] = []
    /// Candidate scores or times, parallel to `candidates`.
    public var scores: [Int64] = []

    /// Creates scratch with room for `capacity` candidates.
    public init(capacity: Int = 256) {
        candidates.reserveCapacity(capacity)
        scores.reserveCapacity(capacity)
    }

    /// Empties the scratch, keeping capacity.
    @inlinable
    public func reset() {
        candidates.removeAll(keepingCapacity: true)
        scores.removeAll(keepingCapacity: true)
    }
}
