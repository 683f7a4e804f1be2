import NaptrackCore
import Testing

/// A rule pack met while walking a folder is recognised and left to the standards commands,
/// rather than reported as a file that is not a naptrack document.
struct RulePackRecognitionTests {
    @Test func aRulePackIsANoteNotAnError() {
        let yaml = "naptrack: 1\nstandard:\n  id: demo\n  title: Demo\nrequirements: []\n"
        let (document, diagnostics) = DocumentLoader().load(bytes: Array(yaml.utf8), file: "plugins/demo.yaml")
        #expect(document == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .note)
        #expect(diagnostics.first?.rule == .document)
        #expect(diagnostics.first?.preventsRun == false)
        #expect(diagnostics.first?.location.line == 2)
    }

    @Test func aStandardKeyWithoutTheFormatVersionIsStillNotANaptrackDocument() {
        let yaml = "standard: something\n"
        let (_, diagnostics) = DocumentLoader().load(bytes: Array(yaml.utf8), file: "other.yaml")
        #expect(diagnostics.contains { $0.severity == .error && $0.preventsRun })
    }
}
