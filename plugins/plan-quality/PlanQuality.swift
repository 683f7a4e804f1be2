import NaptrackStandards

/// The `plan-quality` standard: whether a plan can work as a management tool, with a lead agency,
/// a timeframe, a cost and an indicator for every activity, a coordinator and a review cycle, and
/// coverage of the pillars, forms of exploitation, victims' outcomes, health and training.
///
/// The requirements are drawn from the 2005 publication of the GTZ Sector Project against
/// Trafficking in Women, cited by chapter and line in each requirement's reference.
public enum PlanQuality {
    /// The standard as the engine, the reports and `naptrack standards show` see it.
    public static let standard = CatalogStandard(
        id: "plan-quality", title: "Plan quality", version: "1",
        source: "Publication of the GTZ Sector Project against Trafficking in Women (2005): debate and practical approaches",
        summary: summary, requirements: catalog)

    static let summary = """
        Checks a plan as a management tool rather than against a treaty. The seed's editorial chapter on \
        capacity and institution building warns that action plans without timelines and budgets stay plans \
        without action; its authors also ask for review by a round-table that includes NGOs, for coverage of \
        every pillar and every form of exploitation, and for indicators of what changes for victims. \
        The source is not a legal instrument, so modality here grades how essential an element is: \
        binding for what every activity needs before it can be managed (a lead agency, a timeframe inside \
        the plan period, a cost, an indicator), qualified for the plan's structure and coverage, guidance \
        for good practice and for the funding gap, which is reported for each objective. \
        References ("Seed, <chapter>, lines …") give the chapter and the line numbers of the plain-text \
        copy of that publication the project works from.
        """
}
