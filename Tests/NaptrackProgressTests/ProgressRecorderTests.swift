import Foundation
import NaptrackCore
import Testing

@testable import NaptrackProgress

/// A folder of its own for each test, removed afterwards.
final class Scratch {
    let root: String

    init() {
        root = FileManager.default.temporaryDirectory.path + "/naptrack-record-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: root + "/ex", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var planFile: String { root + "/ex/plan.yaml" }
    var progressFolder: String { root + "/ex/progress" }

    func write(_ text: String, to relative: String) {
        let path = root + "/" + relative
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file under the root (hidden ones too) with its bytes.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = root + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            } else {
                files[relative + "/"] = Data()
            }
        }
        return files
    }
}

struct ProgressRecorderTests {
    static let plan = Fixture.planText(objectives: Fixture.objective("O1", [
        Fixture.activity("A1", budget: "{amount: 1000}", extra: """
                    indicators: [{id: calls, name: Calls, baseline: 0, target: 10}]
                    milestones: [{id: A1-m1, title: Opened, due: 2026-03-31}]
            """),
        Fixture.activity("A2"),
    ]), id: "ex")

    static let existing = """
        # Second quarter, compiled by the coordinator. Aggregates only.
        naptrack: 1
        progress:
          plan: ex
          as_of: 2026-06-30   # end of June
        updates:
          - activity: A1
            percent: 10   # slow start

        """

    func scratch(withExisting: Bool = false) -> Scratch {
        let scratch = Scratch()
        scratch.write(Self.plan, to: "ex/plan.yaml")
        if withExisting { scratch.write(Self.existing, to: "ex/progress/second-quarter.yaml") }
        return scratch
    }

    let entry = UpdateEntry(activity: "A2", status: .inProgress, percent: 25, note: "Started in May.")

    @Test func aNewFileIsCreatedInTheProgressFolder() throws {
        let scratch = scratch()
        let outcome = try ProgressRecorder().record(entry, asOf: Fixture.date("2026-06-30"), planFile: scratch.planFile,
            reportedBy: "a")
        #expect(outcome.created)
        #expect(outcome.file == scratch.progressFolder + "/2026-06-30.yaml")
        let workspace = WorkspaceLoader().load(paths: [scratch.root])
        #expect(workspace.diagnostics.isEmpty)
        #expect(workspace.progressReports.first?.reportedBy == "a")
        #expect(workspace.progressReports.first?.updates.map(\.activity) == ["A2"])
        #expect(scratch.read("ex/plan.yaml") == Self.plan)
    }

    @Test func anExistingFileForThePlanAndDateIsAddedTo() throws {
        let scratch = scratch(withExisting: true)
        let outcome = try ProgressRecorder().record(entry, asOf: Fixture.date("2026-06-30"), planFile: scratch.planFile)
        #expect(!outcome.created)
        #expect(outcome.file.hasSuffix("ex/progress/second-quarter.yaml"))
        let text = try #require(scratch.read("ex/progress/second-quarter.yaml"))
        #expect(text.hasPrefix(Self.existing))
        #expect(text.dropFirst(Self.existing.count)
            == "  - activity: A2\n    status: in-progress\n    percent: 25\n    note: Started in May.\n")
        #expect(WorkspaceLoader().load(paths: [scratch.root]).diagnostics.isEmpty)
        #expect(scratch.read("ex/plan.yaml") == Self.plan)
    }

    @Test func anotherDateGetsAFileOfItsOwn() throws {
        let scratch = scratch(withExisting: true)
        let outcome = try ProgressRecorder().record(entry, asOf: Fixture.date("2026-09-30"), planFile: scratch.planFile)
        #expect(outcome.created && outcome.file.hasSuffix("2026-09-30.yaml"))
        #expect(scratch.read("ex/progress/second-quarter.yaml") == Self.existing)
    }

    /// Runs `record` and checks that it fails and that no file changed.
    func expectRejected(
        _ entry: UpdateEntry, asOf: String = "2026-06-30", in scratch: Scratch, recorder: ProgressRecorder = ProgressRecorder(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation, check: (ProgressRecorder.Failure) -> Bool
    ) {
        let before = scratch.snapshot()
        do {
            _ = try recorder.record(entry, asOf: Fixture.date(asOf), planFile: scratch.planFile)
            Issue.record("the update was recorded", sourceLocation: sourceLocation)
        } catch {
            #expect(check(error), "unexpected failure \(error)", sourceLocation: sourceLocation)
        }
        #expect(scratch.snapshot() == before, "files changed", sourceLocation: sourceLocation)
    }

    @Test func aSecondUpdateForTheSameActivityIsRefused() {
        let scratch = scratch(withExisting: true)
        expectRejected(UpdateEntry(activity: "A1", percent: 20), in: scratch) { failure in
            guard case .rejected(let reason, _) = failure else { return false }
            return reason.contains("already has an update for activity 'A1' (line 7)")
        }
    }

    @Test func updatesThatDoNotFitThePlanAreRefused() {
        let scratch = scratch(withExisting: true)
        for bad in [
            UpdateEntry(activity: "A9", percent: 20),
            UpdateEntry(activity: "A2", indicators: [("calls", 3)]),
            UpdateEntry(activity: "A2", milestones: [("A1-m1", Fixture.date("2026-01-01"))]),
        ] {
            for date in ["2026-06-30", "2026-09-30"] {
                expectRejected(bad, asOf: date, in: scratch) { failure in
                    guard case .rejected(_, let diagnostics) = failure else { return false }
                    return diagnostics.contains { $0.rule == .reference }
                }
            }
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.progressFolder + "/2026-09-30.yaml"))
    }

    @Test func aBrokenProgressFileIsLeftAlone() {
        let scratch = scratch()
        scratch.write("naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\nupdates:\n  - activity: A1\n   percent: [\n",
            to: "ex/progress/2026-06-30.yaml")
        expectRejected(entry, in: scratch) { failure in
            guard case .rejected(let reason, _) = failure else { return false }
            return reason.contains("not a readable progress file")
        }
    }

    @Test func existingErrorsInTheFileBlockTheUpdate() {
        let scratch = scratch()
        scratch.write("naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\nupdates:\n  - {activity: A1, percent: 120}\n",
            to: "ex/progress/2026-06-30.yaml")
        expectRejected(entry, in: scratch) { failure in
            guard case .rejected(let reason, let diagnostics) = failure else { return false }
            return reason.contains("already has errors") && diagnostics.contains { $0.location.line == 4 }
        }
    }

    @Test func aFileThatIsNotAPlanCannotBeRecordedAgainst() {
        let scratch = scratch(withExisting: true)
        let before = scratch.snapshot()
        #expect {
            _ = try ProgressRecorder().record(entry, asOf: Fixture.date("2026-06-30"),
                planFile: scratch.progressFolder + "/second-quarter.yaml")
        } throws: { error in
            guard case ProgressRecorder.Failure.planUnusable = error else { return false }
            return true
        }
        #expect(scratch.snapshot() == before)
    }

    @Test func aDifferentReporterIsRefused() {
        let scratch = scratch(withExisting: true)
        let before = scratch.snapshot()
        #expect(throws: ProgressRecorder.Failure.self) {
            _ = try ProgressRecorder().record(entry, asOf: Fixture.date("2026-06-30"), planFile: scratch.planFile,
                reportedBy: "b")
        }
        #expect(scratch.snapshot() == before)
    }

    @Test func aWriteKilledBeforeTheRenameLeavesTheOriginalWhole() throws {
        let scratch = scratch(withExisting: true)
        let before = scratch.snapshot()
        let steps = InterruptedSteps(stopAt: .rename, cleansUp: false)
        expectRejectedWrite(in: scratch, steps: steps)
        // The original is intact; the only addition is the complete, hidden temporary file.
        let after = scratch.snapshot()
        #expect(after["ex/progress/second-quarter.yaml"] == before["ex/progress/second-quarter.yaml"])
        let leftovers = after.keys.filter { before[$0] == nil }
        #expect(leftovers.count == 1)
        let leftover = try #require(leftovers.first)
        #expect(leftover.hasPrefix("ex/progress/.second-quarter.yaml.") && leftover.hasSuffix(".tmp"))
        #expect(String(decoding: after[leftover] ?? Data(), as: UTF8.self).hasPrefix(Self.existing))
        // Loading the folder does not pick up the leftover.
        let workspace = WorkspaceLoader().load(paths: [scratch.root])
        #expect(workspace.progressReports.map(\.updates.count) == [1])
        #expect(workspace.diagnostics.isEmpty)
    }

    @Test func aWriteFailingHalfwayIsCleanedUp() {
        let scratch = scratch(withExisting: true)
        let before = scratch.snapshot()
        expectRejectedWrite(in: scratch, steps: InterruptedSteps(stopAt: .write, cleansUp: true))
        #expect(scratch.snapshot() == before)
    }

    private func expectRejectedWrite(in scratch: Scratch, steps: InterruptedSteps,
        sourceLocation: Testing.SourceLocation = #_sourceLocation)
    {
        let recorder = ProgressRecorder(writer: AtomicFileWriter(steps: steps))
        #expect(sourceLocation: sourceLocation) {
            _ = try recorder.record(entry, asOf: Fixture.date("2026-06-30"), planFile: scratch.planFile)
        } throws: { error in
            guard case ProgressRecorder.Failure.writeFailed = error else { return false }
            return true
        }
    }
}

/// File-system steps that stop at a chosen step, the way a killed process or a full disk would.
struct InterruptedSteps: FileWriteSteps {
    enum Step { case write, rename }

    let stopAt: Step
    /// Whether `remove` works; a killed process cleans up nothing.
    let cleansUp: Bool
    let real = SystemFileWriteSteps()

    func createAndSync(_ path: String, bytes: [UInt8], permissions: UInt32) throws(AtomicWriteError) {
        if stopAt == .write {
            // Half the bytes reach the temporary file, then the disk fills up.
            try real.createAndSync(path, bytes: Array(bytes.prefix(bytes.count / 2)), permissions: permissions)
            throw AtomicWriteError(path: path, reason: "no space left on device")
        }
        try real.createAndSync(path, bytes: bytes, permissions: permissions)
    }

    func rename(_ source: String, to destination: String) throws(AtomicWriteError) {
        if stopAt == .rename { throw AtomicWriteError(path: destination, reason: "process killed") }
        try real.rename(source, to: destination)
    }

    func syncDirectory(_ path: String) throws(AtomicWriteError) { try real.syncDirectory(path) }

    func remove(_ path: String) { if cleansUp { real.remove(path) } }

    func permissions(of path: String) -> UInt32? { real.permissions(of: path) }
}
