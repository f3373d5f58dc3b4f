import Testing
@testable import AgoraCore

struct MuteListTests {
    @Test func muteIsPerAgentBoundedAndIgnoresSelfMutes() {
        var mutes = MuteList(agentCount: 3, capacity: 2)
        #expect(!mutes.hasMutes(AgentID(0)))
        let first = mutes.mute(AgentID(1), by: AgentID(0))
        let again = mutes.mute(AgentID(1), by: AgentID(0))
        let selfMute = mutes.mute(AgentID(0), by: AgentID(0))
        #expect(first && !again && !selfMute)
        #expect(mutes.isMuted(1, by: AgentID(0)))
        #expect(!mutes.isMuted(1, by: AgentID(2)))
        mutes.mute(AgentID(2), by: AgentID(0))
        mutes.mute(AgentID(3), by: AgentID(0))
        // Capacity 2: the oldest mute (1) is forgotten.
        #expect(!mutes.isMuted(1, by: AgentID(0)))
        #expect(mutes.isMuted(2, by: AgentID(0)) && mutes.isMuted(3, by: AgentID(0)))
        let lifted = mutes.unmute(AgentID(2), by: AgentID(0))
        #expect(lifted)
        #expect(!mutes.isMuted(2, by: AgentID(0)))
        mutes.appendAgent()
        #expect(mutes.agentCount == 4 && !mutes.hasMutes(AgentID(3)))
        #expect(!mutes.isMuted(1, by: AgentID(99)))
    }
}
