import Foundation
import Testing

/// `naptrack check --format sarif` on the example plans, validated against the SARIF 2.1.0 schema.
@Suite struct SARIFOutputTests {
    static let schema = packageRoot.appendingPathComponent("Tests/Schemas/sarif-schema-2.1.0.json")

    /// Whether `python3` with the `jsonschema` package can validate here.
    static let validatorAvailable: Bool = {
        guard let python = python3 else { return false }
        return (try? CheckCLI.execute(python, ["-c", "import jsonschema"]).status) == 0
    }()

    static var python3: URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return paths.map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test(.enabled(if: validatorAvailable, "needs python3 with jsonschema"))
    func examplesValidateAgainstTheSchema() throws {
        // Every standard's results, including the examples' binding shortfalls, so the exit status is not the point.
        let run = try runNaptrack(["check", "plans", "--as-of", "2026-06-30", "--format", "sarif", "--fail-on", "never"])
        #expect(run.status == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("naptrack-\(UUID().uuidString).sarif")
        try Data(run.stdout.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); log = json.load(open(sys.argv[2]))
            jsonschema.Draft4Validator.check_schema(schema)
            errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=str)
            for error in errors[:5]: print(error.message, list(error.path))
            sys.exit(1 if errors else 0)
            """
        let python = try #require(Self.python3)
        let validation = try CheckCLI.execute(python, ["-c", script, Self.schema.path, file.path])
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    }

    @Test func everyResultHasARuleAndARealLocation() throws {
        let run = try runNaptrack(["check", "plans", "--as-of", "2026-06-30", "--format", "sarif"])
        let log = try run.json()
        let runs = try #require(log["runs"] as? [[String: Any]])
        let rules = try #require(((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "plan-quality:lead" })
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let physical = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(uri.hasPrefix("plans/") && !uri.hasPrefix("/"))
            let region = try #require(physical["region"] as? [String: Int])
            #expect((region["startLine"] ?? 0) >= 1 && (region["startColumn"] ?? 0) >= 1)
        }
    }
}
