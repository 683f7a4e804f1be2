import Foundation
import NaptrackCore
import Testing

@testable import NaptrackProgress

/// Small plans and progress files written inline, loaded with the real loader.
enum Fixture {
    /// A plan with agencies `a` and `b`, in `currency`, whose objectives are `objectives` (YAML
    /// lines indented by two spaces, starting with `- id:`).
    static func planText(objectives: String, currency: String = "EUR", id: String = "t") -> String {
        """
        naptrack: 1
        plan:
          id: \(id)
          title: Test plan
          jurisdiction: EX
          period: {start: 2026-01-01, end: 2028-12-31}
          currency: \(currency)
        agencies:
          - {id: a, name: Agency A, type: government}
          - {id: b, name: Agency B, type: ngo}
        objectives:
        \(objectives)
        """
    }

    /// A plan loaded from `text`; records an issue when it does not load cleanly.
    static func plan(_ text: String, file: String = "plan.yaml", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Plan {
        let (document, diagnostics) = DocumentLoader().load(bytes: Array(text.utf8), file: file)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "fixture plan has errors: \(errors)", sourceLocation: sourceLocation)
        guard case .plan(let plan)? = document else {
            Issue.record("fixture is not a plan", sourceLocation: sourceLocation)
            return Plan(file: file, id: "", location: .wholeFile(file))
        }
        return plan
    }

    /// A progress report loaded from `updates` (YAML list items) for plan `plan` as of `asOf`.
    static func report(_ asOf: String, plan: String = "t", updates: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        -> ProgressReport
    {
        let text = "naptrack: 1\nprogress: {plan: \(plan), as_of: \(asOf)}\nupdates:\n\(updates)\n"
        let file = "progress/\(asOf).yaml"
        let (document, diagnostics) = DocumentLoader().load(bytes: Array(text.utf8), file: file)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "fixture report has errors: \(errors)", sourceLocation: sourceLocation)
        guard case .progress(let report)? = document else {
            Issue.record("fixture is not a progress report", sourceLocation: sourceLocation)
            return ProgressReport(file: file, plan: plan, asOf: nil, reportedBy: nil, updates: [], location: .wholeFile(file))
        }
        return report
    }

    /// One activity as YAML lines for an objective's `activities:`.
    static func activity(
        _ id: String, lead: String = "a", start: String = "2026-01-01", due: String = "2026-12-31", budget: String? = nil,
        extra: String = ""
    ) -> String {
        var lines = [
            "      - id: \(id)", "        title: Activity \(id)", "        lead: \(lead)", "        start: \(start)",
            "        due: \(due)",
        ]
        if let budget { lines.append("        budget: \(budget)") }
        if !extra.isEmpty { lines.append(extra) }
        return lines.joined(separator: "\n")
    }

    /// An objective with the given activities.
    static func objective(_ id: String, _ activities: [String], nested: String = "") -> String {
        var text = "  - id: \(id)\n    title: Objective \(id)\n    activities:\n" + activities.joined(separator: "\n")
        if !nested.isEmpty { text += "\n    objectives:\n" + nested }
        return text
    }

    static func date(_ text: String) -> CalendarDate {
        CalendarDate(iso: text) ?? CalendarDate(dayNumber: 0)
    }

    /// Evaluates `plan` with `reports` as of `asOf`.
    static func evaluate(
        _ plan: Plan, _ reports: [ProgressReport] = [], asOf: String, rollup: RollupMethod = .budgetWeighted,
        behindPoints: Decimal = 25
    ) -> PlanProgress {
        ProgressEvaluator(settings: ProgressSettings(asOf: date(asOf), rollup: rollup, behindPoints: behindPoints))
            .evaluate(plan, reports: reports)
    }
}

extension PlanProgress {
    /// The activity with `id`; records an issue when there is none.
    func activity(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ActivityProgress? {
        let found = activities.first { $0.id == id }
        if found == nil { Issue.record("no activity \(id)", sourceLocation: sourceLocation) }
        return found
    }
}
