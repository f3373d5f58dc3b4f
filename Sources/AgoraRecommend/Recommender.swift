import AgoraCore

/// A feed algorithm: fills an agent's feed with post ids, and rebuilds its learned state and
/// candidate pools on a schedule.
///
/// Contract (checked by the conformance tests every implementation runs):
/// - `fillFeed` is called concurrently from several threads during a window's decide phase; it
///   only reads `world` (and the recommender's own state, which only `retrain` writes) and writes
///   into `feed` and the per-worker `scratch`;
/// - it is deterministic given the world, the agent, the time and the stream;
/// - a feed holds at most `feedSize` posts, no duplicates, no post created after `time`, none
///   authored by the agent itself (nor reposts of its own posts), none by an author the agent
///   muted (`world.mutes`), and none the agent saw within the memory window
///   (`world.memory.sawRecently`);
/// - it allocates nothing in the steady state (scratch and feed keep their capacity);
/// - `retrain` is called only in the serial apply phase (the engine calls it every
///   `retrainEvery`, and once before the first session so pools exist from the start).
public protocol Recommender: AnyObject, Sendable {
    /// A short stable name (`chronological`, `mix`, …), as written in configs.
    var name: String { get }
    /// Posts per feed.
    var feedSize: Int { get }
    /// Fills `feed` (already empty) for `agent` at `time`.
    func fillFeed(
        for agent: AgentID, at time: SimTime, world: WorldState, scratch: FeedScratch,
        stream: inout RandomStream, into feed: inout [PostID]
    )
    /// Rebuilds any learned state and candidate pool from the world as it stands (the
    /// interactions so far). Returns the number of interactions the model learned from (0 for
    /// algorithms that learn nothing), for the trace's `retrain` event.
    @discardableResult
    func retrain(world: WorldState, at time: SimTime) -> Int
    /// Readies per-window state that every feed of the coming decide phase reads, from the
    /// world's state at the window's start. The engine calls it serially before each decide
    /// phase; feeds served without it are the same, only slower. Must be called again after the
    /// world changes.
    func prepareWindow(world: WorldState)
}

extension Recommender {
    /// Nothing to prepare (the default).
    public func prepareWindow(world: WorldState) {}
}
