import ArgumentParser
import NaptrackCore

/// The options `report` and `export` share: what to read, for which date, against which
/// standards, where to write, and when to fail.
struct ReportOptions: ParsableArguments {
    @OptionGroup var input: InputOptions

    @Option(name: .customLong("as-of"), help: "The report date, YYYY-MM-DD (default: today).")
    var asOf: CalendarDate?

    @Option(name: .shortAndLong, help: "Write to this file (replaced atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("standard"), help: "A standard to check (repeatable); overrides the plans' and the configuration's lists.")
    var standards: [String] = []

    @OptionGroup var rules: RulesOptions

    @Option(name: .customLong("fail-on"), help: "The least severe input problem that makes the run fail: error, warning or never.")
    var failOn: FailureThreshold = .error

    /// Loads and evaluates the input the options name.
    func load() throws -> ReportInput {
        try ReportInput(paths: input.resolvedPaths, asOf: asOf, standards: standards, rules: rules.paths, failOn: failOn)
    }
}
