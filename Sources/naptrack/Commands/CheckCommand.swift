import ArgumentParser
import NaptrackCore
import NaptrackReports
import NaptrackStandards

/// `naptrack check`: checks plans against standards and reports each requirement's status, with
/// the activities that address it and the evidence it rests on.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check plans against standards: each requirement met, partial, not met, unknown, not applicable or waived.",
        discussion: """
            The standards checked for a plan are those given with --standard, else the plan's own \
            'standards:', else the configuration's 'standards:', else every standard available: built in, \
            or a rule pack in ./plugins or given with --rules ('naptrack standards' lists them). Waivers and severity overrides come from naptrack.yaml; \
            waived requirements stay visible as waived, and expired or unused waivers are reported.

            Every finding is printed as file:line:column. Exit status: 0 when nothing reached \
            --fail-on, 1 when something did (validation errors count too), 2 when an input could not \
            be read or --standard names an unknown standard.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, sarif
    }

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("standard"), help: "A standard to check (repeatable); overrides the plans' and the configuration's lists.")
    var standards: [String] = []

    @OptionGroup var rules: RulesOptions

    @Option(help: "Output format: text, json, markdown or sarif (SARIF 2.1.0 for code scanning).")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "The least severe finding that makes the run fail: error, warning or never.")
    var failOn: FailureThreshold = .error

    @Option(name: .customLong("as-of"), help: "The date to check for, YYYY-MM-DD (default: today); review dates and waiver expiry are judged on it.")
    var asOf: CalendarDate?

    func run() throws {
        let available = AvailableStandards.load(rules: rules.paths)
        available.reportProblems()
        let registry = available.registry
        if let message = ComplianceCheck.unknownStandardsMessage(standards, registry: registry) {
            Output.writeError(message)
            throw ExitCode(2)
        }
        let (_, report) = ComplianceCheck.run(
            paths: input.resolvedPaths, selection: StandardSelection(requested: standards), asOf: asOf ?? .today(),
            registry: registry)
        switch format {
        case .text: Output.write(ComplianceRenderer.text(report))
        case .json: Output.write(try ComplianceRenderer.json(report))
        case .markdown: Output.write(ComplianceRenderer.markdown(report))
        case .sarif: Output.write(try SARIFRenderer.render(report, toolVersion: NaptrackVersion.current))
        }
        try ExitStatus.finish(with: ExitStatus.code(for: report.findings + available.diagnostics, failOn: failOn))
    }
}
