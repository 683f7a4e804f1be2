import Foundation
import NaptrackCore
import Testing

@testable import NaptrackProgress

/// Roll-up of percent complete to objectives, lead agencies and the plan.
struct RollupTests {
    // O1 holds A1 (budget 1000, lead a) and the nested O1.1 with A2 (budget 3000, lead b);
    // O2 holds A3 (no budget, lead a) and A4 (cancelled, budget 6000, lead b).
    let plan = Fixture.plan(Fixture.planText(objectives: [
        Fixture.objective("O1", [Fixture.activity("A1", budget: "{amount: 1000}")],
            nested: "      - id: O1.1\n        title: Nested\n        activities:\n"
                + Fixture.activity("A2", lead: "b", budget: "{amount: 3000}").split(separator: "\n")
                .map { "    " + $0 }.joined(separator: "\n")),
        Fixture.objective("O2", [
            Fixture.activity("A3"), Fixture.activity("A4", lead: "b", budget: "{amount: 6000}"),
        ]),
    ].joined(separator: "\n")))

    var report: ProgressReport {
        Fixture.report("2026-06-30", updates: """
              - {activity: A1, percent: 100, status: completed}
              - {activity: A2, percent: 20}
              - {activity: A3, percent: 60}
              - {activity: A4, status: cancelled, percent: 90}
            """)
    }

    @Test func budgetWeightedCountsEachActivityByItsBudget() throws {
        let rollup = Fixture.evaluate(plan, [report], asOf: "2026-06-30", rollup: .budgetWeighted).rollup
        // (1000 * 100 + 3000 * 20) / 4000 = 40; A3 has no budget, A4 is cancelled.
        #expect(rollup.plan.percent == 40)
        #expect(rollup.plan.weighted == 2 && rollup.plan.unweighted == 1)
        #expect(rollup.method == .budgetWeighted)
        #expect(rollup.explanation.contains("weighted by each activity's planned budget in EUR"))
        #expect(rollup.explanation.contains("Cancelled activities are left out"))
    }

    @Test func equalCountsEveryActivityTheSame() throws {
        let rollup = Fixture.evaluate(plan, [report], asOf: "2026-06-30", rollup: .equal).rollup
        // (100 + 20 + 60) / 3 = 60; A4 is cancelled.
        #expect(rollup.plan.percent == 60)
        #expect(rollup.plan.weighted == 3 && rollup.plan.unweighted == 0)
        #expect(rollup.explanation.contains("every activity counting the same"))
    }

    @Test func objectivesRollUpTheirWholeSubtree() throws {
        let objectives = Fixture.evaluate(plan, [report], asOf: "2026-06-30").rollup.objectives
        #expect(objectives.map(\.id) == ["O1", "O1.1", "O2"])
        #expect(objectives.map(\.depth) == [0, 1, 0])
        #expect(objectives[0].percent == 40 && objectives[0].counts.total == 2)
        #expect(objectives[1].percent == 20)
        // O2: A3 carries no weight and A4 is cancelled, so nothing to weigh.
        #expect(objectives[2].percent == nil && objectives[2].unweighted == 1 && objectives[2].counts.cancelled == 1)
        let equal = Fixture.evaluate(plan, [report], asOf: "2026-06-30", rollup: .equal).rollup.objectives
        #expect(equal[2].percent == 60)
    }

    @Test func leadAgenciesRollUpTheirActivities() throws {
        let leads = Fixture.evaluate(plan, [report], asOf: "2026-06-30").rollup.leads
        #expect(leads.map(\.id) == ["a", "b"])
        #expect(leads.map(\.name) == ["Agency A", "Agency B"])
        #expect(leads[0].percent == 100 && leads[0].counts.total == 2)
        #expect(leads[1].percent == 20 && leads[1].counts.cancelled == 1)
    }

    @Test func theConfigurationChoosesTheMethod() throws {
        let text = "naptrack: 1\ntracking: {rollup: equal}\n"
        let (document, diagnostics) = DocumentLoader().load(bytes: Array(text.utf8), file: "naptrack.yaml")
        #expect(diagnostics.isEmpty)
        guard case .configuration(let configuration)? = document else {
            Issue.record("not loaded as a configuration")
            return
        }
        #expect(configuration.rollup?.value == .equal)
        #expect(ProgressSettings(asOf: Fixture.date("2026-01-01"), configuration: configuration).rollup == .equal)
        #expect(ProgressSettings(asOf: Fixture.date("2026-01-01"), configuration: nil).rollup == .budgetWeighted)
    }

    @Test func anUnknownMethodIsAnErrorAtItsPlace() throws {
        let text = "naptrack: 1\ntracking:\n  rollup: budget_weighted\n  rolup: equal\n"
        let (_, diagnostics) = DocumentLoader().load(bytes: Array(text.utf8), file: "naptrack.yaml")
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.location.line == 3 && error.location.column == 11)
        #expect(error.message.contains("did you mean 'budget-weighted'"))
        let warning = try #require(diagnostics.first { $0.severity == .warning })
        #expect(warning.location.line == 4 && warning.message.contains("rollup"))
    }
}
