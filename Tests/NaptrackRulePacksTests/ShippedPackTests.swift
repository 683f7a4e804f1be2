import Foundation
import NaptrackCore
import NaptrackRulePacks
import NaptrackStandards
import Testing

/// The pack shipped in `plugins/`: it loads cleanly, cites its articles and reads the example
/// plans the way a monitoring officer would.
@Suite struct ShippedPackTests {
    func pack() throws -> RulePack {
        let (pack, diagnostics) = RulePackLoader().read(file: Paths.inRepository("plugins/eu-thb-directive.yaml"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(pack)
    }

    func examplePlan(_ path: String) throws -> Plan {
        let (document, _) = DocumentLoader().load(file: Paths.inRepository(path))
        guard case .plan(let plan)? = document else { throw TestFailure("\(path) is not a plan") }
        return plan
    }

    @Test func loadsWithoutDiagnosticsAndCitesEachArticle() throws {
        let standard = try pack().standard
        #expect(standard.id == "eu-thb-directive")
        #expect(standard.source.contains("Directive 2011/36/EU"))
        let ids = standard.requirements.map(\.id)
        #expect(ids == [
            "eu-thb-directive:art11.2", "eu-thb-directive:art11.3", "eu-thb-directive:art12.2",
            "eu-thb-directive:art12.3", "eu-thb-directive:art12.4", "eu-thb-directive:art13.2",
            "eu-thb-directive:art14.2", "eu-thb-directive:art14.2-timing", "eu-thb-directive:art15.3",
            "eu-thb-directive:art17", "eu-thb-directive:art19", "eu-thb-directive:art20",
        ])
        for requirement in standard.requirements {
            let article = requirement.id.dropFirst("eu-thb-directive:art".count).prefix { $0 != "." && $0 != "-" }
            #expect(requirement.reference.hasPrefix("Directive 2011/36/EU Art. \(article)"), "\(requirement.id)")
        }
    }

    /// Obligations read in an official text are binding; those known only from secondary
    /// sources or general knowledge, and the policy figure for guardian timing, are guidance.
    @Test func modalityFollowsTheSources() throws {
        let modality = Dictionary(uniqueKeysWithValues: try pack().standard.requirements.map { ($0.id, $0.modality) })
        let binding = ["art11.2", "art11.3", "art13.2", "art14.2", "art17", "art20"]
        let guidance = ["art12.2", "art12.3", "art12.4", "art14.2-timing", "art15.3", "art19"]
        for id in binding { #expect(modality["eu-thb-directive:" + id] == .binding, "\(id)") }
        for id in guidance { #expect(modality["eu-thb-directive:" + id] == .guidance, "\(id)") }
    }

    @Test func readsTheExamplianPlan() throws {
        let statuses = try statuses(of: try pack().standard, for: try examplePlan("plans/examplia/plan.yaml"))
        #expect(statuses == [
            "eu-thb-directive:art11.2": .met, "eu-thb-directive:art11.3": .met, "eu-thb-directive:art12.2": .met,
            // Risk is assessed at identification, support and before return, not in proceedings.
            "eu-thb-directive:art12.3": .notMet,
            // `protection:` is not declared in this revision of the plan.
            "eu-thb-directive:art12.4": .unknown,
            "eu-thb-directive:art13.2": .met, "eu-thb-directive:art14.2": .met,
            // Guardians within 72 hours, against the default target of 24.
            "eu-thb-directive:art14.2-timing": .notMet,
            "eu-thb-directive:art15.3": .met,
            // No state compensation yet.
            "eu-thb-directive:art17": .notMet,
            "eu-thb-directive:art19": .met, "eu-thb-directive:art20": .met,
        ])
    }

    @Test func readsThePernambucoProgramme() throws {
        let statuses = try statuses(of: try pack().standard, for: try examplePlan("plans/pernambuco/plan.yaml"))
        #expect(statuses["eu-thb-directive:art11.3"] == .met)
        #expect(statuses["eu-thb-directive:art15.3"] == .met)
        #expect(statuses["eu-thb-directive:art19"] == .notMet)
        #expect(statuses["eu-thb-directive:art20"] == .notMet)
        #expect(statuses.values.filter { $0 == .unknown }.count == 8)
    }

    @Test func theGuardianTargetIsConfigurable() throws {
        let plan = try examplePlan("plans/examplia/plan.yaml")
        var configuration = Configuration(file: "naptrack.yaml", location: .wholeFile("naptrack.yaml"))
        configuration.thresholds = [
            Located(Threshold(key: "eu-thb-directive:guardian_hours", value: 72), at: .wholeFile("naptrack.yaml"))
        ]
        let statuses = try statuses(of: try pack().standard, for: plan, configuration: configuration)
        #expect(statuses["eu-thb-directive:art14.2-timing"] == .met)
    }
}
