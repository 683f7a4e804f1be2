import Foundation
import NaptrackCore
import NaptrackStandards
import Testing

/// The funding gap per objective: exact decimal sums, one currency at a time, never converting.
@Suite struct FundingGapTests {
    typealias F = PlanQualityFixtures

    static let objectives = """
        - id: O1
          title: Parent without activities of its own
          area: protection
          objectives:
            - id: O1.1
              title: Shelter
              area: protection
              activities:
                - {id: A1, title: Shelter, lead: coord, start: 2026-01-01, due: 2026-12-31, indicators: [{id: a, name: A, target: 1}],
                   budget: {amount: 1000.50, sources: [{funder: state, amount: 400.25, status: committed},
                                                      {funder: eu, amount: 300, status: pledged},
                                                      {funder: un, amount: 100, currency: USD, status: committed}]}}
                - {id: A2, title: Hotline, lead: coord, start: 2026-01-01, due: 2026-12-31, indicators: [{id: b, name: B, target: 1}],
                   budget: {amount: 200, currency: USD, sources: [{funder: un, amount: 50, status: committed}]}}
            - id: O1.2
              title: Funded
              area: protection
              activities:
                - {id: A3, title: Legal aid, lead: coord, start: 2026-01-01, due: 2026-12-31, indicators: [{id: c, name: C, target: 1}],
                   budget: {amount: 99.99, sources: [{funder: state, amount: 99.99, status: committed}]}}
        """

    @Test func gapIsReportedPerObjectiveAndCurrencyWithoutConversion() throws {
        let compliance = F.evaluate(try F.plan(yaml: F.yaml(objectives: Self.objectives)))
        let result = try compliance.result("plan-quality:funding-gap")
        #expect(result.status == .notMet)
        let findings = result.findings
        #expect(findings.count == 1)
        let message = try #require(findings.first?.message)
        #expect(message.contains("objective 'O1.1' has a funding gap of 600.25 EUR and 150 USD"))
        #expect(message.contains("1000.5 EUR planned, 400.25 committed, 300 pledged"))
        #expect(message.contains("200 USD planned, 50 committed"))
        #expect(message.contains("not counted: 100 USD from 'un' for activity A1, budgeted in EUR"))
        #expect(compliance.places("plan-quality:funding-gap") == ["17:9"])
        #expect(findings.first?.severity == .note)
        let funded = try #require(result.evidence.first { $0.summary.hasPrefix("objective O1.2") })
        #expect(funded.summary == "objective O1.2: gap 0 EUR; 99.99 EUR planned, 99.99 committed")
        #expect(!result.evidence.contains { $0.summary.hasPrefix("objective O1:") })
    }

    @Test func fullyCommittedPlanHasNoGap() throws {
        let objectives = Self.objectives.replacingOccurrences(of: "status: pledged", with: "status: committed")
            .replacingOccurrences(of: "amount: 1000.50", with: "amount: 700.25")
            .replacingOccurrences(of: "amount: 200, currency: USD", with: "amount: 50, currency: USD")
        let result = try F.evaluate(try F.plan(yaml: F.yaml(objectives: objectives))).result("plan-quality:funding-gap")
        #expect(result.status == .met, "\(result.findings.map(\.message))")
    }

    @Test func budgetWithoutSourcesCountsWhollyTowardsTheGap() throws {
        let objectives = """
            - id: O1
              title: Objective
              area: prevention
              activities:
                - {id: A1, title: Work, lead: coord, start: 2026-01-01, due: 2026-12-31, budget: {amount: 250},
                   indicators: [{id: a, name: A, target: 1}]}
            """
        let compliance = F.evaluate(try F.plan(yaml: F.yaml(objectives: objectives)))
        #expect(try compliance.result("plan-quality:funding-gap").findings.first?.message
            .contains("funding gap of 250 EUR") == true)
        #expect(try compliance.result("plan-quality:funding-source").status == .notMet)
        #expect(compliance.places("plan-quality:funding-source") == ["17:88"])
    }
}
