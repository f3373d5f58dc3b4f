import ArgumentParser
import AgoraEngine
import Foundation

/// The path of the running `agora` executable (for scripts that call it again).
enum AgoraExecutable {
    static var path: String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}
