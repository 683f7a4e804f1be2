import ArgumentParser
import NaptrackCore
import NaptrackReports

/// `naptrack validate`: reads plans the way they were written and reports every mistake.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Report every mistake in plans, progress files and configuration, with file:line:column.",
        discussion: """
            Exit status: 0 when nothing reached --fail-on, 1 when something did, \
            2 when an input could not be read or is not a naptrack document.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text (one diagnostic per line) or json.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "The least severe diagnostic that makes the run fail: error, warning or never.")
    var failOn: FailureThreshold = .error

    func run() throws {
        let workspace = WorkspaceLoader().load(paths: input.resolvedPaths)
        let report = ValidationReport(workspace: workspace, asOf: .today())
        switch format {
        case .text: Output.write(ValidationRenderer.text(report))
        case .json: Output.write(try ValidationRenderer.json(report))
        }
        let code = ExitStatus.code(for: workspace.diagnostics, failOn: failOn)
        ProcessLifetime.keep((workspace, report))
        try ExitStatus.finish(with: code)
    }
}
