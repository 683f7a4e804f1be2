import Foundation
import Testing

/// `naptrack check` end to end: the built binary on the example plans and on small workspaces.
@Suite struct CheckCommandTests {
    static let costed = """
          - id: O1
            title: Prevention
            area: prevention
            activities:
              - {id: A1, title: Campaign, lead: coord, start: 2026-01-01, due: 2026-12-31,
                 budget: {amount: 100, sources: [{funder: state, amount: 100, status: committed}]},
                 indicators: [{id: i1, name: People reached, target: 10}]}
        """

    @Test func checksTheExamplesWithPlanQualityAndLocatesEveryFinding() throws {
        let run = try runNaptrack(["check", "plans", "--standard", "plan-quality", "--as-of", "2026-06-30", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try run.json()
        #expect(json["as_of"] as? String == "2026-06-30")
        let plans = try #require(json["plans"] as? [[String: Any]])
        #expect(plans.map { $0["id"] as? String } == ["ex-nap-2026", "br-pe-programa-2025"])
        for plan in plans {
            let standards = try #require(plan["standards"] as? [[String: Any]])
            let planQuality = try #require(standards.first { $0["id"] as? String == "plan-quality" })
            #expect(planQuality["score"] is Double)
            let requirements = try #require(planQuality["requirements"] as? [[String: Any]])
            #expect(requirements.count == 15)
            for requirement in requirements {
                for key in ["id", "reference", "status", "activities", "evidence"] { #expect(requirement[key] != nil, "\(key)") }
            }
        }
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "plan-quality:funding-source" })
        for finding in findings {
            let file = try #require(finding["file"] as? String)
            #expect(FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent(file).path))
            #expect((finding["line"] as? Int ?? 0) >= 1 && (finding["column"] as? Int ?? 0) >= 1, "\(finding)")
        }
    }

    @Test func textLeadsWithTheSummaryOfEachPlan() throws {
        let run = try runNaptrack(["check", "plans", "--standard", "plan-quality", "--as-of", "2026-06-30"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Compliance as of 2026-06-30")
        let headline = try #require(lines.firstIndex { $0.hasPrefix("  plan-quality ") && $0.contains(" score ") })
        let findings = try #require(lines.firstIndex(of: "Findings"))
        #expect(headline < 5 && headline < findings)
        let standards = Set(lines.compactMap { $0.hasPrefix("  ") && $0.contains(" score ") ? $0.split(separator: " ").first : nil })
        #expect(lines.last?.hasPrefix("8 files, 2 plans, \(standards.count) standard") == true)
        #expect(lines.last?.contains(": 0 errors") == true)
    }

    @Test func exitStatusFollowsTheFailureThreshold() throws {
        let uncosted = Self.costed.replacingOccurrences(of: "budget: {amount: 100, sources: [{funder: state, amount: 100, status: committed}]},", with: "")
        let failing = try CheckCLI.workspace(["plan.yaml": CheckCLI.plan(objectives: uncosted)])
        defer { try? FileManager.default.removeItem(at: failing) }
        let error = try runNaptrack(["check", "plan.yaml", "--as-of", "2026-06-30"], in: failing)
        #expect(error.status == 1)
        #expect(error.stdout.contains("plan.yaml:18:9: error: Every activity has an estimated cost: activity 'A1' has no budget"))
        #expect(try runNaptrack(["check", "plan.yaml", "--fail-on", "never"], in: failing).status == 0)

        let warningsOnly = try CheckCLI.workspace(["plan.yaml": CheckCLI.plan(objectives: Self.costed)])
        defer { try? FileManager.default.removeItem(at: warningsOnly) }
        #expect(try runNaptrack(["check", "plan.yaml"], in: warningsOnly).status == 0)
        #expect(try runNaptrack(["check", "plan.yaml", "--fail-on", "warning"], in: warningsOnly).status == 1)
    }

    @Test func validationErrorsCountTowardsTheExitStatus() throws {
        let dangling = Self.costed.replacingOccurrences(of: "lead: coord", with: "lead: ministry")
        let directory = try CheckCLI.workspace(["plan.yaml": CheckCLI.plan(objectives: dangling)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try runNaptrack(["check", "plan.yaml", "--format", "json"], in: directory)
        #expect(run.status == 1)
        let rules = (try run.json()["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
        #expect(rules.contains("reference"))
        #expect(rules.contains("plan-quality:lead"))
    }

    @Test func unreadableInputAndUnknownStandardsExitWithTwo() throws {
        let unknown = try runNaptrack(["check", "plans", "--standard", "plan-qualty"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown standard 'plan-qualty'; did you mean 'plan-quality'?"))
        #expect(unknown.stdout.isEmpty)
        let missing = try runNaptrack(["check", "no/such/dir"])
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("no/such/dir: error: no such file or directory [document]"))
        let directory = try CheckCLI.workspace(["notes.yaml": "title: not a plan\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try runNaptrack(["check", "notes.yaml"], in: directory).status == 2)
    }

    @Test func standardFlagOverridesThePlansList() throws {
        let directory = try CheckCLI.workspace(["plan.yaml": CheckCLI.plan(header: "  standards: [un-protocol]", objectives: Self.costed)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let planList = try runNaptrack(["check", "plan.yaml", "--format", "json"], in: directory)
        let planJSON = try planList.json()
        let standards = ((planJSON["plans"] as? [[String: Any]])?.first?["standards"] as? [[String: Any]]) ?? []
        #expect(standards.isEmpty)
        #expect(planList.stdout.contains("asks for standard 'un-protocol', which this build of naptrack does not include"))

        let flagged = try runNaptrack(["check", "plan.yaml", "--standard", "plan-quality", "--format", "json"], in: directory)
        let ids = ((try flagged.json()["plans"] as? [[String: Any]])?.first?["standards"] as? [[String: Any]])?
            .compactMap { $0["id"] as? String }
        #expect(ids == ["plan-quality"])
        #expect(!flagged.stdout.contains("un-protocol"))
    }

    @Test func waiversApplyExpireAndAreAuditedInEveryFormat() throws {
        let configuration = """
            naptrack: 1
            waivers:
              - {requirement: plan-quality:pillars, plan: cli-plan, reason: Prosecution chapter in the 2027 revision, approved_by: round-table, expires: 2026-12-31}
              - {requirement: plan-quality:forms, reason: Old decision, approved_by: round-table, expires: 2026-01-31}
              - {requirement: plan-quality:cost, reason: Nothing to waive, approved_by: round-table, expires: 2027-01-31}
              - {requirement: plan-quality:helth, reason: Misspelt, approved_by: round-table, expires: 2027-01-31}
            """
        let directory = try CheckCLI.workspace(["plan.yaml": CheckCLI.plan(objectives: Self.costed),
            "naptrack.yaml": configuration])
        defer { try? FileManager.default.removeItem(at: directory) }

        let text = try runNaptrack(["check", ".", "--as-of", "2026-06-30"], in: directory)
        #expect(text.stdout.contains("waived          plan-quality:pillars"))
        #expect(text.stdout.contains("waived until 2026-12-31 by round-table: Prosecution chapter in the 2027 revision"))
        #expect(text.stdout.contains("./naptrack.yaml:4:5: warning: the waiver for 'plan-quality:forms' expired on 2026-01-31"))
        #expect(text.stdout.contains("./naptrack.yaml:5:5: note: the waiver for 'plan-quality:cost' is no longer needed"))
        #expect(text.stdout.contains("./naptrack.yaml:6:5: warning: a waiver names 'plan-quality:helth', which standard 'plan-quality' does not define; did you mean 'plan-quality:health'?"))

        let json = try runNaptrack(["check", ".", "--as-of", "2026-06-30", "--format", "json"], in: directory).json()
        let requirements = (((json["plans"] as? [[String: Any]])?.first?["standards"] as? [[String: Any]])?.first?["requirements"]
            as? [[String: Any]]) ?? []
        let pillars = try #require(requirements.first { $0["id"] as? String == "plan-quality:pillars" })
        #expect(pillars["status"] as? String == "waived")
        #expect((pillars["waiver"] as? [String: Any])?["approved_by"] as? String == "round-table")
        let audit = (json["waiver_audit"] as? [[String: Any]])?.compactMap { $0["rule"] as? String }
        #expect(audit == ["waiver-expired", "waiver-unused", "waiver-unused"])

        let markdown = try runNaptrack(["check", ".", "--as-of", "2026-06-30", "--format", "markdown"], in: directory)
        #expect(markdown.stdout.contains("| `plan-quality:pillars` |"))
        #expect(markdown.stdout.contains("| waived |"))
        #expect(markdown.stdout.contains("### Waiver audit"))

        let sarif = try runNaptrack(["check", ".", "--as-of", "2026-06-30", "--format", "sarif"], in: directory)
        #expect(sarif.stdout.contains("\"justification\" : \"Prosecution chapter in the 2027 revision\""))
        #expect(sarif.stdout.contains("\"ruleId\" : \"naptrack/waiver-expired\""))

        let later = try runNaptrack(["check", ".", "--as-of", "2027-01-01", "--format", "json"], in: directory).json()
        let laterStatus = ((((later["plans"] as? [[String: Any]])?.first?["standards"] as? [[String: Any]])?.first?["requirements"]
            as? [[String: Any]]) ?? []).first { $0["id"] as? String == "plan-quality:pillars" }?["status"] as? String
        #expect(laterStatus == "not-met")
    }

    @Test func severityOverridesComeFromTheConfiguration() throws {
        let configuration = "naptrack: 1\nseverity:\n  plan-quality:pillars: error\n  plan-quality:funding-gap: off\n"
        let pledged = Self.costed.replacingOccurrences(of: "status: committed", with: "status: pledged")
        let directory = try CheckCLI.workspace(["plan.yaml": CheckCLI.plan(objectives: pledged),
            "naptrack.yaml": configuration])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try runNaptrack(["check", ".", "--as-of", "2026-06-30"], in: directory)
        #expect(run.status == 1)
        #expect(run.stdout.contains("error: The objectives cover prevention, protection, prosecution and partnership"))
        #expect(run.stdout.contains("not-met         plan-quality:funding-gap      Committed funding covers the planned cost of each objective; turned off in the configuration"))
        #expect(!run.stdout.contains("[plan-quality:funding-gap]"))
    }
}
