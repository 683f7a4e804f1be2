import Foundation
import NaptrackCore
import Testing

/// The JSON Schemas shipped in docs/schema/ describe what the loader reads: the copies compiled
/// into the tool are the same bytes, and every framework fact of the vocabulary is in the plan
/// schema with the same type, range and words.
@Suite struct SchemaTests {
    /// The package root, found from this file's place in `Tests/NaptrackCoreTests/`.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func schemaText(_ format: FormatSchema) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("docs/schema/\(format.fileName)"), encoding: .utf8)
    }

    static func schema(_ format: FormatSchema) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(try schemaText(format).utf8))
        return try #require(object as? [String: Any])
    }

    @Test(arguments: FormatSchema.allCases)
    func theCompiledSchemaIsTheShippedFileByteForByte(format: FormatSchema) throws {
        #expect(format.json == (try Self.schemaText(format)))
    }

    @Test(arguments: FormatSchema.allCases)
    func eachSchemaIsValidJSON(format: FormatSchema) throws {
        let object = try JSONSerialization.jsonObject(with: Data(format.json.utf8))
        let schema = try #require(object as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(format.json.hasSuffix("}\n"))
    }

    @Test func everyVocabularyPathIsInThePlanSchema() throws {
        let framework = try Self.frameworkSchema()
        let missing = FactVocabulary.allPaths.filter { Self.node(at: $0, in: framework) == nil }
        #expect(missing == [], "add these framework facts to docs/schema/plan.schema.json and FormatSchema.swift")
        let extra = Self.schemaPaths(framework, prefix: "").filter { FactVocabulary.type(at: $0) == nil }
        #expect(extra == [], "the plan schema describes framework facts the loader does not read")
    }

    @Test func everyVocabularyFactHasTheSameTypeInThePlanSchema() throws {
        let framework = try Self.frameworkSchema()
        var problems: [String] = []
        for path in FactVocabulary.allPaths {
            guard let type = FactVocabulary.type(at: path), let node = Self.node(at: path, in: framework) else { continue }
            if let problem = Self.mismatch(type, node) { problems.append("\(path): \(problem)") }
        }
        #expect(problems == [])
    }

    @Test func standardsAreOpenToRulePacks() throws {
        for format in [FormatSchema.plan, .config] {
            let standard = try #require((try Self.schema(format)["$defs"] as? [String: Any])?["standard"] as? [String: Any])
            #expect(standard["enum"] == nil, "\(format): standards are not a closed list")
            #expect(standard["pattern"] as? String == "^[a-z0-9][a-z0-9-]*$")
            let examples = standard["examples"] as? [String] ?? []
            #expect(examples.starts(with: ["plan-quality", "osce-nrm", "coe-cathb", "child-guardian"]))
            let pattern = try NSRegularExpression(pattern: "^[a-z0-9][a-z0-9-]*$")
            for id in examples + ["eu-thb-directive"] {
                #expect(pattern.firstMatch(in: id, range: NSRange(id.startIndex..., in: id)) != nil)
            }
        }
    }

    @Test func thePlanSchemaKnowsTheKeysTheLoaderReads() throws {
        let defs = try #require(try Self.schema(.plan)["$defs"] as? [String: Any])
        let plan = try #require((defs["plan"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(plan.keys) == Set(["id", "title", "jurisdiction", "level", "period", "adopted", "revision", "currency",
            "coordinator", "review", "standards"]))
        let review = try #require(((plan["review"] as? [String: Any])?["properties"]) as? [String: Any])
        #expect(Set(review.keys) == ["body", "every_months", "last"])
        #expect((review["last"] as? [String: Any])?["$ref"] as? String == "#/$defs/date")
        let activity = try #require((defs["activity"] as? [String: Any])?["properties"] as? [String: Any])
        let indicator = try #require(((activity["indicators"] as? [String: Any])?["items"] as? [String: Any])?["properties"]
            as? [String: Any])
        #expect(Set(indicator.keys) == ["id", "name", "unit", "baseline", "target", "means_of_verification", "kind"])
        #expect((indicator["kind"] as? [String: Any])?["enum"] as? [String] == IndicatorKind.allCases.map(\.rawValue))
    }

    // MARK: Walking the schema

    static func frameworkSchema() throws -> [String: Any] {
        let defs = try #require(try schema(.plan)["$defs"] as? [String: Any])
        return try #require(defs["framework"] as? [String: Any])
    }

    /// The properties of an object node, or of the items of an array-of-objects node.
    static func properties(of node: [String: Any]) -> [String: Any]? {
        if let properties = node["properties"] as? [String: Any] { return properties }
        if let items = node["items"] as? [String: Any] { return items["properties"] as? [String: Any] }
        return nil
    }

    static func node(at path: String, in framework: [String: Any]) -> [String: Any]? {
        var node = framework
        for component in path.split(separator: ".") {
            guard let child = properties(of: node)?[String(component)] as? [String: Any] else { return nil }
            node = child
        }
        return node
    }

    static func schemaPaths(_ node: [String: Any], prefix: String) -> [String] {
        guard let properties = properties(of: node) else { return [] }
        return properties.keys.sorted().flatMap { key -> [String] in
            let path = prefix.isEmpty ? key : prefix + "." + key
            return [path] + schemaPaths(properties[key] as? [String: Any] ?? [:], prefix: path)
        }
    }

    /// What is wrong with `node` as the schema of a fact of `type`, or `nil` when it matches.
    static func mismatch(_ type: FactType, _ node: [String: Any]) -> String? {
        let kind = node["type"] as? String, reference = node["$ref"] as? String
        let items = node["items"] as? [String: Any] ?? [:]
        switch type {
        case .bool:
            return kind == "boolean" ? nil : "expected a boolean"
        case .integer(let range):
            guard kind == "integer" else { return "expected an integer" }
            guard node["minimum"] as? Int == range.lowerBound, node["maximum"] as? Int == range.upperBound else {
                return "expected minimum \(range.lowerBound) and maximum \(range.upperBound)"
            }
            return nil
        case .date:
            return reference == "#/$defs/date" ? nil : "expected a date"
        case .text:
            return kind == "string" && node["enum"] == nil ? nil : "expected free text"
        case .agency:
            return reference == "#/$defs/agencyRef" ? nil : "expected an agency reference"
        case .agencies:
            return kind == "array" && items["$ref"] as? String == "#/$defs/agencyRef" ? nil : "expected a list of agencies"
        case .choice(let allowed):
            return kind == "string" && node["enum"] as? [String] == allowed ? nil : "expected the enum \(allowed)"
        case .words(let known, let open):
            guard kind == "array", items["type"] as? String == "string" else { return "expected a list of words" }
            if open {
                return items["enum"] == nil && items["examples"] as? [String] == known ? nil : "expected the examples \(known)"
            }
            return items["enum"] as? [String] == known ? nil : "expected the enum \(known)"
        case .record:
            return kind == "object" && node["additionalProperties"] as? Bool == false ? nil : "expected a closed object"
        case .records:
            return kind == "array" && items["type"] as? String == "object" && items["additionalProperties"] as? Bool == false
                ? nil : "expected a list of closed objects"
        }
    }
}
