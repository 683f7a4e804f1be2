import NaptrackCore
import Testing

/// Keys the format does not know are warnings that point at the key and suggest the nearest
/// known one; they are never silently dropped.
@Suite struct UnknownKeyTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var section: String
        var yaml: String
        var file = "plan.yaml"
        /// `line:column severity [rule] path` of the one unknown-key warning.
        var brief: String
        var message: String

        var testDescription: String { section }
    }

    static let cases: [Case] = [
        Case(section: "document", yaml: Sample.plan() + "objectifs: []\n",
            brief: "20:1 warning [unknown-key] objectifs",
            message: "unknown key 'objectifs' in the document; did you mean 'objectives'?"),
        Case(section: "plan header", yaml: Sample.plan().replacingOccurrences(of: "  currency: EUR", with: "  currency: EUR\n  adpoted: 2025-12-10"),
            brief: "8:3 warning [unknown-key] plan.adpoted",
            message: "unknown key 'adpoted' in the plan header; did you mean 'adopted'?"),
        Case(section: "period", yaml: Sample.plan().replacingOccurrences(of: "end: 2027-12-31", with: "end: 2027-12-31, strat: 2026-01-01"),
            brief: "6:48 warning [unknown-key] plan.period.strat",
            message: "unknown key 'strat' in the period; did you mean 'start'?"),
        Case(section: "review", yaml: Sample.plan().replacingOccurrences(of: "  currency: EUR", with: "  currency: EUR\n  review: {every_month: 3}"),
            brief: "8:12 warning [unknown-key] plan.review.every_month",
            message: "unknown key 'every_month' in the review; did you mean 'every_months'?"),
        Case(section: "agency", yaml: Sample.plan().replacingOccurrences(of: "{id: coord, name: Coordinator}", with: "{id: coord, nmae: Coordinator, name: C}"),
            brief: "9:17 warning [unknown-key] agencies[0].nmae",
            message: "unknown key 'nmae' in an agency; did you mean 'name'?"),
        Case(section: "objective", yaml: Sample.plan().replacingOccurrences(of: "    title: Prevention", with: "    title: Prevention\n    area_: prevention"),
            brief: "14:5 warning [unknown-key] objectives[0].area_",
            message: "unknown key 'area_' in an objective; did you mean 'area'?"),
        Case(section: "activity", yaml: Sample.plan(activity: "deu: 2026-09-30"),
            brief: "20:9 warning [unknown-key] objectives[0].activities[0].deu",
            message: "unknown key 'deu' in an activity; did you mean 'due'?"),
        Case(section: "budget", yaml: Sample.plan(activity: "budget: {amount: 10, curency: EUR}"),
            brief: "20:30 warning [unknown-key] objectives[0].activities[0].budget.curency",
            message: "unknown key 'curency' in a budget; did you mean 'currency'?"),
        Case(section: "funding source", yaml: Sample.plan(activity: "budget:\n  sources: [{funder: eu, amount: 5, satus: pledged}]"),
            brief: "21:45 warning [unknown-key] objectives[0].activities[0].budget.sources[0].satus",
            message: "unknown key 'satus' in a funding source; did you mean 'status'?"),
        Case(section: "indicator", yaml: Sample.plan(activity: "indicators: [{id: calls, name: Calls, traget: 5000}]"),
            brief: "20:47 warning [unknown-key] objectives[0].activities[0].indicators[0].traget",
            message: "unknown key 'traget' in an indicator; did you mean 'target'?"),
        Case(section: "milestone", yaml: Sample.plan(activity: "milestones: [{id: m1, title: Open, dua: 2026-04-01, due: 2026-04-01}]"),
            brief: "20:44 warning [unknown-key] objectives[0].activities[0].milestones[0].dua",
            message: "unknown key 'dua' in a milestone; did you mean 'due'?"),
        Case(section: "framework", yaml: Sample.header + "framework:\n  referal: {sop: true}\n",
            brief: "12:3 warning [unknown-key] framework.referal",
            message: "unknown key 'referal' in the framework; did you mean 'referral'?"),
        Case(section: "framework record", yaml: Sample.header + "framework:\n  children:\n    guardian: {apointed_within_hours: 24}\n",
            brief: "13:16 warning [unknown-key] framework.children.guardian.apointed_within_hours",
            message: "unknown key 'apointed_within_hours' in 'children.guardian'; did you mean 'appointed_within_hours'?"),
        Case(section: "framework list item", yaml: Sample.header + "framework:\n  training: [{audience: [police]}]\n",
            brief: "12:15 warning [unknown-key] framework.training[0].audience",
            message: "unknown key 'audience' in an item of 'training'; did you mean 'audiences'?"),
        Case(section: "progress header", yaml: "naptrack: 1\nprogress:\n  plan: ex\n  as_of: 2026-06-30\n  reportedby: coord\n",
            file: "progress.yaml", brief: "5:3 warning [unknown-key] progress.reportedby",
            message: "unknown key 'reportedby' in the progress header; did you mean 'reported_by'?"),
        Case(section: "update", yaml: "naptrack: 1\nprogress: {plan: ex, as_of: 2026-06-30}\nupdates:\n  - activity: A1\n    notes: On track.\n",
            file: "progress.yaml", brief: "5:5 warning [unknown-key] updates[0].notes",
            message: "unknown key 'notes' in an update; did you mean 'note'?"),
        Case(section: "waiver", yaml: "naptrack: 1\nwaivers:\n  - {requirement: a:b, reason: r, approved_by: x, expires: 2027-01-01, expiry: 2027-01-01}\n",
            file: "naptrack.yaml", brief: "3:72 warning [unknown-key] waivers[0].expiry",
            message: "unknown key 'expiry' in a waiver; did you mean 'expires'?"),
    ]

    @Test(arguments: cases)
    func anUnknownKeyIsAWarningAtTheKeyWithTheNearestKnownKey(_ example: Case) throws {
        let diagnostics = loadDocument(example.yaml, file: example.file).diagnostics
        #expect(diagnostics.briefs == [example.brief])
        #expect(try #require(diagnostics.first).message == example.message)
    }

    @Test func aKeyFarFromEveryKnownKeyGetsNoSuggestion() throws {
        let diagnostics = diagnose(Sample.plan(activity: "responsible_minister: coord"))
        #expect(try #require(diagnostics.first).message == "unknown key 'responsible_minister' in an activity")
    }

    @Test func aMergeKeyIsAnUnknownKeyNotASilentMerge() {
        let yaml = Sample.plan(activity: "<<: {partners: [ngo]}")
        #expect(diagnose(yaml).briefs == ["20:9 warning [unknown-key] objectives[0].activities[0].<<"])
    }

    @Test func theValueOfAnUnknownKeyIsSkippedWhole() throws {
        let yaml = Sample.plan(activity: "notes:\n  - {id: x, lead: nobody}\n  - [nested, [deeper]]\ntags: [kept]")
        #expect(diagnose(yaml).briefs == ["20:9 warning [unknown-key] objectives[0].activities[0].notes"])
        #expect(try loadPlan(yaml).activities.first?.tags.map(\.value) == ["kept"])
    }
}

/// Word lists of the framework: closed lists warn about words outside them, open lists accept any.
@Suite struct FrameworkWordTests {
    @Test func anUnknownWordInAClosedListIsAWarningWithTheNearestKnownWord() throws {
        let yaml = Sample.header + """
            framework:
              cooperation_agreements:
                - {parties: [coord, ngo], covers: [roles, refferal, catering]}

            """
        let diagnostics = diagnose(yaml)
        #expect(diagnostics.briefs == [
            "13:47 warning [value] framework.cooperation_agreements[0].covers",
            "13:57 warning [value] framework.cooperation_agreements[0].covers",
        ])
        #expect(diagnostics.first?.message == "'refferal' is not a known value for 'cooperation_agreements.covers'; "
            + "known values: roles, referral, data-sharing, confidentiality, data-protection, funding, training, monitoring "
            + "(did you mean 'referral'?)")
        #expect(diagnostics.last?.message.hasSuffix("training, monitoring") == true)
    }

    @Test(arguments: ["assistance: {risk_assessment: [identification, post-return]}", "protection: {covered: [victims, neighbours]}"])
    func otherClosedLists(framework: String) {
        let diagnostics = diagnose(Sample.header + "framework:\n  \(framework)\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.rule == .value)
    }

    @Test func openListsAcceptWordsOfTheirOwn() throws {
        let yaml = Sample.header + """
            framework:
              prevention: {measures: [awareness, street-theatre], demand_reduction: [consumer-labels]}
              identification: {trained_professions: [police, midwives]}
              reflection_period: {exceptions: [public-order, national-security]}
              training: [{audiences: [journalists]}]

            """
        #expect(diagnose(yaml).isEmpty)
        let framework = try loadPlan(yaml).framework
        #expect(framework.texts(at: "prevention.measures") == ["awareness", "street-theatre"])
    }

    @Test func knownWordsAreSilent() {
        let yaml = Sample.header + "framework:\n  assistance: {risk_assessment: [identification, support, pre-return, return]}\n"
        #expect(diagnose(yaml).isEmpty)
    }
}
