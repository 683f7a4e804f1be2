import NaptrackCore
import NaptrackStandards
import ReferralMechanismStandard
import StandardTestSupport
import Testing

@Suite struct CatalogTests {
    let standard = ReferralMechanism.standard

    @Test func catalogIsWellFormed() {
        #expect(standard.id == "osce-nrm")
        #expect(CatalogAudit.problems(in: standard) == [])
    }

    @Test func everyFactReadIsInTheSchema() {
        let facts = standard.requirements.flatMap(\.facts)
        #expect(CatalogAudit.pathsMissingFromSchema(facts) == [])
    }

    @Test func everyReferenceCitesTheHandbookAndTheNRMChapter() {
        for requirement in standard.requirements {
            #expect(requirement.reference.contains("OSCE/ODIHR NRM Handbook"), "\(requirement.id)")
            #expect(requirement.reference.contains("GTZ 2005"), "\(requirement.id)")
        }
    }

    /// The model is soft law: nothing in it is reported as an error by default.
    @Test func modalitiesFollowTheStrengthOfTheSources() {
        let byModality = Dictionary(grouping: standard.requirements, by: \.modality).mapValues { $0.map(\.id).sorted() }
        #expect(byModality[.binding] == nil)
        #expect(byModality[.guidance] == ["osce-nrm:legal-basis", "osce-nrm:rapporteur"])
        #expect(byModality[.qualified]?.count == standard.requirements.count - 2)
    }

    @Test func theCatalogIsRegisteredUnderItsID() {
        let registry = StandardRegistry([standard])
        #expect(registry.standard("osce-nrm")?.requirements.count == standard.requirements.count)
        #expect(registry.requirementIDs.contains("osce-nrm:referral"))
    }
}
