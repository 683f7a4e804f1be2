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
        version: "1.0.0",
        source: "OSCE/ODIHR, National Referral Mechanisms: Joining Efforts to Protect the Rights of Trafficked "
            + "Persons. A Practical Handbook (Warsaw 2004; 2nd edition 2022); L. Sorrentino, 'Cooperation for "
            + "Protection - National Referral Mechanisms', GTZ Sector Project against Trafficking in Women (2005)",
        requirements: structures + identificationAndProtection + supportAndInclusion + justiceAndRedress
            + buildingBlocks)
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
