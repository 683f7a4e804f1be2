import Foundation
import NaptrackCore
import NaptrackProgress
import NaptrackReports
import Testing

/// Rendering progress: the contract's JSON keys, CSV quoting, and the roll-up method in every format.
struct ProgressRendererTests {
    static let planText = """
        naptrack: 1
        plan:
          id: ex
          title: Example plan
          jurisdiction: EX
          period: {start: 2026-01-01, end: 2026-12-31}
          currency: EUR
        agencies:
          - {id: a, name: "Agency A, national", type: government}
        objectives:
          - id: O1
            title: Prevention
            activities:
              - id: A1
                title: Hotline, "24/7"
                lead: a
                start: 2026-01-01
                due: 2026-03-31
                budget: {amount: 1000, sources: [{funder: state, amount: 400, status: committed}]}
              - id: A2
                title: Campaign | phase 1
                lead: a
                start: 2026-01-01
                due: 2026-12-31
                budget: {amount: 3000}
        """

    static let reportText = """
        naptrack: 1
        progress: {plan: ex, as_of: 2026-06-30}
        updates:
          - {activity: A1, status: in-progress, percent: 50, spent: 1200, note: "Delayed, see minutes"}
          - {activity: A2, status: in-progress, percent: 10, spent: 100}
        """

    func progress(rollup: RollupMethod = .budgetWeighted) -> WorkspaceProgress {
        var workspace = Workspace()
        if case .plan(let plan)? = DocumentLoader().load(bytes: Array(Self.planText.utf8), file: "plan.yaml").document {
            workspace.plans = [plan]
        }
        if case .progress(let report)? = DocumentLoader().load(bytes: Array(Self.reportText.utf8), file: "p.yaml").document {
            workspace.progressReports = [report]
        }
        let settings = ProgressSettings(asOf: CalendarDate(iso: "2026-06-30") ?? CalendarDate(dayNumber: 0), rollup: rollup)
        return ProgressEvaluator(settings: settings).evaluate(workspace)
    }

    @Test func jsonHasTheContractShape() throws {
        let text = try ProgressRenderer.json(progress())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["as_of"] as? String == "2026-06-30")
        let plan = try #require((object["plans"] as? [[String: Any]])?.first)
        #expect(plan["id"] as? String == "ex")
        let activities = try #require(plan["activities"] as? [String: Int])
        for key in ["total", "not_started", "in_progress", "completed", "suspended", "cancelled", "overdue", "late", "behind"] {
            #expect(activities[key] != nil, "missing activities.\(key)")
        }
        #expect(activities["total"] == 2 && activities["overdue"] == 1 && activities["behind"] == 2)
        let budget = try #require(plan["budget"] as? [String: Any])
        #expect(budget["currency"] as? String == "EUR")
        #expect(budget["planned"] as? Int == 4000 && budget["committed"] as? Int == 400 && budget["gap"] as? Int == 3600)
        #expect(budget["spent"] as? Int == 1300 && budget["pledged"] as? Int == 0 && budget["requested"] as? Int == 0)
        let item = try #require((plan["items"] as? [[String: Any]])?.first)
        #expect(item["id"] as? String == "A1" && item["objective"] as? String == "O1" && item["lead"] as? String == "a")
        #expect(item["status"] as? String == "in-progress" && item["health"] as? [String] == ["overdue", "behind"])
        #expect(item["percent"] as? Int == 50 && item["planned"] as? Int == 1000 && item["spent"] as? Int == 1200)
        #expect(item["start"] as? String == "2026-01-01" && item["due"] as? String == "2026-03-31")
        let rollup = try #require(plan["rollup"] as? [String: Any])
        #expect(rollup["method"] as? String == "budget-weighted")
        #expect((rollup["explanation"] as? String)?.contains("weighted by each activity's planned budget") == true)
    }

    @Test func jsonAmountsAreExactDecimals() throws {
        let text = try ProgressRenderer.json(progress())
        #expect(text.contains("\"executed\" : 0.325"))
        #expect(!text.contains("0.32500000"))
    }

    @Test func everyFormatStatesTheRollupMethod() throws {
        for method in RollupMethod.allCases {
            let progress = progress(rollup: method)
            let explanation = method.explanation(currency: "EUR")
            #expect(ProgressRenderer.text(progress).contains(explanation))
            #expect(ProgressRenderer.markdown(progress).contains(explanation))
            #expect(ProgressRenderer.csv(progress).contains(explanation))
            #expect(ProgressRenderer.csv(progress).contains(",\(method.rawValue),"))
            #expect(try ProgressRenderer.json(progress).contains(explanation))
        }
    }

    @Test func textOpensWithTheHeadline() throws {
        let lines = ProgressRenderer.text(progress()).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Progress as of 2026-06-30")
        #expect(lines[2] == "Example plan (ex)")
        #expect(lines[3] == "  As of 2026-06-30: 0 of 2 activities completed, 1 late (overdue or not started on time), "
            + "1 at risk (behind schedule); budget 32.5% executed (EUR 1,300 of 4,000); funding gap EUR 3,600.")
        #expect(ProgressRenderer.text(progress()).contains("A1: spent EUR 1,200 against a budget of 1,000, 200 over"))
    }

    @Test func csvQuotesFieldsTheRFCWay() throws {
        let csv = ProgressRenderer.csv(progress())
        let records = csv.components(separatedBy: "\r\n")
        #expect(records.last == "")
        #expect(records[0].hasPrefix("plan,as_of,level,id,title,objective,lead,status,health,percent,planned"))
        let activity = try #require(records.first { $0.contains(",activity,A1,") })
        #expect(activity.contains(",\"Hotline, \"\"24/7\"\"\",O1,a,in-progress,overdue behind,50,1000,"))
        #expect(activity.hasSuffix(",\"Delayed, see minutes\""))
        let lead = try #require(records.first { $0.contains(",lead,a,") })
        #expect(lead.contains("\"Agency A, national\""))
        #expect(records.filter { !$0.isEmpty }.allSatisfy { fields(in: $0) == ProgressRendererTests.columns })
    }

    static let columns = 22

    /// The number of fields in an RFC 4180 record.
    func fields(in record: String) -> Int {
        var count = 1, quoted = false
        for character in record {
            if character == "\"" { quoted.toggle() } else if character == ",", !quoted { count += 1 }
        }
        return count
    }

    @Test func markdownEscapesPipesInCells() {
        #expect(ProgressRenderer.markdown(progress()).contains("| A2 Campaign \\| phase 1 | a |"))
        #expect(ProgressRenderer.markdown(progress()).contains("\n|---|---|---:|"))
    }
}
