import ArgumentParser
import AgoraEngine
import Foundation

/// Options shared by commands that load a world: the file, `--seed` and `--set` overrides.
struct WorldOptions: ParsableArguments {
    @Argument(help: "The world config (YAML).")
    var world: String

    @Option(help: "Replace the config's seed.")
    var seed: UInt64?

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Override a config value before validation, e.g. --set population.size=500 (repeatable; last wins).",
        valueName: "key.path=value"))
    var overrides: [String] = []
}

/// Options shared by commands that write or read runs: the output root.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output folder holding run folders and the catalog agora.sqlite.")
    var out: String = "runs"

    /// The output root as a file URL.
    var outputRoot: URL { URL(fileURLWithPath: out, isDirectory: true) }
}

/// Prints an error sentence to standard error and exits with the given code (no stack trace).
func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(code)
}

/// The value `body` returns, or — when it throws — the engine error printed with `fail` and the
/// process exited with the error's code. Lets a command keep an engine value without naming its
/// type.
func orFail<Value>(_ body: () throws(EngineError) -> Value) -> Value {
    do throws(EngineError) { return try body() } catch { fail(error.description, code: error.exitCode) }
}
