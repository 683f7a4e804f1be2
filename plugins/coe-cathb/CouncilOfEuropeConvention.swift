import NaptrackStandards

/// The Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197)
/// as a standard: one requirement per paragraph a plan can show, with its reference, its
/// modality and a check over the plan's declared framework facts.
///
/// Binding paragraphs ("shall") are errors when unmet, qualified ones ("where appropriate", "as
/// may be necessary") warnings, and duties to consider notes. Paragraphs about the child are
/// not applicable to a plan declaring `scope.children: false`; those about the stay and return
/// of foreign victims, to a plan declaring `scope.non_nationals: false`.
public enum CouncilOfEuropeConvention {
    /// The standard, with id `coe-cathb`.
    public static let standard = CatalogStandard(
        id: "coe-cathb",
        title: "Council of Europe Convention on Action against Trafficking in Human Beings",
        version: "2025.1",
        source: "Council of Europe Convention on Action against Trafficking in Human Beings, CETS No. 197, Warsaw 16 May 2005",
        requirements: requirements)

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
