import ArgumentParser
import AgoraEngine
import Foundation

/// `agora validate WORLD.yaml`: check a world config (and overrides) without running it.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a world config; print its resolved hash, or every problem with file:line:column."
    )

    @OptionGroup var world: WorldOptions

    @Flag(help: "Print the resolved config (YAML) instead of a one-line verdict.")
    var resolved = false

    func run() throws {
        let request = RunRequest(worldPath: world.world, overrides: world.overrides, seed: world.seed)
        do throws(EngineError) {
            let checked = try WorldValidation(request)
            if resolved {
                print(checked.resolvedYAML, terminator: checked.resolvedYAML.hasSuffix("\n") ? "" : "\n")
            } else {
                print(checked.verdict)
                if let report = checked.edgeListReport { print(report) }
            }
        } catch {
            fail(error.description, code: error.exitCode)
        }
    }
}
