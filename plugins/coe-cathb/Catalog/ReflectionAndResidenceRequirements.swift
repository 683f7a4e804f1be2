import NaptrackStandards

/// Chapter III of the Convention, third part: the recovery and reflection period (Article 13)
/// and residence permits (Article 14).
enum ReflectionAndResidenceRequirements {
    static let all: [Requirement] = [
        Requirement(
            id: "coe-cathb:art13.1", title: "Recovery and reflection period of at least 30 days, in law",
            reference: "CETS 197 Art. 13(1)", modality: .binding,
            rationale: "A presumed victim needs time, safe from expulsion, to recover and escape the traffickers' hold before deciding whether to co-operate; a period tied to co-operation defeats that purpose.",
            remedy: "Provide in law a period of at least 30 days that starts on reasonable grounds, does not depend on co-operation, suspends any expulsion and authorises the stay.",
            appliesWhen: .nonNationalsInScope,
            check: .all([
                .fact("reflection_period.in_law", .isTrue),
                .fact("reflection_period.days", .atLeast(.value(30))),
                .fact("reflection_period.trigger", .equals("reasonable-grounds")),
                .fact("reflection_period.conditional_on_cooperation", .isFalse),
                .fact("reflection_period.expulsion_suspended", .isTrue),
                .fact("reflection_period.stay_authorised", .isTrue),
            ])),
        Requirement(
            id: "coe-cathb:art13.2", title: "Assistance during the reflection period",
            reference: "CETS 197 Art. 13(2)", modality: .binding,
            rationale: "The period only helps recovery if the person is housed, supported and kept safe while it runs.",
            remedy: "Entitle persons in the reflection period to the assistance and safety measures of Article 12(1) and (2).",
            appliesWhen: .nonNationalsInScope,
            check: .fact("reflection_period.assistance_entitled", .isTrue)),
        Requirement(
            id: "coe-cathb:art13.3", title: "Reflection period withheld only for public order or improper claims",
            reference: "CETS 197 Art. 13(3)", modality: .binding,
            rationale: "The two grounds are the only release from the period; any further ground withholds what paragraph 1 makes mandatory.",
            remedy: "Limit the grounds for refusing or ending the period to public order and victim status claimed improperly.",
            appliesWhen: .nonNationalsInScope,
            check: .fact("reflection_period.exceptions", .onlyFrom(["public-order", "improper-claim"]))),
        Requirement(
            id: "coe-cathb:art14.1", title: "Renewable residence permit for victims",
            reference: "CETS 197 Art. 14(1)", modality: .binding,
            rationale: "Without a secure stay, victims cannot recover or take part in proceedings; the state may grant it on personal grounds, for co-operation, or both.",
            remedy: "Issue a renewable permit on the victim's personal situation, on co-operation with the authorities, or on both, and declare the grounds in residence_permit.grounds.",
            appliesWhen: .nonNationalsInScope,
            check: .all([
                .fact("residence_permit.renewable", .isTrue),
                .list("residence_permit.grounds", includesAnyOf: ["personal-situation", "cooperation"]),
            ])),
        Requirement(
            id: "coe-cathb:art14.2", title: "Child victims' permits decided in their best interests",
            reference: "CETS 197 Art. 14(2)", modality: .binding,
            rationale: "A child's stay should turn on what is best for the child, not on usefulness to an investigation.",
            remedy: "Issue and renew residence permits for child victims on the basis of the child's best interests.",
            appliesWhen: .all([.childrenInScope, .nonNationalsInScope]),
            check: .fact("residence_permit.child_best_interests", .isTrue)),
        Requirement(
            id: "coe-cathb:art14.4", title: "A victim's permit counts towards other permits",
            reference: "CETS 197 Art. 14(4)", modality: .binding,
            rationale: "Time already spent lawfully in the country as a victim should help, not be ignored, when a longer-term status is sought.",
            remedy: "Require the immigration authority to take a current or past victim's permit into account when deciding on another kind of permit.",
            appliesWhen: .nonNationalsInScope,
            check: .fact("residence_permit.prior_permit_considered", .isTrue)),
        Requirement(
            id: "coe-cathb:art14.5", title: "Permit without prejudice to asylum",
            reference: "CETS 197 Art. 14(5)", modality: .binding,
            rationale: "Many victims also need international protection; a victim's permit must not close that door.",
            remedy: "Ensure that holding a victim's permit does not bar or weaken an asylum claim.",
            appliesWhen: .nonNationalsInScope,
            check: .fact("residence_permit.asylum_unaffected", .isTrue)),
    ]
}
