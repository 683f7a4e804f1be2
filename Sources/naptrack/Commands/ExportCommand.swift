import ArgumentParser
import NaptrackCore
import NaptrackReports

/// `naptrack export`: one table as CSV, for spreadsheets.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a table as CSV for spreadsheets: activities, budget, findings or requirements.",
        discussion: """
            RFC 4180 CSV: one header row, columns in a fixed order, fields quoted when they hold a comma, \
            a quote or a line break, records ending in CRLF. Dates are YYYY-MM-DD and amounts plain \
            decimals (1234567.5), in the currency of the row's 'currency' column.

            Tables: activities (one row per activity with status, health, percent and money), budget \
            (the plan, each objective, lead agency and funder), findings (every finding with its place, \
            waived ones with their waiver), requirements (each requirement's status per plan and \
            standard, with the activities addressing it and its evidence). Exit status as for 'report'.
            """
    )

    @Option(help: "The table: activities, budget, findings or requirements.")
    var table: CSVExport.Table

    @OptionGroup var options: ReportOptions

    func run() throws {
        let input = try options.load()
        try ReportDestination.write(CSVExport.render(input.dashboard, table: table), to: options.output)
        try ExitStatus.finish(with: input.code)
    }
}

extension CSVExport.Table: ExpressibleByArgument {}
