import ArgumentParser
import NaptrackCore
import NaptrackProgress
import NaptrackReports

/// `naptrack due`: what falls due soon, by responsible agency, for reminders.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "List activities and milestones falling due soon, and those overdue, by lead agency.",
        discussion: """
            Lists activities not completed or cancelled, and milestones not achieved, whose due date is \
            on or before the report date plus --within days; overdue ones are included and marked. \
            Exit status as for 'progress'.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("How many days ahead of the report date to look.", valueName: "days"))
    var within: Int = 30

    @Option(help: ArgumentHelp("Only items led by this agency id.", valueName: "id"))
    var agency: String?

    @Option(help: ArgumentHelp("The report date, YYYY-MM-DD (default: today).", valueName: "date"))
    var asOf: CalendarDate?

    @Option(help: "Output format: text, json, markdown or csv.")
    var format: ProgressCommand.Format = .text

    @Option(name: .customLong("fail-on"), help: "The least severe input problem that makes the run fail: error, warning or never.")
    var failOn: FailureThreshold = .error

    func validate() throws {
        guard within >= 0 else { throw ValidationError("--within must be 0 or more days") }
    }

    func run() throws {
        let run = EvaluatedInput(paths: input.resolvedPaths, asOf: asOf, failOn: failOn)
        guard let progress = run.progress else { return try ExitStatus.finish(with: run.code) }
        let list = DueList(progress, plans: run.workspace.plans, within: within, agency: agency)
        switch format {
        case .text: Output.write(DueRenderer.text(list))
        case .json: Output.write(try DueRenderer.json(list))
        case .markdown: Output.write(DueRenderer.markdown(list))
        case .csv: Output.write(DueRenderer.csv(list))
        }
        try ExitStatus.finish(with: run.code)
    }
}
