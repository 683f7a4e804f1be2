import Foundation
import NaptrackCore
import NaptrackRulePacks
import NaptrackStandards
import Testing

/// A check with a mistake, and the diagnostic it must draw.
struct CheckMistake: Sendable, CustomTestStringConvertible {
    var name: String
    /// The check, written on line 13 from column 12 of `singleRequirementPack`.
    var check: String
    /// `line:column rule` of the expected diagnostic.
    var place: String
    var severity: Severity = .error
    /// Words the message must contain.
    var says: String

    var testDescription: String { name }
}

let checkMistakes: [CheckMistake] = [
    CheckMistake(
        name: "unknown primitive", check: "{activity_exist: {area: protection}}", place: "13:13 unknown-key",
        says: "unknown primitive 'activity_exist'; did you mean 'activity_exists'?"),
    CheckMistake(
        name: "custom code", check: "{custom: anything}", place: "13:13 value", says: "rule packs cannot run code"),
    CheckMistake(
        name: "number expected", check: "{fact: reflection_period.days, at_least: many}", place: "13:53 value",
        says: "expected a number"),
    CheckMistake(
        name: "boolean expected", check: "{fact: scope.children, is: maybe}", place: "13:39 type",
        says: "expected true or false"),
    CheckMistake(
        name: "list expected", check: "{fact: coordination.legal_basis, one_of: {law: 1}}", place: "13:53 type",
        says: "expected a list for the words of 'one_of', found a mapping"),
    CheckMistake(
        name: "condition expected", check: "{not: statutory}", place: "13:18 type",
        says: "expected a condition for the condition under 'not'"),
    CheckMistake(
        name: "unknown fact", check: "{fact: reflection_period.day, at_least: 30}", place: "13:19 reference",
        says: "unknown fact 'reflection_period.day'; did you mean 'reflection_period.days'?"),
    CheckMistake(
        name: "fact inside records", check: "{fact: cooperation_agreements.kind, equals: mou}",
        place: "13:19 reference", says: "{fact: cooperation_agreements, some_record: {kind: ...}}"),
    CheckMistake(
        name: "test that does not fit the fact", check: "{fact: scope.children, at_least: 1}", place: "13:45 type",
        says: "'at_least' does not fit 'scope.children', which holds true or false; tests that fit: present, is"),
    CheckMistake(
        name: "misspelt choice", check: "{fact: non_punishment, equals: statutry}", place: "13:43 value",
        says: "did you mean 'statutory'?"),
    CheckMistake(
        name: "word outside a closed list", check: "{fact: protection.covered, includes_all: [witneses]}",
        place: "13:54 value", says: "'witneses' is not a value 'protection.covered' can hold"),
    CheckMistake(
        name: "likely misspelt word of an open list", check: "{fact: assistance.services, includes_all: [acommodation]}",
        place: "13:55 value", severity: .warning, says: "did you mean 'accommodation'?"),
    CheckMistake(
        name: "number outside the fact's range", check: "{fact: reflection_period.days, at_least: 5000}",
        place: "13:53 value", says: "outside the values 'reflection_period.days' can take (0 to 3650)"),
    CheckMistake(
        name: "threshold without the pack id", check: "{fact: referral.max_hours_to_service, at_most: {threshold: other:hours, default: 24}}",
        place: "13:71 value", says: "the threshold 'other:hours' does not start with the pack id 'demo'"),
    CheckMistake(
        name: "threshold without a default", check: "{fact: referral.max_hours_to_service, at_most: {threshold: demo:hours}}",
        place: "13:59 required", says: "a threshold needs both"),
    CheckMistake(
        name: "two primitives", check: "{not: {fact: scope.children, is: true}, all: [{fact: scope.children, is: true}]}",
        place: "13:12 value", says: "a condition holds one primitive, this one has 'not' and 'all'"),
    CheckMistake(
        name: "two tests on one fact", check: "{fact: reflection_period.days, at_least: 30, at_most: 90}",
        place: "13:12 value", says: "has 2 tests; write one per condition"),
    CheckMistake(
        name: "a test without its fact", check: "{at_least: 30}", place: "13:12 required",
        says: "'at_least' tests a fact: add 'fact: <path>'"),
    CheckMistake(
        name: "a fact without a test", check: "{fact: reflection_period.days}", place: "13:12 required",
        says: "has no test"),
    CheckMistake(
        name: "present false", check: "{fact: reflection_period.days, present: false}", place: "13:52 value",
        says: "'present' takes only true"),
    CheckMistake(
        name: "empty all", check: "{all: []}", place: "13:18 value", says: "'all' needs at least one condition"),
    CheckMistake(
        name: "empty word list", check: "{fact: assistance.services, includes_all: []}", place: "13:54 value",
        says: "'includes_all' needs at least one word"),
    CheckMistake(
        name: "unknown activity criterion", check: "{activity_exists: {areas: protection}}", place: "13:31 unknown-key",
        says: "unknown key 'areas' in the activities to look for; did you mean 'area'?"),
    CheckMistake(
        name: "unknown area", check: "{activity_exists: {area: protecton}}", place: "13:37 value",
        says: "did you mean 'protection'?"),
    CheckMistake(
        name: "impossible date", check: "{activity_exists: {due_by: 2026-02-30}}", place: "13:39 date",
        says: "not a real calendar date"),
    CheckMistake(
        name: "addresses that is not a requirement id", check: "{activity_exists: {addresses: hotline}}",
        place: "13:42 value", says: "'hotline' is not a requirement id"),
    CheckMistake(
        name: "every_activity without has", check: "{every_activity: {where: {area: protection}}}",
        place: "13:29 required", says: "'every_activity' needs 'has:'"),
    CheckMistake(
        name: "unknown activity field", check: "{every_activity: {has: indicators}}", place: "13:35 value",
        says: "did you mean 'indicator'?"),
    CheckMistake(
        name: "unknown field of some_record", check: "{fact: cooperation_agreements, some_record: {kinds: {equals: mou}}}",
        place: "13:64 reference", says: "'cooperation_agreements' records have no field 'kinds'; did you mean 'kind'?"),
    CheckMistake(
        name: "duplicate key", check: "{fact: scope.children, fact: scope.non_nationals, is: true}", place: "13:35 duplicate-key",
        says: "duplicate key 'fact'"),
]

/// The diagnostics of pack files: each mistake is reported at its exact place, and a pack with
/// an error is not loaded.
@Suite struct PackDiagnosticsTests {
    @Test(arguments: checkMistakes) func mistakeInACheck(_ mistake: CheckMistake) throws {
        let (pack, diagnostics) = readPack(singleRequirementPack(check: mistake.check))
        let found = try #require(
            diagnostics.first { "\($0.location.line):\($0.location.column) \($0.rule.rawValue)" == mistake.place },
            "expected \(mistake.place), got \(diagnostics.map(\.description))")
        #expect(found.severity == mistake.severity)
        #expect(found.message.contains(mistake.says), "\(found.message)")
        #expect(found.location.file == "pack.yaml")
        if mistake.severity == .error {
            #expect(pack == nil)
        } else {
            #expect(pack != nil)
            #expect(diagnostics.errors.isEmpty)
        }
    }

    @Test func aCorrectPackIsSilent() throws {
        let (pack, diagnostics) = readPack(singleRequirementPack(
            check: "{fact: reflection_period.days, at_least: 30}", appliesWhen: "{fact: scope.non_nationals, is: true}"))
        #expect(diagnostics.isEmpty)
        let requirement = try #require(pack?.standard.requirements.first)
        #expect(requirement.id == "demo:req")
        #expect(requirement.modality == .binding)
        #expect(requirement.facts == ["reflection_period.days", "scope.non_nationals"])
        #expect(requirement.appliesWhen != nil)
    }

    @Test func mistakesInAppliesWhenAreReportedLikeChecks() {
        let (pack, diagnostics) = readPack(singleRequirementPack(
            check: "{fact: reflection_period.days, at_least: 30}", appliesWhen: "{fact: scope.child, is: true}"))
        #expect(pack == nil)
        #expect(diagnostics.places == ["15:26 reference"])
        #expect(diagnostics.first?.message.contains("did you mean 'scope.children'?") == true)
    }

    static let twoRequirements = """
        naptrack: 1
        standard: {id: demo, title: Demo, version: "1", source: Test}
        requirements:
          - {id: demo:one, title: One, reference: Art. 1, modality: binding, rationale: R, remedy: M,
             check: {fact: scope.children, is: true}}
          - {id: demo:one, title: Two, reference: Art. 2, modality: guidance, rationale: R, remedy: M,
             check: {fact: scope.children, is: true}}
          - {id: other:three, title: Three, reference: Art. 3, modality: guidance, rationale: R, remedy: M,
             check: {fact: scope.children, is: true}}
          - {id: three, title: Three, reference: Art. 3, modality: guidance, rationale: R, remedy: M,
             check: {fact: scope.children, is: true}}
        """

    @Test func requirementIDsAreUniqueAndCarryThePackID() {
        let (pack, diagnostics) = readPack(Self.twoRequirements)
        #expect(pack == nil)
        #expect(diagnostics.places == ["6:10 duplicate-id", "8:10 value", "10:10 value"])
        #expect(diagnostics[0].message.contains("duplicate requirement id 'demo:one'; it was first used at line 4, column 10"))
        #expect(diagnostics[1].message.contains("does not start with the pack id; write 'demo:three'"))
        #expect(diagnostics[2].message.contains("'three' is not a requirement id of the form <standard>:<requirement>"))
    }

    @Test func standardIDsAreWhatPlansCanName() throws {
        let text = singleRequirementPack(check: "{fact: scope.children, is: true}")
        let (pack, diagnostics) = readPack(text.replacingOccurrences(of: "id: demo\n", with: "id: Demo_Pack\n"))
        #expect(pack == nil)
        #expect(diagnostics.places.first == "3:7 value")
        #expect(diagnostics.first?.message.contains("use lower-case letters, digits and '-'") == true)
        let summary = text.replacingOccurrences(of: "  version:", with: "  summary: A line under the title\n  version:")
        #expect(try #require(readPack(summary).pack).standard.summary == "A line under the title")
    }

    @Test func requirementFieldsAreCheckedLikePlanFields() {
        let text = """
            naptrack: 1
            standard: {id: demo, title: Demo, version: "1", source: Test}
            requirements:
              - id: demo:one
                title: One
                rationle: Why
                modality: mandatory
                check: {fact: scope.children, is: true}
            """
        let (pack, diagnostics) = readPack(text)
        #expect(pack == nil)
        #expect(diagnostics.places == ["4:5 required", "6:5 unknown-key", "7:15 value"])
        #expect(diagnostics[0].message == "requirement 'demo:one' has no 'reference', 'rationale', 'remedy'")
        #expect(diagnostics[1].severity == .warning)
        #expect(diagnostics[1].message.contains("did you mean 'rationale'?"))
        #expect(diagnostics[2].message.contains("expected one of binding, qualified, guidance"))
    }

    @Test func theDocumentNeedsItsVersionHeaderAndRequirements() {
        let noVersion = readPack("standard: {id: demo, title: Demo, version: \"1\", source: Test}\nrequirements: []\n")
        #expect(noVersion.pack == nil)
        #expect(noVersion.diagnostics.places == ["1:1 version", "2:15 required"])
        let wrongVersion = readPack("naptrack: 2\nstandard: {id: demo, title: Demo, source: Test}\n")
        #expect(wrongVersion.diagnostics.places == ["1:1 required", "1:11 version", "2:11 required"])
        #expect(wrongVersion.diagnostics[0].message.contains("a rule pack needs 'requirements:'"))
        #expect(wrongVersion.diagnostics[2].message == "the standard has no 'version'")
        let plan = readPack("naptrack: 1\nplan: {id: x}\n")
        #expect(plan.diagnostics.map(\.message) == [
            "a rule pack needs 'standard:' with the id, title, version and source of the standard",
            "unknown key 'plan' in a rule pack",
        ])
    }

    @Test func fileLevelProblemsUseThePackWording() {
        #expect(readPack("").diagnostics.map(\.description) == [
            "pack.yaml: error: the file is empty; a naptrack file starts with 'naptrack: 1' followed by 'standard:' and 'requirements:' [document]"
        ])
        #expect(readPack("- a\n").diagnostics.first?.message.contains("found a list") == true)
        let two = readPack(singleRequirementPack(check: "{fact: scope.children, is: true}") + "\n---\nnaptrack: 1\n")
        #expect(two.diagnostics.map(\.message) == [
            "the file holds more than one YAML document; put each rule pack in a file of its own"
        ])
        #expect(readPack("naptrack: 1\nstandard: [\n").diagnostics.contains { $0.rule == .syntax })
    }

    @Test func packIDsMustNotClashWithBuiltInsOrOtherPacks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("packs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = singleRequirementPack(check: "{fact: scope.children, is: true}")
        for name in ["a.yaml", "b.yaml", "nested/c.yml"] {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.replacingOccurrences(of: "demo", with: name == "nested/c.yml" ? "builtin" : "demo").utf8)
                .write(to: url)
        }
        let loaded = RulePackLoader().load(paths: [folder.path], reservedIDs: ["builtin"])
        #expect(loaded.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.yaml", "b.yaml", "c.yml"])
        #expect(loaded.packs.map(\.standard.id) == ["demo"])
        #expect(loaded.diagnostics.places == ["3:7 duplicate-id", "3:7 duplicate-id"])
        #expect(loaded.diagnostics[0].message.contains("the pack id 'demo' is already taken by the pack \(folder.path)/a.yaml"))
        #expect(loaded.diagnostics[1].message.contains("the pack id 'builtin' is already taken by a built-in standard"))
        #expect(loaded.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func missingPathsAreReported() {
        let loaded = RulePackLoader().load(paths: ["/no/such/rules"])
        #expect(loaded.packs.isEmpty)
        #expect(loaded.diagnostics.map(\.description) == ["/no/such/rules: error: no such file or directory [document]"])
        #expect(loaded.diagnostics.containsRunPreventingProblem)
    }
}
