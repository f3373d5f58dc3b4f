import AgoraCore

/// Per-worker scratch memory for building feeds, reused across sessions so that feed building
/// does not allocate in the steady state. The engine makes one per decide worker.
///
/// `@unchecked Sendable`: owned by one decide thread at a time (the driver indexes scratches by
/// worker), never shared between concurrent `fillFeed` calls.
public final class FeedScratch: @unchecked Sendable {
    /// The ranked candidates of the feed being built.
    public let ranked: CandidateList
    /// Fallback candidates (collaborative cold start).
    let fallbackList = CandidateList()
    /// One candidate list per `mix` component (grown on first use).
    var componentLists: [CandidateList] = []
    /// `mix` quotas and posts taken per source.
    var mixQuotas: [Int] = []
    var mixTaken: [Int] = []
    /// Per-candidate "already selected" flags for re-ranking.
    var selected: [Bool] = []
    /// Per-topic "already in the feed" flags for MMR.
    var topicTaken: [Bool] = []
    /// Per-topic effective interest of the agent (interest + feedback).
    var topicWeights: [Double] = []
    /// Collaborative filtering: accumulated similarity by model item, and the items touched.
    var itemWeights: [Float] = []
    var touchedItems: [Int32] = []

    /// Creates scratch with room for `capacity` candidates.
    public init(capacity: Int = 256) {
        ranked = CandidateList(capacity: capacity)
        selected.reserveCapacity(capacity)
    }

    /// The candidate list of `mix` component `index`, created on first use.
    func componentList(_ index: Int) -> CandidateList {
        while componentLists.count <= index { componentLists.append(CandidateList()) }
        return componentLists[index]
    }

    /// Resizes `array` to `count` copies of `value`, keeping capacity.
    static func fill<T>(_ array: inout [T], count: Int, with value: T) {
        if array.count == count {
            for i in 0..<count { array[i] = value }
        } else {
            array.removeAll(keepingCapacity: true)
            array.append(contentsOf: repeatElement(value, count: count))
        }
    }
}
