import ArgumentParser
import NaptrackCore
import NaptrackProgress
import NaptrackReports
import NaptrackStandards

/// `naptrack` with no subcommand: a short overview of every plan found.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "The short dashboard: each plan's progress, money, mistakes, scores and top findings (the default command).",
        discussion: """
            Per plan: activities completed, late and at risk, percent complete and the share of the plan \
            period elapsed, budget executed and funding gap, then the validation state, the score per \
            standard and the most serious findings. Colour is used only when standard output is a \
            terminal and NO_COLOR is not set.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(
        name: .customLong("fail-on"),
        help: "The least severe problem in the files themselves that makes the run fail: error, warning or never. Compliance findings are the dashboard's content and never fail it; use 'naptrack check' as a gate.")
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
        let progress = workspace.diagnostics.containsRunPreventingProblem
            ? nil
            : ProgressEvaluator(settings: ProgressSettings(asOf: date, configuration: workspace.configuration))
                .evaluate(workspace)
        let style = Output.style
        Output.write(SummaryRenderer.text(report, workspace: workspace, progress: progress, style: style))
        Output.write("\n" + ComplianceSummaryRenderer.text(compliance, style: style))
        try ExitStatus.finish(
            with: ExitStatus.code(for: workspace.diagnostics + available.diagnostics, failOn: failOn))
    }
}
