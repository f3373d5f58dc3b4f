import AgoraCore
import AgoraRecommend

/// Adds who-to-follow suggestions to decided sessions (decide phase): `follow_suggestion` events
/// just before `session_end`, and with probability `followRate` a follow of the first suggestion.
/// Draws come from the session's recommender stream, after the feed's. One scratch per decide
/// worker and one suggestion buffer per slot, so deciding allocates nothing in the steady state.
///
/// `@unchecked Sendable` invariant: during a decide phase, `suggest` is called for each slot by
/// one worker only, which writes only that slot's buffer and its own scratch.
final class FollowSuggester: @unchecked Sendable {
    /// The who-to-follow algorithm.
    let recommender: any FollowRecommender
    private let scratches: [FollowScratch]
    private var suggestions: [[AgentID]] = []

    /// Creates a suggester with one scratch per decide worker.
    init(recommender: any FollowRecommender, workers: Int) {
        self.recommender = recommender
        scratches = (0..<max(1, workers)).map { _ in FollowScratch() }
    }

    /// Makes room for `count` slots (serially, before a window is decided).
    func prepareWindow(sessionCount count: Int) {
        while suggestions.count < count { suggestions.append([]) }
    }

    /// Inserts the suggestions of the session in `plan` (slot `slot`) before its `session_end`.
    func suggest(in plan: SessionPlan, slot: Int, worker: Int, world: WorldState, stream: inout RandomStream) {
        suggestions[slot].removeAll(keepingCapacity: true)
        guard let endIndex = plan.actions.lastIndex(where: { $0.kind == .sessionEnd }) else { return }
        let time = plan.actions[endIndex].time
        recommender.suggest(for: plan.agent, at: time, world: world, scratch: scratches[worker], stream: &stream,
                            into: &suggestions[slot])
        guard !suggestions[slot].isEmpty else { return }
        var inserted: [PlannedAction] = suggestions[slot].map {
            PlannedAction(time: time, kind: .followSuggestion, target: $0.rawValue, value: 0, extra: 0, traced: true)
        }
        if stream.nextUnit() < recommender.followRate {
            inserted.append(PlannedAction(time: time, kind: .follow, target: suggestions[slot][0].rawValue, value: 1,
                                          extra: 0, traced: true))
        }
        plan.actions.insert(contentsOf: inserted, at: endIndex)
    }
}
