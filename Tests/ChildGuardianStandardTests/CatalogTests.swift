import ChildGuardianStandard
import NaptrackCore
import NaptrackStandards
import StandardTestSupport
import Testing

@Suite struct CatalogTests {
    let standard = ChildGuardian.standard

    @Test func catalogIsWellFormed() {
        #expect(standard.id == "child-guardian")
        #expect(CatalogAudit.problems(in: standard) == [])
    }

    @Test func everyFactReadIsInTheSchema() {
        #expect(CatalogAudit.pathsMissingFromSchema(standard.requirements.flatMap(\.facts)) == [])
    }

    /// Every requirement depends on the plan covering children.
    @Test func everyRequirementAppliesOnlyWhenChildrenAreInScope() {
        for requirement in standard.requirements {
            #expect(requirement.appliesWhen?.factPaths.contains("scope.children") == true, "\(requirement.id)")
        }
    }

    /// Binding items are the CETS No. 197 obligations without discretion; soft law is never an error.
    @Test func modalitiesFollowTheStrengthOfTheSources() {
        let byModality = Dictionary(grouping: standard.requirements, by: \.modality).mapValues { $0.map(\.id).sorted() }
        #expect(byModality[.binding] == ["child-guardian:age", "child-guardian:identity-family-tracing",
            "child-guardian:prevention", "child-guardian:privacy", "child-guardian:residence", "child-guardian:return"])
        #expect(byModality[.guidance] == ["child-guardian:caseload", "child-guardian:duration"])
        for requirement in standard.requirements where requirement.modality == .binding {
            #expect(requirement.reference.hasPrefix("CETS 197 Art."), "\(requirement.id)")
        }
    }
}
