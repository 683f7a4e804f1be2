import Foundation
import NaptrackCore
import NaptrackStandards
import PlanQualityStandard
import Testing

/// The rules' edge cases: unknown versus not met, not applicable, boundaries and exact places.
@Suite struct PlanQualityEdgeTests {
    typealias F = PlanQualityFixtures

    static let oneActivity = """
        - id: O1
          title: Objective
          area: prevention
          activities:
            - {id: A1, title: Work, lead: coord, start: 2026-01-01, due: 2026-12-31,
               budget: {amount: 100, sources: [{funder: state, amount: 100, status: committed}]},
               indicators: [{id: i1, name: Count, target: 1}]}
        """

    @Test func reviewCycleFiresAtTheReviewOrThePlan() throws {
        let none = F.evaluate(try F.plan(yaml: F.yaml(objectives: Self.oneActivity)))
        #expect(try none.result("plan-quality:review-cycle").status == .notMet)
        #expect(none.places("plan-quality:review-cycle") == ["3:3"])
        #expect(try none.result("plan-quality:review-current").status == .notApplicable)
        #expect(try none.result("plan-quality:ngo-review").status == .notApplicable)

        let partial = F.evaluate(try F.plan(yaml: F.yaml(header: "review: {body: nobody}", objectives: Self.oneActivity)))
        let messages = try partial.result("plan-quality:review-cycle").findings.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("'nobody' is not an agency") })
        #expect(messages.contains { $0.contains("no cycle") })
        #expect(partial.places("plan-quality:review-cycle") == ["8:11", "8:18"])
    }

    @Test func reviewIsCurrentUntilTheCycleRunsOut() throws {
        let plan = try F.plan(yaml: F.yaml(header: "review: {body: coord, every_months: 6, last: 2026-01-31}",
            objectives: Self.oneActivity))
        // 2026-01-31 plus six months is 2026-07-31.
        for (date, status) in [("2026-07-31", RequirementStatus.met), ("2026-08-01", .notMet), ("2026-01-30", .unknown)] {
            let asOf = try #require(CalendarDate(iso: date))
            let result = try F.evaluate(plan, asOf: asOf).result("plan-quality:review-current")
            #expect(result.status == status, "as of \(date)")
        }
        let late = F.evaluate(plan, asOf: try #require(CalendarDate(iso: "2026-08-01")))
        #expect(late.places("plan-quality:review-current") == ["8:48"])
        #expect(late.findings.first { $0.rule.rawValue == "plan-quality:review-current" }?.message
            .contains("next was due by 2026-07-31") == true)
    }

    @Test func reviewWithoutLastDateIsUnknownAtTheReview() throws {
        let compliance = F.evaluate(try F.plan(yaml: F.yaml(header: "review: {body: coord, every_months: 6}",
            objectives: Self.oneActivity)))
        let result = try compliance.result("plan-quality:review-current")
        #expect(result.status == .unknown)
        #expect(result.missingFacts == ["plan.review.last"])
        #expect(compliance.places("plan-quality:review-current") == ["8:11"])
        #expect(result.findings.first?.severity == .note)
    }

    @Test func ngoReviewIsUnknownWithoutMembersAndMetWithAnNGO() throws {
        let unlisted = F.evaluate(try F.plan(yaml: F.yaml(header: "review: {body: table, every_months: 6}",
            agencies: "- {id: table, name: Table, type: coordination-body}", objectives: Self.oneActivity)))
        #expect(try unlisted.result("plan-quality:ngo-review").status == .unknown)
        #expect(unlisted.places("plan-quality:ngo-review") == ["11:5"])
        let listed = F.evaluate(try F.plan(yaml: F.yaml(header: "review: {body: table, every_months: 6}",
            agencies: "- {id: table, name: Table, type: coordination-body, members: [coord, ngo]}\n- {id: ngo, name: NGO, type: ngo}",
            objectives: Self.oneActivity)))
        let result = try listed.result("plan-quality:ngo-review")
        #expect(result.status == .met)
        #expect(result.evidence.map(\.summary) == ["table member ngo is an NGO"])
    }

    @Test func victimOutcomesAreUnknownUntilKindsAreDeclared() throws {
        let compliance = F.evaluate(try F.plan(yaml: F.yaml(objectives: Self.oneActivity)))
        let result = try compliance.result("plan-quality:victim-outcomes")
        #expect(result.status == .unknown)
        #expect(result.missingFacts == ["activity.indicators.kind"])
        #expect(compliance.places("plan-quality:victim-outcomes") == ["19:23"])
    }

    @Test func leadMustBeAnAgencyOfThePlan() throws {
        let objectives = Self.oneActivity.replacingOccurrences(of: "lead: coord", with: "lead: ministry")
        let compliance = F.evaluate(try F.plan(yaml: F.yaml(objectives: objectives)))
        #expect(try compliance.result("plan-quality:lead").status == .notMet)
        #expect(compliance.places("plan-quality:lead") == ["17:37"])
    }

    @Test func timeframeNamesMissingDatesAndDatesOutsideThePeriod() throws {
        let missing = Self.oneActivity.replacingOccurrences(of: " due: 2026-12-31,", with: "")
        let undated = F.evaluate(try F.plan(yaml: F.yaml(objectives: missing)))
        let finding = try #require(try undated.result("plan-quality:timeframe").findings.first)
        #expect(finding.message.contains("activity 'A1' has no due date"))
        #expect(undated.places("plan-quality:timeframe") == ["17:9"])

        let early = Self.oneActivity.replacingOccurrences(of: "start: 2026-01-01", with: "start: 2025-12-01")
        let outside = F.evaluate(try F.plan(yaml: F.yaml(objectives: early)))
        #expect(outside.places("plan-quality:timeframe") == ["17:51"])
    }

    @Test func planWithoutActivitiesFailsThePerActivityRules() throws {
        let compliance = F.evaluate(try F.plan(yaml: F.yaml(objectives: "- {id: O1, title: Empty, area: prevention}")))
        for id in ["plan-quality:lead", "plan-quality:timeframe", "plan-quality:cost", "plan-quality:indicator"] {
            let result = try compliance.result(id)
            #expect(result.status == .notMet)
            #expect(result.findings.map(\.message).first?.contains("the plan has no activities") == true)
        }
        #expect(try compliance.result("plan-quality:funding-gap").status == .unknown)
    }

    @Test func indicatorWithOnlyAMeansOfVerificationCounts() throws {
        let objectives = Self.oneActivity.replacingOccurrences(of: "target: 1", with: "means_of_verification: register")
        #expect(try F.evaluate(try F.plan(yaml: F.yaml(objectives: objectives))).result("plan-quality:indicator").status
            == .met)
    }

    @Test func trainingCountsDeclaredTrainingAndHealthCountsHealthStaff() throws {
        let objectives = """
            - id: O1
              title: Objective
              area: prevention
              activities:
                - {id: A1, title: Course, lead: coord, start: 2026-01-01, due: 2026-12-31, tags: [training],
                   target_groups: [police, medical-staff]}
            """
        let header = """
            review: {body: coord, every_months: 6}
            """
        let text = F.yaml(header: header, objectives: objectives).replacingOccurrences(of: "objectives:\n", with: """
            framework:
              training: [{audiences: [prosecutors, judges]}]
              identification: {trained_professions: [border-guards, labour-inspectors, social-workers]}
            objectives:

            """)
        let compliance = F.evaluate(try F.plan(yaml: text))
        let training = try compliance.result("plan-quality:training")
        #expect(training.status == .met, "\(training.findings.map(\.message))")
        #expect(training.evidence.map(\.summary).contains("judges: training.audiences"))
        #expect(try compliance.result("plan-quality:health").status == .met)

        let withoutDeclared = F.evaluate(try F.plan(yaml: F.yaml(objectives: objectives)))
        let message = try #require(try withoutDeclared.result("plan-quality:training").findings.first?.message)
        #expect(message.contains("training reaches no border-guards, prosecutors, judges, labour-inspectors, social-workers;"))
    }
}
