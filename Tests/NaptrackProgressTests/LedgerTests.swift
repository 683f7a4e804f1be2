import Foundation
import NaptrackCore
import Testing

@testable import NaptrackProgress

/// The money ledger: planned, funding by status, gap, spend; breakdowns; other currencies.
struct LedgerTests {
    let plan = Fixture.plan(Fixture.planText(objectives: [
        Fixture.objective("O1", [
            // Several sources of each status; one source in USD, kept apart.
            Fixture.activity("A1", budget: """
                
                          amount: 1000
                          sources:
                            - {funder: state, amount: 400, status: committed}
                            - {funder: donor, amount: 100, status: committed}
                            - {funder: donor, amount: 200, status: pledged}
                            - {funder: ngo-fund, amount: 50, status: requested}
                            - {funder: usaid, amount: 300, currency: USD, status: committed}
                """),
            // No sources at all: the whole budget is a gap.
            Fixture.activity("A2", lead: "b", start: "2026-07-01", due: "2027-06-30", budget: "{amount: 500}"),
        ]),
        Fixture.objective("O2", [
            // Over-committed: the gap stays at zero.
            Fixture.activity("A3", lead: "b", budget: "{amount: 100, sources: [{funder: state, amount: 150, status: committed}]}"),
            // Budgeted in another currency: not added to the EUR totals.
            Fixture.activity("A4", budget: "{amount: 2000, currency: USD, sources: [{funder: usaid, amount: 2000, status: pledged}]}"),
            // No budget, but spend.
            Fixture.activity("A5"),
        ]),
    ].joined(separator: "\n")))

    var reports: [ProgressReport] {
        [
            Fixture.report("2026-06-30", updates: """
                  - {activity: A1, spent: 300}
                  - {activity: A3, spent: 40}
                  - {activity: A4, spent: 500}
                """),
            Fixture.report("2027-03-31", updates: """
                  - {activity: A1, spent: 1200}
                  - {activity: A2, spent: 100}
                  - {activity: A3, spent: 30}
                  - {activity: A5, spent: 10}
                """),
        ]
    }

    @Test func totalsAddUpOnlyThePlanCurrency() {
        let ledger = Fixture.evaluate(plan, reports, asOf: "2027-03-31").ledger
        #expect(ledger.currency == "EUR")
        #expect(ledger.total.planned == 1600)
        #expect(ledger.total.committed == 650)
        #expect(ledger.total.pledged == 200)
        #expect(ledger.total.requested == 50)
        #expect(ledger.total.gap == 950)
        #expect(ledger.total.spent == 1340)
    }

    @Test func perActivityFundingAndGap() throws {
        let result = Fixture.evaluate(plan, reports, asOf: "2027-03-31")
        let a1 = try #require(result.activity("A1"))
        #expect(a1.money.committed == 500 && a1.money.pledged == 200 && a1.money.requested == 50)
        #expect(a1.money.gap == 500)
        #expect(a1.foreignSources.map(\.amount) == [300])
        #expect(result.activity("A2")?.money.gap == 500)
        #expect(result.activity("A3")?.money.gap == 0)
        #expect(result.activity("A4")?.inPlanCurrency == false)
    }

    @Test func otherCurrenciesAreReportedSeparately() throws {
        let ledger = Fixture.evaluate(plan, reports, asOf: "2027-03-31").ledger
        let usd = try #require(ledger.otherCurrencies.first)
        #expect(ledger.otherCurrencies.map(\.currency) == ["USD"])
        #expect(usd.money.planned == 2000)
        #expect(usd.money.pledged == 2000)
        #expect(usd.money.committed == 300)
        #expect(usd.money.spent == 500)
        #expect(usd.amounts.map(\.activity) == ["A1", "A4", "A4", "A4"])
        #expect(!ledger.byFunder.contains { $0.funder == "usaid" })
    }

    @Test func spendAboveBudgetIsFlagged() {
        let ledger = Fixture.evaluate(plan, reports, asOf: "2027-03-31").ledger
        #expect(ledger.overBudget.map(\.activity) == ["A1", "A5"])
        #expect(ledger.overBudget.first?.excess == 200)
        #expect(ledger.overBudget.last?.planned == nil)
        let june = Fixture.evaluate(plan, reports, asOf: "2026-06-30").ledger
        #expect(june.overBudget.isEmpty)
    }

    @Test func breakdownsByObjectiveLeadAndFunder() {
        let ledger = Fixture.evaluate(plan, reports, asOf: "2027-03-31").ledger
        #expect(ledger.byObjective.map(\.id) == ["O1", "O2"])
        #expect(ledger.byObjective.map(\.money.planned) == [1500, 100])
        #expect(ledger.byObjective.map(\.money.gap) == [1000, 0])
        #expect(ledger.byLead.map(\.id) == ["a", "b"])
        #expect(ledger.byLead.map(\.money.planned) == [1000, 600])
        #expect(ledger.byFunder.map(\.funder) == ["donor", "ngo-fund", "state"])
        #expect(ledger.byFunder.map(\.money.committed) == [100, 0, 550])
        #expect(ledger.byFunder.map(\.money.pledged) == [200, 0, 0])
        #expect(ledger.byFunder.map(\.activities) == [1, 1, 2])
    }

    @Test func yearsAddUpToThePlannedTotalExactly() {
        let ledger = Fixture.evaluate(plan, reports, asOf: "2027-03-31").ledger
        let planned = ledger.byYear.reduce(Decimal(0)) { $0 + $1.planned } + ledger.unscheduledPlanned
        #expect(planned == ledger.total.planned)
        #expect(ledger.byYear.map(\.year) == [2026, 2027])
        // A2 runs 2026-07-01 to 2027-06-30: 184 of 365 days in 2026.
        #expect(ledger.byYear.first?.planned == Decimal(string: "1352.05"))
        // Spend grows 340 in reports dated 2026, then 1000 in 2027 (A3 corrected down by 10).
        #expect(ledger.byYear.map(\.spent) == [340, 1000])
        #expect(ledger.byYear.reduce(Decimal(0)) { $0 + $1.spent } == ledger.total.spent)
    }

    @Test func cancelledBudgetsAreShownApart() {
        let cancelled = Fixture.report("2026-06-30", updates: "  - {activity: A3, status: cancelled}")
        let ledger = Fixture.evaluate(plan, [cancelled], asOf: "2026-06-30").ledger
        #expect(ledger.cancelledPlanned == 100)
        #expect(ledger.total.planned == 1600)
    }
}

/// Spreading a budget over calendar years by days.
struct BudgetSpreadTests {
    func spread(_ amount: String, _ start: String, _ due: String) -> [(year: Int, amount: Decimal)] {
        BudgetSpread.byYear(Decimal(string: amount) ?? 0, start: Fixture.date(start), due: Fixture.date(due))
    }

    @Test func aSingleYearGetsEverything() {
        let parts = spread("1000", "2026-03-01", "2026-05-31")
        #expect(parts.map(\.year) == [2026] && parts.map(\.amount) == [1000])
    }

    @Test func yearsShareByDaysAndTheLastTakesTheRemainder() {
        // 2026-12-31 to 2028-01-01 is 367 days: 1 in 2026, 365 in 2027, 1 in 2028.
        let parts = spread("100", "2026-12-31", "2028-01-01")
        #expect(parts.map(\.year) == [2026, 2027, 2028])
        #expect(parts[0].amount == Decimal(string: "0.27"))  // 100 / 367 = 0.2724..., rounded down
        #expect(parts[1].amount == Decimal(string: "99.45"))  // 36500 / 367 = 99.455..., rounded down
        #expect(parts[2].amount == Decimal(string: "0.28"))  // the rest
        #expect(parts.reduce(Decimal(0)) { $0 + $1.amount } == 100)
    }

    @Test func leapYearsCountTheirExtraDay() {
        let parts = spread("366", "2028-01-01", "2029-12-31")
        #expect(parts.map(\.amount) == [Decimal(string: "183.25"), Decimal(string: "182.75")])
    }

    @Test func aDueDateBeforeTheStartSpreadsNothing() {
        #expect(spread("100", "2027-01-01", "2026-01-01").isEmpty)
    }
}
