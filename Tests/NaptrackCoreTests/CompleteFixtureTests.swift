import Foundation
import NaptrackCore
import Testing

/// The fixtures that use every key of every format without a mistake: no loader or validator
/// rule may fire on them. This is the "silent" half of every rule's tests.
@Suite struct CompleteFixtureTests {
    @Test func theCompleteFilesLoadWithoutASingleDiagnostic() throws {
        let folder = try fixture("").path
        let workspace = WorkspaceLoader().load(paths: [folder])
        #expect(workspace.diagnostics.map(\.description) == [])
        #expect(workspace.files.map { ($0 as NSString).lastPathComponent }
            == ["complete-config.yaml", "complete-plan.yaml", "complete-progress.yaml"])
        #expect(workspace.plans.count == 1)
        #expect(workspace.progressReports.count == 1)
        #expect(workspace.configuration != nil)
    }

    @Test func theCompletePlanIsReadIntoTheModel() throws {
        let plan = try loadPlan(try fixtureText("complete-plan.yaml"))
        #expect(plan.id == "ex-nap-2026")
        #expect(plan.level == .national)
        #expect(plan.period?.dayCount == 1_096)
        #expect(plan.revision == 2)
        #expect(plan.review?.everyMonths == 3)
        #expect(plan.review?.last == CalendarDate(year: 2026, month: 3, day: 31))
        #expect(plan.standards.map(\.value) == ["plan-quality", "osce-nrm", "coe-cathb", "child-guardian"])
        #expect(plan.agencies.count == 6)
        #expect(plan.agency("la-strada-ex")?.isNGO == true)
        #expect(plan.allObjectives.map(\.id) == ["O1", "O1.A"])
        #expect(plan.allObjectives.map(\.path) == ["objectives[0]", "objectives[0].objectives[0]"])
        #expect(plan.activities.map(\.path) == ["objectives[0].activities[0]", "objectives[0].objectives[0].activities[0]"])
        let hotline = try #require(plan.activities.first)
        #expect(hotline.objective == "O1")
        #expect(hotline.budget?.amount == Decimal(string: "120000.50", locale: Locale(identifier: "en_US_POSIX")))
        #expect(hotline.budget?.sources.map(\.status) == [.committed, .pledged])
        #expect(hotline.indicators.first?.kind == .output)
        #expect(hotline.indicators.first?.meansOfVerification == "Hotline call register")
        #expect(hotline.forms.map(\.value) == [.sexual, .labour])
        #expect(plan.activities.last?.indicators.first?.kind == .outcome)
    }

    @Test func theCompletePlanDeclaresEveryFactOfTheVocabulary() throws {
        let framework = try loadPlan(try fixtureText("complete-plan.yaml")).framework
        let missing = FactVocabulary.allPaths.filter { !Self.declares(framework.facts, $0.split(separator: ".").map(String.init)) }
        #expect(missing == [], "complete-plan.yaml should declare every fact, so a new fact gets a loading test")
    }

    /// Whether `facts` hold a value at `path`, looking into the first item of lists of records.
    static func declares(_ facts: [String: Fact], _ path: [String]) -> Bool {
        guard let first = path.first, let fact = facts[first] else { return false }
        let rest = Array(path.dropFirst())
        if rest.isEmpty { return true }
        switch fact.value {
        case .record(let children): return declares(children, rest)
        case .list(let items):
            return items.contains { item in
                if case .record(let children) = item.value { return declares(children, rest) }
                return false
            }
        default: return false
        }
    }

    @Test func theCompleteProgressAndConfigurationAreReadIntoTheModel() throws {
        let folder = try fixture("").path
        let workspace = WorkspaceLoader().load(paths: [folder])
        let report = try #require(workspace.progressReports.first)
        #expect(report.reportedBy == "nat-coord")
        #expect(report.updates.map(\.activity) == ["O1.1", "O1.A.1"])
        #expect(report.updates.first?.status == .inProgress)
        #expect(report.updates.first?.indicators.map(\.indicator) == ["calls"])
        #expect(report.updates.first?.milestones.map(\.date.description) == ["2026-03-15"])
        let configuration = try #require(workspace.configuration)
        #expect(configuration.threshold("child-guardian:appointment_hours") == 24)
        #expect(configuration.severityOverride(for: "plan-quality:indicator")?.severity == .warning)
        let off = try #require(configuration.severityOverride(for: "osce-nrm:sop"))
        #expect(off.severity == nil)
        #expect(configuration.waivers.first?.isInForce(on: CalendarDate(year: 2027, month: 6, day: 30) ?? .init(dayNumber: 0)) == true)
        #expect(configuration.waivers.first?.isInForce(on: CalendarDate(year: 2027, month: 7, day: 1) ?? .init(dayNumber: 0)) == false)
    }
}
