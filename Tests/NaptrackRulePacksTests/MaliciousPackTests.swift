import Foundation
import NaptrackCore
import NaptrackRulePacks
import Testing

/// Packs written to exhaust the reader or the engine are refused with a clear error, quickly.
@Suite struct MaliciousPackTests {
    /// Reads `text` and returns its diagnostics with the time the read took.
    func timedRead(_ text: String) -> (pack: RulePack?, diagnostics: [Diagnostic], seconds: Double) {
        let clock = ContinuousClock()
        var result: (RulePack?, [Diagnostic]) = (nil, [])
        let elapsed = clock.measure { result = readPack(text) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (result.0, result.1, seconds)
    }

    func nested(_ levels: Int) -> String {
        String(repeating: "{not: ", count: levels) + "{fact: scope.children, is: true}" + String(repeating: "}", count: levels)
    }

    @Test func conditionsNestAtMostSixteenLevels() {
        let allowed = timedRead(singleRequirementPack(check: nested(15)))
        #expect(allowed.diagnostics.isEmpty)
        #expect(allowed.pack != nil)
        let deep = timedRead(singleRequirementPack(check: nested(16)))
        #expect(deep.pack == nil)
        #expect(deep.diagnostics.map(\.description) == [
            "pack.yaml:13:108: error: conditions nest more than 16 levels deep; split the check into simpler requirements [limits]"
        ])
    }

    @Test func deeplyNestedYAMLIsStoppedByTheReader() {
        let levels = (0..<60).map { String(repeating: "  ", count: $0) + "x:" }.joined(separator: "\n")
        let deep = timedRead("naptrack: 1\nstandard:\n" + levels.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        #expect(deep.pack == nil)
        #expect(deep.diagnostics.places.last == "50:97 limits")
        #expect(deep.diagnostics.last?.message == "collections nest more than 48 levels deep")

        // libyaml refuses the deepest input itself, while scanning, before any event reaches the reader.
        let deepest = timedRead("naptrack: 1\nstandard: " + String(repeating: "[", count: 100_000))
        #expect(deepest.pack == nil)
        #expect(deepest.diagnostics.contains { $0.rule == .limits && $0.message.contains("1000 levels") })
        #expect(deepest.seconds < 2)
    }

    @Test func hugeListsAreRefused() throws {
        let words = (0..<200_000).map { "w\($0)" }.joined(separator: ", ")
        let text = singleRequirementPack(check: "{fact: prevention.measures, includes_all: [\(words)]}")
        let result = timedRead(text)
        #expect(result.pack == nil)
        let line13 = text.split(separator: "\n")[12]
        let column = try #require(line13.range(of: " w1000,")).lowerBound.utf16Offset(in: line13) + 2
        #expect(result.diagnostics.places == ["13:\(column) limits"])
        #expect(result.diagnostics.first?.message == "the words of 'includes_all' holds more than 1000 items")
        #expect(result.seconds < 5)

        let conditions = Array(repeating: "{fact: scope.children, is: true}", count: 1_001).joined(separator: ", ")
        let wide = timedRead(singleRequirementPack(check: "{any: [\(conditions)]}"))
        #expect(wide.diagnostics.first?.message == "the conditions of 'any' holds more than 1000 items")
    }

    @Test func tooManyRequirementsOrConditionsAreRefused() {
        let requirement = """
              - {id: demo:r%d, title: T, reference: A, modality: guidance, rationale: R, remedy: M,
                 check: {all: [%@]}}
            """
        func pack(requirements: Int, conditionsEach: Int) -> String {
            let check = Array(repeating: "{fact: scope.children, is: true}", count: conditionsEach).joined(separator: ", ")
            let items = (0..<requirements).map {
                requirement.replacingOccurrences(of: "%d", with: "\($0)").replacingOccurrences(of: "%@", with: check)
            }
            return "naptrack: 1\nstandard: {id: demo, title: D, version: '1', source: S}\nrequirements:\n"
                + items.joined(separator: "\n") + "\n"
        }
        let many = timedRead(pack(requirements: 1_001, conditionsEach: 1))
        #expect(many.pack == nil)
        #expect(many.diagnostics.map(\.message) == ["the requirements holds more than 1000 items"])
        let heavy = timedRead(pack(requirements: 100, conditionsEach: 101))
        #expect(heavy.pack == nil)
        #expect(heavy.diagnostics.map(\.message) == ["the pack holds more than 10000 conditions; split it into several packs"])
        #expect(heavy.seconds < 5)
        let fits = timedRead(pack(requirements: 99, conditionsEach: 100))
        #expect(fits.diagnostics.isEmpty)
        #expect(fits.pack?.standard.requirements.count == 99)
    }

    @Test func aliasBombsAreStoppedWithinTheBudget() {
        var lines = ["naptrack: 1", "bomb:", "  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (index, name) in ["b", "c", "d", "e", "f", "g", "h", "i"].enumerated() {
            let previous = ["a", "b", "c", "d", "e", "f", "g", "h"][index]
            lines.append("  \(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        let result = timedRead(lines.joined(separator: "\n") + "\n")
        #expect(result.pack == nil)
        #expect(result.diagnostics.contains {
            $0.rule == .limits && $0.message.contains("aliases expand to more than 10000 values")
        })
        #expect(result.seconds < 2)
    }

    @Test func anchorsWithinTheBudgetMayShareAConditionAcrossRequirements() throws {
        let text = """
            naptrack: 1
            standard: {id: demo, title: D, version: "1", source: S}
            requirements:
              - {id: demo:one, title: T, reference: A, modality: guidance, rationale: R, remedy: M,
                 applies_when: &children {fact: scope.children, is: true},
                 check: {fact: children.age_presumption, is: true}}
              - {id: demo:two, title: T, reference: A, modality: guidance, rationale: R, remedy: M,
                 applies_when: *children, check: {fact: children.participation, is: true}}
            """
        let result = timedRead(text)
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.pack).standard.requirements.map(\.facts) == [
            ["children.age_presumption", "scope.children"], ["children.participation", "scope.children"],
        ])
    }

    @Test(arguments: [
        ("1e999", "expected a number"), ("99999999999999999999", "more than 15 digits"),
        ("-1", "outside the values"), (".inf", "expected a number"), ("0x10", "expected a number"),
        ("1_000", "expected a number"), ("1.0000001", "more than 6 decimal places"),
    ])
    func absurdNumbersAreRefused(_ number: String, _ says: String) {
        let result = timedRead(singleRequirementPack(check: "{fact: reflection_period.days, at_least: \(number)}"))
        #expect(result.pack == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.rule == .value)
        #expect(result.diagnostics.first?.message.contains(says) == true, "\(result.diagnostics)")
        let threshold = timedRead(singleRequirementPack(
            check: "{fact: reflection_period.days, at_least: {threshold: demo:days, default: \(number)}}"))
        #expect(threshold.pack == nil)
        #expect(threshold.diagnostics.first?.message.contains(says) == true)
    }

    @Test func manyMisspeltFactsAreReportedInBoundedTime() {
        let check = "{any: [" + Array(repeating: "{fact: reflection_period.dayz, at_least: 30}", count: 1_000)
            .joined(separator: ", ") + "]}"
        let result = timedRead(singleRequirementPack(check: check))
        #expect(result.pack == nil)
        #expect(result.diagnostics.count == 1_000)
        #expect(result.diagnostics.allSatisfy { $0.message.contains("did you mean 'reflection_period.days'?") })
        #expect(result.seconds < 2)
    }

    @Test func oversizedFilesAreRefusedBeforeParsing() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(repeating: UInt8(ascii: "#"), count: (4 << 20) + 1).write(to: url)
        let (pack, diagnostics) = RulePackLoader().read(file: url.path)
        #expect(pack == nil)
        #expect(diagnostics.map(\.rule) == [.limits])
        #expect(diagnostics.first?.preventsRun == true)
    }
}
