import ArgumentParser
import NaptrackCore
import NaptrackReports
import NaptrackStandards

/// `naptrack` with no subcommand: a short overview of every plan found.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "A short overview of each plan, any mistakes found in it, and its scores against its standards (the default command)."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("fail-on"), help: "The least severe diagnostic that makes the run fail: error, warning or never.")
    var failOn: FailureThreshold = .error

    @Option(name: .customLong("as-of"), help: "The date to report for, YYYY-MM-DD (default: today).")
    var asOf: CalendarDate?

    func run() throws {
        let date = asOf ?? .today()
        // The overview validates as `validate` does; `check` also warns about unknown `addresses:` ids.
        let available = AvailableStandards.load(rules: [])
        available.reportProblems()
        let (workspace, compliance) = ComplianceCheck.run(
            paths: input.resolvedPaths, selection: StandardSelection(), asOf: date, registry: available.registry,
            checkAddresses: false)
        let report = ValidationReport(workspace: workspace, asOf: date)
        Output.write(SummaryRenderer.text(report, workspace: workspace))
        Output.write("\n" + ComplianceSummaryRenderer.text(compliance))
        try ExitStatus.finish(with: ExitStatus.code(for: compliance.findings + available.diagnostics, failOn: failOn))
    }
}
