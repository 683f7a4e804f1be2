import Foundation
import NaptrackCore
import NaptrackRulePacks
import NaptrackStandards
import Testing

/// `docs/schema/pack.schema.json` is what `naptrack schema pack` prints, and names exactly the
/// keys, primitives, facts and choices the pack reader accepts.
@Suite struct PackSchemaTests {
    func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Paths.inRepository("docs/schema/pack.schema.json")))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func definition(_ name: String) throws -> [String: Any] {
        let definitions = try #require(try schema()["$defs"] as? [String: Any])
        return try #require(definitions[name] as? [String: Any])
    }

    func keys(_ object: [String: Any]) throws -> Set<String> {
        Set(try #require(object["properties"] as? [String: Any]).keys)
    }

    func enumeration(_ object: [String: Any], _ key: String) throws -> [String] {
        let properties = try #require(object["properties"] as? [String: Any])
        let property = try #require(properties[key] as? [String: Any])
        return try #require(property["enum"] as? [String])
    }

    @Test func keysMatchTheReader() throws {
        #expect(try keys(try schema()) == Set(RulePackSyntax.documentKeys))
        let header = try definition("standard")
        #expect(try keys(header) == Set(RulePackSyntax.headerKeys))
        #expect(header["required"] as? [String] == RulePackSyntax.requiredHeaderKeys)
        let requirement = try definition("requirement")
        #expect(try keys(requirement) == Set(RulePackSyntax.requirementKeys))
        #expect(requirement["required"] as? [String] == RulePackSyntax.requiredRequirementKeys)
        #expect(try keys(try definition("factCondition")) == Set(["fact"] + RulePackSyntax.factTests))
        #expect(try keys(try definition("fieldTest")) == Set(RulePackSyntax.factTests))
        #expect(try keys(try definition("activityFilter")) == Set(RulePackSyntax.filterKeys))
        #expect(try keys(try definition("everyActivity")) == Set(RulePackSyntax.everyActivityKeys))

        let alternatives = try #require(try definition("condition")["oneOf"] as? [[String: Any]])
        var primitives: Set<String> = ["fact"]
        for alternative in alternatives where alternative["$ref"] == nil { primitives.formUnion(try keys(alternative)) }
        #expect(primitives == Set(RulePackSyntax.primitives))
    }

    @Test func choicesMatchTheModel() throws {
        #expect(try enumeration(try definition("requirement"), "modality") == Modality.allCases.map(\.rawValue))
        #expect(try enumeration(try definition("everyActivity"), "has") == RulePackSyntax.activityFields)
        #expect(try enumeration(try definition("activityFilter"), "area") == ThematicArea.allCases.map(\.rawValue))
        #expect(try enumeration(try definition("activityFilter"), "form") == ExploitationForm.allCases.map(\.rawValue))
    }

    /// Every fact a pack can test, which is every fact of the vocabulary except the fields of
    /// lists of records (those are tested with `some_record`).
    @Test func factsMatchTheVocabulary() throws {
        let testable = FactVocabulary.allPaths.filter { path in
            let components = path.split(separator: ".")
            return !(1..<max(components.count, 1)).contains { length in
                if case .records? = FactVocabulary.type(at: components.prefix(length).joined(separator: ".")) { return true }
                return false
            }
        }
        let listed = try enumeration(try definition("factCondition"), "fact")
        #expect(listed == testable, """
            docs/schema/pack.schema.json ($defs.factCondition.properties.fact.enum) lacks \(testable.filter { !listed.contains($0) }) \
            and has \(listed.filter { !testable.contains($0) }) too many; update it and FormatSchema.packJSON together
            """)
        #expect(testable.contains("cooperation_agreements"))
        #expect(!testable.contains("cooperation_agreements.kind"))
    }
}
