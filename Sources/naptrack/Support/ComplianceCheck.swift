import NaptrackCore
import NaptrackReports
import NaptrackStandards

/// Loads a workspace and checks it against the built-in standards: the part `check` and the
/// overview share.
enum ComplianceCheck {
    /// An error for standard ids asked for on the command line that no built-in standard has, or
    /// `nil` when all are known.
    static func unknownStandardsMessage(_ requested: [String], registry: StandardRegistry) -> String? {
        let unknown = ComplianceEngine(registry: registry).unknownStandards(requested)
        guard !unknown.isEmpty else { return nil }
        return unknown.map { id in
            var line = "error: unknown standard '\(id)'"
            if let hint = Suggestion.nearest(to: id, among: registry.ids) { line += "; did you mean '\(hint)'?" }
            return line + "\n"
        }.joined() + "Known standards: \(registry.ids.joined(separator: ", ")) (see 'naptrack standards').\n"
    }

    /// Loads `paths` and checks every plan as of `asOf` against the standards chosen by `selection`.
    /// With `checkAddresses`, `addresses:` ids that no built-in standard defines are warned about.
    static func run(
        paths: [String], selection: StandardSelection, asOf: CalendarDate, registry: StandardRegistry,
        checkAddresses: Bool = true
    ) -> (workspace: Workspace, report: ComplianceReport) {
        let validator = PlanValidator(knownRequirements: checkAddresses ? registry.requirementIDs : nil)
        let workspace = WorkspaceLoader(validator: validator).load(paths: paths)
        let compliance = WorkspaceCompliance(
            workspace: workspace, engine: ComplianceEngine(registry: registry), selection: selection, asOf: asOf)
        return (workspace, ComplianceReport(workspace: workspace, compliance: compliance))
    }
}
