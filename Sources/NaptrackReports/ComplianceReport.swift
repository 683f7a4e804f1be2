import Foundation
import NaptrackCore
import NaptrackStandards

/// The result of `check` on a workspace, ready to render: each plan's verdicts with the loader's
/// diagnostics for its files, the problems with what plans and configuration name, and the
/// waivers with their audit.
public struct ComplianceReport: Sendable {
    /// One plan's verdicts and everything found in its files.
    public struct PlanEntry: Sendable {
        public var compliance: PlanCompliance
        /// Loader, validation and standard-selection diagnostics in the plan file and its progress files.
        public var diagnostics: [Diagnostic]

        /// The standards' findings and the diagnostics, sorted by location.
        public var findings: [Diagnostic] { (compliance.findings + diagnostics).sorted() }

        /// Findings a waiver in force suppresses, each with its waiver, sorted by location.
        public var suppressedFindings: [(finding: Diagnostic, waiver: Waiver)] {
            compliance.standards.flatMap(\.results).flatMap { result in
                result.waiver.map { waiver in result.suppressedFindings.map { ($0, waiver) } } ?? []
            }.sorted { $0.finding < $1.finding }
        }
    }

    public var asOf: CalendarDate
    public var plans: [PlanEntry]
    /// Every diagnostic of the run that is not a standard's finding: loading, validation, unknown
    /// standards and configuration references; sorted.
    public var diagnostics: [Diagnostic]
    /// Standards, override targets and waived requirements named in plans or the configuration
    /// that no registered standard has (also among `diagnostics`).
    public var referenceDiagnostics: [Diagnostic]
    /// Expired waivers and waivers that match nothing.
    public var waiverAudit: [Diagnostic]
    /// The waivers the configuration declares, in file order.
    public var waivers: [Waiver]
    public var fileCount: Int

    /// Gathers `compliance` with the diagnostics of `workspace`.
    public init(workspace: Workspace, compliance: WorkspaceCompliance) {
        asOf = compliance.asOf
        fileCount = workspace.files.count
        diagnostics = (workspace.diagnostics + compliance.diagnostics).sorted()
        referenceDiagnostics = compliance.diagnostics
        waiverAudit = compliance.waiverAudit
        waivers = workspace.configuration?.waivers ?? []
        let plansByID = Dictionary(workspace.plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let all = diagnostics
        plans = compliance.plans.map { result in
            var files: Set<String> = [result.file]
            if let plan = plansByID[result.planID] { files.formUnion(workspace.progressReports(for: plan).map(\.file)) }
            return PlanEntry(compliance: result, diagnostics: all.filter { files.contains($0.location.file) })
        }.sorted { ($0.compliance.file, $0.compliance.planID) < ($1.compliance.file, $1.compliance.planID) }
    }

    /// Every finding that counts towards the exit status, sorted: the standards' findings, the
    /// diagnostics and the waiver audit. Waived findings are not among them.
    public var findings: [Diagnostic] {
        (plans.flatMap(\.compliance.findings) + diagnostics + waiverAudit).sorted()
    }

    /// Counts by severity of `findings`.
    public var counts: (errors: Int, warnings: Int, notes: Int) {
        let all = findings
        return (
            all.filter { $0.severity == .error }.count, all.filter { $0.severity == .warning }.count,
            all.filter { $0.severity == .note }.count
        )
    }

    /// The ids of the standards checked for any plan, in first-seen order.
    public var standardIDs: [String] {
        var seen = Set<String>()
        return plans.flatMap(\.compliance.standards).map(\.standardID).filter { seen.insert($0).inserted }
    }
}
