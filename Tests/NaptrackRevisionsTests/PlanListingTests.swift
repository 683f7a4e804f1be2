import Foundation
import NaptrackCore
import NaptrackReports
import NaptrackRevisions
import Testing

@Suite struct PlanListingTests {
    @Test func listsEveryItemSortedById() throws {
        let listing = PlanListing(try RevisionFixtures.old())
        #expect(listing.sections.map(\.heading) == [
            "plan test-plan", "agency board", "agency coord", "agency ngo", "agency police", "framework",
            "objective O1", "objective O2", "activity A1", "activity A2", "activity B1",
        ])
        let activity = try #require(listing.sections.first { $0.heading == "activity A1" })
        let entries = Dictionary(activity.entries.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(entries["due"] == .date(try #require(CalendarDate(iso: "2026-12-31"))))
        #expect(entries["partners"] == .list(["coord", "police"]))
        #expect(entries["budget.sources[donor].status"] == .text("pledged"))
        #expect(entries["indicators[calls].target"] == .number(500))
        #expect(entries["milestones[A1-m1].title"] == .text("Line open"))
    }

    @Test func numbersInIdsSortByValue() throws {
        let plan = try RevisionFixtures.plan(try RevisionFixtures.amended([
            ("- id: A2\n", "- id: A10\n"), ("- id: B1\n", "- id: A9\n"),
        ]), file: "plan.yaml")
        let headings = PlanListing(plan).sections.map(\.heading).filter { $0.hasPrefix("activity") }
        #expect(headings == ["activity A1", "activity A9", "activity A10"])
    }

    @Test func reorderedPlanListsTheSame() throws {
        let reordered = try RevisionFixtures.new(
            ("partners: [coord, police]", "partners: [police, coord]"),
            ("- {id: coord, name: Coordinator, type: government}\n  - {id: board, name: Review Board, type: coordination-body}",
             "- {id: board, name: Review Board, type: coordination-body}\n  - {id: coord, name: Coordinator, type: government}"),
            ("- {parties: [coord, ngo], kind: mou, signed: 2024-05-01, covers: [roles, referral]}\n    - {parties: [police, ngo], kind: protocol, signed: 2025-01-10, covers: [referral]}",
             "- {parties: [police, ngo], kind: protocol, signed: 2025-01-10, covers: [referral]}\n    - {parties: [coord, ngo], kind: mou, signed: 2024-05-01, covers: [roles, referral]}"))
        let before = RevisionRenderer.listing(PlanListing(try RevisionFixtures.old()))
        #expect(RevisionRenderer.listing(PlanListing(reordered)) == before)
    }

    @Test func listingTextShowsAmendmentsAsChangedLines() throws {
        let before = RevisionRenderer.listing(PlanListing(try RevisionFixtures.old()))
        let after = RevisionRenderer.listing(PlanListing(try RevisionFixtures.new(("due: 2026-12-31", "due: 2027-03-31"))))
        let removed = Set(before.split(separator: "\n")).subtracting(after.split(separator: "\n"))
        let added = Set(after.split(separator: "\n")).subtracting(before.split(separator: "\n"))
        #expect(removed == ["  due: 2026-12-31"])
        #expect(added == ["  due: 2027-03-31"])
        #expect(before.contains("activity A1\n  title: Hotline\n  objective: O1\n"))
        #expect(before.contains("  reflection_period.days: 30\n"))
        #expect(before.contains("  budget.amount: 1,000\n"))
    }
}
