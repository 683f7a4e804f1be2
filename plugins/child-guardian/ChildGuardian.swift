import Foundation
import NaptrackStandards

/// Rules for child victims of trafficking and for the guardians who represent them, as a standard
/// plans are checked against.
///
/// Treaty obligations of CETS No. 197 that leave no discretion are `binding` (an error when unmet).
/// Obligations that bind only EU Member States (Directive 2011/36/EU, the Return Directive), or whose
/// detail comes from authoritative soft law (CRC General Comment No. 6, the FRA/EC guardianship
/// handbook, UNICEF guidelines, CM/Rec(2019)11), are `qualified` (a warning). Items the sources only
/// recommend, or that rest on a figure no instrument sets, are `guidance` (a note). Numeric limits
/// that no instrument fixes are configurable thresholds. Every requirement is not applicable when the
/// plan declares `scope.children: false`.
public enum ChildGuardian {
    /// The `child-guardian` standard.
    public static let standard = CatalogStandard(
        id: "child-guardian",
        title: "Child victims and guardianship",
        version: "1",
        source: "CETS No. 197 Arts. 5(5), 10-16, 28, 30; Directive 2011/36/EU Arts. 13-16; CRC General Comment "
            + "No. 6 (2005); FRA/European Commission, Guardianship for children deprived of parental care (2014); "
            + "UNICEF guidelines on child victims of trafficking (2003, 2006); CM/Rec(2019)11",
        summary: summary, requirements: guardianship + protection)

    static let summary = """
        Checks the rules for child victims and the guardians who represent them: how soon a guardian is \
        appointed, how independent, trained and burdened guardians are, and how the child's age, identity, \
        best interests, voice, care, proceedings, return and privacy are handled. Obligations of CETS \
        No. 197 that leave no discretion are binding. Obligations found only in EU law (Directive \
        2011/36/EU, the Return Directive) are qualified, because they bind EU Member States alone and a \
        plan does not say whether its country is one; a severity override in naptrack.yaml raises them. \
        Items whose detail comes from authoritative soft law (CRC General Comment No. 6, the FRA/EC \
        guardianship handbook, UNICEF guidelines, CM/Rec(2019)11) are qualified, and those the sources \
        only recommend are guidance. The appointment delay is qualified although CETS Art. 10(4)(a) \
        binds: the Convention says 'as soon as', and how many hours that means is a policy choice. No \
        instrument sets a number for it or for the caseload, so both are thresholds with defaults: \
        'child-guardian:appointment_hours' (24) and 'child-guardian:max_caseload' (20). Every requirement \
        is not applicable to a plan that declares 'scope.children: false'.
        """

    /// The threshold for the longest acceptable time, in hours, from identification to appointment.
    public static let appointmentHoursKey = "child-guardian:appointment_hours"
    static let appointmentHoursDefault: Decimal = 24
    /// The threshold for the most children one guardian may be responsible for.
    public static let caseloadKey = "child-guardian:max_caseload"
    static let caseloadDefault: Decimal = 20

    /// Applies to plans that do not exclude children from their scope.
    static let children = Condition.fact("scope.children", .isTrue)
    /// Applies to plans that exclude neither children nor foreign victims.
    static let foreignChildren = Condition.all([children, .fact("scope.non_nationals", .isTrue)])
}

/// Short citations shared by the requirements' references.
enum ChildSource {
    static let directive = "Directive 2011/36/EU"
    static let generalComment = "CRC GC No. 6 (2005)"
    static let fra = "FRA/EC guardianship handbook (2014)"
    static let unicef2003 = "UNICEF SEE Guidelines (2003)"
    static let alternativeCare = "UN Alternative Care Guidelines (A/RES/64/142)"
    static let dottridge = "GTZ 2005, Dottridge, Trafficking in Children"
}
