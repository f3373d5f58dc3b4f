import AgoraCore

/// A who-to-follow algorithm: suggests accounts an agent does not follow yet.
///
/// Same threading contract as `Recommender`: `suggest` runs concurrently in a window's decide
/// phase (reading the world, writing only `suggestions` and the per-worker `scratch`, drawing
/// only from `stream`), deterministic and allocation-free once the scratch has grown; `retrain`
/// runs serially in the apply phase on the feed's retraining schedule.
public protocol FollowRecommender: AnyObject, Sendable {
    /// The kind name (`adamic_adar`, …), as written in configs.
    var name: String { get }
    /// Accounts suggested per call.
    var suggestionCount: Int { get }
    /// Probability that an agent follows one suggestion in a session (read by the behaviour).
    var followRate: Double { get }
    /// Appends up to `suggestionCount` eligible accounts for `agent` to `suggestions` (already
    /// empty): not the agent, active, not followed, not muted by it, distinct.
    func suggest(for agent: AgentID, at time: SimTime, world: WorldState, scratch: FollowScratch,
                 stream: inout RandomStream, into suggestions: inout [AgentID])
    /// Rebuilds precomputed state (follower prefix sums, interest buckets) from the world.
    func retrain(world: WorldState, at time: SimTime)
}
