import Foundation
import NaptrackCore

/// The result of validating a workspace, ready to render as text or JSON.
public struct ValidationReport: Sendable {
    /// One loaded plan with the diagnostics of its file and its progress files.
    public struct PlanEntry: Sendable {
        public var id: String
        public var title: String
        public var file: String
        public var period: DateRange?
        public var currency: String
        public var objectiveCount: Int
        public var activityCount: Int
        /// The sum of activity budgets in the plan currency.
        public var plannedBudget: Decimal
        public var progressFileCount: Int
        /// The latest reporting date among the plan's progress files.
        public var latestProgress: CalendarDate?
        public var diagnostics: [Diagnostic]
    }

    public var asOf: CalendarDate
    public var plans: [PlanEntry]
    /// Every diagnostic of the run, sorted by location.
    public var diagnostics: [Diagnostic]
    public var fileCount: Int

    /// Summarises `workspace` as of `date`.
    public init(workspace: Workspace, asOf date: CalendarDate) {
        asOf = date
        fileCount = workspace.files.count
        diagnostics = workspace.diagnostics
        // Where each file's diagnostics are, found once rather than by scanning every diagnostic
        // for every plan (which took a second of the run for 200 plans and 25,000 diagnostics).
        var positionsByFile: [String: [Int]] = [:]
        for (position, diagnostic) in workspace.diagnostics.enumerated() {
            positionsByFile[diagnostic.location.file, default: []].append(position)
        }
        plans = workspace.plans.map { plan in
            let reports = workspace.progressReports(for: plan)
            let files = Set([plan.file] + reports.map(\.file))
            let positions = files.flatMap { positionsByFile[$0] ?? [] }.sorted()
            let activities = plan.activities
            let planned = activities.compactMap { activity -> Decimal? in
                guard let budget = activity.budget, (budget.currency ?? plan.currency) == plan.currency else { return nil }
                return budget.amount
            }.reduce(Decimal(0), +)
            return PlanEntry(
                id: plan.id, title: plan.title, file: plan.file, period: plan.period, currency: plan.currency,
                objectiveCount: plan.allObjectives.count, activityCount: activities.count, plannedBudget: planned,
                progressFileCount: reports.count, latestProgress: reports.compactMap(\.asOf).max(),
                diagnostics: positions.map { workspace.diagnostics[$0] })
        }.sorted { ($0.file, $0.id) < ($1.file, $1.id) }
    }

    /// Counts by severity, for summary lines.
    public var counts: (errors: Int, warnings: Int, notes: Int) {
        (
            diagnostics.filter { $0.severity == .error }.count,
            diagnostics.filter { $0.severity == .warning }.count,
            diagnostics.filter { $0.severity == .note }.count
        )
    }
}
