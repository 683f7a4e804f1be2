import ArgumentParser
import NaptrackCore
import NaptrackReports

/// `naptrack` with no subcommand: a short overview of every plan found.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "A short overview of each plan, and any mistakes found in it (the default command)."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("fail-on"), help: "The least severe diagnostic that makes the run fail: error, warning or never.")
    var failOn: FailureThreshold = .error

    func run() throws {
        let workspace = WorkspaceLoader().load(paths: input.resolvedPaths)
        let report = ValidationReport(workspace: workspace, asOf: .today())
        Output.write(SummaryRenderer.text(report, workspace: workspace))
        try ExitStatus.finish(with: ExitStatus.code(for: workspace.diagnostics, failOn: failOn))
    }
}
