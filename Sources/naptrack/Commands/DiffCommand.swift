import ArgumentParser
import Foundation
import NaptrackCore
import NaptrackReports
import NaptrackRevisions
import NaptrackStandards

/// `naptrack diff`: what changed in substance between two versions of a plan.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed in substance between two versions of a plan.",
        discussion: """
            Compares OLD with NEW, or PLAN with its version at a git revision (--since HEAD~1, a tag, \
            a commit). Objectives, activities, indicators, milestones and agencies are matched by id, \
            funding sources by funder, so reordering a list is not a change. Reports added, removed \
            and moved activities, slipped deadlines in days, budget and funding moves, changed \
            framework facts with their locations in both files, and, for the standards check would \
            use (--standard, else each plan's own, else the configuration's, else all built-in ones), \
            the requirements whose status changed and each score before and after.

            --textconv prints a normalised listing of one plan for git's textconv, so that `git diff` \
            shows substance (see docs/revisions.md); a file that is not a plan is printed unchanged.

            Diagnostics about either version go to standard error. Exit status: 0 when nothing in \
            either version reached --fail-on, 1 when something did, 2 when a version could not be read \
            (a missing file, not a plan, not in a git repository, an unknown revision) or --standard \
            names an unknown standard.
            """
    )

    @Argument(help: "OLD and NEW plan files; one plan file with --since or --textconv.")
    var files: [String] = []

    @Option(help: ArgumentHelp("Compare the plan with its version at this git revision.", valueName: "rev"))
    var since: String?

    @Flag(help: "Print a normalised listing of one plan (for git's textconv) instead of a comparison.")
    var textconv = false

    @Option(help: "Output format: text, markdown, json or html.")
    var format: RevisionRenderer.Format = .text

    @Option(name: .customLong("standard"),
        help: "A standard to compare compliance with (repeatable); by default those `check` would use for each version.")
    var standards: [String] = []

    @Option(help: ArgumentHelp("A configuration file whose waivers and severities apply to the compliance check.",
        valueName: "file"))
    var config: String?

    @Option(name: .customLong("as-of"), help: "The date compliance is evaluated for (default: today).")
    var asOf: CalendarDate?

    @Option(name: .customLong("fail-on"), help: "The least severe diagnostic that makes the run fail: error, warning or never.")
    var failOn: FailureThreshold = .error

    func validate() throws {
        if textconv {
            guard files.count == 1, since == nil else { throw ValidationError("--textconv takes exactly one plan file") }
        } else if since != nil {
            guard files.count == 1 else { throw ValidationError("--since takes exactly one plan file: the current version") }
        } else {
            guard files.count == 2 else { throw ValidationError("give two plan files, OLD and NEW, or one plan file with --since REV") }
        }
    }

    func run() throws {
        if textconv { return try printListing(of: files[0]) }
        let available = AvailableStandards.load(rules: [])
        available.reportProblems()
        let registry = available.registry
        if let message = ComplianceCheck.unknownStandardsMessage(standards, registry: registry) {
            Output.writeError(message)
            throw ExitCode(2)
        }
        var diagnostics: [Diagnostic] = []
        let new = PlanVersionLoader.load(file: files[files.count - 1], into: &diagnostics)
        var old: Plan?
        if let since {
            if new != nil { old = PlanVersionLoader.load(file: files[0], at: since, into: &diagnostics) }
        } else {
            old = PlanVersionLoader.load(file: files[0], into: &diagnostics)
        }
        let configuration = config.flatMap { PlanVersionLoader.loadConfiguration(file: $0, into: &diagnostics) }
        diagnostics.sort()
        Output.writeError(diagnostics.map { $0.description + "\n" }.joined())
        guard let old, let new, !diagnostics.containsRunPreventingProblem else { throw ExitCode(2) }

        var diff = PlanDiff(from: old, to: new)
        diff.compliance = ComplianceDelta.evaluating(old, new, engine: ComplianceEngine(registry: registry),
            selection: StandardSelection(requested: standards), asOf: asOf ?? .today(), configuration: configuration)
        Output.write(try RevisionRenderer.render(diff, as: format))
        try ExitStatus.finish(with: ExitStatus.code(for: diagnostics, failOn: failOn))
    }

    /// Prints the listing of a plan; anything else is passed through unchanged, so `git diff`
    /// keeps working on files the attribute matches by mistake.
    private func printListing(of file: String) throws {
        let (document, diagnostics) = DocumentLoader().load(file: file)
        if case .plan(let plan)? = document {
            Output.write(RevisionRenderer.listing(PlanListing(plan)))
        } else if let data = FileManager.default.contents(atPath: file) {
            FileHandle.standardOutput.write(data)
        } else {
            Output.writeError(diagnostics.map { $0.description + "\n" }.joined())
            throw ExitCode(2)
        }
    }
}

extension RevisionRenderer.Format: ExpressibleByArgument {}
