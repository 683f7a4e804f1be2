import Foundation
import Testing

/// A throwaway folder holding a small plan, for command-line runs that must not touch the examples.
struct ProgressWorkspace {
    let root: URL

    static let plan = """
        naptrack: 1
        plan:
          id: cli
          title: Command-line test plan
          jurisdiction: EX
          period: {start: 2026-01-01, end: 2026-12-31}
          currency: EUR
        agencies:
          - {id: a, name: Agency A, type: government}
          - {id: b, name: Agency B, type: ngo}
        objectives:
          - id: O1
            title: One
            activities:
              - id: A1
                title: First
                lead: a
                start: 2026-01-01
                due: 2026-04-30
                budget: {amount: 1000, sources: [{funder: state, amount: 600, status: committed}]}
                milestones: [{id: A1-m1, title: Halfway, due: 2026-07-15}]
              - id: A2
                title: Second
                lead: b
                start: 2026-01-01
                due: 2026-12-31
                budget: {amount: 3000}
        """

    init(configuration: String? = nil, progress: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("naptrack-cli-\(UUID().uuidString)")
        try write(Self.plan, to: "plans/cli/plan.yaml")
        if let configuration { try write(configuration, to: "plans/naptrack.yaml") }
        for (name, text) in progress { try write(text, to: "plans/cli/progress/\(name)") }
    }

    func write(_ text: String, to relative: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(relative).path).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// Every file under the folder with its bytes.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            files[relative] = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) ?? Data()
        }
        return files
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func run(_ arguments: [String]) throws -> NaptrackRun { try runNaptrack(arguments, in: root) }
}

/// The JSON object of a run's standard output.
func progressJSON(_ run: NaptrackRun) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run)")
}

/// The items of the first plan in a progress JSON document, by id.
func progressItems(_ run: NaptrackRun) throws -> [String: [String: Any]] {
    let plans = try #require(try progressJSON(run)["plans"] as? [[String: Any]])
    let plan = try #require(plans.first { $0["id"] as? String == "ex-nap-2026" } ?? plans.first)
    let items = try #require(plan["items"] as? [[String: Any]])
    return Dictionary(items.compactMap { item in (item["id"] as? String).map { ($0, item) } }, uniquingKeysWith: { a, _ in a })
}

/// `naptrack progress` and `naptrack due` on the examples and on small plans.
struct ProgressCommandTests {
    @Test func theExamplesGiveTheSameAnswerOnEveryRun() throws {
        for format in ["json", "text", "csv", "markdown"] {
            let first = try runNaptrack(["progress", "plans", "--as-of", "2026-06-30", "--format", format])
            let second = try runNaptrack(["progress", "plans", "--as-of", "2026-06-30", "--format", format])
            #expect(first.status == 0, "\(first)")
            #expect(!first.stdout.isEmpty)
            #expect(first.stdout == second.stdout)
        }
    }

    @Test func theExamplesGiveDifferentAnswersForDifferentDates() throws {
        let march = try progressItems(try runNaptrack(["progress", "plans", "--as-of", "2026-03-31", "--format", "json"]))
        let june = try progressItems(try runNaptrack(["progress", "plans", "--as-of", "2026-06-30", "--format", "json"]))
        let september = try progressItems(try runNaptrack(["progress", "plans", "--as-of", "2026-09-30", "--format", "json"]))
        // The referral SOP was adopted in June; the age-assessment protocol in September.
        #expect(march["O2.1.1"]?["status"] as? String == "in-progress")
        #expect(march["O2.1.1"]?["percent"] as? Int == 50)
        #expect(june["O2.1.1"]?["status"] as? String == "completed")
        #expect(june["O2.3.3"]?["status"] as? String == "in-progress")
        #expect(september["O2.3.3"]?["status"] as? String == "completed")
        // Reported spend grows with each quarter.
        #expect(march["O1.1"]?["spent"] as? Int == 28000)
        #expect(june["O1.1"]?["spent"] as? Int == 61000)
        #expect(september["O1.1"]?["spent"] as? Int == 92000)
    }

    @Test func healthAndMoneyFollowTheDate() throws {
        let workspace = try ProgressWorkspace(progress: [
            "q1.yaml": """
                naptrack: 1
                progress: {plan: cli, as_of: 2026-03-31}
                updates:
                  - {activity: A1, status: in-progress, percent: 50, spent: 400}
                """,
        ])
        defer { workspace.remove() }
        let april = try progressItems(try workspace.run(["progress", "--as-of", "2026-04-30", "--format", "json"]))
        #expect(april["A1"]?["health"] as? [String] == ["behind"])
        #expect(april["A2"]?["health"] as? [String] == ["late", "behind"])
        let may = try workspace.run(["progress", "--as-of", "2026-05-01", "--format", "json"])
        #expect(try progressItems(may)["A1"]?["health"] as? [String] == ["overdue", "behind"])
        let plan = try #require((try progressJSON(may)["plans"] as? [[String: Any]])?.first)
        let budget = try #require(plan["budget"] as? [String: Any])
        #expect(budget["planned"] as? Int == 4000 && budget["committed"] as? Int == 600 && budget["gap"] as? Int == 3400)
        #expect(budget["spent"] as? Int == 400)
        let text = try workspace.run(["progress", "--as-of", "2026-05-01"])
        #expect(text.lines.contains("  As of 2026-05-01: 0 of 2 activities completed, 2 late (overdue or not started on time), "
            + "0 at risk (behind schedule); budget 10% executed (EUR 400 of 4,000); funding gap EUR 3,400."))
    }

    @Test func theConfigurationChoosesTheRollupAndTheBehindPoints() throws {
        let progress = [
            "q1.yaml": """
                naptrack: 1
                progress: {plan: cli, as_of: 2026-03-31}
                updates:
                  - {activity: A1, percent: 80}
                  - {activity: A2, percent: 20}
                """,
        ]
        let weighted = try ProgressWorkspace(progress: progress)
        defer { weighted.remove() }
        let equal = try ProgressWorkspace(
            configuration: "naptrack: 1\ntracking: {rollup: equal}\nthresholds: {plan-quality:behind_points: 40}\n",
            progress: progress)
        defer { equal.remove() }
        func rollup(_ workspace: ProgressWorkspace) throws -> [String: Any] {
            let run = try workspace.run(["progress", "--as-of", "2026-03-31", "--format", "json"])
            let plan = try #require((try progressJSON(run)["plans"] as? [[String: Any]])?.first)
            return try #require(plan["rollup"] as? [String: Any])
        }
        #expect(try rollup(weighted)["method"] as? String == "budget-weighted")
        #expect(try rollup(weighted)["percent"] as? Int == 35)
        #expect(try rollup(equal)["method"] as? String == "equal")
        #expect(try rollup(equal)["percent"] as? Int == 50)
        let text = try equal.run(["progress", "--as-of", "2026-03-31"])
        #expect(text.stdout.contains("every activity counting the same (roll-up method equal)"))
        #expect(text.stdout.contains("more than 40 points below"))
    }

    @Test func problemsInTheInputGoToStandardErrorAndSetTheExitStatus() throws {
        let workspace = try ProgressWorkspace(progress: [
            "bad.yaml": "naptrack: 1\nprogress: {plan: cli, as_of: 2026-03-31}\nupdates:\n  - {activity: A9, percent: 5}\n",
        ])
        defer { workspace.remove() }
        let run = try workspace.run(["progress", "--as-of", "2026-03-31", "--format", "json"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("plans/cli/progress/bad.yaml:4:16: error: update names activity 'A9'"))
        #expect(try progressJSON(run)["as_of"] as? String == "2026-03-31")
        #expect(try workspace.run(["progress", "--as-of", "2026-03-31", "--fail-on", "never"]).status == 0)
        #expect(try runNaptrack(["progress", "no-such-folder"]).status == 2)
    }

    @Test func dueListsWhatFallsDueByAgency() throws {
        let workspace = try ProgressWorkspace()
        defer { workspace.remove() }
        let run = try workspace.run(["due", "--within", "30", "--as-of", "2026-06-20", "--format", "json"])
        #expect(run.status == 0, "\(run)")
        let agencies = try #require(try progressJSON(run)["agencies"] as? [[String: Any]])
        #expect(agencies.map { $0["id"] as? String } == ["a"])
        let items = try #require(agencies.first?["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["A1", "A1-m1"])
        #expect(items.map { $0["days_left"] as? Int } == [-51, 25])
        #expect(items.first?["overdue"] as? Bool == true)
        let filtered = try workspace.run(["due", "--within", "365", "--as-of", "2026-06-20", "--agency", "b"])
        #expect(filtered.stdout.contains("b: Agency B") && !filtered.stdout.contains("A1-m1"))
        let csv = try workspace.run(["due", "--as-of", "2026-06-20", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("as_of,agency,plan,kind,id,title,activity,due,days_left,status\r\n"))
    }
}
