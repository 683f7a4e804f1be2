import Foundation
import NaptrackCore
import Testing

/// The limits stop hostile input without getting in the way of large, honest plans.
@Suite("Load limits")
struct LimitsTests {
    @Test("a plan of several megabytes, with aliases, loads without touching any limit")
    func largeValidPlanStaysWithinLimits() throws {
        let text = LargePlan.text(activities: 3_000)
        #expect(text.utf8.count > 2_500_000)
        let directory = try TemporaryDirectory()
        let file = try directory.write(Array(text.utf8), to: "large.yaml")
        let workspace = WorkspaceLoader().load(paths: [file])
        #expect(workspace.diagnostics.isEmpty, "\(workspace.diagnostics.prefix(5))")
        let plan = try #require(workspace.plans.first)
        #expect(plan.activities.count == 3_000)
        #expect(plan.activities.last?.tags.map(\.value) == ["training", "referral", "regional"])
        #expect(plan.activities.last?.budget?.sources.count == 2)
    }

    @Test("the file-size limit is checked before a file is read, and applies to bytes as well")
    func fileSizeLimit() throws {
        let limits = LoadLimits(maximumFileBytes: 1_000)
        let bytes = Array(HostileInput.plan().utf8) + Array(repeating: UInt8(ascii: "#"), count: 1_000)
        let fromBytes = DocumentLoader(limits: limits).load(bytes: bytes, file: "big.yaml")
        #expect(fromBytes.document == nil)
        #expect(fromBytes.diagnostics.map(\.rule) == [.limits])
        #expect(fromBytes.diagnostics.first?.preventsRun == true)
        let small = DocumentLoader(limits: limits).load(bytes: Array(HostileInput.plan().utf8), file: "small.yaml")
        #expect(small.diagnostics.isEmpty)
    }

    @Test("aliases within the budget are expanded; one value past it is refused at the alias")
    func aliasBudgetIsExact() throws {
        // The anchored list is 4 events ([, a, b, ]); the budget allows two copies of it.
        let text = HostileInput.plan().replacingOccurrences(
            of: "      - {id: A1, title: Hotline, lead: coord, start: 2026-01-01, due: 2026-06-30}\n",
            with: """
                      - {id: A1, title: Hotline, lead: coord, start: 2026-01-01, due: 2026-06-30, tags: &t [a, b]}
                      - {id: A2, title: Second, lead: coord, start: 2026-01-01, due: 2026-06-30, tags: *t}
                      - {id: A3, title: Third, lead: coord, start: 2026-01-01, due: 2026-06-30, tags: *t}

                """)
        let within = DocumentLoader(limits: LoadLimits(maximumAliasEvents: 8)).load(bytes: Array(text.utf8), file: "p.yaml")
        #expect(within.diagnostics.isEmpty, "\(within.diagnostics)")
        guard case .plan(let plan)? = within.document else {
            Issue.record("not loaded")
            return
        }
        #expect(plan.activities.map { $0.tags.map(\.value) } == [["a", "b"], ["a", "b"], ["a", "b"]])
        let over = DocumentLoader(limits: LoadLimits(maximumAliasEvents: 7)).load(bytes: Array(text.utf8), file: "p.yaml")
        #expect(over.diagnostics.map(\.description) == [
            "p.yaml:17:87: error: aliases expand to more than 7 values; the document multiplies itself (an alias bomb?) [limits]"
        ])
    }

    @Test("an alias repeats the value its anchor had where the alias's own anchor was defined")
    func aliasesInsideAnchoredValuesKeepTheirMeaning() throws {
        let text = HostileInput.plan().replacingOccurrences(
            of: "      - {id: A1, title: Hotline, lead: coord, start: 2026-01-01, due: 2026-06-30}\n",
            with: """
                      - {id: A1, title: One, lead: &who coord, start: 2026-01-01, due: 2026-06-30, partners: &both [*who, *who]}
                      - {id: A2, title: Two, lead: &who other, start: 2026-01-01, due: 2026-06-30, partners: *both}

                """)
        let (document, _) = DocumentLoader().load(bytes: Array(text.utf8), file: "p.yaml")
        guard case .plan(let plan)? = document else {
            Issue.record("not loaded")
            return
        }
        #expect(plan.activities.map(\.lead) == ["coord", "other"])
        #expect(plan.activities.last?.partners.map(\.value) == ["coord", "coord"])
    }

    @Test("a mistake in a repeated value is reported where the alias is written")
    func aliasedValueIsLocatedAtTheAlias() throws {
        let text = HostileInput.plan().replacingOccurrences(of: "  currency: EUR\n", with: "  currency: EUR\n  adopted: &bad 2026-02-30\n  revision: *bad\n")
        let diagnostics = DocumentLoader().load(bytes: Array(text.utf8), file: "p.yaml").diagnostics.map(\.description)
        #expect(diagnostics == [
            "p.yaml:8:12: error: '2026-02-30' is not a real calendar date (the adoption date) [date]",
            "p.yaml:9:13: error: expected a whole number for the revision, found '2026-02-30' [type]",
        ])
    }

    @Test("nesting is refused one level past the limit, not before")
    func depthLimitIsExact() throws {
        func load(levels: Int) -> [Diagnostic] {
            let text = "naptrack: 1\nplan: {title: " + String(repeating: "[", count: levels) + String(repeating: "]", count: levels) + "}\n"
            return DocumentLoader(limits: LoadLimits(maximumDepth: 10)).load(bytes: Array(text.utf8), file: "d.yaml").diagnostics
        }
        // Two levels are taken by the document and the plan header.
        #expect(!load(levels: 8).contains { $0.rule == .limits })
        #expect(load(levels: 9).contains { $0.rule == .limits && $0.message == "collections nest more than 10 levels deep" })
    }

    @Test("a mapping with a hundred thousand keys costs linear time, and every duplicate is still found")
    func manyKeysAreCheckedInLinearTime() throws {
        var text = "naptrack: 1\nseverity:\n"
        for index in 0..<100_000 { text += "  rule-\(index): warning\n" }
        text += "  rule-99999: error\n  rule-7: off\n"
        let clock = ContinuousClock()
        let start = clock.now
        let diagnostics = DocumentLoader().load(bytes: Array(text.utf8), file: "naptrack.yaml").diagnostics
        // A quadratic check needs 5 * 10^9 comparisons here: minutes, not seconds.
        #expect(clock.now - start < .seconds(20))
        #expect(diagnostics.map(\.description) == [
            "naptrack.yaml:100003:3: error: duplicate key 'rule-99999'; it was first written at line 100002, column 3, and this second value is ignored [duplicate-key]",
            "naptrack.yaml:100004:3: error: duplicate key 'rule-7'; it was first written at line 10, column 3, and this second value is ignored [duplicate-key]",
        ])
    }

    @Test("a plan header with thirty thousand unknown keys costs linear time, with a warning for each")
    func manyUnknownKeysAreRecordedInLinearTime() throws {
        var text = HostileInput.plan()
        let header = "  currency: EUR\n"
        text = text.replacingOccurrences(
            of: header, with: header + (0..<30_000).map { "  extra_\($0): x\n" }.joined())
        let clock = ContinuousClock()
        let start = clock.now
        let diagnostics = DocumentLoader().load(bytes: Array(text.utf8), file: "p.yaml").diagnostics
        // Recording where each key was written used to scan all earlier keys: 4.5 * 10^8 comparisons.
        #expect(clock.now - start < .seconds(15))
        #expect(diagnostics.count == 30_000)
        #expect(diagnostics.allSatisfy { $0.rule == .unknownKey && $0.severity == .warning })
        #expect(diagnostics.last?.description == "p.yaml:30007:3: warning: unknown key 'extra_29999' in the plan header [unknown-key]")
    }

    @Test("a whole number too large for any counter is out of range, not 'not a number'")
    func hugeWholeNumberIsOutOfRange() throws {
        let text = HostileInput.plan().replacingOccurrences(of: "  currency: EUR\n", with: "  currency: EUR\n  revision: -99999999999999999999\n")
        let diagnostics = DocumentLoader().load(bytes: Array(text.utf8), file: "p.yaml").diagnostics.map(\.description)
        #expect(diagnostics == ["p.yaml:8:13: error: the revision must be between 0 and 100000, found -99999999999999999999 [value]"])
    }

    @Test("a huge value is quoted in part, so one bad field cannot flood the output")
    func hugeValuesAreQuotedInPart() throws {
        let huge = String(repeating: "x", count: 1_000_000)
        let text = HostileInput.plan().replacingOccurrences(of: "due: 2026-06-30", with: "due: \"\(huge)\"")
        let diagnostics = DocumentLoader().load(bytes: Array(text.utf8), file: "p.yaml").diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "expected a date as YYYY-MM-DD for the due date, found '\(String(repeating: "x", count: 60))…'")
    }

    @Test("a wrong date in the period is reported once, not also as a missing date")
    func wrongPeriodDateIsReportedOnce() throws {
        let text = HostileInput.plan().replacingOccurrences(of: "end: 2026-12-31", with: "end: 2026-12-32")
        let diagnostics = DocumentLoader().load(bytes: Array(text.utf8), file: "p.yaml").diagnostics.map(\.description)
        #expect(diagnostics == ["p.yaml:6:36: error: '2026-12-32' is not a real calendar date (the period end) [date]"])
        let missing = HostileInput.plan().replacingOccurrences(of: ", end: 2026-12-31", with: "")
        let missingDiagnostics = DocumentLoader().load(bytes: Array(missing.utf8), file: "p.yaml").diagnostics.map(\.description)
        #expect(missingDiagnostics == ["p.yaml:6:11: error: the period needs both 'start' and 'end' [required]"])
    }
}
