import Foundation
import Testing

/// `naptrack standards` end to end, and the generated catalog pages in `docs/standards/`.
@Suite struct StandardsCommandTests {
    /// The ids of every registered standard, as the binary lists them.
    static func registeredIDs() throws -> [String] {
        let run = try runNaptrack(["standards", "--format", "json"])
        let standards = try #require(try run.json()["standards"] as? [[String: Any]])
        return standards.compactMap { $0["id"] as? String }
    }

    @Test func listsTheBuiltInStandards() throws {
        let run = try runNaptrack(["standards"])
        #expect(run.status == 0)
        // Ids are padded to the longest one listed, which may be a rule pack's.
        #expect(run.stdout.range(of: #"^plan-quality +Plan quality, version 1, 15 requirements\n"#, options: .regularExpression) != nil)
        let ids = try Self.registeredIDs()
        #expect(ids.first == "plan-quality")
        #expect(Set(["coe-cathb", "osce-nrm", "child-guardian"]).isSubset(of: ids))
    }

    @Test func showPrintsEachRequirementsDocumentation() throws {
        let run = try runNaptrack(["standards", "show", "plan-quality"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("plan-quality:lead  Every activity names its lead agency\n  reference:  Seed, Capacity and Institution Building, lines 5150–5152"))
        #expect(run.stdout.contains("  modality:   binding (default severity: error)\n  reads:      activity.lead\n"))
        let json = try runNaptrack(["standards", "show", "plan-quality", "--format", "json"]).json()
        #expect((json["requirements"] as? [[String: Any]])?.count == 15)
        let unknown = try runNaptrack(["standards", "show", "plan-qualty"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'plan-quality'?"))
    }

    /// Every registered standard has `docs/standards/<id>.md`, identical to what `standards show
    /// <id> --format markdown` prints, and the index matches `standards --format markdown`.
    @Test func generatedDocsAreCurrent() throws {
        let docs = packageRoot.appendingPathComponent("docs/standards")
        let regenerate = "regenerate with scripts/generate-standard-docs.sh"
        let ids = try Self.registeredIDs()
        #expect(!ids.isEmpty)
        for id in ids {
            let expected = try runNaptrack(["standards", "show", id, "--format", "markdown"]).stdout
            let page = docs.appendingPathComponent("\(id).md")
            let committed = (try? String(contentsOf: page, encoding: .utf8)) ?? ""
            #expect(committed == expected,
                "docs/standards/\(id).md is missing or stale; \(regenerate) (or: swift run naptrack standards show \(id) --format markdown > docs/standards/\(id).md)")
        }
        let index = try String(contentsOf: docs.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(index == (try runNaptrack(["standards", "--format", "markdown"]).stdout),
            "docs/standards/README.md is stale; \(regenerate)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") && $0 != "README.md" }
        #expect(Set(pages) == Set(ids.map { "\($0).md" }), "docs/standards has pages for unregistered standards; \(regenerate)")
    }
}
