import Foundation
import NaptrackCore
import Testing

@testable import NaptrackProgress

/// What falls due soon, by lead agency.
struct DueListTests {
    let plan = Fixture.plan(Fixture.planText(objectives: Fixture.objective("O1", [
        Fixture.activity("A1", due: "2026-07-10", extra: """
                    milestones:
                      - {id: A1-m1, title: First step, due: 2026-06-20}
                      - {id: A1-m2, title: Second step, due: 2026-07-30}
                      - {id: A1-m3, title: Third step, due: 2026-07-31}
            """),
        Fixture.activity("A2", lead: "b", due: "2026-06-29"),
        Fixture.activity("A3", lead: "b", due: "2026-07-01"),
        Fixture.activity("A4", due: "2026-07-05"),
    ])))

    func list(within: Int = 30, agency: String? = nil) -> DueList {
        let report = Fixture.report("2026-06-01", updates: """
              - {activity: A1, percent: 10, milestones: {A1-m1: 2026-06-15}}
              - {activity: A3, status: completed}
            """)
        let settings = ProgressSettings(asOf: Fixture.date("2026-06-30"))
        let progress = WorkspaceProgress(settings: settings,
            plans: [ProgressEvaluator(settings: settings).evaluate(plan, reports: [report])])
        return DueList(progress, plans: [plan], within: within, agency: agency)
    }

    @Test func listsWhatFallsDueWithinTheWindowAndWhatIsOverdue() {
        let due = list()
        #expect(due.agencies.map(\.agency) == ["a", "b"])
        #expect(due.agencies.map(\.name) == ["Agency A", "Agency B"])
        // A1-m1 is achieved, A3 completed, A1-m3 falls a day after the window (2026-07-30).
        #expect(due.agencies[0].items.map(\.id) == ["A4", "A1", "A1-m2"])
        #expect(due.agencies[0].items.map(\.daysLeft) == [5, 10, 30])
        #expect(due.agencies[1].items.map(\.id) == ["A2"])
        #expect(due.agencies[1].items.first?.isOverdue == true)
        #expect(due.items.first { $0.id == "A1-m2" }?.kind == .milestone)
    }

    @Test func theWindowAndAgencyNarrowTheList() {
        #expect(list(within: 0).items.map(\.id) == ["A2"])
        #expect(list(within: 31).items.map(\.id).contains("A1-m3"))
        #expect(list(agency: "b").agencies.map(\.agency) == ["b"])
        #expect(list(agency: "nobody").items.isEmpty)
    }
}
