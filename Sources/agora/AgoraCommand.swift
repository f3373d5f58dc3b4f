import ArgumentParser

/// The root `agora` command: declares the subcommands and nothing else.
struct AgoraCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agora",
        abstract: "Simulate social-media platforms and their recommender systems.",
        subcommands: [RunCommand.self, ValidateCommand.self, RunsCommand.self, TraceCommand.self, GraphCommand.self,
                      ReportCommand.self, SweepCommand.self, CompareCommand.self]
    )
}
