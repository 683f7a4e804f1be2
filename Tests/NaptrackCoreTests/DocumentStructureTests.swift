import Foundation
import NaptrackCore
import Testing

/// What the loader says about files that are not well-formed naptrack documents: broken YAML,
/// the wrong kind of document, encodings, and input built to exhaust time or memory.
@Suite struct DocumentStructureTests {
    // MARK: YAML syntax

    @Test func reportsYAMLSyntaxErrorsAtTheLineAndColumnLibyamlStopsAt() {
        let diagnostics = diagnose("naptrack: 1\nplan:\n  id: ex\n  title: a: b\n")
        #expect(diagnostics.briefs == ["4:11 error [yaml-syntax] "])
        #expect(diagnostics.first?.message == "mapping values are not allowed in this context")
        #expect(diagnostics.first?.preventsRun == false)
    }

    @Test func namesTheConstructThatWasLeftOpen() {
        let flow = diagnose("naptrack: 1\nplan: {id: ex, title: x\n")
        #expect(flow.briefs == ["3:1 error [yaml-syntax] "])
        #expect(flow.first?.message == "did not find expected ',' or '}' (while parsing a flow mapping at line 2)")

        let quote = diagnose("naptrack: 1\nplan:\n  id: \"ex\n")
        #expect(quote.briefs == ["4:1 error [yaml-syntax] "])
        #expect(quote.first?.message.contains("while scanning a quoted scalar at line 3") == true)
    }

    @Test func reportsAnAliasWithoutAnAnchor() {
        let diagnostics = diagnose("naptrack: 1\nplan:\n  id: *nothing\n")
        #expect(diagnostics.briefs == ["3:7 error [yaml-syntax] "])
        #expect(diagnostics.first?.message == "alias '*nothing' names no anchor defined before it")
    }

    @Test func explainsTabsUsedForIndentation() throws {
        let diagnostics = diagnose("naptrack: 1\nplan:\n\tid: ex\n")
        #expect(diagnostics.briefs == ["3:1 error [yaml-syntax] "])
        let message = try #require(diagnostics.first?.message)
        #expect(message.contains("at line 3"))
        #expect(message.hasSuffix("YAML does not allow tabs for indentation, use spaces"))
    }

    @Test func namesTheTabWhenItBreaksAnIndentedBlock() throws {
        let diagnostics = diagnose("naptrack: 1\nplan:\n  id: ex\n\ttitle: x\n")
        #expect(diagnostics.briefs == ["4:1 error [yaml-syntax] "])
        #expect(try #require(diagnostics.first).message.contains("tab character"))
    }

    // MARK: Empty and foreign documents

    @Test func anEmptyFileCannotBeUsed() throws {
        let diagnostics = diagnose("")
        #expect(diagnostics.briefs == ["0:0 error [document] "])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.preventsRun)
        #expect(diagnostic.message.hasPrefix("the file is empty"))
        #expect(diagnostic.description == "plan.yaml: error: \(diagnostic.message) [document]")
    }

    @Test func aFileOfOnlyCommentsCountsAsEmpty() {
        let (document, diagnostics) = loadDocument("# a plan will follow\n\n   # indented comment\n")
        #expect(document == nil)
        #expect(diagnostics.briefs == ["0:0 error [document] "])
        #expect(diagnostics.first?.preventsRun == true)
    }

    @Test(arguments: [
        ("- naptrack: 1\n- plan: {}\n", "a list"),
        ("just some words\n", "'just some words'"),
        ("~\n", "no value"),
    ])
    func theTopOfTheFileMustBeAMapping(yaml: String, found: String) throws {
        let (document, diagnostics) = loadDocument(yaml)
        #expect(document == nil)
        #expect(diagnostics.briefs == ["1:1 error [document] "])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.preventsRun)
        #expect(diagnostic.message.hasSuffix("found \(found)"))
    }

    @Test func otherYAMLIsNotANaptrackDocument() throws {
        let (document, diagnostics) = loadDocument("name: CI\non: [push]\njobs: {}\n", file: "ci.yml")
        #expect(document == nil)
        // One error says it all: no unknown-key warning for each key of a foreign file.
        #expect(diagnostics.briefs == ["1:1 error [document] "])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.preventsRun)
        #expect(diagnostic.message == "not a naptrack document: expected a 'plan:' or 'progress:' section (found 'jobs', 'name', 'on')")
    }

    @Test func aMisspeltSectionKeepsItsHintWhenTheFileIsMeantForNaptrack() {
        let diagnostics = diagnose("naptrack: 1\nplann:\n  id: ex\n")
        #expect(diagnostics.briefs == ["1:1 error [document] ", "2:1 warning [unknown-key] plann"])
        #expect(diagnostics.first?.preventsRun == true)
        #expect(diagnostics.last?.message == "unknown key 'plann' in the document; did you mean 'plan'?")
    }

    @Test func aVersionAloneIsNotADocument() {
        let diagnostics = diagnose("naptrack: 1\n")
        #expect(diagnostics.briefs == ["1:1 error [document] "])
        #expect(diagnostics.first?.message.hasSuffix("(found 'naptrack')") == true)
    }

    @Test func moreThanOneDocumentInAStreamIsAnError() throws {
        let yaml = "naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\n---\nnaptrack: 1\nprogress: {plan: ex, as_of: 2026-09-30}\n"
        let (document, diagnostics) = loadDocument(yaml, file: "progress.yaml")
        #expect(diagnostics.briefs == ["3:1 error [document] "])
        #expect(diagnostics.first?.message.contains("more than one YAML document") == true)
        // The first document is still read, so its own mistakes are reported too.
        guard case .progress(let report)? = document else {
            Issue.record("expected the first document to load as a progress report")
            return
        }
        #expect(report.asOf == CalendarDate(year: 2026, month: 6, day: 30))
    }

    @Test func anExplicitDocumentMarkerAloneIsFine() {
        #expect(diagnose("---\n" + Sample.plan() + "...\n").isEmpty)
    }

    // MARK: Format version

    @Test func theFormatVersionIsRequired() throws {
        let yaml = Sample.plan().replacingOccurrences(of: "naptrack: 1\n", with: "")
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == ["1:1 error [version] "])
        #expect(diagnostics.first?.message == "missing 'naptrack: 1' at the top of the file; it names the format version")
        // The plan is still read, so every other mistake can be reported in the same run.
        #expect(try loadPlan(yaml).id == "ex")
    }

    @Test(arguments: ["2", "1.0", "one"])
    func onlyVersionOneIsRead(version: String) {
        let diagnostics = diagnose(Sample.plan().replacingOccurrences(of: "naptrack: 1", with: "naptrack: \(version)"))
        #expect(diagnostics.briefs == ["1:11 error [version] naptrack"])
        #expect(diagnostics.first?.message == "unsupported format version '\(version)'; this naptrack reads version 1")
    }

    @Test func aQuotedVersionOneIsVersionOne() {
        #expect(diagnose(Sample.plan().replacingOccurrences(of: "naptrack: 1", with: "naptrack: \"1\"")).isEmpty)
    }

    @Test func aVersionOfTheWrongShapeIsATypeError() {
        let diagnostics = diagnose(Sample.plan().replacingOccurrences(of: "naptrack: 1", with: "naptrack: [1]"))
        #expect(diagnostics.briefs == ["1:11 error [type] naptrack"])
    }

    // MARK: Sections in the wrong kind of file

    @Test func progressSectionsDoNotBelongInAPlan() {
        let yaml = Sample.plan() + "updates:\n  - activity: A1\nwaivers: []\n"
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == ["20:1 error [unknown-key] updates", "22:1 error [unknown-key] waivers"])
        #expect(diagnostics.first?.message == "'updates' does not belong in a plan file")
    }

    @Test func planSectionsDoNotBelongInAProgressFile() {
        let yaml = "naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\nagencies: []\nobjectives: []\nthresholds: {}\n"
        let diagnostics = loadDocument(yaml, file: "progress.yaml").diagnostics.sorted()
        #expect(diagnostics.briefs == [
            "3:1 error [unknown-key] agencies", "4:1 error [unknown-key] objectives", "5:1 error [unknown-key] thresholds",
        ])
        #expect(diagnostics.first?.message == "'agencies' does not belong in a progress file")
    }

    @Test func planSectionsDoNotBelongInAConfiguration() {
        let yaml = "naptrack: 1\nstandards: [plan-quality]\nobjectives: []\n"
        let (document, diagnostics) = loadDocument(yaml, file: "naptrack.yaml")
        #expect(diagnostics.briefs == ["3:1 error [unknown-key] objectives"])
        #expect(diagnostics.first?.message == "'objectives' does not belong in a configuration file")
        guard case .configuration? = document else {
            Issue.record("expected a configuration")
            return
        }
    }

    // MARK: Encodings

    @Test func aByteOrderMarkAndWindowsLineEndingsLoadCleanly() throws {
        let text = Sample.plan().replacingOccurrences(of: "\n", with: "\r\n")
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let (document, diagnostics) = DocumentLoader().load(bytes: bytes, file: "windows.yaml")
        #expect(diagnostics.isEmpty)
        guard case .plan(let plan)? = document else { throw FixtureProblem.notA("plan") }
        let activity = try #require(plan.activities.first)
        // Line numbers count CR LF as one break, and the mark does not shift the first line.
        #expect(plan.location(of: "id").description == "windows.yaml:3:7")
        #expect(activity.location(of: "due").description == "windows.yaml:19:14")
    }

    @Test func aByteOrderMarkDoesNotShiftColumnsOfLaterMistakes() {
        let text = Sample.plan(activity: "deu: 2026-09-30").replacingOccurrences(of: "\n", with: "\r\n")
        let diagnostics = DocumentLoader().load(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "plan.yaml").diagnostics
        #expect(diagnostics.briefs == ["20:9 warning [unknown-key] objectives[0].activities[0].deu"])
    }

    @Test func columnsCountUnicodeScalarsNotBytes() {
        let diagnostics = diagnose(Sample.plan(activity: "tags: [Ñandú, 😀, {deu: x}]"))
        #expect(diagnostics.briefs == ["20:26 error [type] objectives[0].activities[0].tags[2]"])
        let invalid = diagnose("naptrack: 1\nplan:\n  title: \"Ñandú 😀 \u{1}\"\n")
        #expect(invalid.briefs == ["3:19 error [yaml-syntax] "])
    }

    @Test func invalidUTF8IsReportedWhereItStarts() throws {
        let bytes = Array("naptrack: 1\nplan:\n  title: caf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        let (document, diagnostics) = DocumentLoader().load(bytes: bytes, file: "latin1.yaml")
        #expect(document == nil)
        #expect(diagnostics.briefs == ["3:13 error [yaml-syntax] "])
        #expect(try #require(diagnostics.first).message.hasSuffix("the file is not UTF-8 text"))
    }

    @Test func binaryJunkIsRefusedWithoutACrash() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let (document, diagnostics) = DocumentLoader().load(bytes: png, file: "logo.yaml")
        #expect(document == nil)
        #expect(diagnostics.briefs == ["1:1 error [yaml-syntax] "])
        #expect(try #require(diagnostics.first).message.hasSuffix("the file is not UTF-8 text"))

        var generator = SplitMix(seed: 2026)
        for _ in 0..<50 {
            let junk = (0..<512).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let (_, junkDiagnostics) = DocumentLoader().load(bytes: junk, file: "junk.yaml")
            #expect(!junkDiagnostics.isEmpty)
        }
    }

    // MARK: Limits

    @Test func anAliasBombIsStoppedQuicklyAtTheAliasThatSetsItOff() throws {
        var yaml = "naptrack: 1\nplan:\n  id: ex\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "  a\(level): &a\(level) [" + Array(repeating: previous, count: 9).joined(separator: ", ") + "]\n"
        }
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = clock.measure { diagnostics = loadDocument(yaml).diagnostics }
        #expect(elapsed < .seconds(5))
        let limit = try #require(diagnostics.with(.limits).first)
        #expect(diagnostics.with(.limits).count == 1)
        #expect(limit.severity == .error)
        #expect(limit.location.line == 9 && limit.location.column == 12)
        #expect(limit.message.contains("alias bomb"))
    }

    @Test func aliasesWithinTheBudgetAreExpanded() throws {
        let yaml = Sample.header + """
            objectives:
              - id: O1
                title: Prevention
                activities:
                  - &shared {id: A1, title: Hotline, lead: coord, start: 2026-03-01, due: 2026-09-30}
              - id: O2
                title: Protection
                activities: [*shared]

            """
        let diagnostics = diagnose(yaml)
        // The copy keeps the positions of the anchored text it repeats, so the duplicate id
        // points into that text, while the path names the copy.
        #expect(diagnostics.briefs == ["15:22 error [duplicate-id] objectives[1].activities[0].id"])
        #expect(try loadPlan(yaml).activities.map(\.id) == ["A1", "A1"])
    }

    @Test func deepNestingIsStoppedAtTheLevelOverTheLimit() {
        let yaml = "naptrack: 1\nplan:\n  tags: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n"
        let diagnostics = loadDocument(yaml).diagnostics.with(.limits)
        // The root mapping, `plan` and 62 lists make 64 levels; the 63rd list is the 65th level.
        #expect(diagnostics.briefs == ["3:71 error [limits] "])
        #expect(diagnostics.first?.message == "collections nest more than 64 levels deep")
    }

    @Test func nestingBeyondLibyamlsOwnLimitIsStillAPlainDiagnostic() throws {
        let yaml = "naptrack: 1\nplan: " + String(repeating: "[", count: 5_000) + "\n"
        let loader = DocumentLoader(limits: LoadLimits(maximumDepth: 100_000))
        let diagnostics = loader.load(bytes: Array(yaml.utf8), file: "plan.yaml").diagnostics.with(.limits)
        #expect(diagnostics.count == 1)
        #expect(try #require(diagnostics.first).message == "collections nest more than 1000 levels deep, which no naptrack file needs")
    }

    @Test func deeplyNestedObjectivesAreRefusedAtTheLimit() {
        var objectives = ""
        for depth in 0..<20 {
            let pad = String(repeating: "    ", count: depth)
            objectives += "\(pad)- id: O\(depth)\n\(pad)  title: Level \(depth)\n\(pad)  objectives:\n"
        }
        let limits = LoadLimits(maximumDepth: 200)
        let yaml = Sample.header + "objectives:\n" + Sample.indented(objectives, by: 2)
        let diagnostics = DocumentLoader(limits: limits).load(bytes: Array(yaml.utf8), file: "plan.yaml").diagnostics
        #expect(diagnostics.with(.limits).count == 1)
        #expect(diagnostics.with(.limits).first?.message == "objectives nest more than 16 levels deep")
        #expect(diagnostics.with(.limits).first?.location.line == 12 + 16 * 3)
    }

    @Test func anOversizedInputIsRefusedBeforeParsing() {
        let limits = LoadLimits(maximumFileBytes: 1 << 20)
        let bytes = Array(repeating: UInt8(ascii: "#"), count: (1 << 20) + 1)
        let (document, diagnostics) = DocumentLoader(limits: limits).load(bytes: bytes, file: "huge.yaml")
        #expect(document == nil)
        #expect(diagnostics.briefs == ["0:0 error [limits] "])
        #expect(diagnostics.first?.preventsRun == true)
    }

    // MARK: Files on disk

    @Test func aMissingFileCannotBeUsed() {
        let (document, diagnostics) = DocumentLoader().load(file: "/nonexistent/naptrack/plan.yaml")
        #expect(document == nil)
        #expect(diagnostics.briefs == ["0:0 error [document] "])
        #expect(diagnostics.first?.message == "no such file")
        #expect(diagnostics.first?.preventsRun == true)
    }

    @Test func anOversizedFileIsRefusedBeforeReading() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("big.yaml", "# " + String(repeating: "x", count: 3 << 20) + "\n")
        let (document, diagnostics) = DocumentLoader(limits: LoadLimits(maximumFileBytes: 2 << 20)).load(file: path)
        #expect(document == nil)
        #expect(diagnostics.briefs == ["0:0 error [limits] "])
        #expect(diagnostics.first?.message == "the file is 3 MiB; naptrack reads files up to 2 MiB")
    }
}

/// A small deterministic random number generator, so fuzz inputs are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
