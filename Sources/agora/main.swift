import AgoraEngine
import ArgumentParser
import Foundation

// The `agora` command line: a thin shell over AgoraEngine (docs/architecture.md, "Targets and the direction of their dependencies").
// Bad usage exits 2 (docs/architecture.md, "Contracts": exit 2 is for bad usage or bad config), not
// ArgumentParser's default 64.
ProcessMemory.configure()
do {
    var command = try AgoraCommand.parseAsRoot()
    try command.run()
} catch {
    if AgoraCommand.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((AgoraCommand.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    AgoraCommand.exit(withError: error)
}
