import Foundation
import NaptrackCore
import Testing

@testable import NaptrackProgress

/// Adding an update to a progress file as text.
struct ProgressFileEditorTests {
    let entry = UpdateEntry(
        activity: "O1.2", status: .inProgress, percent: 40, spent: Decimal(string: "1250.50"),
        indicators: [("calls", 2100), ("referrals", 3)], milestones: [("O1.2-m1", Fixture.date("2026-03-15"))],
        note: "Line open 08:00-20:00; night line planned.")

    func append(_ text: String) throws -> String {
        try ProgressFileEditor.appending(entry, to: text, file: "p.yaml")
    }

    /// Loads `text` and returns its updates; records an issue when it does not load cleanly.
    func updates(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [ActivityUpdate] {
        let (document, diagnostics) = DocumentLoader().load(bytes: Array(text.utf8), file: "p.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
        guard case .progress(let report)? = document else {
            Issue.record("not a progress file", sourceLocation: sourceLocation)
            return []
        }
        return report.updates
    }

    @Test func aNewFileHoldsTheHeaderAndTheUpdate() throws {
        let text = ProgressFileEditor.newFile(plan: "ex-nap", asOf: Fixture.date("2026-06-30"), reportedBy: "nat-coord",
            entry: entry)
        #expect(text == """
            naptrack: 1
            progress:
              plan: ex-nap
              as_of: 2026-06-30
              reported_by: nat-coord
            updates:
              - activity: O1.2
                status: in-progress
                percent: 40
                spent: 1250.5
                indicators: {calls: 2100, referrals: 3}
                milestones: {O1.2-m1: 2026-03-15}
                note: "Line open 08:00-20:00; night line planned."

            """)
        let loaded = try #require(updates(text).first)
        #expect(entry.matches(loaded))
    }

    @Test func appendingToABlockListKeepsEverythingElse() throws {
        let original = """
            # Quarterly report. Aggregates only.
            naptrack: 1
            progress:
              plan: ex   # the plan
              as_of: 2026-06-30
            updates:
              # first the hotline
              - activity: O1.1
                status: in-progress   # on track
                percent: 20
            # end of updates

            """
        let edited = try append(original)
        #expect(edited.hasPrefix(original.components(separatedBy: "# end of updates")[0]))
        #expect(edited.contains("    percent: 20\n  - activity: O1.2\n    status: in-progress\n"))
        #expect(edited.hasSuffix("# end of updates\n"))
        let loaded = updates(edited)
        #expect(loaded.map(\.activity) == ["O1.1", "O1.2"])
        #expect(entry.matches(loaded[1]))
        // Removing the added lines gives back the original byte for byte.
        let added = entry.blockLines(dash: "  - ", indent: "    ").joined(separator: "\n") + "\n"
        #expect(edited.replacingOccurrences(of: added, with: "") == original)
    }

    @Test func theNewItemFollowsTheIndentationOfTheFirst() throws {
        let original = "naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\nupdates:\n- activity: O1.1\n  percent: 20\n"
        let edited = try append(original)
        #expect(edited.hasPrefix(original))
        #expect(edited.dropFirst(original.count).hasPrefix("- activity: O1.2\n  status: in-progress\n"))
        #expect(updates(edited).count == 2)
    }

    @Test func anUpdateSectionFollowedByOtherKeysGetsTheItemInside() throws {
        let original = """
            naptrack: 1
            updates:
              - {activity: O1.1, percent: 20}   # flow item
            progress:
              plan: ex
              as_of: 2026-06-30

            """
        let edited = try append(original)
        #expect(updates(edited).map(\.activity) == ["O1.1", "O1.2"])
        #expect(edited.hasSuffix("progress:\n  plan: ex\n  as_of: 2026-06-30\n"))
    }

    @Test func aBlockScalarNoteAtTheEndIsKeptWhole() throws {
        let original = """
            naptrack: 1
            progress: {plan: ex, as_of: 2026-06-30}
            updates:
              - activity: O1.1
                note: >-
                  Cancelled by the round-table;
                  # not a comment but text
            # trailing comment

            """
        let edited = try append(original)
        let loaded = updates(edited)
        #expect(loaded.first?.note == "Cancelled by the round-table; # not a comment but text")
        #expect(loaded.count == 2 && entry.matches(loaded[1]))
    }

    @Test func anEmptyFlowListBecomesABlockList() throws {
        let original = "naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\nupdates: []   # none yet\n"
        let edited = try append(original)
        #expect(edited.hasPrefix("naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\nupdates:   # none yet\n  - activity: O1.2\n"))
        #expect(updates(edited).count == 1)
    }

    @Test func aFlowListWithItemsGetsAFlowItem() throws {
        let original = "naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\nupdates: [{activity: O1.1, percent: 5}]\n"
        let edited = try append(original)
        #expect(edited.contains("[{activity: O1.1, percent: 5}, {activity: O1.2, status: in-progress"))
        let loaded = updates(edited)
        #expect(loaded.count == 2 && entry.matches(loaded[1]))
    }

    @Test func aMissingOrEmptyUpdatesSectionIsFilledIn() throws {
        for original in [
            "naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\n",
            "naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}",
            "naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\nupdates:\n",
            "naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\nupdates: ~  # nothing\n",
            "naptrack: 1\nupdates:\nprogress: {plan: ex, as_of: 2026-06-30}\n",
        ] {
            let edited = try append(original)
            let loaded = updates(edited)
            #expect(loaded.count == 1, "\(original)")
            #expect(loaded.first.map(entry.matches) == true)
        }
    }

    @Test func windowsLineEndingsAreKept() throws {
        let original = "naptrack: 1\r\nprogress: {plan: ex, as_of: 2026-06-30}\r\nupdates:\r\n  - activity: O1.1\r\n    percent: 2\r\n"
        let edited = try append(original)
        #expect(edited.hasPrefix(original))
        #expect(!edited.dropFirst(original.count).contains(where: { $0 == "\n" }))
        #expect(updates(edited).count == 2)
    }

    @Test func textThatIsNotAProgressFileIsRefused() {
        #expect(throws: ProgressFileEditor.Problem.notProgress) {
            try append("naptrack: 1\nplan: {id: x}\n")
        }
        #expect(throws: ProgressFileEditor.Problem.updatesNotAList(line: 3)) {
            try append("naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\nupdates: {a: 1}\n")
        }
        #expect {
            try append("naptrack: 1\nprogress: [\n")
        } throws: { error in
            guard case ProgressFileEditor.Problem.unreadable(let diagnostic) = error else { return false }
            return diagnostic.location.line > 0 && diagnostic.location.file == "p.yaml"
        }
    }

    @Test func notesAndIdsAreQuotedWhenPlainTextWouldReadDifferently() throws {
        let tricky = UpdateEntry(activity: "O1.1", note: "yes")
        let tricky2 = UpdateEntry(activity: "O1.1", note: "Spent \"half\" \\ more: see #3\nnext line")
        let plain = UpdateEntry(activity: "O1.1", note: "Night line planned, from May (pending budget).")
        #expect(YAMLText.scalar("yes") == "\"yes\"")
        #expect(YAMLText.scalar(plain.note ?? "") == plain.note)
        #expect(YAMLText.key("-x") == "\"-x\"")
        for candidate in [tricky, tricky2, plain] {
            let text = ProgressFileEditor.newFile(plan: "ex", asOf: Fixture.date("2026-01-01"), reportedBy: nil,
                entry: candidate)
            let loaded = try #require(updates(text).first)
            #expect(loaded.note == candidate.note)
        }
    }
}
