import Foundation
import Testing

@testable import AgoraStore

#if canImport(Glibc)
import Glibc
#endif

@Suite struct CatalogDeadOwnersTests {
    /// Starts `/bin/sleep 30` as a real child process and returns it with its identity.
    private func startSleeper() throws -> (Process, ProcessIdentity) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sleep")
        process.arguments = ["30"]
        try process.run()
        let identity = try #require(ProcessIdentity.of(pid: process.processIdentifier))
        return (process, identity)
    }

    @Test func aRunWhoseOwnerWasKilledWithSIGKILLIsInterruptedOnTheNextOpen() throws {
        let folder = try TemporaryFolder()
        let (sleeper, owner) = try startSleeper()
        defer { if sleeper.isRunning { kill(sleeper.processIdentifier, SIGKILL) } }
        try Catalog(path: folder.catalogPath).beginRun(sampleRun(id: "killed"), owner: owner)

        let whileAlive = try Catalog(path: folder.catalogPath)
        #expect(whileAlive.runsInterruptedOnOpen.isEmpty)
        #expect(try whileAlive.run(id: "killed")?.status == .running)

        #expect(kill(owner.pid, SIGKILL) == 0)
        sleeper.waitUntilExit()
        #expect(sleeper.terminationReason == .uncaughtSignal)
        #expect(sleeper.terminationStatus == SIGKILL)

        let afterKill = try Catalog(path: folder.catalogPath)
        #expect(afterKill.runsInterruptedOnOpen == ["killed"])
        let run = try #require(try afterKill.run(id: "killed"))
        #expect(run.status == .interrupted)
        #expect(run.finishedAt != nil)
        #expect(run.errorMessage?.contains("owner process \(owner.pid) no longer exists") == true)
        #expect(run.errorMessage?.hasSuffix("marked interrupted when the catalog was next opened") == true)
        #expect(try afterKill.metrics(runID: "killed").isEmpty)

        let later = try Catalog(path: folder.catalogPath)
        #expect(later.runsInterruptedOnOpen.isEmpty)
        #expect(try later.run(id: "killed") == run)
    }

    @Test func runsOfLiveOwnersStayRunning() throws {
        let folder = try TemporaryFolder()
        let (sleeper, childOwner) = try startSleeper()
        defer {
            kill(sleeper.processIdentifier, SIGKILL)
            sleeper.waitUntilExit()
        }
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "child"), owner: childOwner)
        try catalog.beginRun(sampleRun(id: "self"))

        let reopened = try Catalog(path: folder.catalogPath)
        #expect(reopened.runsInterruptedOnOpen.isEmpty)
        #expect(try reopened.interruptRunsOfDeadOwners().isEmpty)
        #expect(try reopened.runs().map(\.status) == [.running, .running])
    }

    @Test func aReusedPidWithAnotherStartTimeCountsAsDead() throws {
        let folder = try TemporaryFolder()
        var impostor = try #require(ProcessIdentity.current())
        impostor.startTicks += 1
        try Catalog(path: folder.catalogPath).beginRun(sampleRun(id: "reused"), owner: impostor)
        let reopened = try Catalog(path: folder.catalogPath)
        #expect(reopened.runsInterruptedOnOpen == ["reused"])
        #expect(try reopened.run(id: "reused")?.errorMessage?.contains("belongs to another process") == true)
    }

    @Test func anOwnerFromAnEarlierBootCountsAsDead() throws {
        let folder = try TemporaryFolder()
        var beforeReboot = try #require(ProcessIdentity.current())
        beforeReboot.bootID = "00000000-0000-0000-0000-000000000000"
        try Catalog(path: folder.catalogPath).beginRun(sampleRun(id: "rebooted"), owner: beforeReboot)
        let reopened = try Catalog(path: folder.catalogPath)
        #expect(reopened.runsInterruptedOnOpen == ["rebooted"])
        #expect(try reopened.run(id: "rebooted")?.errorMessage?.contains("the machine rebooted") == true)
    }

    @Test func runsOwnedOnAnotherHostOrWithoutOwnerAreLeftAlone() throws {
        let folder = try TemporaryFolder()
        let local = try #require(ProcessIdentity.current())
        let remote = ProcessIdentity(pid: 1, startTicks: 1, bootID: "another-boot", host: local.host + "-elsewhere")
        let catalog = try Catalog(path: folder.catalogPath)
        try catalog.beginRun(sampleRun(id: "remote"), owner: remote)
        try catalog.beginRun(sampleRun(id: "ownerless"), owner: nil)

        let reopened = try Catalog(path: folder.catalogPath)
        #expect(reopened.runsInterruptedOnOpen.isEmpty)
        #expect(try reopened.run(id: "remote")?.owner == remote)
        #expect(try reopened.run(id: "ownerless")?.owner == nil)
        #expect(try reopened.runs().map(\.status) == [.running, .running])
    }

    @Test func severalDeadOwnersAreInterruptedTogetherInIdOrder() throws {
        let folder = try TemporaryFolder()
        var dead = try #require(ProcessIdentity.current())
        dead.startTicks &+= 7
        let catalog = try Catalog(path: folder.catalogPath)
        for id in ["c", "a", "b"] { try catalog.beginRun(sampleRun(id: id), owner: dead) }
        try catalog.beginRun(sampleRun(id: "alive"))
        #expect(try catalog.interruptRunsOfDeadOwners() == ["a", "b", "c"])
        #expect(try catalog.run(id: "alive")?.status == .running)
    }
}
