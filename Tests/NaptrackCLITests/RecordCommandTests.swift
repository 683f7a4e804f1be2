import Foundation
import Testing

/// `naptrack record` end to end: it creates and adds to progress files, refuses bad updates
/// without touching any file, and never writes the plan.
struct RecordCommandTests {
    @Test func createsThenAddsToTheProgressFileForTheDate() throws {
        let workspace = try ProgressWorkspace()
        defer { workspace.remove() }
        let first = try workspace.run([
            "record", "plans/cli", "--activity", "A1", "--as-of", "2026-03-31", "--status", "in-progress",
            "--percent", "40", "--spent", "250.50", "--milestone", "A1-m1=2026-03-20", "--note", "On track: see #2",
            "--reported-by", "a",
        ])
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout == "Recorded A1 as of 2026-03-31 in plans/cli/progress/2026-03-31.yaml (new file).\n")
        let second = try workspace.run(["record", "plans/cli/plan.yaml", "--activity", "A2", "--as-of", "2026-03-31",
            "--percent", "5"])
        #expect(second.status == 0, "\(second)")
        #expect(workspace.read("plans/cli/progress/2026-03-31.yaml") == """
            naptrack: 1
            progress:
              plan: cli
              as_of: 2026-03-31
              reported_by: a
            updates:
              - activity: A1
                status: in-progress
                percent: 40
                spent: 250.5
                milestones: {A1-m1: 2026-03-20}
                note: "On track: see #2"
              - activity: A2
                percent: 5

            """)
        #expect(workspace.read("plans/cli/plan.yaml") == ProgressWorkspace.plan)
        let validate = try workspace.run(["validate"])
        #expect(validate.status == 0, "\(validate)")
        let items = try progressItems(try workspace.run(["progress", "--as-of", "2026-03-31", "--format", "json"]))
        #expect(items["A1"]?["percent"] as? Int == 40)
        #expect(items["A2"]?["status"] as? String == "in-progress")
    }

    @Test func keepsCommentsWhenAdding() throws {
        let existing = "# compiled by the coordinator\nnaptrack: 1\nprogress: {plan: cli, as_of: 2026-06-30}  # Q2\nupdates: []  # none yet\n"
        let workspace = try ProgressWorkspace(progress: ["q2.yaml": existing])
        defer { workspace.remove() }
        let run = try workspace.run(["record", "plans/cli", "--activity", "A2", "--as-of", "2026-06-30", "--percent", "10"])
        #expect(run.status == 0, "\(run)")
        #expect(workspace.read("plans/cli/progress/q2.yaml") == "# compiled by the coordinator\nnaptrack: 1\n"
            + "progress: {plan: cli, as_of: 2026-06-30}  # Q2\nupdates:  # none yet\n  - activity: A2\n    percent: 10\n")
    }

    @Test func refusedUpdatesLeaveEveryFileAsItWas() throws {
        let existing = "naptrack: 1\nprogress: {plan: cli, as_of: 2026-06-30}\nupdates:\n  - {activity: A1, percent: 60}\n"
        let workspace = try ProgressWorkspace(progress: ["2026-06-30.yaml": existing])
        defer { workspace.remove() }
        let before = workspace.snapshot()
        let cases: [(arguments: [String], status: Int32, message: String)] = [
            (["--activity", "A1", "--as-of", "2026-06-30", "--percent", "70"], 1, "already has an update for activity 'A1'"),
            (["--activity", "A7", "--as-of", "2026-09-30", "--percent", "70"], 1, "which plan 'cli' does not have"),
            (["--activity", "A2", "--as-of", "2026-09-30", "--indicator", "calls=3"], 1, "has no indicator 'calls'"),
            (["--activity", "A2", "--as-of", "2026-09-30", "--milestone", "A1-m1=2026-09-01"], 1, "has no milestone 'A1-m1'"),
            (["--activity", "A2", "--as-of", "2026-09-30", "--reported-by", "zz", "--percent", "1"], 1, "not an agency"),
            (["--activity", "A2", "--as-of", "2026-09-30", "--percent", "101"], 64, "between 0 and 100"),
            (["--activity", "A2", "--as-of", "2026-09-31", "--percent", "1"], 64, "as-of"),
            (["--activity", "A2", "--as-of", "2026-09-30", "--spent", "1e3"], 64, "spent"),
            (["--activity", "A2", "--as-of", "2026-09-30"], 64, "say what to record"),
        ]
        for (arguments, status, message) in cases {
            let run = try workspace.run(["record", "plans/cli"] + arguments)
            #expect(run.status == status, "\(arguments): \(run)")
            #expect(run.stderr.contains(message), "\(arguments): \(run)")
        }
        let missing = try workspace.run(["record", "plans/none.yaml", "--activity", "A1", "--as-of", "2026-06-30",
            "--percent", "1"])
        #expect(missing.status == 2, "\(missing)")
        #expect(workspace.snapshot() == before)
    }
}
