import AgoraConfig
import AgoraCore
import Foundation

/// The engine entry point of `agora validate`: resolves and checks a world (and its overrides)
/// exactly as `agora run` would, without running it or writing anything, and says what the
/// command prints.
///
///     let checked = try WorldValidation(RunRequest(worldPath: "Worlds/quickstart.yaml"))
///     print(checked.verdict)
public struct WorldValidation: Sendable {
    /// The resolved config as YAML (defaults filled, overrides applied).
    public let resolvedYAML: String
    /// `PATH: valid — world 'NAME', N agents, horizon H, config hash HASH`.
    public let verdict: String
    /// What loading the world's edge-list file skipped or merged, when it has one.
    public let edgeListReport: String?

    /// Validates the world of `request`.
    /// - Throws: `EngineError.invalidConfig` with every diagnostic of the file.
    public init(_ request: RunRequest) throws(EngineError) {
        let loaded = try WorldRunner().load(request)
        let config = loaded.config
        resolvedYAML = loaded.resolvedYAML
        verdict = "\(request.worldPath): valid — world '\(config.name)', \(config.population.size) agents, horizon \(config.horizon.durationText), config hash \(loaded.hash)"
        edgeListReport = loaded.edgeListReport
    }
}
