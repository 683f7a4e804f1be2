import ArgumentParser
import NaptrackCore
import NaptrackReports

/// `naptrack report`: one document per run on every plan, for people to read.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report people read: a self-contained HTML dashboard or a Markdown brief.",
        discussion: """
            Per plan: the headline (share of the plan period elapsed, activities by status and health, \
            budget planned, committed and spent, funding gap), progress by objective and lead agency, a \
            timeline with the report date marked, budget charts, the compliance matrix of each standard \
            linking to its evidence, findings by severity, waivers, and a provenance footer with the \
            tool version, the report date, the SHA-256 of every input file and the catalog versions.

            The HTML file has no external resources: it can be emailed and opened offline, and starts \
            each further plan on a new page when printed. With --compare, the document is a plans-by-requirements matrix for each \
            standard, with scores, sortable by a click on a heading. The Markdown brief carries the \
            headline, objectives, overdue work and the compliance summary, for round-table minutes.

            Findings are the report's content, not a failure: the exit status is 1 only when a problem \
            in the input files reaches --fail-on, 2 when an input or the output file cannot be used.
            """
    )

    /// The formats reports come in.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, markdown
    }

    @OptionGroup var options: ReportOptions

    @Option(help: "Output format: html or markdown.")
    var format: Format = .html

    @Flag(help: "Compare the plans: a matrix of plans by requirements for each standard, with scores.")
    var compare = false

    func run() throws {
        let input = try options.load()
        let dashboard = input.dashboard
        let text: String
        switch (format, compare) {
        case (.html, false): text = try HTMLReportRenderer.render(dashboard)
        case (.html, true): text = try HTMLReportRenderer.renderComparison(dashboard)
        case (.markdown, false): text = MarkdownBriefRenderer.render(dashboard)
        case (.markdown, true): text = MarkdownBriefRenderer.renderComparison(dashboard)
        }
        try ReportDestination.write(text, to: options.output)
        try ExitStatus.finish(with: input.code)
    }
}
