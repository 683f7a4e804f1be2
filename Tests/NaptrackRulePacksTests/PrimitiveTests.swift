import Foundation
import NaptrackCore
import NaptrackRulePacks
import NaptrackStandards
import Testing

/// One primitive written in a pack, the same check written in Swift, and plans on which it is
/// met, not met and unknown.
struct PrimitiveCase: Sendable, CustomTestStringConvertible {
    var name: String
    /// The check as a pack writes it (flow YAML on one line).
    var pack: String
    /// The same check as a Swift standard writes it.
    var swift: Condition
    /// Framework and objectives of a plan on which the check is met.
    var met: (framework: String, objectives: String)
    var notMet: (framework: String, objectives: String)?
    var unknown: (framework: String, objectives: String)?

    var testDescription: String { name }
}

/// An activity under a protection objective, with every field the activity filters look at.
private func protectionActivity(due: String = "2026-12-31", indicators: Bool = true) -> String {
    """
    - id: O1
      title: Protection
      area: protection
      activities:
        - {id: A1, title: Hotline for children, lead: coord, start: 2026-01-01, due: \(due), tags: [hotline],
           forms: [labour], target_groups: [children], addresses: ["other:req"], budget: {amount: 1000}\
    \(indicators ? ",\n       indicators: [{id: calls, name: Calls, unit: calls, baseline: 0, target: 10}]" : "")}
    """
}

let primitiveCases: [PrimitiveCase] = [
    PrimitiveCase(
        name: "present", pack: "{fact: coordination.rapporteur, present: true}",
        swift: .fact("coordination.rapporteur", .present),
        met: ("coordination: {rapporteur: {agency: coord}}", ""), notMet: nil,
        unknown: ("coordination: {legal_basis: law}", "")),
    PrimitiveCase(
        name: "is true", pack: "{fact: assistance.informed_consent, is: true}",
        swift: .fact("assistance.informed_consent", .isTrue),
        met: ("assistance: {informed_consent: true}", ""), notMet: ("assistance: {informed_consent: false}", ""),
        unknown: ("assistance: {labour_market_access: true}", "")),
    PrimitiveCase(
        name: "is false", pack: "{fact: assistance.conditional_on_cooperation, is: false}",
        swift: .fact("assistance.conditional_on_cooperation", .isFalse),
        met: ("assistance: {conditional_on_cooperation: false}", ""),
        notMet: ("assistance: {conditional_on_cooperation: true}", ""), unknown: ("", "")),
    PrimitiveCase(
        name: "equals", pack: "{fact: non_punishment, equals: statutory}",
        swift: .fact("non_punishment", .equals("statutory")),
        met: ("non_punishment: statutory", ""), notMet: ("non_punishment: guidance", ""), unknown: ("", "")),
    PrimitiveCase(
        name: "at_least", pack: "{fact: reflection_period.days, at_least: 30}",
        swift: .fact("reflection_period.days", .atLeast(.value(30))),
        met: ("reflection_period: {days: 30}", ""), notMet: ("reflection_period: {days: 29}", ""),
        unknown: ("reflection_period: {in_law: true}", "")),
    PrimitiveCase(
        name: "at_most", pack: "{fact: referral.max_hours_to_service, at_most: 24}",
        swift: .fact("referral.max_hours_to_service", .atMost(.value(24))),
        met: ("referral: {max_hours_to_service: 12}", ""), notMet: ("referral: {max_hours_to_service: 25}", ""),
        unknown: ("referral: {sop: true}", "")),
    PrimitiveCase(
        name: "at_most a threshold",
        pack: "{fact: children.guardian.appointed_within_hours, at_most: {threshold: demo:hours, default: 24}}",
        swift: .fact("children.guardian.appointed_within_hours", .atMost(.threshold("demo:hours", default: 24))),
        met: ("children: {guardian: {appointed_within_hours: 24}}", ""),
        notMet: ("children: {guardian: {appointed_within_hours: 48}}", ""),
        unknown: ("children: {guardian: {trained: true}}", "")),
    PrimitiveCase(
        name: "one_of", pack: "{fact: coordination.legal_basis, one_of: [law, decree]}",
        swift: .fact("coordination.legal_basis", .oneOf(["law", "decree"])),
        met: ("coordination: {legal_basis: decree}", ""), notMet: ("coordination: {legal_basis: agreement}", ""),
        unknown: ("coordination: {survivor_participation: true}", "")),
    PrimitiveCase(
        name: "includes_all", pack: "{fact: assistance.services, includes_all: [accommodation, medical]}",
        swift: .fact("assistance.services", .includesAll(["accommodation", "medical"])),
        met: ("assistance: {services: [accommodation, medical, legal]}", ""),
        notMet: ("assistance: {services: [accommodation]}", ""), unknown: ("assistance: {informed_consent: true}", "")),
    PrimitiveCase(
        name: "excludes", pack: "{fact: reflection_period.exceptions, excludes: [national-security]}",
        swift: .fact("reflection_period.exceptions", .excludes(["national-security"])),
        met: ("reflection_period: {exceptions: [public-order]}", ""),
        notMet: ("reflection_period: {exceptions: [public-order, national-security]}", ""),
        unknown: ("reflection_period: {days: 30}", "")),
    PrimitiveCase(
        name: "only_from", pack: "{fact: reflection_period.exceptions, only_from: [public-order, improper-claim]}",
        swift: .fact("reflection_period.exceptions", .onlyFrom(["public-order", "improper-claim"])),
        met: ("reflection_period: {exceptions: [improper-claim]}", ""),
        notMet: ("reflection_period: {exceptions: [public-order, national-security]}", ""),
        unknown: ("reflection_period: {days: 30}", "")),
    PrimitiveCase(
        name: "some_record",
        pack: "{fact: cooperation_agreements, some_record: {kind: {equals: mou}, covers: {includes_all: [referral]}}}",
        swift: .fact("cooperation_agreements", .someRecord(["kind": .equals("mou"), "covers": .includesAll(["referral"])])),
        met: ("cooperation_agreements: [{parties: [coord], kind: protocol}, {parties: [coord], kind: mou, covers: [referral]}]", ""),
        notMet: ("cooperation_agreements: [{parties: [coord], kind: agreement, covers: [referral]}]", ""),
        unknown: ("cooperation_agreements: [{parties: [coord], covers: [referral]}]", "")),
    PrimitiveCase(
        name: "activity_exists",
        pack: """
            {activity_exists: {area: protection, tag: hotline, form: labour, target_group: children, \
            addresses: "other:req", with_budget: true, due_by: 2026-12-31}}
            """,
        swift: .activityExists(ActivityFilter(
            area: .protection, tag: "hotline", form: .labour, targetGroup: "children", addresses: "other:req",
            withBudget: true, dueBy: CalendarDate(iso: "2026-12-31"))),
        met: ("", protectionActivity()), notMet: ("", protectionActivity(due: "2027-06-30")), unknown: nil),
    PrimitiveCase(
        name: "every_activity", pack: "{every_activity: {where: {area: protection}, has: indicator}}",
        swift: .everyActivity(ActivityFilter(area: .protection), has: .indicator),
        met: ("", protectionActivity()), notMet: ("", protectionActivity(indicators: false)), unknown: nil),
    PrimitiveCase(
        name: "all",
        pack: "{all: [{fact: remedies.legal_assistance, is: true}, {fact: remedies.free_legal_aid, is: true}]}",
        swift: .all([.fact("remedies.legal_assistance", .isTrue), .fact("remedies.free_legal_aid", .isTrue)]),
        met: ("remedies: {legal_assistance: true, free_legal_aid: true}", ""),
        notMet: ("remedies: {legal_assistance: true, free_legal_aid: false}", ""),
        unknown: ("remedies: {legal_assistance: true}", "")),
    PrimitiveCase(
        name: "any",
        pack: "{any: [{fact: remedies.legal_assistance, is: true}, {fact: remedies.free_legal_aid, is: true}]}",
        swift: .any([.fact("remedies.legal_assistance", .isTrue), .fact("remedies.free_legal_aid", .isTrue)]),
        met: ("remedies: {legal_assistance: false, free_legal_aid: true}", ""),
        notMet: ("remedies: {legal_assistance: false, free_legal_aid: false}", ""),
        unknown: ("remedies: {legal_assistance: false}", "")),
    PrimitiveCase(
        name: "not", pack: "{not: {fact: assistance.conditional_on_cooperation, is: true}}",
        swift: .not(.fact("assistance.conditional_on_cooperation", .isTrue)),
        met: ("assistance: {conditional_on_cooperation: false}", ""),
        notMet: ("assistance: {conditional_on_cooperation: true}", ""), unknown: ("", "")),
]

/// Every primitive of the pack format, evaluated through a pack and through the same check
/// written in Swift: the statuses, evidence and findings must be identical.
@Suite struct PrimitiveTests {
    /// The requirement of `singleRequirementPack`, written in Swift.
    func swiftStandard(_ check: Condition, appliesWhen: Condition?) -> CatalogStandard {
        CatalogStandard(
            id: "demo", title: "Demo standard", version: "1", source: "Test source",
            requirements: [
                Requirement(
                    id: "demo:req", title: "Demo requirement", reference: "Art. 1", modality: .binding,
                    rationale: "Why it matters.", remedy: "What to do.", appliesWhen: appliesWhen, check: check)
            ])
    }

    func packStandard(_ check: String, appliesWhen: String? = nil) throws -> CatalogStandard {
        let (pack, diagnostics) = readPack(singleRequirementPack(check: check, appliesWhen: appliesWhen))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(pack).standard
    }

    /// The result of the one requirement for a plan, from the pack and from Swift.
    func results(_ item: PrimitiveCase, _ plan: (framework: String, objectives: String), notApplicable: Bool = false)
        throws -> (pack: RequirementResult, swift: RequirementResult)
    {
        let scope = notApplicable ? "\nscope: {children: false}" : ""
        let document = try NaptrackRulePacksTests.plan(framework: plan.framework + scope, objectives: plan.objectives)
        let condition = "{fact: scope.children, is: true}"
        let packed = try packStandard(item.pack, appliesWhen: notApplicable ? condition : nil)
        let written = swiftStandard(item.swift, appliesWhen: notApplicable ? .fact("scope.children", .isTrue) : nil)
        let date = try #require(CalendarDate(iso: "2026-06-30"))
        func evaluate(_ standard: CatalogStandard) throws -> RequirementResult {
            let engine = ComplianceEngine(registry: StandardRegistry([standard]))
            let compliance = engine.evaluate(document, standards: ["demo"], asOf: date, configuration: nil)
            return try #require(compliance.standards.first?.results.first)
        }
        return (try evaluate(packed), try evaluate(written))
    }

    func expectSame(_ pair: (pack: RequirementResult, swift: RequirementResult), status: RequirementStatus) {
        #expect(pair.pack.status == status)
        #expect(pair.swift.status == status)
        #expect(pair.pack.evidence == pair.swift.evidence)
        #expect(pair.pack.findings == pair.swift.findings)
        #expect(pair.pack.missingFacts == pair.swift.missingFacts)
        #expect(pair.pack.requirement.facts == pair.swift.requirement.facts)
    }

    @Test(arguments: primitiveCases) func met(_ item: PrimitiveCase) throws {
        let pair = try results(item, item.met)
        expectSame(pair, status: .met)
        #expect(!pair.pack.evidence.isEmpty)
        #expect(pair.pack.findings.isEmpty)
    }

    @Test(arguments: primitiveCases) func notMet(_ item: PrimitiveCase) throws {
        guard let plan = item.notMet else {
            // `present` can only be met or unknown: an undeclared fact is unknown, never not met.
            #expect(item.name == "present")
            return
        }
        let pair = try results(item, plan)
        expectSame(pair, status: .notMet)
        #expect(pair.pack.findings.count >= 1)
        #expect(pair.pack.findings.allSatisfy { $0.severity == .error && $0.location.line > 0 })
    }

    @Test(arguments: primitiveCases) func unknown(_ item: PrimitiveCase) throws {
        guard let plan = item.unknown else {
            // Activity primitives read what the plan lists and never wait for a fact: on a plan
            // without activities none exists, and every one of none has the field.
            #expect(item.name.contains("activity"))
            let pair = try results(item, ("", ""))
            expectSame(pair, status: item.name == "activity_exists" ? .notMet : .met)
            return
        }
        let pair = try results(item, plan)
        expectSame(pair, status: .unknown)
        #expect(!pair.pack.missingFacts.isEmpty)
        #expect(pair.pack.findings.first?.message.contains("cannot tell") == true)
    }

    @Test(arguments: primitiveCases) func notApplicable(_ item: PrimitiveCase) throws {
        let pair = try results(item, item.notMet ?? item.met, notApplicable: true)
        expectSame(pair, status: .notApplicable)
        #expect(pair.pack.findings.isEmpty)
    }

    @Test func thresholdsComeFromTheConfiguration() throws {
        let standard = try packStandard(
            "{fact: children.guardian.appointed_within_hours, at_most: {threshold: demo:hours, default: 24}}")
        let document = try plan(framework: "children: {guardian: {appointed_within_hours: 48}}")
        #expect(try statuses(of: standard, for: document)["demo:req"] == .notMet)
        var configuration = Configuration(file: "naptrack.yaml", location: .wholeFile("naptrack.yaml"))
        configuration.thresholds = [Located(Threshold(key: "demo:hours", value: 72), at: .wholeFile("naptrack.yaml"))]
        #expect(try statuses(of: standard, for: document, configuration: configuration)["demo:req"] == .met)
    }

    @Test func modalitySetsTheSeverityOfFindings() throws {
        for (modality, severity) in [("binding", Severity.error), ("qualified", .warning), ("guidance", .note)] {
            let text = singleRequirementPack(check: "{fact: non_punishment, equals: statutory}")
                .replacingOccurrences(of: "modality: binding", with: "modality: \(modality)")
            let standard = try #require(readPack(text).pack).standard
            let engine = ComplianceEngine(registry: StandardRegistry([standard]))
            let compliance = engine.evaluate(
                try plan(framework: "non_punishment: none"), standards: ["demo"],
                asOf: try #require(CalendarDate(iso: "2026-06-30")), configuration: nil)
            #expect(compliance.findings.map(\.severity) == [severity])
        }
    }
}
