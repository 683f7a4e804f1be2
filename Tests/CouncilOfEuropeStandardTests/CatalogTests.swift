import CouncilOfEuropeStandard
import Foundation
import NaptrackCore
import NaptrackStandards
import Testing

@Suite struct CatalogTests {
    let standard = CouncilOfEuropeConvention.standard

    @Test func identifiesTheConvention() {
        #expect(standard.id == "coe-cathb")
        #expect(standard.source.contains("CETS No. 197"))
        #expect(!standard.version.isEmpty)
    }

    @Test func idsAreUniqueAndNamedAfterTheirParagraph() throws {
        let ids = standard.requirements.map(\.id)
        #expect(Set(ids).count == ids.count)
        let pattern = try Regex(#"^coe-cathb:art[0-9]+(\.[0-9]+[a-z]?)?(-[0-9]+)?$"#)
        for id in ids { #expect(id.wholeMatch(of: pattern) != nil, "\(id)") }
    }

    @Test func everyReferenceCitesTheArticleOfItsId() {
        for requirement in standard.requirements {
            let article = requirement.id.dropFirst("coe-cathb:art".count).prefix { $0.isNumber }
            #expect(requirement.reference.hasPrefix("CETS 197 Art. \(article)"), "\(requirement.id): \(requirement.reference)")
            let rest = requirement.reference.dropFirst("CETS 197 Art. \(article)".count)
            #expect(rest.first.map { !$0.isNumber } ?? true, "\(requirement.id): \(requirement.reference)")
        }
    }

    @Test func everyFactReadIsInTheVocabulary() {
        for requirement in standard.requirements {
            #expect(!requirement.facts.isEmpty, "\(requirement.id) reads no fact")
            for path in requirement.facts {
                #expect(FactVocabulary.type(at: path) != nil, "\(requirement.id) reads unknown fact \(path)")
            }
        }
    }

    @Test func everyRequirementIsDocumented() {
        for requirement in standard.requirements {
            #expect(!requirement.title.isEmpty && !requirement.rationale.isEmpty && !requirement.remedy.isEmpty,
                "\(requirement.id)")
            #expect(requirement.rationale != requirement.remedy)
        }
    }

    @Test func everyRequirementHasAMetAndANotMetCase() {
        let covered = Set(RequirementCase.all.map(\.id))
        #expect(covered == Set(standard.requirements.map(\.id)))
        #expect(covered.count == RequirementCase.all.count, "no requirement has two rows")
    }

    @Test func coversTheArticlesOfTheBrief() {
        let articles = Set(standard.requirements.map { $0.id.dropFirst("coe-cathb:art".count).prefix { $0.isNumber } })
        for article in [5, 6, 10, 11, 12, 13, 14, 15, 16, 17, 26, 28, 29, 30, 32, 33, 34, 35] {
            #expect(articles.contains(Substring(String(article))), "Article \(article)")
        }
    }

    @Test func modalitiesFollowTheWordingOfEachParagraph() {
        let modality = Dictionary(uniqueKeysWithValues: standard.requirements.map { ($0.id, $0.modality) })
        let qualified = ["art5.4", "art5.6", "art12.5", "art16.6", "art28.4", "art29.2"]
        let guidance = ["art11.3", "art28.5", "art29.4", "art33.2"]
        for id in qualified { #expect(modality["coe-cathb:" + id] == .qualified, "\(id)") }
        for id in guidance { #expect(modality["coe-cathb:" + id] == .guidance, "\(id)") }
        let binding = modality.filter { $0.value == .binding }.keys
        #expect(binding.count == standard.requirements.count - qualified.count - guidance.count)
        for id in ["art13.1", "art12.6", "art10.4a", "art16.7", "art26", "art15.4"] {
            #expect(modality["coe-cathb:" + id] == .binding, "\(id)")
        }
    }

    @Test func registersWithoutClashes() {
        var registry = StandardRegistry()
        let registered = registry.register(standard)
        #expect(registered)
        #expect(registry.requirementIDs.contains("coe-cathb:art13.1"))
    }
}
