import Foundation
import NaptrackCore
import NaptrackProgress
import NaptrackReports
import NaptrackStandards
import Testing

/// The report values every format renders: headline, attention list, waivers, comparison, and the
/// terminal dashboard with its colours.
@Suite struct DashboardTests {
    @Test func theHeadlineAddsUpThePlan() throws {
        let alpha = try #require(try DashboardFixture.dashboard().plans.first { $0.id == "alpha-nap" })
        let headline = alpha.headline
        #expect(headline.periodElapsed == Decimal(string: "0.2479"), "181 of 730 days")
        #expect(headline.counts.total == 4 && headline.counts.completed == 1)
        #expect(headline.late == 2 && headline.atRisk == 1)
        #expect(headline.money.planned == 490_000 && headline.money.committed == 230_000)
        #expect(headline.money.spent == 130_000 && headline.money.gap == 260_000)
    }

    @Test func attentionListsTheMostOverdueFirst() throws {
        let alpha = try #require(try DashboardFixture.dashboard().plans.first { $0.id == "alpha-nap" })
        #expect(alpha.attention.map(\.id) == ["A2-m1", "A2", "A3"])
        #expect(alpha.attention.map(\.reasons) == [["missed"], ["overdue"], ["late"]])
        #expect(alpha.attention.map(\.daysOverdue) == [61, 30, nil])
        // Behind schedule alone is not in the list: A4 is at risk, not late.
        #expect(!alpha.attention.contains { $0.id == "A4" })
    }

    @Test func waiversAreThoseOfThePlanOrOfAllPlans() throws {
        let dashboard = try DashboardFixture.dashboard()
        let alpha = try #require(dashboard.plans.first { $0.id == "alpha-nap" })
        let beta = try #require(dashboard.plans.first { $0.id == "beta-nap" })
        #expect(alpha.waivers.map { "\($0.waiver.requirement) \($0.inForce)" }
            == ["demo:compensation true", "demo:guidelines false"])
        #expect(beta.waivers.map(\.waiver.requirement) == ["demo:guidelines"])
        #expect(alpha.waivedFindings.map(\.finding.rule.rawValue) == ["demo:compensation"])
        #expect(dashboard.otherFindings.map(\.rule.rawValue) == ["waiver-expired"])
    }

    @Test func citedActivitiesCarryTheirProgress() throws {
        let alpha = try #require(try DashboardFixture.dashboard().plans.first { $0.id == "alpha-nap" })
        let reflection = try #require(alpha.standards[0].results.first { $0.requirement.id == "demo:reflection" })
        let progress = try #require(reflection.activities.first?.progress)
        #expect(progress.status == .notStarted)
        #expect(progress.health == ["late", "behind"])
    }

    @Test func theComparisonLinesUpRequirementsAcrossPlans() throws {
        let comparison = PlanComparison(try DashboardFixture.dashboard())
        #expect(comparison.columns.map(\.planID) == ["alpha-nap", "beta-nap"])
        #expect(comparison.standards.map(\.id) == ["demo", "demo-extra"])
        let demo = comparison.standards[0]
        #expect(demo.scores == [0.7, 0.8])
        #expect(demo.rows.map(\.requirementID) == ["demo:reflection", "demo:guardian", "demo:sop", "demo:guidelines",
            "demo:compensation", "demo:budget"])
        #expect(demo.rows[2].statuses == [.met, .notMet])
        let extra = comparison.standards[1]
        #expect(extra.checked == [true, false])
        #expect(extra.rows[0].statuses == [.met, nil])
    }

    @Test func theTerminalDashboardColoursOnlyWhenAsked() throws {
        let plain = TerminalStyle(isTerminal: false, environment: [:])
        let terminal = TerminalStyle(isTerminal: true, environment: ["TERM": "xterm-256color"])
        #expect(!plain.isEnabled && terminal.isEnabled)
        #expect(!TerminalStyle(isTerminal: true, environment: ["NO_COLOR": "1"]).isEnabled)
        #expect(TerminalStyle(isTerminal: true, environment: ["NO_COLOR": ""]).isEnabled, "an empty NO_COLOR does not count")
        #expect(!TerminalStyle(isTerminal: true, environment: ["TERM": "dumb"]).isEnabled)
        #expect(terminal.red("late") == "\u{1B}[31mlate\u{1B}[0m")
        #expect(plain.red("late") == "late")
        #expect(terminal.alert("0 late", when: 0) == "0 late")
        let finding = Diagnostic(.error, "broken", rule: "demo:sop", at: SourceLocation(file: "p.yaml", line: 3, column: 4))
        #expect(terminal.diagnostic(finding) == "p.yaml:3:4: \u{1B}[31merror\u{1B}[0m: broken [demo:sop]")
        #expect(plain.diagnostic(finding) == finding.description)
    }

    @Test func theTerminalHeadlineGivesProgressAndMoney() throws {
        let workspace = try DashboardFixture.workspace()
        let report = ValidationReport(workspace: workspace, asOf: DashboardFixture.asOf)
        let evaluated = ProgressEvaluator(settings: ProgressSettings(asOf: DashboardFixture.asOf)).evaluate(workspace)
        let text = SummaryRenderer.text(report, workspace: workspace, progress: evaluated)
        #expect(text.contains(
            "  activities:  1 of 4 completed, 2 late, 1 at risk; 27.35% complete, 24.8% of the period elapsed\n"
                + "  money:       26.5% executed (EUR 130,000 of 490,000), funding gap EUR 260,000\n"))
        #expect(!text.contains("\u{1B}["))
        let coloured = SummaryRenderer.text(report, workspace: workspace, progress: evaluated,
            style: TerminalStyle(isEnabled: true))
        #expect(coloured.contains("\u{1B}[31m2 late\u{1B}[0m, \u{1B}[33m1 at risk\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1mAlpha National Action Plan 2026-2027 (alpha-nap)\u{1B}[0m"))
    }
}
