/// Checks what files say about each other: each progress file reports on a loaded plan and
/// names only activities, indicators and milestones that plan has.
public struct WorkspaceValidator: Sendable {
    public init() {}

    /// Problems between the files of `workspace`.
    public func validate(_ workspace: Workspace) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var plansByID: [String: Plan] = [:]
        for plan in workspace.plans where !plan.id.isEmpty {
            if let earlier = plansByID[plan.id] {
                diagnostics.append(Diagnostic(.error, "plan id '\(plan.id)' is also used by \(earlier.file); each plan needs its own id",
                    rule: .duplicateID, at: plan.location(of: "id"), path: "plan.id"))
            } else {
                plansByID[plan.id] = plan
            }
        }
        for report in workspace.progressReports {
            guard !report.plan.isEmpty else { continue }
            let planLocation = report.keyLocations["plan"] ?? report.location
            guard let plan = plansByID[report.plan] else {
                var message = "progress file reports on plan '\(report.plan)', but no loaded plan has that id"
                if let hint = Suggestion.nearest(to: report.plan, among: plansByID.keys.sorted()) {
                    message += "; did you mean '\(hint)'?"
                }
                diagnostics.append(Diagnostic(.error, message, rule: .progressPlan, at: planLocation, path: "progress.plan"))
                continue
            }
            diagnostics += validate(report, against: plan)
        }
        return diagnostics
    }

    private func validate(_ report: ProgressReport, against plan: Plan) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func error(_ message: String, _ rule: RuleID, _ location: SourceLocation, _ path: String) {
            diagnostics.append(Diagnostic(.error, message, rule: rule, at: location, path: path))
        }
        if let agency = report.reportedBy, plan.agency(agency) == nil {
            error("reported_by names '\(agency)', which is not an agency of plan '\(plan.id)'", .reference,
                report.keyLocations["reported_by"] ?? report.location, "progress.reported_by")
        }
        let activities = Dictionary(plan.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: [String: SourceLocation] = [:]
        for update in report.updates {
            let location = update.keyLocations["activity"] ?? update.location
            let path = update.path.appendingPath("activity")
            if let earlier = seen[update.activity] {
                error("activity '\(update.activity)' is updated twice in this file (first at line \(earlier.line))",
                    .duplicateID, location, path)
            }
            seen[update.activity] = location
            guard let activity = activities[update.activity] else {
                var message = "update names activity '\(update.activity)', which plan '\(plan.id)' does not have"
                if let hint = Suggestion.nearest(to: update.activity, among: activities.keys.sorted()) {
                    message += "; did you mean '\(hint)'?"
                }
                error(message, .reference, location, path)
                continue
            }
            let indicators = Set(activity.indicators.map(\.id))
            for value in update.indicators where !indicators.contains(value.indicator) {
                error("activity '\(activity.id)' has no indicator '\(value.indicator)'", .reference, value.location,
                    update.path.appendingPath("indicators.\(value.indicator)"))
            }
            let milestones = Set(activity.milestones.map(\.id))
            for achieved in update.milestones where !milestones.contains(achieved.milestone) {
                error("activity '\(activity.id)' has no milestone '\(achieved.milestone)'", .reference, achieved.location,
                    update.path.appendingPath("milestones.\(achieved.milestone)"))
            }
        }
        return diagnostics
    }
}
