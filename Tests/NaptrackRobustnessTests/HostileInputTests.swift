import Foundation
import NaptrackCore
import Testing

/// Every hostile input is refused with a clear error that names the file and, where the problem
/// has a place, its line and column, within a few seconds.
@Suite("Hostile input, loaded by the library")
struct HostileInputTests {
    @Test(arguments: HostileInput.all)
    func hostileInputGetsAClearLocatedError(_ input: HostileInput) throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(input)
        let clock = ContinuousClock()
        let start = clock.now
        let workspace = WorkspaceLoader().load(paths: [file])
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(5), "\(input.name) took \(elapsed)")
        #expect(workspace.diagnostics.contains { $0.severity == .error }, "\(input.name) was accepted")
        for diagnostic in workspace.diagnostics {
            #expect(diagnostic.location.file == file)
            #expect(!diagnostic.message.isEmpty)
            #expect(diagnostic.message.count < 400, "over-long message: \(diagnostic.message.prefix(100))…")
        }
        for expected in input.expected {
            let found = workspace.diagnostics.first {
                $0.rule == expected.rule && $0.severity == expected.severity && $0.message.contains(expected.message)
            }
            guard let found else {
                Issue.record("\(input.name): no \(expected.rule.rawValue) diagnostic saying '\(expected.message)' in \(workspace.diagnostics)")
                continue
            }
            if let line = expected.line { #expect(found.location.line == line, "\(found)") }
            if let column = expected.column { #expect(found.location.column == column, "\(found)") }
        }
    }

    @Test("the same mistake is reported at the same place with a byte-order mark or CRLF line ends")
    func byteOrderMarkAndCRLFKeepPositions() throws {
        let text = HostileInput.plan(due: "2026-02-30")
        let variants: [[UInt8]] = [
            Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8),
            Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8),
            [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8),
        ]
        let reports = variants.map { bytes in
            DocumentLoader().load(bytes: bytes, file: "plan.yaml").diagnostics.map(\.description)
        }
        #expect(reports[0] == ["plan.yaml:15:71: error: '2026-02-30' is not a real calendar date (the due date) [date]"])
        for report in reports.dropFirst() { #expect(report == reports[0]) }
    }

    @Test("the base plan of the suite is valid, so each case's error comes from its one mistake")
    func basePlanIsValid() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(Array(HostileInput.plan().utf8), to: "plan.yaml")
        let workspace = WorkspaceLoader().load(paths: [file])
        #expect(workspace.diagnostics.isEmpty, "\(workspace.diagnostics)")
        #expect(workspace.plans.first?.activities.count == 1)
    }
}
