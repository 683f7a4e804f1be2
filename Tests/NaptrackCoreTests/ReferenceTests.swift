import NaptrackCore
import Testing

/// References to agencies and requirements that the plan does not define.
@Suite struct ReferenceTests {
    @Test func anActivityLeadAndPartnersMustBeAgencies() throws {
        let yaml = Sample.plan(activity: "partners: [ngo, red-cross]").replacingOccurrences(of: "lead: coord", with: "lead: cord")
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == [
            "17:15 error [reference] objectives[0].activities[0].lead",
            "20:25 error [reference] objectives[0].activities[0].partners[1]",
        ])
        #expect(diagnostics.map(\.message) == [
            "activity 'A1' lead names 'cord', which is not an agency of the plan; did you mean 'coord'?",
            "activity 'A1' partner names 'red-cross', which is not an agency of the plan",
        ])
    }

    @Test func theCoordinatorAndTheReviewBodyMustBeAgencies() {
        let yaml = Sample.plan().replacingOccurrences(
            of: "currency: EUR", with: "currency: EUR\n  coordinator: nat-coord\n  review: {body: round-table, every_months: 6}")
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == ["8:16 error [reference] plan.coordinator", "9:18 error [reference] plan.review.body"])
        #expect(diagnostics.map(\.message) == [
            "the plan's coordinator names 'nat-coord', which is not an agency of the plan",
            "the review body names 'round-table', which is not an agency of the plan",
        ])
        let fixed = yaml.replacingOccurrences(of: "nat-coord", with: "coord").replacingOccurrences(of: "round-table", with: "coord")
        #expect(diagnose(fixed).isEmpty)
    }

    @Test func membersOfAnAgencyMustBeAgencies() throws {
        let diagnostics = diagnose(Sample.header + "  - {id: panel, name: Round table, members: [coord, ngo, min-labour]}\n")
        #expect(diagnostics.briefs == ["11:58 error [reference] agencies[2].members[2]"])
        #expect(try #require(diagnostics.first).message
            == "agency 'panel' has a member that names 'min-labour', which is not an agency of the plan")
    }

    @Test func agencyFactsOfTheFrameworkMustBeAgencies() {
        let yaml = Sample.header + """
            framework:
              referral: {sop: true, focal_point: hotline}
              cooperation_agreements:
                - {parties: [coord, la-strada], kind: mou}
              coordination:
                coordinator: {agency: coord}
                working_groups: [{topic: children, lead: childrens-office}]
              assistance: {ngo_providers: [ngo, casa-aperta]}

            """
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == [
            "12:38 error [reference] framework.referral.focal_point",
            "14:25 error [reference] framework.cooperation_agreements[0].parties[1]",
            "17:46 error [reference] framework.coordination.working_groups[0].lead",
            "18:37 error [reference] framework.assistance.ngo_providers[1]",
        ])
        #expect(diagnostics.first?.message == "framework fact 'referral.focal_point' names 'hotline', which is not an agency of the plan")
        #expect(diagnostics[1].message
            == "framework fact 'cooperation_agreements.parties' names 'la-strada', which is not an agency of the plan")
    }

    @Test func aPlanBuiltInCodeGetsPathsWithoutALeadingDot() {
        let here = SourceLocation.wholeFile("built.yaml")
        var plan = Plan(file: "built.yaml", id: "built", location: here)
        var activity = Activity(id: "A1", objective: "O1", location: here)
        activity.lead = "nobody"
        plan.objectives = [Objective(id: "O1", title: "Built", area: nil, objectives: [], activities: [activity], location: here)]
        #expect(PlanValidator().validate(plan).map(\.path) == ["lead"])
    }

    @Test func addressesAreRequirementIds() throws {
        let yaml = Sample.plan(activity: "addresses: [coe-cathb:art5.2, identification, 'osce-nrm:']")
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == [
            "20:39 warning [reference] objectives[0].activities[0].addresses[1]",
            "20:55 warning [reference] objectives[0].activities[0].addresses[2]",
        ])
        #expect(diagnostics.first?.message
            == "activity 'A1' addresses 'identification', which is not a requirement id of the form standard:requirement")
    }

    @Test func addressesNamingNoLoadedRequirementWarnWhenTheRequirementsAreKnown() throws {
        let plan = try loadPlan(Sample.plan(activity: "addresses: [coe-cathb:art5.2, coe-cathb:art52]"))
        let validator = PlanValidator(knownRequirements: ["coe-cathb:art5.2", "coe-cathb:art10.1"])
        let diagnostics = validator.validate(plan)
        #expect(diagnostics.briefs == ["20:39 warning [reference] objectives[0].activities[0].addresses[1]"])
        #expect(try #require(diagnostics.first).message
            == "activity 'A1' addresses 'coe-cathb:art52', which no loaded standard defines; did you mean 'coe-cathb:art5.2'?")
        #expect(PlanValidator().validate(plan).isEmpty)
    }
}

/// Dates in the wrong order, and work dated outside the plan period.
@Suite struct ScheduleTests {
    @Test func anActivityDueBeforeItStarts() throws {
        let diagnostics = diagnose(Sample.plan(start: "2026-06-01", due: "2026-03-31"))
        #expect(diagnostics.briefs == ["19:14 error [date-order] objectives[0].activities[0].due"])
        #expect(try #require(diagnostics.first).message == "activity 'A1' is due 2026-03-31 before it starts 2026-06-01")
    }

    @Test func anActivityMayStartAndEndOnTheSameDay() {
        #expect(diagnose(Sample.plan(start: "2026-06-01", due: "2026-06-01")).isEmpty)
    }

    @Test func aPlanPeriodThatEndsBeforeItStarts() throws {
        let yaml = Sample.plan().replacingOccurrences(of: "end: 2027-12-31", with: "end: 2025-12-31")
        let diagnostics = loadDocument(yaml).diagnostics
        #expect(diagnostics.briefs == ["6:36 error [date-order] plan.period.end"])
        #expect(try #require(diagnostics.first).message == "the period ends (2025-12-31) before it starts (2026-01-01)")
        #expect(try loadPlan(yaml).period == nil)
    }

    @Test func activitiesOutsideThePlanPeriodAreWarnings() throws {
        let diagnostics = diagnose(Sample.plan(start: "2025-10-01", due: "2028-01-01"))
        #expect(diagnostics.briefs == [
            "18:16 warning [period] objectives[0].activities[0].start",
            "19:14 warning [period] objectives[0].activities[0].due",
        ])
        #expect(diagnostics.map(\.message) == [
            "activity 'A1' start 2025-10-01 is outside the plan period 2026-01-01 to 2027-12-31",
            "activity 'A1' due 2028-01-01 is outside the plan period 2026-01-01 to 2027-12-31",
        ])
    }

    @Test func theFirstAndLastDayOfThePeriodAreInside() {
        #expect(diagnose(Sample.plan(start: "2026-01-01", due: "2027-12-31")).isEmpty)
    }

    @Test func milestonesOutsideThePlanPeriodAreWarnings() throws {
        let yaml = Sample.plan(activity: """
            milestones:
              - {id: m1, title: Before, due: 2025-12-31}
              - {id: m2, title: Inside, due: 2027-12-31}
              - {id: m3, title: After, due: 2028-01-01}
            """)
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == [
            "21:42 warning [period] objectives[0].activities[0].milestones[0].due",
            "23:41 warning [period] objectives[0].activities[0].milestones[2].due",
        ])
        #expect(diagnostics.first?.message == "milestone 'm1' is due 2025-12-31, outside the plan period")
    }

    @Test func withoutAValidPeriodNothingIsOutsideIt() {
        let yaml = Sample.plan(start: "2020-01-01", due: "2030-01-01")
            .replacingOccurrences(of: "end: 2027-12-31", with: "end: 2025-12-31")
        #expect(diagnose(yaml).briefs == ["6:36 error [date-order] plan.period.end"])
    }
}
