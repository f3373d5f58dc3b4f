import Foundation
import AgoraCore

/// Item–item collaborative filtering on co-engagement: two posts are similar when the same agents
/// engaged with both. Trained from (agent, post) interactions; read concurrently by feeds.
///
/// Training, for interactions `(u, i)`:
/// 1. each agent keeps its `maxItemsPerUser` most recent distinct items (`R(u)`);
/// 2. each item keeps at most `maxUsersPerItem` agents (`U(i)`, first engagers first);
/// 3. co-counts `c(i, j) = |U(i) ∩ U(j)|` are accumulated through the agents of `i`, and the
///    similarity is the cosine `c(i, j) / √(|U(i)|·|U(j)|)`;
/// 4. each item keeps its `neighbors` most similar items (ties: lower item first).
/// Cost: O(Σ_u |R(u)|²) time, bounded by interactions × maxItemsPerUser, split over the cores
/// (items are independent, so the result does not depend on the thread count); memory
/// O(interactions + items × neighbors).
///
/// `@unchecked Sendable`: mutated only by `train`, which runs in the serial apply phase.
public final class CollaborativeModel: @unchecked Sendable {
    /// Neighbours kept per item.
    public let neighbors: Int
    /// Most recent items kept per agent.
    public let maxItemsPerUser: Int
    /// Agents kept per item.
    public let maxUsersPerItem: Int
    /// Interactions used by the last training.
    public private(set) var interactionCount = 0
    /// Post id of each model item.
    public private(set) var itemPost: [UInt32] = []
    /// CSR: item `i`'s neighbours are `neighborItem[neighborStart[i] ..< neighborStart[i] + neighborCount[i]]`.
    private(set) var neighborCount: [Int32] = []
    private(set) var neighborItem: [Int32] = []
    private(set) var neighborWeight: [Float] = []
    /// CSR: agent `u`'s items (most recent first) are `userItems[userStart[u] ..< userStart[u+1]]`.
    private(set) var userStart: [Int32] = [0]
    private(set) var userItems: [Int32] = []

    /// Creates an untrained model.
    public init(neighbors: Int, maxItemsPerUser: Int = 50, maxUsersPerItem: Int = 200) {
        self.neighbors = max(1, neighbors)
        self.maxItemsPerUser = max(1, maxItemsPerUser)
        self.maxUsersPerItem = max(1, maxUsersPerItem)
    }

    /// Number of items (posts with at least one interaction).
    public var itemCount: Int { itemPost.count }

    /// The interactions a world holds: every repost, quote and comment is an engagement of its
    /// author with the cascade root it shares. (Likes are counted on posts but the world does not
    /// record who liked what, so they cannot feed a co-engagement model.) In post order.
    public static func interactions(in world: WorldState) -> (users: [UInt32], items: [UInt32]) {
        let posts = world.posts
        var users: [UInt32] = []
        var items: [UInt32] = []
        for index in 0..<posts.count where posts.parent[index] != PostID.none.rawValue {
            users.append(posts.author[index])
            items.append(posts.root[index])
        }
        return (users, items)
    }

    /// Trains on interactions `(users[n], items[n])`, oldest first; `agentCount` bounds the
    /// agent ids and `postCount` the post ids (larger ids are ignored).
    public func train(users: [UInt32], items: [UInt32], agentCount: Int, postCount: Int) {
        let n = min(users.count, items.count)
        // Dense item ids in ascending post order, so the model does not depend on interaction order.
        var itemOf = [Int32](repeating: -1, count: postCount)
        var valid = 0
        for k in 0..<n where Int(users[k]) < agentCount && Int(items[k]) < postCount {
            itemOf[Int(items[k])] = 0
            valid += 1
        }
        interactionCount = valid
        itemPost.removeAll(keepingCapacity: true)
        for post in 0..<postCount where itemOf[post] == 0 {
            itemOf[post] = Int32(itemPost.count)
            itemPost.append(UInt32(post))
        }
        let itemTotal = itemPost.count
        buildUserItems(users: users, items: items, count: n, itemOf: itemOf, agentCount: agentCount, itemTotal: itemTotal)
        let (itemStart, itemUsers) = buildItemUsers(itemTotal: itemTotal, agentCount: agentCount)
        computeNeighbors(itemTotal: itemTotal, itemStart: itemStart, itemUsers: itemUsers)
    }

    /// Calls `body` with the agent's items, most recent first. O(items of the agent).
    @inline(__always)
    func forEachItem(of agent: AgentID, _ body: (Int) -> Void) {
        guard agent.index + 1 < userStart.count else { return }
        for k in Int(userStart[agent.index])..<Int(userStart[agent.index + 1]) { body(Int(userItems[k])) }
    }

    /// Calls `body` with each neighbour of `item` and its similarity. O(neighbors).
    @inline(__always)
    func forEachNeighbor(of item: Int, _ body: (Int, Float) -> Void) {
        let base = item * neighbors
        for k in 0..<Int(neighborCount[item]) { body(Int(neighborItem[base + k]), neighborWeight[base + k]) }
    }

    /// The similarity of two items as stored (0 when `b` is not among `a`'s neighbours).
    public func similarity(ofPost a: UInt32, toPost b: UInt32) -> Float {
        guard let i = itemPost.firstIndex(of: a), let j = itemPost.firstIndex(of: b) else { return 0 }
        var result: Float = 0
        forEachNeighbor(of: i) { neighbor, weight in if neighbor == j { result = weight } }
        return result
    }

    private func buildUserItems(users: [UInt32], items: [UInt32], count n: Int, itemOf: [Int32], agentCount: Int, itemTotal: Int) {
        var perUser = [Int32](repeating: 0, count: agentCount + 1)
        for k in 0..<n where Int(users[k]) < agentCount && Int(items[k]) < itemOf.count { perUser[Int(users[k]) + 1] += 1 }
        for u in 0..<agentCount { perUser[u + 1] += perUser[u] }
        var ordered = [Int32](repeating: 0, count: Int(perUser[agentCount]))
        var cursor = perUser
        for k in 0..<n where Int(users[k]) < agentCount && Int(items[k]) < itemOf.count {
            let u = Int(users[k])
            ordered[Int(cursor[u])] = itemOf[Int(items[k])]
            cursor[u] += 1
        }
        // Keep each agent's most recent distinct items, newest first.
        var lastUser = [Int32](repeating: -1, count: itemTotal)
        userStart = [Int32](repeating: 0, count: agentCount + 1)
        userItems.removeAll(keepingCapacity: true)
        for u in 0..<agentCount {
            var kept = 0
            var k = Int(perUser[u + 1]) - 1
            while k >= Int(perUser[u]), kept < maxItemsPerUser {
                let item = Int(ordered[k])
                if lastUser[item] != Int32(u) {
                    lastUser[item] = Int32(u)
                    userItems.append(Int32(item))
                    kept += 1
                }
                k -= 1
            }
            userStart[u + 1] = Int32(userItems.count)
        }
    }

    private func buildItemUsers(itemTotal: Int, agentCount: Int) -> (start: [Int32], users: [Int32]) {
        var degree = [Int32](repeating: 0, count: itemTotal + 1)
        for item in userItems { degree[Int(item) + 1] += 1 }
        for i in 0..<itemTotal { degree[i + 1] += degree[i] }
        var users = [Int32](repeating: 0, count: userItems.count)
        var cursor = degree
        for u in 0..<agentCount {
            for k in Int(userStart[u])..<Int(userStart[u + 1]) {
                let item = Int(userItems[k])
                users[Int(cursor[item])] = Int32(u)
                cursor[item] += 1
            }
        }
        return (degree, users)
    }

    private func computeNeighbors(itemTotal: Int, itemStart: [Int32], itemUsers: [Int32]) {
        let width = neighbors
        neighborCount = [Int32](repeating: 0, count: itemTotal)
        neighborItem = [Int32](repeating: -1, count: itemTotal * width)
        neighborWeight = [Float](repeating: 0, count: itemTotal * width)
        guard itemTotal > 0 else { return }
        let chunks = min(max(1, ProcessInfo.processInfo.activeProcessorCount), 8, itemTotal)
        let maxUsers = maxUsersPerItem
        let userStart = self.userStart
        let userItems = self.userItems
        neighborCount.withUnsafeMutableBufferPointer { counts in
            neighborItem.withUnsafeMutableBufferPointer { outItems in
                neighborWeight.withUnsafeMutableBufferPointer { outWeights in
                    // Each chunk writes only the rows of its own items, so the writes never overlap.
                    nonisolated(unsafe) let counts = counts
                    nonisolated(unsafe) let outItems = outItems
                    nonisolated(unsafe) let outWeights = outWeights
                    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                        var co = [Int32](repeating: 0, count: itemTotal)
                        var touched: [Int32] = []
                        let first = itemTotal * chunk / chunks
                        let last = itemTotal * (chunk + 1) / chunks
                        for i in first..<last {
                            let usersEnd = min(Int(itemStart[i + 1]), Int(itemStart[i]) + maxUsers)
                            for k in Int(itemStart[i])..<usersEnd {
                                let u = Int(itemUsers[k])
                                for m in Int(userStart[u])..<Int(userStart[u + 1]) {
                                    let j = Int(userItems[m])
                                    guard j != i else { continue }
                                    if co[j] == 0 { touched.append(Int32(j)) }
                                    co[j] += 1
                                }
                            }
                            let degreeI = Float(usersEnd - Int(itemStart[i]))
                            var kept = 0
                            let base = i * width
                            for j32 in touched {
                                let j = Int(j32)
                                let degreeJ = Float(min(Int(itemStart[j + 1]) - Int(itemStart[j]), maxUsers))
                                let weight = Float(co[j]) / (degreeI * degreeJ).squareRoot()
                                co[j] = 0
                                // Insertion into the item's bounded, best-first neighbour row.
                                var position = kept
                                while position > 0 {
                                    let w = outWeights[base + position - 1]
                                    if w > weight || (w == weight && Int(outItems[base + position - 1]) < j) { break }
                                    position -= 1
                                }
                                guard position < width else { continue }
                                var shift = min(kept, width - 1)
                                while shift > position {
                                    outWeights[base + shift] = outWeights[base + shift - 1]
                                    outItems[base + shift] = outItems[base + shift - 1]
                                    shift -= 1
                                }
                                outWeights[base + position] = weight
                                outItems[base + position] = j32
                                kept = min(kept + 1, width)
                            }
                            touched.removeAll(keepingCapacity: true)
                            counts[i] = Int32(kept)
                        }
                    }
                }
            }
        }
    }
}
