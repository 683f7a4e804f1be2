import Foundation
import NaptrackCore
@testable import NaptrackReports
import Testing

/// The SARIF 2.1.0 structure code-scanning services require, checked field by field.
@Suite struct SARIFRendererTests {
    func log() throws -> [String: Any] {
        try ComplianceReportFixture.object(SARIFRenderer.render(try ComplianceReportFixture.report(), toolVersion: "9.9.9"))
    }

    @Test func runHasToolRulesAndColumnKind() throws {
        let log = try log()
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "naptrack")
        #expect(driver["version"] as? String == "9.9.9")
        #expect(driver["informationUri"] == nil)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == [
            "demo:reflection", "demo:guardian", "demo:budget", "naptrack/unknown-key", "naptrack/reference",
            "naptrack/waiver-expired",
        ])
        let reflection = rules[0]
        #expect(reflection["name"] as? String == "DemoReflection")
        #expect((reflection["shortDescription"] as? [String: String])?["text"] == "Reflection period of 30 days")
        #expect((reflection["fullDescription"] as? [String: String])?["text"] == "Victims need time.")
        #expect((reflection["help"] as? [String: String])?["text"] == "Extend the period.")
        #expect((reflection["defaultConfiguration"] as? [String: String])?["level"] == "error")
        #expect(reflection["properties"] as? [String: String] == [
            "reference": "Art. 13(1)", "modality": "binding", "standard": "demo",
        ])
    }

    @Test func resultsPointAtRulesAndPlaces() throws {
        let run = try #require((try log()["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 5)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let physical = try #require(((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
            let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String
            #expect(uri == "plans/demo.yaml" || uri == "plans/naptrack.yaml")
            let region = try #require(physical["region"] as? [String: Int])
            #expect((region["startLine"] ?? 0) >= 1 && (region["startColumn"] ?? 0) >= 1)
        }
        let guardian = try #require(results.first { $0["ruleId"] as? String == "demo:guardian" })
        let region = (((guardian["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"])
            as? [String: Int]
        #expect(region == ["startLine": 12, "startColumn": 38])
        #expect(guardian["level"] as? String == "note")
    }

    @Test func waivedFindingsAreAcceptedExternalSuppressions() throws {
        let run = try #require((try log()["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let waived = try #require(results.first { $0["ruleId"] as? String == "demo:reflection" })
        let suppression = try #require((waived["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "external")
        #expect(suppression["status"] as? String == "accepted")
        #expect(suppression["justification"] as? String == "Bill | before parliament")
        #expect((suppression["properties"] as? [String: String])?["expires"] == "2026-12-31")
        #expect(results.filter { $0["suppressions"] != nil }.count == 1)
        let loader = try #require(results.first { $0["ruleId"] as? String == "naptrack/unknown-key" })
        #expect(loader["level"] as? String == "warning")
    }

    @Test func wholeFileFindingsHaveNoRegionAndPathsAreURIs() throws {
        let location = SourceLocation.wholeFile("my plans/nap #1.yaml")
        let json = try ComplianceReportFixture.object(try JSONOutput.encode(["location": SARIF.Location(location)]))
        let physical = try #require((json["location"] as? [String: Any])?["physicalLocation"] as? [String: Any])
        #expect(physical["region"] == nil)
        #expect((physical["artifactLocation"] as? [String: String])?["uri"] == "my%20plans/nap%20%231.yaml")
    }
}
