import Foundation
import NaptrackCore
import Testing

/// Finding files, and what files say about each other: progress reports name a loaded plan and
/// only its activities, indicators and milestones; plan ids are unique across files.
@Suite struct WorkspaceTests {
    static let plan = Sample.plan(activity: """
        indicators: [{id: calls, name: Calls answered}]
        milestones: [{id: m1, title: Hotline open, due: 2026-04-01}]
        """)

    static let progress = """
        naptrack: 1
        progress:
          plan: ex
          as_of: 2026-06-30
          reported_by: coord
        updates:
          - activity: A1
            status: in-progress
            indicators: {calls: 120}
            milestones: {m1: 2026-03-28}

        """

    func load(_ files: [String: String]) throws -> (Workspace, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        for (name, text) in files { try directory.write(name, text) }
        return (WorkspaceLoader().load(paths: [directory.path]), directory)
    }

    @Test func aConsistentPlanAndProgressReportLoadCleanly() throws {
        let (workspace, directory) = try load(["plan.yaml": Self.plan, "progress/2026-06-30.yaml": Self.progress])
        #expect(workspace.diagnostics.isEmpty)
        #expect(workspace.plans.map(\.id) == ["ex"])
        #expect(workspace.progressReports.map(\.file) == [directory.path + "/progress/2026-06-30.yaml"])
        let plan = try #require(workspace.plans.first)
        #expect(workspace.progressReports(for: plan).count == 1)
    }

    @Test func aProgressFileForNoLoadedPlan() throws {
        let (workspace, directory) = try load([
            "plan.yaml": Self.plan,
            "progress.yaml": Self.progress.replacingOccurrences(of: "plan: ex", with: "plan: ex-2026"),
            "other.yaml": Self.progress.replacingOccurrences(of: "plan: ex", with: "plan: EX"),
        ])
        #expect(workspace.diagnostics.briefs == ["3:9 error [progress-plan] progress.plan", "3:9 error [progress-plan] progress.plan"])
        #expect(workspace.diagnostics.map(\.location.file) == [directory.path + "/other.yaml", directory.path + "/progress.yaml"])
        #expect(workspace.diagnostics.map(\.message) == [
            "progress file reports on plan 'EX', but no loaded plan has that id; did you mean 'ex'?",
            "progress file reports on plan 'ex-2026', but no loaded plan has that id",
        ])
    }

    @Test func progressReferencesToWhatThePlanDoesNotHave() throws {
        let progress = Self.progress
            .replacingOccurrences(of: "reported_by: coord", with: "reported_by: hotline")
            .replacingOccurrences(of: "{calls: 120}", with: "{calls: 120, visits: 4}")
            .replacingOccurrences(of: "{m1: 2026-03-28}", with: "{m2: 2026-03-28}")
            + "  - activity: A2\n  - activity: A1\n"
        let (workspace, _) = try load(["plan.yaml": Self.plan, "progress.yaml": progress])
        #expect(workspace.diagnostics.map { "\($0.brief): \($0.message)" } == [
            "5:16 error [reference] progress.reported_by: reported_by names 'hotline', which is not an agency of plan 'ex'",
            "9:30 error [reference] updates[0].indicators.visits: activity 'A1' has no indicator 'visits'",
            "10:18 error [reference] updates[0].milestones.m2: activity 'A1' has no milestone 'm2'",
            "11:15 error [reference] updates[1].activity: update names activity 'A2', which plan 'ex' does not have; did you mean 'A1'?",
            "12:15 error [duplicate-id] updates[2].activity: activity 'A1' is updated twice in this file (first at line 7)",
        ])
    }

    @Test func planIdsAreUniqueAcrossFiles() throws {
        let (workspace, directory) = try load(["a/plan.yaml": Self.plan, "b/plan.yaml": Self.plan])
        #expect(workspace.diagnostics.briefs == ["3:7 error [duplicate-id] plan.id"])
        let diagnostic = try #require(workspace.diagnostics.first)
        #expect(diagnostic.location.file == directory.path + "/b/plan.yaml")
        #expect(diagnostic.message == "plan id 'ex' is also used by \(directory.path)/a/plan.yaml; each plan needs its own id")
    }

    @Test func onlyOneConfigurationIsUsed() throws {
        let configuration = "naptrack: 1\nstandards: [plan-quality]\n"
        let (workspace, directory) = try load(["a/naptrack.yaml": configuration, "b/naptrack.yaml": configuration])
        #expect(workspace.configuration?.file == directory.path + "/a/naptrack.yaml")
        #expect(workspace.diagnostics.briefs == ["0:0 warning [document] "])
        #expect(workspace.diagnostics.first?.location.file == directory.path + "/b/naptrack.yaml")
    }

    @Test func theResultDoesNotDependOnTheOrderFilesFinishLoading() throws {
        var files: [String: String] = [:]
        for index in 0..<24 {
            files["plans/p\(index).yaml"] = Self.plan.replacingOccurrences(of: "id: ex", with: "id: ex-\(index)")
                .replacingOccurrences(of: "lead: coord", with: "lead: nobody")
        }
        let (first, _) = try load(files)
        #expect(first.diagnostics.count == 24)
        #expect(first.diagnostics == first.diagnostics.sorted())
        #expect(first.plans.map(\.id) == (0..<24).map { "ex-\($0)" }.sorted())
    }

    // MARK: Finding files

    @Test func directoriesAreSearchedRecursivelyInSortedOrder() throws {
        let directory = try TemporaryDirectory()
        for name in ["b.yaml", "a.yml", "sub/c.yaml", "sub/deeper/d.yml", "notes.txt", "README.md", "yaml", "sub/e.yaml.bak",
            ".hidden.yaml", ".git/config.yaml", "sub/.cache/f.yaml"]
        {
            try directory.write(name, "naptrack: 1\n")
        }
        try FileManager.default.createDirectory(atPath: directory.path + "/folder.yaml", withIntermediateDirectories: true)
        let (files, diagnostics) = WorkspaceLoader.files(in: [directory.path])
        #expect(diagnostics.isEmpty)
        #expect(files == ["a.yml", "b.yaml", "sub/c.yaml", "sub/deeper/d.yml"].map { directory.path + "/" + $0 })
    }

    @Test func namedFilesAreTakenAsGivenAndListedOnce() throws {
        let directory = try TemporaryDirectory()
        let plan = try directory.write("plan.yaml", Self.plan)
        let notes = try directory.write("notes.txt", "not yaml")
        let (files, diagnostics) = WorkspaceLoader.files(in: [notes, plan, directory.path + "/", plan])
        #expect(diagnostics.isEmpty)
        // The directory's plan.yaml is the file already named, so it is listed once.
        #expect(files == [notes, plan])
    }

    @Test func aMissingPathPreventsTheRun() throws {
        let (files, diagnostics) = WorkspaceLoader.files(in: ["/nonexistent/naptrack/plans"])
        #expect(files.isEmpty)
        #expect(diagnostics.briefs == ["0:0 error [document] "])
        #expect(diagnostics.first?.message == "no such file or directory")
        #expect(diagnostics.containsRunPreventingProblem)
        let workspace = WorkspaceLoader().load(paths: ["/nonexistent/naptrack/plans"])
        #expect(workspace.diagnostics.containsRunPreventingProblem)
        #expect(workspace.files.isEmpty)
    }
}
