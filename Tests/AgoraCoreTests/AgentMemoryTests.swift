import Foundation
import Testing
@testable import AgoraCore

@Suite struct AgentMemoryTests {
    @Test func retentionDecaysExponentiallyWithTheStrength() {
        var memory = AgentMemory(agentCount: 2, capacity: 4, baseStrength: .hour, reinforcement: 2)
        memory.recordExposure(of: PostID(5), by: AgentID(1), at: .zero, engaged: false)
        #expect(abs(memory.retention(of: PostID(5), by: AgentID(1), at: .hour) - exp(-1)) < 1e-6)
        #expect(memory.retention(of: PostID(5), by: AgentID(0), at: .hour) == 0)
        #expect(memory.lastSeen(PostID(5), by: AgentID(1)) == .zero)
    }

    @Test func reExposureResetsTheClockAndStrengthensTheMemory() {
        var memory = AgentMemory(agentCount: 1, capacity: 4, baseStrength: .hour, reinforcement: 2)
        memory.recordExposure(of: PostID(1), by: AgentID(0), at: .zero, engaged: false)
        memory.recordExposure(of: PostID(1), by: AgentID(0), at: .hour, engaged: false)
        // S is now 2h and the clock restarted at 1h.
        #expect(abs(memory.retention(of: PostID(1), by: AgentID(0), at: .hour * 3) - exp(-1)) < 1e-6)
    }

    @Test func engagementDoublesTheFirstStrength() {
        var memory = AgentMemory(agentCount: 1, capacity: 4, baseStrength: .hour, reinforcement: 2)
        memory.recordExposure(of: PostID(1), by: AgentID(0), at: .zero, engaged: true)
        #expect(abs(memory.retention(of: PostID(1), by: AgentID(0), at: .hour * 2) - exp(-1)) < 1e-6)
    }

    @Test func aFullRingForgetsTheOldestItem() {
        var memory = AgentMemory(agentCount: 1, capacity: 3, baseStrength: .day, reinforcement: 2)
        for p in 0..<4 { memory.recordExposure(of: PostID(p), by: AgentID(0), at: SimTime(seconds: Double(p)), engaged: false) }
        #expect(memory.lastSeen(PostID(0), by: AgentID(0)) == nil)
        var items: [UInt32] = []
        memory.forEachItem(of: AgentID(0), at: .hour) { post, _, _ in items.append(post.rawValue) }
        #expect(items == [3, 2, 1])
    }

    @Test func sawRecentlyRespectsTheWindow() {
        var memory = AgentMemory(agentCount: 1, capacity: 8, baseStrength: .day, reinforcement: 2)
        memory.recordExposure(of: PostID(9), by: AgentID(0), at: .hour, engaged: false)
        #expect(memory.sawRecently(PostID(9), by: AgentID(0), within: .hour, before: .hour + .minute))
        #expect(!memory.sawRecently(PostID(9), by: AgentID(0), within: .hour, before: .hour * 2 + .minute))
        #expect(!memory.sawRecently(PostID(8), by: AgentID(0), within: .day, before: .hour * 2))
    }

    @Test func meanRetentionMeasuresSaturation() {
        var memory = AgentMemory(agentCount: 1, capacity: 8, baseStrength: .hour, reinforcement: 2)
        #expect(memory.meanRetention(of: AgentID(0), at: .zero) == 0)
        memory.recordExposure(of: PostID(1), by: AgentID(0), at: .zero, engaged: false)
        memory.recordExposure(of: PostID(2), by: AgentID(0), at: .zero, engaged: false)
        #expect(abs(memory.meanRetention(of: AgentID(0), at: .hour) - exp(-1)) < 1e-6)
    }

    @Test func zeroCapacityRemembersNothing() {
        var memory = AgentMemory(agentCount: 3, capacity: 0, baseStrength: .day, reinforcement: 2)
        memory.recordExposure(of: PostID(7), by: AgentID(1), at: .zero, engaged: true)
        memory.appendAgent()
        memory.recordExposure(of: PostID(8), by: AgentID(3), at: .hour, engaged: false)
        #expect(memory.lastSeen(PostID(7), by: AgentID(1)) == nil)
        #expect(!memory.sawRecently(PostID(8), by: AgentID(3), within: .day, before: .hour * 2))
        #expect(memory.retention(of: PostID(7), by: AgentID(1), at: .hour) == 0)
        #expect(memory.meanRetention(of: AgentID(1), at: .hour) == 0)
        var items = 0
        memory.forEachItem(of: AgentID(3), at: .hour) { _, _, _ in items += 1 }
        #expect(items == 0)
    }
}
