import Foundation
import NaptrackCore
import Testing

@testable import NaptrackProgress

/// Which updates count for a report date, and what follows from them.
struct EvaluatorTests {
    let plan = Fixture.plan(Fixture.planText(objectives: Fixture.objective("O1", [
        Fixture.activity("A1", budget: "{amount: 1000}", extra: """
                    indicators:
                      - {id: calls, name: Calls, baseline: 100, target: 200}
                    milestones:
                      - {id: A1-m1, title: Opened, due: 2026-03-31}
                      - {id: A1-m2, title: Second, due: 2026-09-30}
            """),
        Fixture.activity("A2", lead: "b", budget: "{amount: 3000}"),
        Fixture.activity("A3", start: "2027-01-01", due: "2027-12-31"),
    ])))

    var reports: [ProgressReport] {
        [
            Fixture.report("2026-03-31", updates: """
                  - {activity: A1, status: in-progress, percent: 20, spent: 100, indicators: {calls: 120}, milestones: {A1-m1: 2026-03-20}}
                  - {activity: A2, status: in-progress, percent: 10, spent: 50, note: first}
                """),
            Fixture.report("2026-06-30", updates: """
                  - {activity: A1, percent: 40}
                  - {activity: A2, status: suspended}
                """),
            Fixture.report("2026-09-30", updates: """
                  - {activity: A1, status: completed, percent: 100, spent: 900, indicators: {calls: 210}, milestones: {A1-m2: 2026-09-15}}
                  - {activity: A2, status: cancelled, note: dropped}
                """),
        ]
    }

    @Test func onlyUpdatesOnOrBeforeTheReportDateCount() throws {
        let early = Fixture.evaluate(plan, reports, asOf: "2026-03-30")
        #expect(early.activity("A1")?.lastReported == nil)
        #expect(early.activity("A1")?.status == .notStarted)
        #expect(early.progressFiles.isEmpty)

        let march = Fixture.evaluate(plan, reports, asOf: "2026-03-31")
        #expect(march.activity("A1")?.percent == 20)
        #expect(march.progressFiles == ["progress/2026-03-31.yaml"])

        let august = Fixture.evaluate(plan, reports, asOf: "2026-08-15")
        #expect(august.activity("A1")?.percent == 40)
        #expect(august.activity("A2")?.status == .suspended)
        #expect(august.progressFiles.count == 2)
    }

    @Test func aFieldLeftOutKeepsItsEarlierValue() throws {
        let june = Fixture.evaluate(plan, reports, asOf: "2026-06-30")
        let a1 = try #require(june.activity("A1"))
        #expect(a1.reportedStatus == .inProgress)
        #expect(a1.percent == 40)
        #expect(a1.money.spent == 100)
        #expect(a1.lastReported == Fixture.date("2026-06-30"))
        let a2 = try #require(june.activity("A2"))
        #expect(a2.status == .suspended && a2.percent == 10 && a2.note == "first")
    }

    @Test func statusIsInferredOnlyWhenNoneWasReported() throws {
        let plan = Fixture.plan(Fixture.planText(objectives: Fixture.objective("O1", [
            Fixture.activity("B1"), Fixture.activity("B2"), Fixture.activity("B3"),
        ])))
        let report = Fixture.report("2026-02-01", updates: """
              - {activity: B1, percent: 30}
              - {activity: B2, note: nothing yet}
              - {activity: B3, status: completed, percent: 80}
            """)
        let result = Fixture.evaluate(plan, [report], asOf: "2026-02-01")
        #expect(result.activity("B1")?.status == .inProgress)
        #expect(result.activity("B1")?.reportedStatus == nil)
        #expect(result.activity("B2")?.status == .notStarted)
        #expect(result.activity("B3")?.percent == 100)
        #expect(result.activity("B3")?.reportedPercent == 80)
        #expect(result.counts.notReported == 0)
    }

    @Test func milestonesAreAchievedDueMissedOrDropped() throws {
        let june = Fixture.evaluate(plan, reports, asOf: "2026-06-30").milestones
        #expect(june.map(\.state) == [.achieved, .due])
        #expect(june.first?.achieved == Fixture.date("2026-03-20"))
        #expect(june.first?.achievedLate == false)

        let october = Fixture.evaluate(plan, Array(reports.prefix(2)), asOf: "2026-10-01").milestones
        #expect(october.map(\.state) == [.achieved, .missed])

        let dueDay = Fixture.evaluate(plan, Array(reports.prefix(2)), asOf: "2026-09-30").milestones
        #expect(dueDay.map(\.state) == [.achieved, .due])

        let cancelledPlan = Fixture.plan(Fixture.planText(objectives: Fixture.objective("O1", [
            Fixture.activity("C1", extra: "        milestones: [{id: C1-m1, title: Step, due: 2026-02-01}]"),
        ])))
        let cancelled = Fixture.report("2026-01-15", updates: "  - {activity: C1, status: cancelled}")
        #expect(Fixture.evaluate(cancelledPlan, [cancelled], asOf: "2026-06-30").milestones.map(\.state) == [.cancelled])
    }

    @Test func aMilestoneDatedAfterTheReportDateIsNotYetAchieved() {
        let plan = Fixture.plan(Fixture.planText(objectives: Fixture.objective("O1", [
            Fixture.activity("C1", extra: "        milestones: [{id: C1-m1, title: Step, due: 2026-12-01}]"),
        ])))
        let report = Fixture.report("2026-03-31", updates: "  - {activity: C1, milestones: {C1-m1: 2026-04-15}}")
        #expect(Fixture.evaluate(plan, [report], asOf: "2026-04-14").milestones.first?.state == .due)
        #expect(Fixture.evaluate(plan, [report], asOf: "2026-04-15").milestones.first?.state == .achieved)
    }

    @Test func countsAndHealthFollowTheReportDate() {
        let june = Fixture.evaluate(plan, reports, asOf: "2026-06-30").counts
        #expect(june.total == 3 && june.inProgress == 1 && june.suspended == 1 && june.notStarted == 1)
        #expect(june.notReported == 1)
        let october = Fixture.evaluate(plan, reports, asOf: "2026-10-01").counts
        #expect(october.completed == 1 && october.cancelled == 1)
        #expect(october.overdue == 0 && october.behind == 0)
        let january = Fixture.evaluate(plan, reports, asOf: "2027-01-02").counts
        #expect(january.overdue == 0 && january.late == 1)
    }

    @Test func reportsOnOtherPlansAreIgnored() {
        let other = Fixture.report("2026-03-31", plan: "someone-else", updates: "  - {activity: A1, percent: 99}")
        #expect(Fixture.evaluate(plan, [other], asOf: "2026-12-31").activity("A1")?.percent == 0)
    }

    @Test func theSameInputGivesTheSameResult() {
        let first = Fixture.evaluate(plan, reports, asOf: "2026-06-30")
        let second = Fixture.evaluate(plan, reports.reversed(), asOf: "2026-06-30")
        #expect(first.activities.map(\.percent) == second.activities.map(\.percent))
        #expect(first.activities.map(\.health) == second.activities.map(\.health))
        #expect(first.ledger.total == second.ledger.total)
        #expect(first.rollup.plan == second.rollup.plan)
    }
}

/// Indicators: progress toward the target as a share of the distance from the baseline.
struct IndicatorTests {
    func indicator(baseline: Decimal?, target: Decimal?, actual: Decimal?) -> IndicatorProgress {
        var indicator = Indicator(id: "i", name: "I", location: .wholeFile("plan.yaml"))
        indicator.baseline = baseline
        indicator.target = target
        return IndicatorProgress(indicator, activity: "A", actual: actual, actualAsOf: nil)
    }

    @Test func aRisingTargetMeasuresTheDistanceCovered() {
        let progress = indicator(baseline: 100, target: 200, actual: 150)
        #expect(progress.direction == .increase)
        #expect(progress.share == Decimal(string: "0.5"))
        #expect(progress.isMet == false)
        #expect(indicator(baseline: 100, target: 200, actual: 200).isMet == true)
        #expect(indicator(baseline: 100, target: 200, actual: 250).share == Decimal(string: "1.5"))
    }

    @Test func aFallingTargetCountsDecreasesAsProgress() {
        let progress = indicator(baseline: 9, target: 2, actual: 5)
        #expect(progress.direction == .decrease)
        #expect(progress.share == Decimal(string: "0.5714"))
        #expect(progress.isMet == false)
        #expect(indicator(baseline: 9, target: 2, actual: 2).isMet == true)
        #expect(indicator(baseline: 9, target: 2, actual: 1).isMet == true)
        #expect(indicator(baseline: 9, target: 2, actual: 12).share == Decimal(string: "-0.4286"))
    }

    @Test func movingAwayFromTheTargetIsNegative() {
        #expect(indicator(baseline: 100, target: 200, actual: 80).share == Decimal(string: "-0.2"))
    }

    @Test func aTargetEqualToTheBaselineHasNoDistance() {
        let held = indicator(baseline: 5, target: 5, actual: 5)
        #expect(held.direction == .maintain)
        #expect(held.share == nil)
        #expect(held.isMet == true)
        #expect(indicator(baseline: 5, target: 5, actual: 4).isMet == false)
    }

    @Test func missingValuesAreNamedAndGiveNoShare() {
        let noBaseline = indicator(baseline: nil, target: 10, actual: 4)
        #expect(noBaseline.missing == [.baseline] && noBaseline.share == nil && noBaseline.direction == nil)
        #expect(noBaseline.isMet == nil)
        let noTarget = indicator(baseline: 0, target: nil, actual: 4)
        #expect(noTarget.missing == [.target] && noTarget.share == nil && noTarget.isMet == nil)
        let noActual = indicator(baseline: 0, target: 10, actual: nil)
        #expect(noActual.missing == [.actual] && noActual.share == nil && noActual.direction == .increase)
        #expect(indicator(baseline: nil, target: nil, actual: nil).missing == [.baseline, .target, .actual])
    }

    @Test func theLatestReportedValueCounts() throws {
        let plan = Fixture.plan(Fixture.planText(objectives: Fixture.objective("O1", [
            Fixture.activity("A1", extra: "        indicators: [{id: calls, name: Calls, baseline: 0, target: 100}]"),
        ])))
        let reports = [
            Fixture.report("2026-03-31", updates: "  - {activity: A1, indicators: {calls: 30}}"),
            Fixture.report("2026-06-30", updates: "  - {activity: A1, percent: 5}"),
        ]
        let result = try #require(Fixture.evaluate(plan, reports, asOf: "2026-07-01").indicators.first)
        #expect(result.actual == 30)
        #expect(result.actualAsOf == Fixture.date("2026-03-31"))
        #expect(result.share == Decimal(string: "0.3"))
    }
}
