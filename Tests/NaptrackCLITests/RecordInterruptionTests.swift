import Foundation
import NaptrackCore
import Testing

/// `naptrack record` killed at arbitrary moments never leaves a torn or lost progress file:
/// after every kill the file holds either exactly what it held before or exactly the new update.
struct RecordInterruptionTests {
    static let original = """
        # Second-quarter report, compiled by the coordinator
        naptrack: 1
        progress: {plan: cli, as_of: 2026-06-30, reported_by: a}
        updates:
          - {activity: A1, status: in-progress, percent: 60, spent: 500}  # on track

        """ + String(repeating: "# notes kept verbatim by every edit\n", count: 2_000)

    static let arguments = [
        "record", "plans/cli", "--activity", "A2", "--as-of", "2026-06-30", "--status", "in-progress",
        "--percent", "15", "--spent", "120.75", "--note", "Started after the budget was released",
    ]
    static let file = "plans/cli/progress/2026-06-30.yaml"

    @Test func killedAtAnyMomentTheFileIsOldOrNewNeverTorn() throws {
        // The complete result, from an uninterrupted run.
        let reference = try ProgressWorkspace(progress: ["2026-06-30.yaml": Self.original])
        defer { reference.remove() }
        let finished = try reference.run(Self.arguments)
        #expect(finished.status == 0, "\(finished)")
        let updated = try #require(reference.read(Self.file))
        #expect(updated != Self.original && updated.hasPrefix(Self.original.prefix(60)))

        let binary = try naptrackBinary()
        var outcomes: [String: Int] = [:]
        // Delays spread over the whole run, from before the file is read to after it is renamed.
        for attempt in 0..<30 {
            let workspace = try ProgressWorkspace(progress: ["2026-06-30.yaml": Self.original])
            defer { workspace.remove() }
            let process = Process()
            process.executableURL = binary
            process.arguments = Self.arguments
            process.currentDirectoryURL = workspace.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32((attempt * 7_919) % 90_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let content = workspace.read(Self.file)
            let state = content == Self.original ? "old" : content == updated ? "new" : "torn"
            outcomes[state, default: 0] += 1
            #expect(state != "torn", "attempt \(attempt): the progress file was neither the old nor the new text")
            #expect(workspace.read("plans/cli/plan.yaml") == ProgressWorkspace.plan)

            // Whatever the moment, the folder still loads cleanly: a leftover temporary file is
            // hidden and never read as a progress file.
            let loaded = WorkspaceLoader().load(paths: [workspace.root.appendingPathComponent("plans").path])
            #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "attempt \(attempt): \(loaded.diagnostics)")
            #expect(loaded.progressReports.count == 1)
        }
        #expect(outcomes["torn"] == nil)
    }
}
