import NaptrackCore

/// Every plan of a workspace checked against its standards, with the problems found in what
/// the plans and the configuration name, and the audit of the waivers.
public struct WorkspaceCompliance: Sendable {
    public var asOf: CalendarDate
    /// One result per plan, in the order the workspace loaded them.
    public var plans: [PlanCompliance]
    /// Unknown standards, override targets and waived requirements, sorted by location.
    public var diagnostics: [Diagnostic]
    /// Expired waivers and waivers that matched nothing, sorted by location.
    public var waiverAudit: [Diagnostic]

    /// Checks every plan of `workspace` as of `asOf`, choosing standards with `selection`.
    public init(workspace: Workspace, engine: ComplianceEngine, selection: StandardSelection, asOf: CalendarDate) {
        self.asOf = asOf
        var diagnostics = workspace.configuration.map { engine.registry.checkReferences(in: $0) } ?? []
        plans = workspace.plans.map { plan in
            let (ids, problems) = selection.standards(for: plan, configuration: workspace.configuration,
                registry: engine.registry)
            diagnostics += problems
            return engine.evaluate(plan, standards: ids, asOf: asOf, configuration: workspace.configuration)
        }
        self.diagnostics = diagnostics.sorted()
        waiverAudit = ComplianceEngine.auditWaivers(workspace.configuration, results: plans, asOf: asOf).sorted()
    }

    /// Every finding that counts towards the exit status: the standards' findings and the problems
    /// above (waived findings do not count).
    public var findings: [Diagnostic] { (plans.flatMap(\.findings) + diagnostics + waiverAudit).sorted() }
}
