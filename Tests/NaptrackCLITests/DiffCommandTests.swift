import Foundation
import Testing

// End-to-end tests of `naptrack diff`, running the built binary.

private let oldPlan = packageRoot.appendingPathComponent("plans/examplia/plan.yaml").path
private let newPlan = packageRoot.appendingPathComponent("Tests/NaptrackRevisionsTests/Fixtures/examplia-rev2.yaml").path

/// The 1-based line and column where `fragment` first occurs in the file at `path`.
private func position(of fragment: String, in path: String) -> (line: Int, column: Int)? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if let range = line.range(of: fragment) {
            return (index + 1, line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound) + 1)
        }
    }
    return nil
}

/// Runs git with `arguments` in `directory`, output to files as `runNaptrack` does.
private func runGit(_ arguments: [String], in directory: URL) throws -> NaptrackRun {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("naptrack-git-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outputURL = scratch.appendingPathComponent("stdout"), errorURL = scratch.appendingPathComponent("stderr")
    try Data().write(to: outputURL)
    try Data().write(to: errorURL)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = directory
    process.standardOutput = try FileHandle(forWritingTo: outputURL)
    process.standardError = try FileHandle(forWritingTo: errorURL)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return NaptrackRun(status: process.terminationStatus, stdout: try String(contentsOf: outputURL, encoding: .utf8),
        stderr: try String(contentsOf: errorURL, encoding: .utf8))
}

/// A temporary directory, removed by `remove()`.
private struct Scratch {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("naptrack-diff-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }

    func copy(_ source: String, to path: String) throws {
        let target = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(atPath: source, toPath: target.path)
    }

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    /// Runs git in the directory and requires it to succeed.
    @discardableResult
    func git(_ arguments: String...) throws -> NaptrackRun {
        let finished = try runGit(["-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments, in: root)
        try #require(finished.status == 0, "git \(arguments) failed: \(finished.stderr)")
        return finished
    }

    /// A repository holding the Examplia plan at `plans/examplia/plan.yaml`: revision 1 in the
    /// first commit, revision 2 in the second.
    static func exampliaHistory() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.git("init", "-q")
        try scratch.copy(oldPlan, to: "plans/examplia/plan.yaml")
        try scratch.git("add", "-A")
        try scratch.git("commit", "-q", "-m", "Plan adopted")
        try scratch.copy(newPlan, to: "plans/examplia/plan.yaml")
        try scratch.git("commit", "-q", "-a", "-m", "Plan amended")
        return scratch
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite struct DiffCommandTests {
    @Test func comparesTwoFiles() throws {
        let finished = try runNaptrack(["diff", oldPlan, newPlan])
        #expect(finished.status == 0)
        #expect(finished.stderr.isEmpty)
        #expect(finished.stdout.contains("  Activities: 30 → 30 (1 added, 1 removed, 9 changed, 1 of them moved)\n"))
        #expect(finished.stdout.contains("      due: 2028-03-31 → 2028-09-30 (183 days later)\n"))
    }

    @Test func jsonFormat() throws {
        let finished = try runNaptrack(["diff", oldPlan, newPlan, "--format", "json"])
        #expect(finished.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(finished.stdout.utf8)) as? [String: Any])
        let totals = try #require(object["totals"] as? [String: Any])
        let schedule = try #require(totals["schedule"] as? [String: Any])
        #expect(schedule["net_slip_days"] as? Int == 456)
        #expect(schedule["slipped_activities"] as? Int == 3)
        let budget = try #require(totals["budget"] as? [String: Any])
        #expect(budget["difference"] as? Int == 10000)
    }

    @Test func markdownAndHTMLFormats() throws {
        let markdown = try runNaptrack(["diff", oldPlan, newPlan, "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Changes to National Action Plan"))
        let html = try runNaptrack(["diff", oldPlan, newPlan, "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("<h2>Activities added</h2>"))
    }

    @Test func sinceReadsTheOlderVersionFromGit() throws {
        let repository = try Scratch.exampliaHistory()
        defer { repository.remove() }
        let finished = try runNaptrack(["diff", "plans/examplia/plan.yaml", "--since", "HEAD~1"], in: repository.root)
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(finished.stdout.contains("  From HEAD~1:plans/examplia/plan.yaml to plans/examplia/plan.yaml\n"))
        #expect(finished.stdout.contains("  Budget: 5,415,000 EUR → 5,425,000 EUR (+10,000)\n"))
        let old = try #require(position(of: "reflection_period: {days: 30", in: oldPlan))
        let new = try #require(position(of: "reflection_period: {days: 90", in: newPlan))
        #expect(finished.stdout.contains("      HEAD~1:plans/examplia/plan.yaml:\(old.line):\(old.column + 26) → "
            + "plans/examplia/plan.yaml:\(new.line):\(new.column + 26)\n"))

        let nested = try runNaptrack(["diff", "examplia/plan.yaml", "--since", "HEAD~1", "--format", "json"],
            in: repository.root.appendingPathComponent("plans"))
        #expect(nested.status == 0, "\(nested.stderr)")
        #expect(nested.stdout.contains("\"file\" : \"HEAD~1:plans/examplia/plan.yaml\""))

        let same = try runNaptrack(["diff", "plans/examplia/plan.yaml", "--since", "HEAD"], in: repository.root)
        #expect(same.status == 0)
        #expect(same.stdout.contains("No changes in substance."))
    }

    @Test func sinceOutsideARepositoryExitsTwo() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        try directory.copy(oldPlan, to: "plan.yaml")
        let finished = try runNaptrack(["diff", "plan.yaml", "--since", "HEAD~1"], in: directory.root)
        #expect(finished.status == 2)
        #expect(finished.stdout.isEmpty)
        #expect(finished.stderr == "plan.yaml: error: plan.yaml is not in a git repository, so --since has no history to read [git-history]\n")
    }

    @Test func unknownRevisionExitsTwo() throws {
        let repository = try Scratch.exampliaHistory()
        defer { repository.remove() }
        let finished = try runNaptrack(["diff", "plans/examplia/plan.yaml", "--since", "v9.9"], in: repository.root)
        #expect(finished.status == 2)
        #expect(finished.stderr.contains("error: unknown revision 'v9.9': it names no commit in this repository [git-history]"))
        try repository.copy(oldPlan, to: "plans/new.yaml")
        let absent = try runNaptrack(["diff", "plans/new.yaml", "--since", "HEAD"], in: repository.root)
        #expect(absent.status == 2)
        #expect(absent.stderr.contains("plans/new.yaml did not exist in revision 'HEAD'"))
    }

    @Test func unreadableInputsExitTwo() throws {
        let missing = try runNaptrack(["diff", oldPlan, "no-such-plan.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-plan.yaml: error: no such file [document]"))
        let progress = packageRoot.appendingPathComponent("plans/examplia/progress/2026-06-30.yaml").path
        let notAPlan = try runNaptrack(["diff", progress, newPlan])
        #expect(notAPlan.status == 2)
        #expect(notAPlan.stderr.contains("error: not a plan file"))
        #expect(notAPlan.stdout.isEmpty)
    }

    @Test func wrongNumberOfFilesIsAUsageError() throws {
        let finished = try runNaptrack(["diff", oldPlan])
        #expect(finished.status != 0)
        #expect(finished.stderr.contains("give two plan files, OLD and NEW, or one plan file with --since REV"))
        let textconv = try runNaptrack(["diff", "--textconv", oldPlan, newPlan])
        #expect(textconv.status != 0)
        #expect(textconv.stderr.contains("--textconv takes exactly one plan file"))
    }

    @Test func complianceMovesWithTheAmendment() throws {
        let finished = try runNaptrack(["diff", oldPlan, newPlan, "--as-of", "2026-10-15"])
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(finished.stdout.contains("  Compliance: plan-quality 0.73 → 0.93, osce-nrm 0.87 → 0.9, coe-cathb 0.68 → 0.71, "
            + "child-guardian 0.79 → 0.79; 6 requirements changed status\n"))
        #expect(finished.stdout.contains("  plan-quality:funding-source not-met → met\n"))
        #expect(finished.stdout.contains("  plan-quality:review-current unknown → met\n"))
        #expect(finished.stdout.contains("  coe-cathb:art13.1 not-met → met\n"))
        #expect(finished.stdout.contains("  coe-cathb:art10.2 unknown → met\n"))
        #expect(finished.stdout.contains("  osce-nrm:reflection-period not-met → met\n"))
        let json = try runNaptrack(["diff", oldPlan, newPlan, "--as-of", "2026-10-15", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let compliance = try #require(object["compliance"] as? [String: Any])
        let standards = try #require(compliance["standards"] as? [[String: Any]])
        #expect(standards.compactMap { $0["id"] as? String } == ["plan-quality", "osce-nrm", "coe-cathb", "child-guardian"])
        #expect(standards.first?["score_before"] as? Double == 0.73)
        #expect(standards.first?["score_after"] as? Double == 0.93)
        let unchanged = try runNaptrack(["diff", oldPlan, oldPlan, "--as-of", "2026-10-15", "--standard", "plan-quality"])
        #expect(unchanged.stdout.contains("  No requirement changed status.\n"))
    }

    @Test func documentationShowsTheActualOutput() throws {
        let documentation = try String(contentsOf: packageRoot.appendingPathComponent("docs/revisions.md"), encoding: .utf8)
        let arguments = ["plans/examplia/plan.yaml", "Tests/NaptrackRevisionsTests/Fixtures/examplia-rev2.yaml", "--as-of",
            "2026-10-15"]
        let command = "$ naptrack diff " + arguments.joined(separator: " ") + "\n"
        let start = try #require(documentation.range(of: command), "docs/revisions.md lost its example")
        let end = try #require(documentation.range(of: "```\n", range: start.upperBound..<documentation.endIndex))
        let finished = try runNaptrack(["diff"] + arguments)
        #expect(String(documentation[start.upperBound..<end.lowerBound]) == finished.stdout,
            "docs/revisions.md shows output the tool no longer prints; paste the current output")
    }

    @Test func standardsAndConfigurationOptions() throws {
        let unknown = try runNaptrack(["diff", oldPlan, newPlan, "--standard", "plan-qualty"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("error: unknown standard 'plan-qualty'; did you mean 'plan-quality'?"))
        #expect(unknown.stdout.isEmpty)
        let configuration = packageRoot.appendingPathComponent("plans/naptrack.yaml").path
        let configured = try runNaptrack(["diff", oldPlan, newPlan, "--config", configuration, "--as-of", "2026-06-30"])
        #expect(configured.status == 0, "\(configured.stderr)")
        let wrongConfiguration = try runNaptrack(["diff", oldPlan, newPlan, "--config", oldPlan])
        #expect(wrongConfiguration.status == 2)
        #expect(wrongConfiguration.stderr.contains("error: not a configuration file [document]"))
    }

    @Test func planWithErrorsIsComparedAndFails() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let text = try String(contentsOfFile: newPlan, encoding: .utf8)
            .replacingOccurrences(of: "lead: ombuds\n", with: "lead: ombudsman\n")
        try directory.write(text, to: "broken.yaml")
        let finished = try runNaptrack(["diff", oldPlan, directory.root.appendingPathComponent("broken.yaml").path])
        #expect(finished.status == 1)
        #expect(finished.stderr.contains("error: activity 'O5.3' lead names 'ombudsman', which is not an agency of the plan"))
        #expect(finished.stdout.contains("      lead: nat-coord → ombudsman\n"))
        let tolerant = try runNaptrack(["diff", oldPlan, directory.root.appendingPathComponent("broken.yaml").path,
            "--fail-on", "never"])
        #expect(tolerant.status == 0)
    }

    @Test func textconvListsOnePlan() throws {
        let finished = try runNaptrack(["diff", "--textconv", oldPlan])
        #expect(finished.status == 0)
        #expect(finished.stdout.hasPrefix("plan ex-nap-2026\n  title: National Action Plan"))
        #expect(finished.stdout.contains("\nactivity O1.4\n  title: Research on demand"))
        let progress = packageRoot.appendingPathComponent("plans/examplia/progress/2026-06-30.yaml").path
        let passedThrough = try runNaptrack(["diff", "--textconv", progress])
        #expect(passedThrough.status == 0)
        #expect(passedThrough.stdout == (try String(contentsOfFile: progress, encoding: .utf8)))
    }

    @Test func gitDiffShowsSubstanceThroughTextconv() throws {
        let repository = try Scratch.exampliaHistory()
        defer { repository.remove() }
        try repository.write("plans/**/plan.yaml diff=naptrack\n", to: ".gitattributes")
        try repository.git("config", "diff.naptrack.textconv", "'\(try naptrackBinary().path)' diff --textconv")
        try repository.git("config", "diff.naptrack.xfuncname", "^((plan|agency|objective|activity) .*|framework)$")
        let diff = try repository.git("diff", "HEAD~1", "HEAD", "--", "plans/examplia/plan.yaml").stdout
        #expect(diff.contains("@@ activity O1.4\n"))
        #expect(diff.contains("\n-  due: 2027-08-31\n+  due: 2027-12-31\n"))
        #expect(diff.contains("\n-  reflection_period.days: 30\n+  reflection_period.days: 90\n"))
        #expect(diff.contains("\n-  lead: nat-coord\n-  partners: ombuds, round-table, survivors-council\n"
            + "+  lead: ombuds\n+  partners: nat-coord, round-table, survivors-council\n"))
        #expect(!diff.contains("budget.sources[iom-ex]"), "reordered funding sources of O1.2 show no change")
    }

    @Test func gitDifftoolRunsTheComparison() throws {
        let repository = try Scratch.exampliaHistory()
        defer { repository.remove() }
        let oneOff = try repository.git("difftool", "--no-prompt", "-x", "'\(try naptrackBinary().path)' diff", "HEAD~1", "HEAD")
        #expect(oneOff.stdout.contains("  Activities: 30 → 30 (1 added, 1 removed, 9 changed, 1 of them moved)\n"))
        try repository.git("config", "difftool.naptrack.cmd", "'\(try naptrackBinary().path)' diff \"$LOCAL\" \"$REMOTE\"")
        let configured = try repository.git("difftool", "--no-prompt", "--tool=naptrack", "HEAD~1", "HEAD", "--",
            "plans/examplia/plan.yaml")
        #expect(configured.stdout.contains("  Deadlines: 3 activities due later by 487 days in total"))
    }
}
