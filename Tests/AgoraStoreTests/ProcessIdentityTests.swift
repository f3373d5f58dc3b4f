import Foundation
import Testing

@testable import AgoraStore

#if canImport(Glibc)
import Glibc
#endif

@Suite struct ProcessIdentityTests {
    @Test func parsesTheStartTimeAfterACommandNameWithSpacesAndParentheses() throws {
        let fields3to22 = (3...22).map { $0 == 3 ? "S" : $0 == 22 ? "987654" : "\($0)" }.joined(separator: " ")
        let text = "4242 (my (odd) name) ) " + fields3to22 + " 23 24 25\n"
        let stat = try #require(ProcessStat.parse(text))
        #expect(stat.startTicks == 987_654)
        #expect(stat.state == "S")
        #expect(!stat.hasExited)
        #expect(ProcessStat.parse("4242 (cut) S 1 2") == nil)
        #expect(ProcessStat.parse("no parenthesis") == nil)
    }

    @Test func zombieAndDeadStatesCountAsExited() {
        #expect(ProcessStat(state: "Z", startTicks: 1).hasExited)
        #expect(ProcessStat(state: "X", startTicks: 1).hasExited)
        #expect(!ProcessStat(state: "R", startTicks: 1).hasExited)
        #expect(!ProcessStat(state: "D", startTicks: 1).hasExited)
    }

    @Test func theCurrentProcessIsAliveUnderItsOwnIdentity() throws {
        let identity = try #require(ProcessIdentity.current())
        let machine = try #require(MachineIdentity.current())
        #expect(identity.pid == getpid())
        #expect(identity.bootID == machine.bootID)
        #expect(identity.bootID.count == 36)
        #expect(identity.liveness(checkedOn: machine) == .alive)
        #expect(ProcessIdentity.of(pid: getpid()) == identity)
    }

    @Test func aPidWithNoProcessHasNoIdentity() {
        #expect(ProcessIdentity.of(pid: 0) == nil)
        #expect(ProcessIdentity.of(pid: -5) == nil)
        #expect(ProcessIdentity.of(pid: Int32.max) == nil)
    }
}
