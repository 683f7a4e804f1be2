import Foundation
import NaptrackCore
import NaptrackReports
import NaptrackRevisions
import Testing

/// The Examplia plan against its second revision, the example the documentation shows.
private func exampliaDiff() throws -> PlanDiff {
    PlanDiff(from: try RevisionFixtures.plan(at: "plans/examplia/plan.yaml"),
        to: try RevisionFixtures.plan(at: RevisionFixtures.exampliaRevision2))
}

/// Every key of every object in a parsed JSON document.
private func keys(in value: Any) -> [String] {
    if let object = value as? [String: Any] {
        return object.keys.sorted() + object.values.flatMap { keys(in: $0) }
    }
    if let array = value as? [Any] { return array.flatMap { keys(in: $0) } }
    return []
}

@Suite struct ExampliaRevisionTests {
    @Test func theAmendmentInSubstance() throws {
        let diff = try exampliaDiff()
        #expect(diff.header.map(\.field) == ["adopted", "revision", "review.every_months", "review.last"])
        #expect(diff.activities(.added).map(\.id) == ["O3.6"])
        #expect(diff.activities(.removed).map(\.id) == ["O4.4"])
        #expect(diff.activities.filter(\.isMoved).map(\.id) == ["O1.5"])
        #expect(diff.activities.first { $0.id == "O5.3" }?.field("lead")?.new == .text("ombuds"))
        #expect(diff.activities.contains { $0.id == "O1.2" } == false, "reordered funding sources are no change")
        #expect(diff.framework.map(\.path) == ["identification.no_removal_before_identification", "reflection_period.days",
            "reflection_period.conditional_on_cooperation", "children.guardian.appointed_within_hours"])
        let totals = diff.totals
        #expect(totals.budgetBefore == 5_415_000)
        #expect(totals.budgetAfter == 5_425_000)
        #expect(totals.schedule.slippedActivities == 3)
        #expect(totals.schedule.daysLater == 122 + 183 + 182)
        #expect(totals.schedule.advancedActivities == 1)
        #expect(totals.schedule.daysEarlier == 31)
        #expect(totals.schedule.netDays == 456)
    }
}

@Suite struct RevisionRendererTests {
    @Test func textReportNamesEveryKindOfChange() throws {
        let text = RevisionRenderer.text(try exampliaDiff())
        for line in [
            "Changes to National Action Plan against Trafficking in Human Beings 2026-2028: revision 1 → revision 2",
            "  Activities: 30 → 30 (1 added, 1 removed, 9 changed, 1 of them moved)",
            "  Budget: 5,415,000 EUR → 5,425,000 EUR (+10,000)",
            "  Deadlines: 3 activities due later by 487 days in total, 1 activity due earlier by 31 days in total; net slip +456 days",
            "  review.every_months: 6 → 3",
            "  reflection_period.days: 30 → 90",
            "  O3.6 Draft a statutory non-punishment provision for the Criminal Code",
            "      due: 2027-08-31 → 2027-12-31 (122 days later)",
            "      funding from osce-ex: amount 90,000 → 60,000 (-30,000); status pledged → committed",
            "      moved from objective O1 to O3",
            "      lead: nat-coord → ombuds",
            "      partners: added nat-coord; removed ombuds",
            "      indicator hotline-calls: target 6500 → 7000",
        ] {
            #expect(text.contains(line + "\n"), "missing: \(line)")
        }
    }

    @Test func emptyComparisonSaysSo() throws {
        let text = RevisionRenderer.text(PlanDiff(from: try RevisionFixtures.old(), to: try RevisionFixtures.new()))
        #expect(text.contains("No changes in substance."))
        #expect(!text.contains("Activities changed"))
    }

    @Test func jsonKeysAreSnakeCaseAndOrderIsStable() throws {
        let diff = try exampliaDiff()
        let json = try RevisionRenderer.json(diff)
        #expect(try RevisionRenderer.json(try exampliaDiff()) == json)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let allKeys = Set(keys(in: parsed))
        #expect(allKeys.allSatisfy { $0.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) != nil },
            "keys not in snake_case: \(allKeys.sorted())")
        let object = try #require(parsed as? [String: Any])
        #expect(object.keys.sorted() == ["activities", "agencies", "compliance", "framework", "new", "objectives", "old", "plan",
            "totals"])
        let activities = try #require(object["activities"] as? [[String: Any]])
        #expect(activities.compactMap { $0["id"] as? String } == diff.activities.map(\.id))
    }

    @Test func jsonDatesAreISOAndAbsentValuesAreNull() throws {
        let json = try RevisionRenderer.json(try exampliaDiff())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let header = try #require(object["plan"] as? [[String: Any]])
        let adopted = try #require(header.first { $0["field"] as? String == "adopted" })
        #expect(adopted["old"] as? String == "2025-12-10")
        #expect(adopted["new"] as? String == "2026-10-15")
        #expect(adopted["shift_days"] as? Int == 309)
        let framework = try #require(object["framework"] as? [[String: Any]])
        let added = try #require(framework.first)
        #expect(added["path"] as? String == "identification.no_removal_before_identification")
        #expect(added["old"] is NSNull)
        #expect(added["old_location"] is NSNull)
        #expect(added["new"] as? Bool == true)
        let location = try #require(added["new_location"] as? [String: Any])
        let text = try String(contentsOf: RevisionFixtures.packageRoot.appendingPathComponent(RevisionFixtures.exampliaRevision2),
            encoding: .utf8)
        let declared = try #require(RevisionFixtures.position(of: "no_removal_before_identification: true", in: text))
        #expect(location["line"] as? Int == declared.line)
        #expect(location["column"] as? Int == declared.column + "no_removal_before_identification: ".count)
        #expect(object["compliance"] is NSNull)
    }

    @Test func jsonAmountsAreExactDecimals() throws {
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: try RevisionFixtures.new(("amount: 1000\n", "amount: 1000.1\n")))
        let json = try RevisionRenderer.json(diff)
        #expect(json.contains("\"difference\" : 0.1,"))
        #expect(json.contains("\"new\" : 1000.1,"))
        #expect(json.contains("\"after\" : 3500.1,"))
        #expect(!json.contains("0.1000"))
        #expect(!json.contains("e-"))
    }

    @Test func complianceInEveryFormat() throws {
        var diff = PlanDiff(from: try RevisionFixtures.old(), to: try RevisionFixtures.new(("{days: 30,", "{days: 90,")))
        diff.compliance = ComplianceDelta(before: evaluate(try RevisionFixtures.old()),
            after: evaluate(try RevisionFixtures.new(("{days: 30,", "{days: 90,"))))
        let text = RevisionRenderer.text(diff)
        #expect(text.contains("  test:reflection not-met → met\n      Reflection period of 90 days (Test Art. 1)\n"))
        #expect(text.contains("  Compliance: test 0 → 0.33, other 1 → 1; 1 requirement changed status\n"))
        #expect(text.contains("  Standard  Score before  Score after  Change\n  test                 0         0.33   +0.33\n"))
        let json = try RevisionRenderer.json(diff)
        #expect(json.contains("\"score_after\" : 0.33,"))
        #expect(json.contains("\"before\" : \"not-met\","))
        #expect(RevisionRenderer.markdown(diff).contains("- `test:reflection` not-met → met\n"))
        #expect(RevisionRenderer.html(diff).contains("<li><code>test:reflection</code> not-met → met"))
    }

    @Test func htmlIsSelfContainedAndEscapesPlanText() throws {
        let hostile = "<script>alert(\"x\")</script> & 'co'"
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: try RevisionFixtures.new(
            ("title: Hotline", "title: '\(hostile.replacingOccurrences(of: "'", with: "''"))'")))
        let html = RevisionRenderer.html(diff)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func markdownEscapesPlanText() throws {
        let diff = PlanDiff(from: try RevisionFixtures.old(), to: try RevisionFixtures.new(
            ("title: Hotline", "title: '*Hotline* | [24h]'")))
        let markdown = RevisionRenderer.markdown(diff)
        #expect(markdown.contains("`A1` \\*Hotline\\* \\| \\[24h\\]"))
        #expect(markdown.hasPrefix("# Changes to Test plan: revision 1 → revision 1\n"))
        #expect(markdown.contains("\n## Activities changed\n"))
    }

    @Test func markdownBudgetTableAlignsNumbers() throws {
        let markdown = RevisionRenderer.markdown(try exampliaDiff())
        #expect(markdown.contains("| Objective | Title | Before | After | Change |\n| --- | --- | ---: | ---: | ---: |\n"))
        #expect(markdown.contains("|  | Total | 5,415,000 | 5,425,000 | +10,000 |\n"))
    }
}
