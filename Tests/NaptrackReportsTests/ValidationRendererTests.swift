import Foundation
import NaptrackCore
import NaptrackReports
import Testing

/// The text and JSON forms of `naptrack validate`, as the output contract defines them.
@Suite struct ValidationRendererTests {
    static let planText = """
        naptrack: 1
        plan:
          id: ex-nap-2026
          title: Example plan
          jurisdiction: EX
          period: {start: 2026-01-01, end: 2027-12-31}
          currency: EUR
        agencies:
          - {id: coord, name: Coordinator}
        objectives:
          - id: O1
            title: Prevention
            activities:
              - {id: A1, title: Hotline, lead: cord, start: 2026-01-01, due: 2026-12-31, budget: {amount: 1500.5}}
              - {id: A2, title: Leaflets, lead: coord, start: 2026-01-01, due: 2026-12-31, deu: 2027-01-01}

        """

    /// A workspace with one plan (one reference error, one unknown-key warning), a note about it,
    /// and a file that could not be read.
    static func report() throws -> ValidationReport {
        let (document, loaded) = DocumentLoader().load(bytes: Array(planText.utf8), file: "plans/ex/plan.yaml")
        guard case .plan(let plan)? = document else { throw Problem.notAPlan }
        var diagnostics = loaded + PlanValidator().validate(plan)
        diagnostics.append(Diagnostic(.note, "a note about the plan", rule: "demo", at: NaptrackCore.SourceLocation(file: "plans/ex/plan.yaml", line: 2, column: 1)))
        diagnostics.append(Diagnostic(.error, "no such file", rule: .document, at: .wholeFile("plans/missing.yaml"), preventsRun: true))
        let workspace = Workspace(plans: [plan], diagnostics: diagnostics.sorted(),
            files: ["plans/ex/plan.yaml", "plans/missing.yaml"])
        return ValidationReport(workspace: workspace, asOf: try #require(CalendarDate(iso: "2026-06-30")))
    }

    enum Problem: Error { case notAPlan }

    // MARK: Text

    @Test func textPrintsOneCompilerStyleLinePerDiagnosticThenASummary() throws {
        let lines = ValidationRenderer.text(try Self.report()).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "plans/ex/plan.yaml:2:1: note: a note about the plan [demo]",
            "plans/ex/plan.yaml:14:40: error: activity 'A1' lead names 'cord', which is not an agency of the plan; did you mean 'coord'? [reference]",
            "plans/ex/plan.yaml:15:84: warning: unknown key 'deu' in an activity; did you mean 'due'? [unknown-key]",
            "plans/missing.yaml: error: no such file [document]",
            "2 files, 1 plan: 2 errors, 1 warning, 1 note",
            "",
        ])
    }

    @Test func everyDiagnosticLineFollowsTheContract() throws {
        let pattern = try NSRegularExpression(pattern: #"^[^:\s]+:\d+:\d+: (error|warning|note): .+ \[[a-z0-9:._-]+\]$"#)
        let text = ValidationRenderer.text(try Self.report())
        let located = text.split(separator: "\n").dropLast().filter { !$0.contains("missing.yaml") }
        #expect(located.count == 3)
        for line in located.map(String.init) {
            #expect(pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil, "\(line)")
        }
    }

    @Test func theSummaryLeavesOutNotesWhenThereAreNone() {
        let report = ValidationReport(workspace: Workspace(files: ["a.yaml"]), asOf: CalendarDate(dayNumber: 0))
        #expect(ValidationRenderer.text(report) == "1 file, 0 plans: 0 errors, 0 warnings\n")
    }

    // MARK: JSON

    @Test func jsonHasTheContractsShape() throws {
        let json = try ValidationRenderer.json(try Self.report())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["as_of", "plans", "findings", "summary"])
        #expect(root["as_of"] as? String == "2026-06-30")

        let plans = try #require(root["plans"] as? [[String: Any]])
        #expect(plans.count == 1)
        #expect(Set(plans[0].keys) == ["id", "file", "findings"])
        #expect(plans[0]["id"] as? String == "ex-nap-2026")
        #expect(plans[0]["file"] as? String == "plans/ex/plan.yaml")
        let planFindings = try #require(plans[0]["findings"] as? [[String: Any]])
        #expect(planFindings.map { $0["rule"] as? String } == ["demo", "reference", "unknown-key"])

        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == 4)
        let reference = findings[1]
        #expect(Set(reference.keys) == ["rule", "severity", "message", "file", "line", "column", "path"])
        #expect(reference["rule"] as? String == "reference")
        #expect(reference["severity"] as? String == "error")
        #expect(reference["message"] as? String == "activity 'A1' lead names 'cord', which is not an agency of the plan; did you mean 'coord'?")
        #expect(reference["file"] as? String == "plans/ex/plan.yaml")
        #expect(reference["line"] as? Int == 14)
        #expect(reference["column"] as? Int == 40)
        #expect(reference["path"] as? String == "objectives[0].activities[0].lead")
        #expect(findings[2]["path"] as? String == "objectives[0].activities[1].deu")

        // Without a path the key is left out; a whole-file problem has line and column 0.
        let missing = findings[3]
        #expect(Set(missing.keys) == ["rule", "severity", "message", "file", "line", "column"])
        #expect(missing["line"] as? Int == 0 && missing["column"] as? Int == 0)

        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary == ["files": 2, "errors": 2, "warnings": 1, "notes": 1])
    }

    @Test func jsonIsStableSortedAndEndsWithANewline() throws {
        let report = try Self.report()
        let json = try ValidationRenderer.json(report)
        #expect(json == (try ValidationRenderer.json(report)))
        #expect(json.hasSuffix("}\n"))
        #expect(json.hasPrefix("{\n  \"as_of\" : \"2026-06-30\",\n  \"findings\" : ["))
        #expect(!json.contains("\\/"))
    }

    @Test func plansAreListedByFileWithTheFindingsOfTheirOwnFiles() throws {
        let other = Self.planText.replacingOccurrences(of: "id: ex-nap-2026", with: "id: aa-plan")
            .replacingOccurrences(of: "lead: cord", with: "lead: coord")
        let first = try #require(try plan(Self.planText, file: "plans/zz.yaml"))
        let second = try #require(try plan(other, file: "plans/aa.yaml"))
        let diagnostics = (PlanValidator().validate(first) + PlanValidator().validate(second)).sorted()
        let workspace = Workspace(plans: [first, second], diagnostics: diagnostics, files: ["plans/aa.yaml", "plans/zz.yaml"])
        let report = ValidationReport(workspace: workspace, asOf: CalendarDate(dayNumber: 0))
        #expect(report.plans.map(\.id) == ["aa-plan", "ex-nap-2026"])
        #expect(report.plans.map(\.diagnostics.count) == [0, 1])
        let budget = try #require(Decimal(string: "1500.5", locale: Locale(identifier: "en_US_POSIX")))
        #expect(report.plans.map(\.plannedBudget) == [budget, budget])
    }

    func plan(_ text: String, file: String) throws -> Plan? {
        guard case .plan(let plan)? = DocumentLoader().load(bytes: Array(text.utf8), file: file).document else { return nil }
        return plan
    }
}
