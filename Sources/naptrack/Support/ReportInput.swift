import ArgumentParser
import Foundation
import NaptrackCore
import NaptrackProgress
import NaptrackReports
import NaptrackStandards

/// The input of `report` and `export`: the files loaded and checked against their standards, their
/// progress evaluated as of the report date, and the provenance of every file read, gathered as
/// one dashboard. Problems in the input go to standard error, so standard output stays the report.
struct ReportInput {
    let workspace: Workspace
    let dashboard: Dashboard
    /// The exit status the input problems call for.
    let code: ExitCode

    /// Loads `paths` as of `asOf` (today when `nil`).
    /// - Throws: `ExitCode(2)` after printing why, when a standard is unknown, an input cannot be
    ///   read, or a file changed while it was read.
    init(paths: [String], asOf: CalendarDate?, standards: [String], rules: [String], failOn: FailureThreshold) throws {
        let available = AvailableStandards.load(rules: rules)
        available.reportProblems()
        let registry = available.registry
        if let message = ComplianceCheck.unknownStandardsMessage(standards, registry: registry) {
            Output.writeError(message)
            throw ExitCode(2)
        }
        let date = asOf ?? .today()
        let (workspace, compliance) = ComplianceCheck.run(
            paths: paths, selection: StandardSelection(requested: standards), asOf: date, registry: registry,
            checkAddresses: false)
        let problems = workspace.diagnostics.filter { $0.severity >= .warning }
        if !problems.isEmpty { Output.writeError(problems.map { $0.description + "\n" }.joined()) }
        if (workspace.diagnostics + available.diagnostics).containsRunPreventingProblem { throw ExitCode(2) }
        let settings = ProgressSettings(asOf: date, configuration: workspace.configuration)
        let progress = ProgressEvaluator(settings: settings).evaluate(workspace)
        let provenance: Provenance
        do {
            // Rule packs are inputs too: a pack's file decides its requirements as much as a plan does.
            let used = Set(compliance.plans.flatMap(\.compliance.standards).map(\.standardID))
            let packs = used.compactMap { available.packFiles[$0] }
            provenance = try Provenance.reading(
                files: Array(Set(workspace.files + packs)), toolVersion: NaptrackVersion.current, asOf: date,
                compliance: compliance.plans.map(\.compliance))
        } catch {
            Output.writeError("error: \(error)\n")
            throw ExitCode(2)
        }
        self.workspace = workspace
        dashboard = Dashboard(workspace: workspace, progress: progress, compliance: compliance, provenance: provenance)
        code = ExitStatus.code(for: workspace.diagnostics + available.diagnostics, failOn: failOn)
    }
}

/// Where a report goes: standard output, or a file written atomically.
enum ReportDestination {
    /// Writes `text` to `path`, or to standard output when `path` is `nil`. A file is replaced in one
    /// step (temporary file and rename), so a reader never sees half a report.
    /// - Throws: `ExitCode(2)` after printing why, when the file cannot be written.
    static func write(_ text: String, to path: String?) throws {
        guard let path else { return Output.write(text) }
        do {
            try AtomicFileWriter().write(Array(text.utf8), to: path)
        } catch {
            Output.writeError("error: \(error)\n")
            throw ExitCode(2)
        }
    }
}
