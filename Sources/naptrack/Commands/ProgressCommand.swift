import ArgumentParser
import NaptrackCore
import NaptrackProgress
import NaptrackReports

/// `naptrack progress`: where each plan stands as of a date.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Report where each plan stands as of a date: activities, health, roll-ups and money.",
        discussion: """
            For each activity the latest update on or before the date counts (a field it leaves out keeps \
            its earlier value). Health flags: overdue (due before the date, not completed or cancelled), \
            late (not started after its start date), behind (percent more than plan-quality:behind_points, \
            default 25, below the share of its time elapsed). How percent rolls up is set by \
            'tracking: {rollup: budget-weighted|equal}' in naptrack.yaml and stated in every report. \
            The report for a past date is the same on every run and machine. Problems in the input are \
            listed on standard error. Exit status: 0, or 1 when a problem reached --fail-on, 2 when an \
            input could not be read.
            """
    )

    /// The formats progress reports come in.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, csv
    }

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("The report date, YYYY-MM-DD (default: today).", valueName: "date"))
    var asOf: CalendarDate?

    @Option(help: "Output format: text, json, markdown or csv.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "The least severe input problem that makes the run fail: error, warning or never.")
    var failOn: FailureThreshold = .error

    func run() throws {
        let run = EvaluatedInput(paths: input.resolvedPaths, asOf: asOf, failOn: failOn)
        guard let progress = run.progress else { return try ExitStatus.finish(with: run.code) }
        switch format {
        case .text: Output.write(ProgressRenderer.text(progress))
        case .json: Output.write(try ProgressRenderer.json(progress))
        case .markdown: Output.write(ProgressRenderer.markdown(progress))
        case .csv: Output.write(ProgressRenderer.csv(progress))
        }
        try ExitStatus.finish(with: run.code)
    }
}

/// The input of a progress report, loaded and evaluated as of a date, with its problems listed on
/// standard error so that standard output stays the report.
struct EvaluatedInput {
    let workspace: Workspace
    /// `nil` when an input could not be read at all.
    let progress: WorkspaceProgress?
    /// The exit status the input problems call for.
    let code: ExitCode

    init(paths: [String], asOf: CalendarDate?, failOn: FailureThreshold) {
        workspace = WorkspaceLoader().load(paths: paths)
        let shown = workspace.diagnostics.filter { $0.severity >= .warning }
        if !shown.isEmpty { Output.writeError(shown.map { $0.description + "\n" }.joined()) }
        code = ExitStatus.code(for: workspace.diagnostics, failOn: failOn)
        if workspace.diagnostics.containsRunPreventingProblem {
            progress = nil
        } else {
            let settings = ProgressSettings(asOf: asOf ?? .today(), configuration: workspace.configuration)
            progress = ProgressEvaluator(settings: settings).evaluate(workspace)
        }
    }
}
