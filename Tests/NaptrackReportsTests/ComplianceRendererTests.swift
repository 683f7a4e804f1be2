import Foundation
import NaptrackCore
import NaptrackReports
import Testing

@Suite struct ComplianceRendererTests {
    @Test func jsonFollowsTheOutputContract() throws {
        let json = try ComplianceReportFixture.object(ComplianceRenderer.json(try ComplianceReportFixture.report()))
        #expect(json["as_of"] as? String == "2026-06-30")
        let plans = try #require(json["plans"] as? [[String: Any]])
        let plan = try #require(plans.first)
        #expect(plan["id"] as? String == "demo-plan")
        #expect(plan["file"] as? String == "plans/demo.yaml")
        let standard = try #require((plan["standards"] as? [[String: Any]])?.first)
        #expect(standard["id"] as? String == "demo")
        #expect(standard["score"] as? Double == 0.75)
        let requirements = try #require(standard["requirements"] as? [[String: Any]])
        #expect(requirements.map { $0["id"] as? String } == ["demo:reflection", "demo:guardian", "demo:budget"])
        #expect(requirements.map { $0["status"] as? String } == ["waived", "partial", "met"])

        let reflection = requirements[0]
        #expect(reflection["reference"] as? String == "Art. 13(1)")
        #expect(reflection["assessed_status"] as? String == "not-met")
        let waiver = try #require(reflection["waiver"] as? [String: Any])
        #expect(waiver["reason"] as? String == "Bill | before parliament")
        #expect(waiver["approved_by"] as? String == "round-table")
        #expect(waiver["expires"] as? String == "2026-12-31")
        let evidence = try #require((reflection["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["file"] as? String == "plans/demo.yaml")
        #expect(evidence["line"] as? Int == 11 && evidence["column"] as? Int == 29)

        let guardian = requirements[1]
        #expect(guardian["activities"] as? [String] == ["A1"])
        let coverage = try #require((guardian["coverage"] as? [[String: Any]])?.first)
        #expect((coverage["budget"] as? NSNumber)?.decimalValue == Decimal(string: "1200.5"))
        #expect(coverage["currency"] as? String == "EUR")
        #expect(coverage["line"] as? Int == 17)
        #expect(coverage["progress"] == nil)
        #expect(guardian["missing_facts"] as? [String] == [])

        let findings = try #require(plan["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["demo:guardian", "unknown-key"])
        for finding in findings {
            for key in ["rule", "severity", "message", "file", "line", "column"] { #expect(finding[key] != nil, "\(key)") }
        }
        let suppressed = try #require((plan["suppressed_findings"] as? [[String: Any]])?.first)
        #expect(suppressed["rule"] as? String == "demo:reflection")
        #expect((suppressed["waiver"] as? [String: Any])?["reason"] as? String == "Bill | before parliament")

        let audit = try #require(json["waiver_audit"] as? [[String: Any]])
        #expect(audit.map { $0["rule"] as? String } == ["waiver-expired"])
        let waivers = try #require(json["waivers"] as? [[String: Any]])
        #expect(waivers.map { $0["state"] as? String } == ["in-force", "expired"])
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["files": 2, "plans": 1, "errors": 0, "warnings": 3, "notes": 1, "waived": 1])
    }

    @Test func textLeadsWithTheHeadlineThenDetailThenFindings() throws {
        let text = ComplianceRenderer.text(try ComplianceReportFixture.report())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Compliance as of 2026-06-30")
        #expect(lines[2] == "Demo plan (demo-plan)")
        #expect(lines[4] == "  demo  score 0.75  1 met, 1 partial, 1 waived")
        let detail = try #require(lines.firstIndex(of: "demo-plan: demo (Demo standard, version 2)"))
        let findings = try #require(lines.firstIndex(of: "Findings"))
        #expect(detail < findings)
        #expect(lines.contains { $0.hasPrefix("  waived") && $0.contains("waived until 2026-12-31 by round-table: Bill | before parliament") })
        #expect(lines.contains("plans/demo.yaml:12:38: note: Guardians are independent: not met yet; activity 'A1' (due 2026-06-30) addresses it (Art. 10(4)) [demo:guardian]"))
        #expect(lines.contains { $0.hasPrefix("plans/demo.yaml:11:29: error: Reflection period") && $0.hasSuffix("(waived until 2026-12-31 by round-table)") })
        #expect(lines.contains { $0.hasPrefix("plans/naptrack.yaml:4:5: warning: the waiver for 'demo:hotline' expired") })
        #expect(lines.last(where: { !$0.isEmpty }) == "2 files, 1 plan, 1 standard: 0 errors, 3 warnings, 1 note, 1 waived")
    }

    @Test func markdownHasSummaryThenRequirementsThenFindings() throws {
        let markdown = ComplianceRenderer.markdown(try ComplianceReportFixture.report())
        let summary = try #require(markdown.range(of: "| `demo-plan` | `demo` | 0.75 | 1 | 1 | 0 | 0 | 0 | 1 |"))
        let requirement = try #require(markdown.range(of: "| `demo:guardian` | Guardians are independent | Art. 10(4) | partial | A1 (1,200.50 EUR) |"))
        let findings = try #require(markdown.range(of: "### Findings"))
        #expect(summary.lowerBound < requirement.lowerBound && requirement.lowerBound < findings.lowerBound)
        #expect(markdown.contains("waived until 2026-12-31 by round-table: Bill \\| before parliament"))
        #expect(markdown.contains("| `demo:hotline` | all plans | Old | round-table | 2026-01-31 | expired |"))
    }
}
