import NaptrackCore
import Testing

/// The same key twice in a mapping, and the same id twice within its kind.
@Suite struct DuplicateTests {
    // MARK: Keys

    @Test func aDuplicateKeyIsReportedAtTheSecondAndNamesTheFirst() throws {
        let yaml = Sample.plan(activity: "title: Night hotline")
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == ["20:9 error [duplicate-key] objectives[0].activities[0].title"])
        #expect(try #require(diagnostics.first).message
            == "duplicate key 'title'; it was first written at line 16, column 9, and this second value is ignored")
        #expect(try loadPlan(yaml).activities.first?.title == "Hotline")
    }

    @Test func duplicateKeysInFlowMappingsAndAtTheTop() {
        let yaml = Sample.header + "framework:\n  scope: {children: true, children: false}\nframework: {}\n"
        #expect(diagnose(yaml).briefs == [
            "12:27 error [duplicate-key] framework.scope.children",
            "13:1 error [duplicate-key] framework",
        ])
    }

    @Test func theSameKeyInDifferentMappingsIsNoDuplicate() {
        let yaml = Sample.header + "framework:\n  return: {voluntary: true}\n  children: {return: {voluntary_only: true}}\n"
        #expect(diagnose(yaml).isEmpty)
    }

    // MARK: Ids

    @Test func duplicateAgencyIds() throws {
        let diagnostics = diagnose(Sample.header + "  - {id: coord, name: Coordination Office}\n")
        #expect(diagnostics.briefs == ["11:10 error [duplicate-id] agencies[2].id"])
        #expect(try #require(diagnostics.first).message == "duplicate agency id 'coord'; it was first used at line 9, column 10")
    }

    @Test func duplicateObjectiveIdsAcrossTheTree() throws {
        let yaml = Sample.plan() + """
                objectives:
                  - id: O1
                    title: Nested, but the same id
            """
        let diagnostics = diagnose(yaml + "\n")
        #expect(diagnostics.briefs == ["21:13 error [duplicate-id] objectives[0].objectives[0].id"])
        #expect(try #require(diagnostics.first).message == "duplicate objective id 'O1'; it was first used at line 12, column 9")
    }

    @Test func duplicateActivityIdsAcrossObjectives() throws {
        let yaml = Sample.plan() + """
              - id: O2
                title: Protection
                activities:
                  - {id: A1, title: Shelter, lead: ngo, start: 2026-01-01, due: 2026-12-31}

            """
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == ["23:14 error [duplicate-id] objectives[1].activities[0].id"])
        #expect(try #require(diagnostics.first).message == "duplicate activity id 'A1'; it was first used at line 15, column 13")
    }

    @Test func duplicateMilestoneIdsAcrossActivities() throws {
        let yaml = Sample.plan(activity: "milestones: [{id: m1, title: Open, due: 2026-04-01}]") + """
                  - id: A2
                    title: Training
                    lead: coord
                    start: 2026-03-01
                    due: 2026-09-30
                    milestones:
                      - {id: m1, title: Trained, due: 2026-05-01}

            """
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == ["27:18 error [duplicate-id] objectives[0].activities[1].milestones[0].id"])
        #expect(try #require(diagnostics.first).message == "duplicate milestone id 'm1'; it was first used at line 20, column 27")
    }

    @Test func indicatorIdsAreUniqueWithinTheirActivity() throws {
        let yaml = Sample.plan(activity: """
            indicators:
              - {id: calls, name: Calls answered}
              - {id: calls, name: Calls returned}
            """)
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == ["22:18 error [duplicate-id] objectives[0].activities[0].indicators[1].id"])
        #expect(try #require(diagnostics.first).message
            == "duplicate indicator id 'calls' in activity 'A1'; it was first used at line 21, column 18")
    }

    @Test func theSameIndicatorIdInTwoActivitiesIsFine() {
        let yaml = Sample.plan(activity: "indicators: [{id: calls, name: Calls}]") + """
                  - id: A2
                    title: Second line
                    lead: coord
                    start: 2026-03-01
                    due: 2026-09-30
                    indicators: [{id: calls, name: Calls}]

            """
        #expect(diagnose(yaml).isEmpty)
    }
}
