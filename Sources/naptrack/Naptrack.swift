import ArgumentParser

/// The `naptrack` command: keeps national anti-trafficking action plans honest.
@main
struct Naptrack: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "naptrack",
        abstract: "Check national anti-trafficking action plans and track their progress.",
        discussion: """
            Plans, progress files and the project configuration are YAML files (see docs/plan-format.md). \
            Give files or directories; with none, naptrack reads ./plans.
            """,
        version: NaptrackVersion.current,
        subcommands: [
            SummaryCommand.self, ValidateCommand.self, CheckCommand.self, StandardsCommand.self, SchemaCommand.self,
            DiffCommand.self, ProgressCommand.self, DueCommand.self, RecordCommand.self, ReportCommand.self,
            ExportCommand.self,
        ],
        defaultSubcommand: SummaryCommand.self
    )
}

/// The tool's version, printed by `--version` and recorded in report provenance.
enum NaptrackVersion {
    static let current = "0.1.0"
}
