import NaptrackCore
import NaptrackProgress
import NaptrackStandards

/// The report on every plan of a run, as of one date, with its provenance: what `naptrack report`
/// renders as an HTML dashboard or a Markdown brief, and `naptrack export` as CSV tables.
public struct Dashboard: Sendable {
    public var asOf: CalendarDate
    /// One report per plan, ordered by file, then id.
    public var plans: [PlanReport]
    /// Problems in the files that belong to no plan (the configuration, unreadable files), and
    /// the waiver audit, sorted.
    public var otherFindings: [Diagnostic]
    public var provenance: Provenance

    /// Pairs each plan's progress with its compliance entry.
    public init(progress: WorkspaceProgress, compliance: ComplianceReport, agencyNames: [String: [String: String]],
        provenance: Provenance)
    {
        asOf = progress.asOf
        self.provenance = provenance
        let entries = Dictionary(compliance.plans.map { ("\($0.compliance.file)\u{0}\($0.compliance.planID)", $0) },
            uniquingKeysWith: { first, _ in first })
        plans = progress.plans.map { plan in
            PlanReport(progress: plan, compliance: entries["\(plan.file)\u{0}\(plan.id)"], waivers: compliance.waivers,
                agencyNames: agencyNames[plan.id] ?? [:], asOf: progress.asOf)
        }
        let planFiles = Set(compliance.plans.flatMap { $0.diagnostics.map(\.location.file) + [$0.compliance.file] })
        otherFindings = (compliance.diagnostics.filter { !planFiles.contains($0.location.file) } + compliance.waiverAudit)
            .sorted()
    }

    /// Assembles the dashboard of `workspace`: `compliance` is its `check` result and `progress`
    /// its progress evaluation for the same date.
    public init(workspace: Workspace, progress: WorkspaceProgress, compliance: ComplianceReport, provenance: Provenance) {
        var names: [String: [String: String]] = [:]
        for plan in workspace.plans where names[plan.id] == nil {
            names[plan.id] = Dictionary(plan.agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        }
        self.init(progress: progress, compliance: compliance, agencyNames: names, provenance: provenance)
    }
}
