import ChildGuardianStandard
import CouncilOfEuropeStandard
import NaptrackStandards
import PlanQualityStandard
import ReferralMechanismStandard

/// The standard modules built into the tool. This is the one place that lists them: each
/// module under `plugins/` exposes its standard, and the registry is assembled here.
enum BuiltInStandards {
    /// Every built-in standard, in the order `naptrack standards` lists them.
    static let all: [any Standard] = [
        PlanQuality.standard,
        CouncilOfEuropeConvention.standard,
        ReferralMechanism.standard,
        ChildGuardian.standard,
    ]

    /// A registry holding the built-in standards.
    static var registry: StandardRegistry { StandardRegistry(all) }
}
