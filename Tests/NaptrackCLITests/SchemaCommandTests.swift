import Foundation
import Testing

/// `naptrack schema` prints the same bytes as the schema files shipped in docs/schema/, so the
/// two cannot drift apart unnoticed.
@Suite struct SchemaCommandTests {
    @Test(arguments: ["plan", "progress", "config", "pack"])
    func printsTheShippedSchemaByteForByte(format: String) throws {
        let run = try runNaptrack(["schema", format])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty)
        let shipped = try Data(contentsOf: packageRoot.appendingPathComponent("docs/schema/\(format).schema.json"))
        #expect(Data(run.stdout.utf8) == shipped, "run `naptrack schema \(format) > docs/schema/\(format).schema.json`")
        let schema = try #require(try JSONSerialization.jsonObject(with: shipped) as? [String: Any])
        #expect(schema["$id"] as? String == "https://naptrack.dev/schema/\(format).schema.json")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let run = try runNaptrack(["schema", "plans"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("'plan', 'progress', 'config' or 'pack'"))
    }
}
