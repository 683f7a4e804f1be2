import Foundation
import Testing

/// `naptrack check --standard coe-cathb` on the example plans, end to end.
@Suite struct CouncilOfEuropeCheckTests {
    @Test func theExamplesGetVerdictsWithLocatedEvidence() throws {
        let run = try runNaptrack(["check", "plans", "--standard", "coe-cathb", "--as-of", "2026-06-30", "--format", "json"])
        #expect(run.status == 1, "Examplia's reflection period is tied to co-operation: \(run.stderr)")
        let json = try run.json()
        let plans = try #require(json["plans"] as? [[String: Any]])
        #expect(plans.map { $0["id"] as? String } == ["ex-nap-2026", "br-pe-programa-2025"])
        let examplia = try #require((plans[0]["standards"] as? [[String: Any]])?.first)
        #expect(examplia["id"] as? String == "coe-cathb")
        let requirements = try #require(examplia["requirements"] as? [[String: Any]])
        #expect(requirements.count == 59)
        let status = Dictionary(uniqueKeysWithValues: requirements.compactMap { entry in
            (entry["id"] as? String).map { ($0, entry["status"] as? String ?? "") }
        })
        #expect(status["coe-cathb:art13.1"] == "not-met")
        #expect(status["coe-cathb:art10.4a"] == "partial")
        #expect(status["coe-cathb:art15.4"] == "waived")
        #expect(status["coe-cathb:art10.2"] == "unknown")
        #expect(status["coe-cathb:art12.6"] == "met")

        let findings = try #require(json["findings"] as? [[String: Any]])
        let reflection = try #require(findings.first { $0["rule"] as? String == "coe-cathb:art13.1" })
        #expect(reflection["severity"] as? String == "error")
        #expect(reflection["file"] as? String == "plans/examplia/plan.yaml")
        let text = try String(contentsOf: packageRoot.appendingPathComponent("plans/examplia/plan.yaml"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(reflection["line"] as? Int)
        let column = try #require(reflection["column"] as? Int)
        #expect(lines[line - 1].dropFirst(column - 1).hasPrefix("true"), "points at the declared value")
        #expect(lines[line - 1].contains("conditional_on_cooperation: true"))
    }

    @Test func theCatalogIsShownWithModalities() throws {
        let run = try runNaptrack(["standards", "show", "coe-cathb"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("coe-cathb:art13.1  Recovery and reflection period of at least 30 days, in law"))
        #expect(run.stdout.contains("  reference:  CETS 197 Art. 13(1)"))
        #expect(run.stdout.contains("  modality:   guidance (default severity: note)"))
    }
}
