import ArgumentParser
import AgoraConfig
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
            let loaded = try WorldRunner().load(request)
            if resolved {
                print(loaded.resolvedYAML, terminator: loaded.resolvedYAML.hasSuffix("\n") ? "" : "\n")
            } else {
                print("\(world.world): valid — world '\(loaded.config.name)', \(loaded.config.population.size) agents, horizon \(loaded.config.horizon.durationText), config hash \(loaded.hash)")
                if let report = loaded.edgeListReport { print(report) }
            }
        } catch {
            fail(error.description, code: error.exitCode)
        }
    }
}
