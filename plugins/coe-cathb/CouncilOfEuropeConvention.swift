import NaptrackStandards

/// The Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197)
/// as a standard: one requirement per paragraph a plan can show, with its reference, its
/// modality and a check over the plan's declared framework facts.
///
/// Binding paragraphs are errors when unmet, qualified ones (a duty tempered by "where
/// appropriate" or "when necessary") warnings, and duties to consider notes. Paragraphs about the child are
/// not applicable to a plan declaring `scope.children: false`; those about the stay and return
/// of foreign victims, to a plan declaring `scope.non_nationals: false`.
public enum CouncilOfEuropeConvention {
    /// The standard, with id `coe-cathb`.
    public static let standard = CatalogStandard(
        id: "coe-cathb",
        title: "Council of Europe Convention on Action against Trafficking in Human Beings",
        version: "2025.1",
        source: "Council of Europe Convention on Action against Trafficking in Human Beings, CETS No. 197, Warsaw 16 May 2005",
        summary: summary,
        requirements: requirements)

    /// What the catalog covers and how it was drawn up, for `naptrack standards show`.
    static let summary = """
        One requirement per paragraph of the Convention that a national plan and its declared \
        framework can show: prevention and demand (Articles 5-6), identification, assistance, \
        reflection period, residence, redress, return and gender equality (Articles 10-17), \
        confiscation and non-punishment (Articles 23 and 26), protection, specialisation, \
        co-ordination and court proceedings (Articles 28-30), and co-operation with other states \
        and civil society (Articles 32-35). A paragraph that imposes a duty outright is binding, \
        including the usual formula "such measures as may be necessary", which leaves the means and \
        not the duty to the Party; one whose duty is tempered by "where appropriate", "when \
        necessary" or "appropriate measures, as may be necessary" is qualified; a duty only to \
        consider is guidance. Article 13(3) is binding because it closes the list of grounds on \
        which the period of Article 13(1) may be withheld. Paragraphs on children are not \
        applicable when the plan declares scope.children: false, and those on the stay and return of \
        foreign victims when it declares scope.non_nationals: false. The guardian delay of Article \
        10(4)(a) is read against the threshold coe-cathb:guardian_hours (24 hours by default). \
        Articles 7 to 9 (borders and documents) are not covered yet.
        """

    /// Every requirement, in the order of the Convention's articles.
    static let requirements: [Requirement] =
        PreventionRequirements.all
        + IdentificationRequirements.all
        + AssistanceRequirements.all
        + ReflectionAndResidenceRequirements.all
        + RedressAndReturnRequirements.all
        + JusticeRequirements.all
        + CooperationRequirements.all
}
