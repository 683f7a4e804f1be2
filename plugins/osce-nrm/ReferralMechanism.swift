import NaptrackStandards

/// The OSCE/ODIHR model of a National Referral Mechanism (NRM), as a standard plans are checked
/// against.
///
/// The model is soft law: OSCE commitments are political and the handbook describes good practice,
/// so no requirement here is binding. Components confirmed by a published description of the
/// handbook or by the NRM chapter of the GTZ 2005 practitioners' volume are `qualified` (a warning
/// when unmet); components resting on general knowledge of the handbook, or that the sources only
/// ask states to consider, are `guidance` (a note). Where a component is also a treaty obligation,
/// the reference names the article of CETS No. 197, which the `coe-cathb` standard checks as binding.
public enum ReferralMechanism {
    /// The `osce-nrm` standard: structures, identification and protection, support and inclusion,
    /// justice and redress, and the cross-cutting building blocks of an NRM.
    public static let standard = CatalogStandard(
        id: "osce-nrm",
        title: "OSCE/ODIHR National Referral Mechanism",
        version: "1",
        source: "OSCE/ODIHR, National Referral Mechanisms: Joining Efforts to Protect the Rights of Trafficked "
            + "Persons. A Practical Handbook (Warsaw 2004; 2nd edition 2022); L. Sorrentino, 'Cooperation for "
            + "Protection - National Referral Mechanisms', GTZ Sector Project against Trafficking in Women (2005)",
        summary: summary,
        requirements: structures + identificationAndProtection + supportAndInclusion + justiceAndRedress
            + buildingBlocks)

    static let summary = """
        Checks a plan's national referral mechanism against the OSCE/ODIHR model: who leads it and who \
        sits in it, how presumed victims are identified, referred, protected and supported, how they reach \
        justice and redress, and the building blocks that keep the mechanism working (standards of care, \
        training, monitoring, funding). OSCE commitments are political rather than treaty law, so nothing \
        here is binding. Components confirmed by a published description of the handbook or by the NRM \
        chapter of the 2005 GTZ volume are qualified; the two that rest on general knowledge of the \
        handbook or that states are only asked to consider (a formal legal basis, a national rapporteur) \
        are guidance. Where a component is also an obligation of CETS No. 197, the reference names the \
        article, which the coe-cathb standard checks as binding. References cite the GTZ chapters by their \
        section headings. The needs assessment may date from at most 'osce-nrm:assessment_age_years' \
        years (default 5, a policy choice) before the plan starts.
        """
}

/// Short citations shared by the requirements' references.
enum NRMSource {
    static let handbook = "OSCE/ODIHR NRM Handbook (2004)"
    static let secondEdition = "2nd ed. (2022)"
    static let nrmChapter = "GTZ 2005, Sorrentino, NRM chapter"
    static let capacityChapter = "GTZ 2005, Approaches to Capacity and Institution Building"
    static let victimSupportChapter = "GTZ 2005, Approaches to Victim Support"
    static let conclusions = "GTZ 2005, Conclusions and Recommendations"
}
