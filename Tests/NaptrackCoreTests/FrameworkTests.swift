import Foundation
import NaptrackCore
import Testing

@Suite struct FactVocabularyTests {
    @Test func typesAreFoundByDottedPath() {
        guard case .integer(let hours)? = FactVocabulary.type(at: "children.guardian.appointed_within_hours") else {
            Issue.record("appointed_within_hours should be a whole number")
            return
        }
        #expect(hours == 0...8760)
        guard case .choice(let triggers)? = FactVocabulary.type(at: "reflection_period.trigger") else {
            Issue.record("reflection_period.trigger should be a choice")
            return
        }
        #expect(triggers == ["reasonable-grounds", "identification", "formal-identification", "cooperation"])
        guard case .records(let fields)? = FactVocabulary.type(at: "cooperation_agreements") else {
            Issue.record("cooperation_agreements should be a list of records")
            return
        }
        #expect(fields.map(\.key) == ["parties", "kind", "signed", "covers"])
        guard case .agencies? = FactVocabulary.type(at: "cooperation_agreements.parties") else {
            Issue.record("cooperation_agreements.parties should be a list of agencies")
            return
        }
        guard case .words(_, let open)? = FactVocabulary.type(at: "protection.covered") else {
            Issue.record("protection.covered should be a word list")
            return
        }
        #expect(!open)
        guard case .bool? = FactVocabulary.type(at: "scope.non_nationals") else {
            Issue.record("scope.non_nationals should be a boolean")
            return
        }
    }

    @Test(arguments: ["", "nope", "children.nope", "referral.sop.deeper", "Scope", "scope.children.x"])
    func unknownPathsHaveNoType(path: String) {
        #expect(FactVocabulary.type(at: path) == nil)
    }

    @Test func allPathsListsEveryFactOnceDepthFirst() {
        let paths = FactVocabulary.allPaths
        #expect(Set(paths).count == paths.count)
        #expect(Array(paths.prefix(4)) == ["scope", "scope.children", "scope.non_nationals", "coordination"])
        #expect(paths.contains("coordination.working_groups.lead"))
        #expect(paths.contains("children.return.family_assessment"))
        #expect(paths.allSatisfy { FactVocabulary.type(at: $0) != nil })
        #expect(paths.filter { !$0.contains(".") } == FactVocabulary.fields.map(\.key))
    }
}

@Suite struct FrameworkTests {
    let framework: Framework

    init() throws {
        framework = try loadPlan(try fixtureText("complete-plan.yaml"), file: "complete-plan.yaml").framework
    }

    @Test func factsAreFoundByDottedPathWithTheirLocations() throws {
        let fact = try #require(framework.fact(at: "children.guardian.appointed_within_hours"))
        guard case .number(let hours) = fact.value else {
            Issue.record("expected a number, found \(fact.value)")
            return
        }
        #expect(hours == 24)
        #expect(fact.location.description == "complete-plan.yaml:92:31")
        #expect(framework.fact(at: "children")?["guardian"]?["trained"]?.value.description == "true")
    }

    @Test func typedAccessors() {
        #expect(framework.bool(at: "scope.children") == true)
        #expect(framework.bool(at: "assistance.conditional_on_cooperation") == false)
        #expect(framework.number(at: "reflection_period.days") == 90)
        #expect(framework.text(at: "referral.focal_point") == "nat-coord")
        #expect(framework.text(at: "data_protection.legal_basis") == "Law 12/2020")
        #expect(framework.texts(at: "assistance.ngo_providers") == ["la-strada-ex"])
        #expect(framework.list(at: "cooperation_agreements")?.count == 1)
        // A fact of another type is not converted.
        #expect(framework.bool(at: "reflection_period.days") == nil)
        #expect(framework.number(at: "scope.children") == nil)
        #expect(framework.texts(at: "referral.focal_point") == nil)
    }

    @Test func pathsThatNameNoDeclaredFactFindNothing() {
        #expect(framework.fact(at: "") == nil)
        #expect(framework.fact(at: "nope") == nil)
        #expect(framework.fact(at: "scope.children.deeper") == nil)
        // Lists are not looked into: their items have no single path.
        #expect(framework.fact(at: "training.audiences") == nil)
        #expect(Framework(facts: [:], location: .wholeFile("x")).fact(at: "scope.children") == nil)
    }

    @Test func valuesDescribeThemselvesForMessages() {
        #expect(framework.fact(at: "identification.trained_professions")?.value.description
            == "[police, border-guards, labour-inspectors, social-workers, prosecutors, judges, medical]")
        #expect(framework.fact(at: "scope")?.value.description == "{children, non_nationals}")
        #expect(framework.fact(at: "cooperation_agreements")?.list?.first?.value.description == "{covers, kind, parties, signed}")
    }
}

private extension Fact {
    var list: [Fact]? {
        if case .list(let items) = value { return items }
        return nil
    }
}
