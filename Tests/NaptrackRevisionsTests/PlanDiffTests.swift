import Foundation
import NaptrackCore
import NaptrackRevisions
import Testing

@Suite struct MatchingTests {
    @Test func identicalPlansHaveNoChanges() throws {
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: try RevisionFixtures.new())
        #expect(diff.isEmpty)
        #expect(diff.totals.activitiesChanged == 0)
        #expect(diff.totals.schedule == ScheduleShift())
        #expect(diff.totals.budgetDifference == 0)
    }

    @Test func reorderingListsIsNotAChange() throws {
        let new = try RevisionFixtures.new(
            ("partners: [coord, police]", "partners: [police, coord, police]"),
            ("- {funder: state-budget, amount: 600, status: committed}\n            - {funder: donor, amount: 400, status: pledged}",
             "- {funder: donor, amount: 400, status: pledged}\n            - {funder: state-budget, amount: 600, status: committed}"),
            ("- {id: calls, name: Calls answered, unit: calls, baseline: 0, target: 500}\n          - {id: referrals, name: Referrals, baseline: 0, target: 50}",
             "- {id: referrals, name: Referrals, baseline: 0, target: 50}\n          - {id: calls, name: Calls answered, unit: calls, baseline: 0, target: 500}"),
            ("target_groups: [migrants, youth]", "target_groups: [youth, migrants]"),
            ("forms: [sexual, labour]", "forms: [labour, sexual]"),
            ("measures: [research, awareness]", "measures: [awareness, research]"),
            ("- {parties: [coord, ngo], kind: mou, signed: 2024-05-01, covers: [roles, referral]}\n    - {parties: [police, ngo], kind: protocol, signed: 2025-01-10, covers: [referral]}",
             "- {parties: [ngo, police], kind: protocol, signed: 2025-01-10, covers: [referral]}\n    - {parties: [ngo, coord], kind: mou, signed: 2024-05-01, covers: [referral, roles]}"),
            ("- {id: coord, name: Coordinator, type: government}\n  - {id: board, name: Review Board, type: coordination-body}",
             "- {id: board, name: Review Board, type: coordination-body}\n  - {id: coord, name: Coordinator, type: government}"),
            ("standards: [plan-quality]", "standards: [plan-quality, plan-quality]"))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        #expect(diff.isEmpty, "unexpected changes: \(diff.activities) \(diff.framework) \(diff.agencies)")
    }

    @Test func reorderingActivitiesAndObjectivesIsNotAChange() throws {
        let text = try RevisionFixtures.amended([])
        guard let o1 = text.range(of: "  - id: O1\n"), let o2 = text.range(of: "  - id: O2\n") else {
            Issue.record("fixture lost its objectives")
            return
        }
        let swapped = String(text[..<o1.lowerBound]) + String(text[o2.lowerBound...]) + String(text[o1.lowerBound..<o2.lowerBound])
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: try RevisionFixtures.plan(swapped, file: "new.yaml"))
        #expect(diff.isEmpty)
    }

    @Test func duplicateIdsAreMatchedByOccurrenceWithoutFailing() throws {
        let duplicated = try RevisionFixtures.amended([("  - id: A2\n", "  - id: A1\n")])
        let (document, _) = DocumentLoader().load(bytes: Array(duplicated.utf8), file: "dup.yaml")
        guard case .plan(let plan)? = document else {
            Issue.record("a plan with a duplicate id still loads")
            return
        }
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: plan)
        #expect(diff.activities.map(\.id) == ["A1#2", "A2"])
        #expect(diff.activities.map(\.kind) == [.added, .removed])
    }
}

@Suite struct ActivityChangeTests {
    @Test func addedAndRemovedActivities() throws {
        let new = try RevisionFixtures.new(("- id: A2\n        title: Campaign", "- id: A3\n        title: School lessons"))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        let added = try #require(diff.activities(.added).first)
        #expect(added.id == "A3")
        #expect(added.new?.title == "School lessons")
        #expect(added.new?.amount == 500)
        #expect(added.old == nil)
        let removed = try #require(diff.activities(.removed).first)
        #expect(removed.id == "A2")
        #expect(removed.old?.lead == "coord")
        #expect(removed.new == nil)
        #expect(diff.totals.activitiesAdded == 1)
        #expect(diff.totals.activitiesRemoved == 1)
    }

    @Test func activityMovedToAnotherObjective() throws {
        let text = try RevisionFixtures.amended([])
        let block = "      - id: A2\n        title: Campaign\n        lead: coord\n        start: 2026-02-01\n"
            + "        due: 2026-10-31\n        budget: {amount: 500}\n"
        let moved = text.replacingOccurrences(of: block, with: "")
            .replacingOccurrences(of: "        budget: {amount: 2000}\n", with: "        budget: {amount: 2000}\n" + block)
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: try RevisionFixtures.plan(moved, file: "new.yaml"))
        let change = try #require(diff.activities.first)
        #expect(diff.activities.count == 1)
        #expect(change.id == "A2")
        #expect(change.kind == .changed)
        #expect(change.isMoved)
        #expect(change.field("objective")?.old == .text("O1"))
        #expect(change.field("objective")?.new == .text("O2"))
        #expect(diff.totals.activitiesMoved == 1)
        #expect(diff.totals.byObjective.map(\.objective) == ["O1", "O2"])
        #expect(diff.totals.byObjective.map(\.difference) == [-500, 500])
    }

    @Test func changedFieldsOfAnActivity() throws {
        let new = try RevisionFixtures.new(
            ("title: Hotline", "title: Hotline, 24 hours"),
            ("lead: ngo\n        partners: [coord, police]", "lead: coord\n        partners: [ngo, police]"),
            ("start: 2026-01-01\n        due: 2026-12-31", "start: 2026-02-01\n        due: 2027-03-31"),
            ("addresses: [coe-cathb:art5.2]", "addresses: [coe-cathb:art5.2, osce-nrm:referral]"),
            ("target_groups: [migrants, youth]", "target_groups: [migrants]"),
            ("forms: [sexual, labour]", "forms: [sexual, labour, begging]"))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        let change = try #require(diff.activities.first { $0.id == "A1" })
        #expect(change.fields.map(\.field) == ["title", "lead", "partners", "start", "due", "addresses", "target_groups", "forms"])
        #expect(change.field("title")?.new == .text("Hotline, 24 hours"))
        #expect(change.field("lead")?.old == .text("ngo"))
        #expect(change.field("lead")?.new == .text("coord"))
        #expect(change.field("partners")?.addedItems == ["ngo"])
        #expect(change.field("partners")?.removedItems == ["coord"])
        #expect(change.field("start")?.shiftInDays == 31)
        #expect(change.field("due")?.shiftInDays == 90)
        #expect(change.dueShift == 90)
        #expect(change.field("addresses")?.addedItems == ["osce-nrm:referral"])
        #expect(change.field("target_groups")?.removedItems == ["youth"])
        #expect(change.field("forms")?.addedItems == ["begging"])
        #expect(change.isMoved == false)
    }

    @Test func fieldChangesPointAtBothFiles() throws {
        let newText = try RevisionFixtures.amended([("due: 2026-12-31", "due: 2027-01-31")])
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: try RevisionFixtures.plan(newText, file: "new.yaml"))
        let due = try #require(diff.activities.first?.field("due"))
        let position = try #require(RevisionFixtures.position(of: "2026-12-31", in: RevisionFixtures.base))
        #expect(due.oldLocation == SourceLocation(file: "old.yaml", line: position.line, column: position.column))
        #expect(due.newLocation == SourceLocation(file: "new.yaml", line: position.line, column: position.column))
    }

    @Test func budgetAndFundingSourcesMatchedByFunder() throws {
        let new = try RevisionFixtures.new(
            ("amount: 1000", "amount: 1200.50"),
            ("{funder: state-budget, amount: 600, status: committed}", "{funder: state-budget, amount: 800.50, status: committed}"),
            ("{funder: donor, amount: 400, status: pledged}", "{funder: donor, amount: 400, status: committed}\n            - {funder: eu, amount: 100, status: requested}"))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        let budget = try #require(diff.activities.first?.budget)
        #expect(budget.amount?.old == .amount(1000))
        #expect(budget.amount?.new == .amount(try #require(Decimal(string: "1200.50"))))
        #expect(budget.amount?.difference == Decimal(string: "200.5"))
        #expect(budget.sources.map(\.id) == ["state-budget", "donor", "eu"])
        #expect(budget.sources.map(\.kind) == [.changed, .changed, .added])
        #expect(budget.sources[0].field("amount")?.difference == Decimal(string: "200.5"))
        #expect(budget.sources[0].field("status") == nil)
        #expect(budget.sources[1].field("status")?.old == .text("pledged"))
        #expect(budget.sources[1].field("status")?.new == .text("committed"))
        #expect(budget.sources[1].field("amount") == nil)
        #expect(budget.sources[2].field("amount")?.new == .amount(100))
        #expect(budget.sources[2].field("status")?.new == .text("requested"))
    }

    @Test func removedFundingSourceAndCurrency() throws {
        let new = try RevisionFixtures.new(
            ("amount: 1000\n", "amount: 1000\n          currency: USD\n"),
            ("            - {funder: donor, amount: 400, status: pledged}\n", ""))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        let budget = try #require(diff.activities.first?.budget)
        #expect(budget.fields.map(\.field) == ["currency"])
        #expect(budget.fields.first?.new == .text("USD"))
        let source = try #require(budget.sources.first)
        #expect(source.id == "donor")
        #expect(source.kind == .removed)
        #expect(source.field("amount")?.old == .amount(400))
        #expect(source.field("amount")?.new == nil)
        #expect(diff.totals.otherCurrencyAfter == 1)
        #expect(diff.totals.budgetAfter == 2500)
    }

    @Test func indicatorsTargetsAndBaselines() throws {
        let new = try RevisionFixtures.new(
            ("baseline: 0, target: 500}", "baseline: 20, target: 800}"),
            ("          - {id: referrals, name: Referrals, baseline: 0, target: 50}\n",
             "          - {id: shelters, name: Shelter places, baseline: 10, target: 30}\n"))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        let indicators = try #require(diff.activities.first?.indicators)
        #expect(indicators.map(\.id) == ["calls", "shelters", "referrals"])
        #expect(indicators.map(\.kind) == [.changed, .added, .removed])
        #expect(indicators[0].fields.map(\.field) == ["baseline", "target"])
        #expect(indicators[0].field("target")?.old == .number(500))
        #expect(indicators[0].field("target")?.new == .number(800))
        #expect(indicators[0].field("baseline")?.difference == 20)
        #expect(indicators[1].field("target")?.new == .number(30))
        #expect(indicators[2].field("name")?.old == .text("Referrals"))
    }

    @Test func milestones() throws {
        let new = try RevisionFixtures.new(
            ("{id: A1-m1, title: Line open, due: 2026-03-31}",
             "{id: A1-m1, title: Line open around the clock, due: 2026-02-28}\n          - {id: A1-m2, title: First report, due: 2026-09-30}"))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        let milestones = try #require(diff.activities.first?.milestones)
        #expect(milestones.map(\.id) == ["A1-m1", "A1-m2"])
        #expect(milestones[0].field("due")?.shiftInDays == -31)
        #expect(milestones[0].field("title")?.new == .text("Line open around the clock"))
        #expect(milestones[1].kind == .added)
        #expect(milestones[1].field("due")?.new == .date(try #require(CalendarDate(iso: "2026-09-30"))))
    }

    @Test func unchangedActivitiesAreLeftOut() throws {
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: try RevisionFixtures.new(("title: Shelter", "title: Shelters")))
        #expect(diff.activities.map(\.id) == ["B1"])
    }
}

@Suite struct PlanLevelChangeTests {
    @Test func headerFields() throws {
        let new = try RevisionFixtures.new(
            ("title: Test plan", "title: Test plan, amended"),
            ("period: {start: 2026-01-01, end: 2027-12-31}", "period: {start: 2026-01-01, end: 2028-06-30}"),
            ("adopted: 2025-12-01\n  revision: 1", "adopted: 2026-07-01\n  revision: 2"),
            ("coordinator: coord", "coordinator: board"),
            ("review: {body: board, every_months: 6}", "review: {body: coord, every_months: 3}"))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        #expect(diff.header.map(\.field) == ["title", "period.end", "adopted", "revision", "coordinator", "review.body",
            "review.every_months"])
        let end = try #require(diff.header.first { $0.field == "period.end" })
        #expect(end.shiftInDays == 182)
        #expect(diff.header.first { $0.field == "revision" }?.new == .number(2))
        #expect(diff.header.first { $0.field == "coordinator" }?.old == .text("coord"))
        #expect(diff.header.first { $0.field == "review.every_months" }?.new == .number(3))
        #expect(diff.old.revision == 1)
        #expect(diff.new.revision == 2)
    }

    @Test func agenciesAddedRemovedAndRenamed() throws {
        let new = try RevisionFixtures.new(
            ("{id: ngo, name: Helping Hands, type: ngo}", "{id: ngo, name: Helping Hands Foundation, type: ngo}"),
            ("  - {id: police, name: Police, type: law-enforcement}\n", "  - {id: ombuds, name: Ombudsperson, type: independent-body}\n"),
            ("partners: [coord, police]", "partners: [coord]"))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        #expect(diff.agencies.map(\.id) == ["ngo", "ombuds", "police"])
        #expect(diff.agencies.map(\.kind) == [.changed, .added, .removed])
        #expect(diff.agencies[0].field("name")?.new == .text("Helping Hands Foundation"))
        #expect(diff.agencies[1].field("type")?.new == .text("independent-body"))
        #expect(diff.agencies[2].field("name")?.old == .text("Police"))
    }

    @Test func objectivesAddedRemovedAndChanged() throws {
        let new = try RevisionFixtures.new(
            ("title: Prevention\n    area: prevention", "title: Prevention and awareness\n    area: prevention"),
            ("  - id: O2\n    title: Protection", "  - id: O3\n    title: Protection"))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        #expect(diff.objectives.map(\.id) == ["O1", "O3", "O2"])
        #expect(diff.objectives.map(\.kind) == [.changed, .added, .removed])
        #expect(diff.objectives[0].field("title")?.new == .text("Prevention and awareness"))
        let moved = try #require(diff.activities.first)
        #expect(moved.id == "B1")
        #expect(moved.field("objective")?.new == .text("O3"))
    }
}

@Suite struct FrameworkChangeTests {
    @Test func changedFactWithLocationsInBothFiles() throws {
        let newText = try RevisionFixtures.amended([
            ("  reflection_period: {days: 30, conditional_on_cooperation: true}\n",
             "  # amended law\n  reflection_period: {days: 90, conditional_on_cooperation: true}\n"),
        ])
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: try RevisionFixtures.plan(newText, file: "new.yaml"))
        let change = try #require(diff.framework.first)
        #expect(diff.framework.count == 1)
        #expect(change.path == "reflection_period.days")
        #expect(change.old == .number(30))
        #expect(change.new == .number(90))
        let old = try #require(RevisionFixtures.position(of: "30,", in: RevisionFixtures.base))
        let new = try #require(RevisionFixtures.position(of: "90,", in: newText))
        #expect(change.oldLocation == SourceLocation(file: "old.yaml", line: old.line, column: old.column))
        #expect(change.newLocation == SourceLocation(file: "new.yaml", line: new.line, column: new.column))
        #expect(new.line == old.line + 1)
    }

    @Test func addedAndRemovedFactsAreReportedLeafByLeaf() throws {
        let new = try RevisionFixtures.new(
            ("  reflection_period: {days: 30, conditional_on_cooperation: true}\n",
             "  return: {voluntary: true, risk_assessment: false}\n"))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        #expect(diff.framework.map(\.path) == ["reflection_period.days", "reflection_period.conditional_on_cooperation",
            "return.voluntary", "return.risk_assessment"])
        #expect(diff.framework.map(\.kind) == [.removed, .removed, .added, .added])
        #expect(diff.framework[0].newLocation == nil)
        #expect(diff.framework[2].oldLocation == nil)
        #expect(diff.framework[3].new == .bool(false))
    }

    @Test func wordListsCompareAsSets() throws {
        let new = try RevisionFixtures.new(("measures: [research, awareness]", "measures: [awareness, hotline]"))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        let change = try #require(diff.framework.first)
        #expect(change.path == "prevention.measures")
        #expect(change.addedItems == ["hotline"])
        #expect(change.removedItems == ["research"])
    }

    @Test func recordListsPairTheClosestRecord() throws {
        let new = try RevisionFixtures.new(
            ("- {parties: [coord, ngo], kind: mou, signed: 2024-05-01, covers: [roles, referral]}\n    - {parties: [police, ngo], kind: protocol, signed: 2025-01-10, covers: [referral]}",
             "- {parties: [police, ngo], kind: protocol, signed: 2025-01-10, covers: [referral, data-sharing]}\n"
                + "    - {parties: [coord, ngo], kind: mou, signed: 2024-05-01, covers: [roles, referral]}\n"
                + "    - {parties: [coord, police], kind: agreement, signed: 2026-02-01}"))
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: new)
        #expect(diff.framework.map(\.path) == ["cooperation_agreements[0].covers", "cooperation_agreements[2].parties",
            "cooperation_agreements[2].kind", "cooperation_agreements[2].signed"])
        #expect(diff.framework[0].addedItems == ["data-sharing"])
        #expect(diff.framework[1].kind == .added)
    }
}

@Suite struct TotalsTests {
    @Test func deadlineSlipSumsLaterMinusEarlier() throws {
        let new = try RevisionFixtures.new(
            ("due: 2026-12-31", "due: 2027-01-30"),
            ("due: 2026-10-31", "due: 2026-11-30"),
            ("due: 2027-12-31\n", "due: 2027-12-21\n"))
        let totals = PlanDiff(from: try RevisionFixtures.old(), to: new).totals
        #expect(totals.schedule.slippedActivities == 2)
        #expect(totals.schedule.daysLater == 60)
        #expect(totals.schedule.advancedActivities == 1)
        #expect(totals.schedule.daysEarlier == 10)
        #expect(totals.schedule.netDays == 50)
    }

    @Test func budgetBeforeAfterAndByObjective() throws {
        let new = try RevisionFixtures.new(
            ("budget: {amount: 500}", "budget: {amount: 750.25}"),
            ("budget: {amount: 2000}", "budget: {amount: 1500}"))
        let totals = PlanDiff(from: try RevisionFixtures.old(), to: new).totals
        #expect(totals.activitiesBefore == 3)
        #expect(totals.activitiesAfter == 3)
        #expect(totals.budgetBefore == 3500)
        #expect(totals.budgetAfter == Decimal(string: "3250.25"))
        #expect(totals.budgetDifference == Decimal(string: "-249.75"))
        #expect(totals.byObjective == [
            ObjectiveBudget(objective: "O1", title: "Prevention", before: 1500, after: try #require(Decimal(string: "1750.25"))),
            ObjectiveBudget(objective: "O2", title: "Protection", before: 2000, after: 1500),
        ])
    }
}
