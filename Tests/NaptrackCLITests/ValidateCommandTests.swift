import Foundation
import NaptrackCore
import Testing

/// `naptrack validate` and the default summary, run as a user runs them: the built binary in the
/// package root, checked for output and exit status.
@Suite struct ValidateCommandTests {
    static let mistakes = "docs/examples/plan-with-mistakes.yaml"
    static let warningOnly = "Tests/NaptrackCLITests/Fixtures/warning-only.yaml"
    static let notNaptrack = "Tests/NaptrackCLITests/Fixtures/not-naptrack.yaml"

    /// `file:line:column: severity: message [rule]`, the line format of the output contract.
    static var diagnosticLine: NSRegularExpression? {
        try? NSRegularExpression(
            pattern: #"^(?<file>[^:\s]+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning|note): (?<message>.+) \[(?<rule>[a-z0-9:._-]+)\]$"#)
    }

    struct ParsedLine: Equatable, CustomStringConvertible {
        var file: String, line: Int, column: Int, severity: String, rule: String
        var description: String { "\(file):\(line):\(column) \(severity) [\(rule)]" }
    }

    static func parse(_ text: String) -> ParsedLine? {
        guard let expression = diagnosticLine,
            let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        func group(_ name: String) -> String {
            Range(match.range(withName: name), in: text).map { String(text[$0]) } ?? ""
        }
        return ParsedLine(file: group("file"), line: Int(group("line")) ?? 0, column: Int(group("column")) ?? 0,
            severity: group("severity"), rule: group("rule"))
    }

    @Test func theShippedExamplesAreValid() throws {
        let run = try runNaptrack(["validate", "plans"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty)
        let summary = try #require(run.lines.last)
        #expect(summary.hasSuffix(": 0 errors, 0 warnings"), "\(run)")
        #expect(run.lines.count == 1, "no diagnostics expected:\n\(run)")
    }

    @Test func theDocumentedExamplePrintsEachMistakeWhereItIs() throws {
        let run = try runNaptrack(["validate", Self.mistakes])
        #expect(run.status == 1, "\(run)")
        let diagnostics = run.lines.dropLast()
        #expect(run.lines.last == "1 file, 1 plan: 14 errors, 2 warnings")
        let parsed = diagnostics.compactMap(Self.parse)
        #expect(parsed.count == diagnostics.count, "every line is file:line:column: severity: message [rule]\n\(run)")
        #expect(parsed.allSatisfy { $0.file == Self.mistakes })
        #expect(parsed.map { "\($0.line):\($0.column) \($0.severity) [\($0.rule)]" } == [
            "13:13 error [type]", "14:13 error [currency]", "15:16 error [reference]", "16:45 error [type]",
            "42:32 error [reference]", "48:61 error [value]", "54:15 error [reference]", "56:14 error [date-order]",
            "58:19 error [amount]", "60:13 error [duplicate-id]", "63:16 error [date]", "66:19 error [amount]",
            "72:9 error [required]", "74:9 error [duplicate-key]", "77:9 warning [unknown-key]", "85:14 warning [period]",
        ])

        // Every line the example marks as a mistake is reported on that very line.
        let source = try String(contentsOf: packageRoot.appendingPathComponent(Self.mistakes), encoding: .utf8)
        let marked = source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.contains("# MISTAKE") }.map { $0.offset + 1 }
        let reported = Set(parsed.map(\.line))
        #expect(marked.filter { !reported.contains($0) } == [], "marked mistakes that were not reported")
        // The one report off a marked line is the due date the misspelt `deu` left missing.
        let unmarked = parsed.filter { !marked.contains($0.line) }
        #expect(unmarked.map(\.rule) == ["required"])
        #expect(diagnostics.contains { $0.contains(":72:9: error: activity 'O2.1' has no 'due' [required]") })
    }

    @Test func failOnSetsTheLeastSevereDiagnosticThatFailsTheRun() throws {
        let byDefault = try runNaptrack(["validate", Self.warningOnly])
        #expect(byDefault.status == 0, "\(byDefault)")
        #expect(byDefault.lines.first == "\(Self.warningOnly):20:9: warning: unknown key 'tgas' in an activity; did you mean 'tags'? [unknown-key]")
        #expect(try runNaptrack(["validate", Self.warningOnly, "--fail-on", "warning"]).status == 1)
        #expect(try runNaptrack(["validate", "--fail-on", "error", Self.warningOnly]).status == 0)
        #expect(try runNaptrack(["validate", Self.warningOnly, "--fail-on", "never"]).status == 0)
        #expect(try runNaptrack(["validate", Self.mistakes, "--fail-on", "never"]).status == 0)
        #expect(try runNaptrack(["validate", Self.mistakes, "--fail-on", "warning"]).status == 1)
    }

    @Test func aMissingFileCannotBeValidated() throws {
        let run = try runNaptrack(["validate", "plans/no-such-plan.yaml"])
        #expect(run.status == 2, "\(run)")
        #expect(run.lines.first == "plans/no-such-plan.yaml: error: no such file or directory [document]")
        // Nothing else lowers it: the input could not be used.
        #expect(try runNaptrack(["validate", "plans/no-such-plan.yaml", "--fail-on", "never"]).status == 2)
        #expect(try runNaptrack(["validate", "plans", "plans/no-such-plan.yaml"]).status == 2)
    }

    @Test func aYAMLFileThatIsNoNaptrackDocumentCannotBeValidated() throws {
        let run = try runNaptrack(["validate", Self.notNaptrack])
        #expect(run.status == 2, "\(run)")
        #expect(run.lines == [
            "\(Self.notNaptrack):2:1: error: not a naptrack document: expected a 'plan:' or 'progress:' section (found 'jobs', 'name', 'on') [document]",
            "1 file, 0 plans: 1 error, 0 warnings",
        ])
    }

    @Test func jsonOutputParsesAndCarriesEveryFinding() throws {
        let run = try runNaptrack(["validate", Self.mistakes, "--format", "json"])
        #expect(run.status == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run)")
        #expect(Set(root.keys) == ["as_of", "plans", "findings", "summary"])
        #expect(CalendarDate(iso: try #require(root["as_of"] as? String)) != nil)
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == 16)
        #expect(findings.allSatisfy { $0["file"] as? String == Self.mistakes })
        let first = try #require(findings.first)
        #expect(first["rule"] as? String == "type")
        #expect(first["line"] as? Int == 13 && first["column"] as? Int == 13)
        #expect(first["path"] as? String == "plan.revision")
        let plans = try #require(root["plans"] as? [[String: Any]])
        #expect(plans.map { $0["id"] as? String } == ["ex-broken-2026"])
        #expect((plans.first?["findings"] as? [Any])?.count == 16)
        #expect(root["summary"] as? [String: Int] == ["files": 1, "errors": 14, "warnings": 2, "notes": 0])
    }

    @Test func jsonForAnInputThatCannotBeUsedStillParses() throws {
        let run = try runNaptrack(["validate", "nowhere.yaml", "--format", "json"])
        #expect(run.status == 2)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let finding = try #require((root["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "document")
        #expect(finding["line"] as? Int == 0)
    }

    @Test func withoutArgumentsItSummarisesEveryPlanInThePlansFolder() throws {
        let run = try runNaptrack([])
        // Examplia's reflection period is tied to co-operation: a binding shortfall the overview
        // shows first, without failing, since the files themselves are clean.
        #expect(run.status == 0, "\(run)")
        let findings = run.lines.filter { $0.hasSuffix("]") && $0.contains(": error: ") || $0.contains(": warning: ") }
        #expect(findings.first?.hasSuffix("[coe-cathb:art13.1]") == true)
        let (files, _) = WorkspaceLoader.files(in: [packageRoot.appendingPathComponent("plans").path])
        var plans: [(id: String, file: String)] = []
        for file in files {
            if case .plan(let plan)? = DocumentLoader().load(file: file).document {
                plans.append((plan.id, String(file.dropFirst(packageRoot.path.count + 1))))
            }
        }
        #expect(!plans.isEmpty)
        for plan in plans {
            let header = try #require(run.lines.firstIndex { $0.hasSuffix("(\(plan.id))") }, "no summary for \(plan.id)\n\(run)")
            let block = run.lines[header...].prefix { !$0.isEmpty }
            #expect(block.contains("  file:        \(plan.file)"))
            #expect(block.contains { $0.hasPrefix("  budget:      ") && $0.hasSuffix(" planned") })
            #expect(block.contains("  validation:  clean"))
        }
        #expect(run.lines.contains("\(files.count) files, \(plans.count) plans: 0 errors, 0 warnings"))
    }

    @Test func theSummaryNamesMistakesToo() throws {
        let run = try runNaptrack([Self.mistakes])
        #expect(run.status == 1)
        #expect(run.lines.contains("  validation:  14 errors, 2 warnings"))
        #expect(run.lines.contains { $0.hasPrefix("\(Self.mistakes):13:13: error: ") })
    }

    @Test func badOptionsAreUsageErrors() throws {
        let run = try runNaptrack(["validate", "plans", "--fail-on", "sometimes"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("'error', 'warning' or 'never'"))
        #expect(run.stdout.isEmpty)
    }
}

@Suite struct DashboardExitStatusTests {
    @Test func aValidationErrorStillFailsTheDashboard() throws {
        let run = try runNaptrack(["docs/examples/plan-with-mistakes.yaml"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("[duplicate-id]"))
    }
}
