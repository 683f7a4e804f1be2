import NaptrackCore
import Testing

/// Keys the format requires: each missing one is an error at the mapping that lacks it.
@Suite struct RequiredKeyTests {
    @Test func thePlanHeaderNeedsItsFiveKeys() {
        let diagnostics = diagnose("naptrack: 1\nplan:\n  level: national\n")
        #expect(diagnostics.briefs == Array(repeating: "3:3 error [required] plan", count: 5))
        #expect(diagnostics.map(\.message) == [
            "the plan has no 'currency'", "the plan has no 'id'", "the plan has no 'jurisdiction'",
            "the plan has no 'period'", "the plan has no 'title'",
        ])
    }

    @Test func anEmptyPlanHeaderIsMissing() throws {
        let (document, diagnostics) = loadDocument("naptrack: 1\nplan:\nagencies: []\n")
        #expect(document == nil)
        #expect(diagnostics.briefs == ["2:6 error [required] plan"])
        #expect(try #require(diagnostics.first).message
            == "the plan header is missing: give 'plan:' an id, title, jurisdiction, period and currency")
    }

    @Test func aPeriodNeedsStartAndEnd() throws {
        let diagnostics = diagnose(Sample.plan().replacingOccurrences(of: ", end: 2027-12-31", with: ""))
        #expect(diagnostics.briefs == ["6:11 error [required] plan.period"])
        #expect(try #require(diagnostics.first).message == "the period needs both 'start' and 'end'")
    }

    @Test func anActivityNeedsATitleLeadStartAndDue() throws {
        let yaml = Sample.header + "objectives:\n  - id: O1\n    title: Prevention\n    activities:\n      - id: A1\n"
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == Array(repeating: "15:9 error [required] objectives[0].activities[0]", count: 4))
        #expect(diagnostics.map(\.message) == [
            "activity 'A1' has no 'due'", "activity 'A1' has no 'lead'", "activity 'A1' has no 'start'",
            "activity 'A1' has no 'title'",
        ])
    }

    @Test func itemsWithoutAnIdAreReportedAndLeftOut() throws {
        let yaml = Sample.header + """
            objectives:
              - title: No id
              - id: O2
                title: Protection
                activities:
                  - {title: No id either, lead: coord, start: 2026-01-01, due: 2026-02-01}

            """
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == [
            "12:5 error [required] objectives[0]",
            "16:9 error [required] objectives[1].activities[0]",
        ])
        #expect(diagnostics.map(\.message) == ["the objective has no 'id'", "the activity has no 'id'"])
        let plan = try loadPlan(yaml)
        #expect(plan.allObjectives.map(\.id) == ["O2"])
        #expect(plan.activities.isEmpty)
    }

    @Test func objectivesAgenciesIndicatorsMilestonesAndSourcesNeedTheirKeys() {
        let yaml = Sample.header + """
              - {id: panel}
              - {name: Nameless}
            objectives:
              - id: O1
                activities:
                  - id: A1
                    title: Hotline
                    lead: coord
                    start: 2026-03-01
                    due: 2026-09-30
                    budget: {amount: 10, sources: [{funder: eu}, {amount: 5}]}
                    indicators: [{id: calls}, {name: Calls}]
                    milestones: [{id: m1, title: Open}, {title: Closed, due: 2026-05-01}]

            """
        #expect(diagnose(yaml).map { "\($0.brief): \($0.message)" } == [
            "11:5 error [required] agencies[2]: agency 'panel' has no 'name'",
            "12:5 error [required] agencies[3]: the agency has no 'id'",
            "14:5 error [required] objectives[0]: objective 'O1' has no 'title'",
            "21:40 error [required] objectives[0].activities[0].budget.sources[0]: the funding source has no 'amount'",
            "21:54 error [required] objectives[0].activities[0].budget.sources[1]: the funding source has no 'funder'",
            "22:22 error [required] objectives[0].activities[0].indicators[0]: indicator 'calls' has no 'name'",
            "22:35 error [required] objectives[0].activities[0].indicators[1]: the indicator has no 'id'",
            "23:22 error [required] objectives[0].activities[0].milestones[0]: milestone 'm1' has no 'due' date",
            "23:45 error [required] objectives[0].activities[0].milestones[1]: the milestone has no 'id'",
        ])
    }

    @Test func aProgressFileNeedsItsPlanAndDate() throws {
        let diagnostics = loadDocument("naptrack: 1\nprogress:\n  reported_by: coord\nupdates:\n  - status: completed\n",
            file: "progress.yaml").diagnostics
        #expect(diagnostics.map { "\($0.brief): \($0.message)" } == [
            "3:3 error [required] progress: the progress header has no 'plan'",
            "3:3 error [required] progress: the progress header has no 'as_of'",
            "5:5 error [required] updates[0]: the update names no 'activity'",
        ])
        let empty = loadDocument("naptrack: 1\nprogress:\nupdates: []\n", file: "progress.yaml").diagnostics
        #expect(empty.briefs == ["2:10 error [required] progress"])
    }

    @Test func aWaiverNeedsAReasonAnApproverAndAnExpiryDate() throws {
        let diagnostics = loadDocument("naptrack: 1\nwaivers:\n  - requirement: coe-cathb:art15.4\n", file: "naptrack.yaml")
            .diagnostics
        #expect(diagnostics.briefs == Array(repeating: "3:5 error [required] waivers[0]", count: 3))
        #expect(diagnostics.map { $0.message.prefix(22) } == ["a waiver needs 'reason", "a waiver needs 'approv", "a waiver needs 'expire"])
    }
}
