import AgoraCore
import Foundation
@testable import AgoraTrace

/// Sample traces for the tests: a small population, a follow graph, and a deterministic mix of
/// every event kind drawn from `RandomStream`.
struct TraceFixture {
    let header: TraceHeader
    let agents: AgentAttributes
    let graph: FollowGraph
    let events: [TraceEvent]
    let texts: [(post: UInt32, text: String)]

    /// - Parameters: `agentCount` agents with 3 topics, `eventCount` events, blocks of
    ///   `blockEvents`, a text for every 7th post.
    init(seed: UInt64 = 7, agentCount: Int = 40, eventCount: Int = 2_500, blockEvents: Int = 256, extraKindCodes: [UInt8] = []) {
        var random = RandomStream(seed: seed, purpose: .population)
        var agents = AgentAttributes(count: agentCount, topicCount: 3)
        for index in 0..<agentCount {
            agents.type[index] = UInt8(random.nextIndex(below: 2))
            agents.activity[index] = Float(random.nextUnit() * 5)
            for topic in 0..<3 { agents.interests[index * 3 + topic] = Float(random.nextUnit()) }
            agents.opinion[index] = Float(random.nextUnit() * 2 - 1)
            agents.community[index] = UInt32(random.nextIndex(below: 4))
            agents.persona[index] = index % 5 == 0 ? UInt32(index) : UInt32.max
            agents.joinTime[index] = index < agentCount - 3 ? 0 : Int64(index) * 60_000
        }
        var graph = FollowGraph(nodeCount: agentCount)
        for _ in 0..<(agentCount * 4) {
            graph.follow(AgentID(random.nextIndex(below: agentCount)), AgentID(random.nextIndex(below: agentCount)))
        }
        let kindCodes = EventKind.allCases.map(\.rawValue) + extraKindCodes
        var events: [TraceEvent] = []
        var texts: [(UInt32, String)] = []
        var time: Int64 = 0
        var nextPost: UInt32 = 0
        for _ in 0..<eventCount {
            // Mostly increasing times with occasional steps back, as in a windowed apply order.
            time += Int64(random.nextIndex(below: 5_000)) - (random.bernoulli(0.1) ? 7_000 : 0)
            let code = kindCodes[random.nextIndex(below: kindCodes.count)]
            let agent = random.bernoulli(0.02) ? AgentID.none.rawValue : UInt32(random.nextIndex(below: agentCount))
            var event = TraceEvent(
                time: SimTime(milliseconds: time), kindCode: code, agent: agent,
                target: UInt32(random.nextIndex(below: 1_000)), value: Int64(random.nextIndex(below: 200)) - 100,
                extra: random.bernoulli(0.01) ? Int64.min : Int64(random.nextIndex(below: 1 << 20)))
            if let kind = EventKind(rawValue: code), kind.createsPost {
                event.target = nextPost
                event.value = kind == .post ? -1 : Int64(random.nextIndex(below: Int(nextPost) + 1))
                event.extra = PostAttributesPacking.pack(
                    topic: UInt16(random.nextIndex(below: 3)), stance: Float(random.nextUnit() * 2 - 1))
                if nextPost % 7 == 0 { texts.append((nextPost, "post \(nextPost) — “ünïcode” \(String(repeating: "x", count: Int(nextPost % 50)))")) }
                nextPost += 1
            }
            events.append(event)
        }
        header = TraceHeader(
            engineVersion: "test", worldName: "fixture", configHash: String(repeating: "ab", count: 32), seed: seed,
            horizon: SimTime.day, populationTypes: ["casual", "creator"], blockEvents: blockEvents)
        self.agents = agents
        self.graph = graph
        self.events = events
        self.texts = texts
    }

    /// Writes the trace to `path`, interleaving texts with the events that create their posts.
    @discardableResult
    func write(to path: String, status: TraceEndStatus = .completed, finish: Bool = true) throws -> TraceWriteSummary? {
        let writer = try TraceWriter(path: path, header: header, agents: agents, initialGraph: graph, compressionLevel: 3)
        var textIndex = 0
        for event in events {
            writer.append(event)
            if textIndex < texts.count, EventKind(rawValue: event.kindCode)?.createsPost == true,
               texts[textIndex].post == event.target {
                writer.appendText(post: texts[textIndex].post, text: texts[textIndex].text)
                textIndex += 1
            }
        }
        guard finish else { return nil }
        return try writer.finish(status: status, simulatedTime: SimTime.day)
    }
}

/// A fresh temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "agora-trace-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A path inside the directory.
    func file(_ name: String) -> String { path + "/" + name }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Reads every block of a trace; returns events, texts and the outcome.
func readEverything(_ path: String) throws -> (reader: TraceReader, events: [TraceEvent], texts: [(UInt32, String)]) {
    var reader = try TraceReader(path: path)
    var events: [TraceEvent] = []
    var texts: [(UInt32, String)] = []
    while let block = reader.nextBlock() {
        switch block {
        case let .events(block): events += block.events
        case let .texts(block): texts += zip(block.posts, block.texts).map { ($0, $1) }
        }
    }
    return (reader, events, texts)
}
