import NaptrackStandards

extension ReferralMechanism {
    /// The first pillar: identification, referral and the protections a presumed victim needs at once.
    static let identificationAndProtection: [Requirement] = [
        Requirement(
            id: "osce-nrm:identification-guidelines",
            title: "Written identification guidance for every front-line service",
            reference: "\(NRMSource.handbook); \(NRMSource.secondEdition), pillar 1; \(NRMSource.nrmChapter), "
                + "NRM components; cf. CETS 197 Art. 10(1)-(2)",
            modality: .qualified,
            rationale: "Police, border guards, labour inspectors and social workers miss victims unless they share "
                + "written indicators and steps.",
            remedy: "Issue identification guidance with indicators for police, immigration services, labour "
                + "inspectors, social workers and NGOs, and declare 'identification.guidelines'.",
            check: .fact("identification.guidelines", .isTrue)),
        Requirement(
            id: "osce-nrm:referral",
            title: "Written referral procedures and a focal point that receives referrals",
            reference: "\(NRMSource.handbook); \(NRMSource.secondEdition), pillar 1; \(NRMSource.nrmChapter), "
                + "NRM components and Cooperation Models",
            modality: .qualified,
            rationale: "Whoever meets a presumed victim first should know the route to specialised help and who "
                + "takes the case over.",
            remedy: "Adopt standard operating procedures saying who refers whom to which service, and name the body "
                + "that receives referrals in 'referral.focal_point'.",
            check: .all([
                .fact("referral.sop", .isTrue),
                .fact("referral.focal_point", .present),
            ])),
        Requirement(
            id: "osce-nrm:reflection-period",
            title: "Reflection period of at least 30 days, whether or not the person co-operates",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), NRM components; \(NRMSource.conclusions); "
                + "cf. CETS 197 Art. 13(1)",
            modality: .qualified,
            rationale: "Victims need time to recover before deciding whether to help an investigation; a period "
                + "granted only to those who co-operate defeats its purpose.",
            remedy: "Grant every presumed victim a reflection period of at least 30 days that does not depend on "
                + "co-operating with the police or prosecutors.",
            appliesWhen: .fact("scope.non_nationals", .isTrue),
            check: .all([
                .fact("reflection_period.days", .atLeast(.value(30))),
                .fact("reflection_period.conditional_on_cooperation", .isFalse),
            ])),
        Requirement(
            id: "osce-nrm:residence",
            title: "Renewable residence permit available on personal grounds",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), NRM components (regularisation of status); "
                + "\(NRMSource.conclusions); cf. CETS 197 Art. 14(1)",
            modality: .qualified,
            rationale: "Foreign victims can recover and seek justice only if their stay is secure, whatever their "
                + "role as witnesses.",
            remedy: "Provide a renewable permit that can be granted because of the victim's personal situation, not "
                + "only for testimony.",
            appliesWhen: .fact("scope.non_nationals", .isTrue),
            check: .all([
                .fact("residence_permit.renewable", .isTrue),
                .fact("residence_permit.grounds", .includesAll(["personal-situation"])),
            ])),
        Requirement(
            id: "osce-nrm:risk-assessment",
            title: "Individual risk assessment at identification, during support and before return",
            reference: "\(NRMSource.handbook); \(NRMSource.secondEdition), assessment guides; \(NRMSource.nrmChapter), "
                + "NRM components; cf. CETS 197 Arts. 12(2), 16(2)",
            modality: .qualified,
            rationale: "The threat to a victim changes as the case moves on, so each stage needs its own look at "
                + "safety.",
            remedy: "Build a risk assessment into the procedures at identification, during support and before any "
                + "return, and list the stages in 'assistance.risk_assessment'.",
            check: .fact("assistance.risk_assessment", .includesAll(["identification", "support", "pre-return"]))),
        Requirement(
            id: "osce-nrm:informed-consent",
            title: "Services and co-operation rest on informed consent",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), NRM components; cf. CETS 197 Art. 12(7)",
            modality: .qualified,
            rationale: "Victims regain control of their lives when nothing is done to them without their "
                + "understanding and agreement.",
            remedy: "State in the procedures that every service, and any co-operation with the authorities, needs "
                + "the person's informed consent.",
            check: .fact("assistance.informed_consent", .isTrue)),
        Requirement(
            id: "osce-nrm:non-conditionality",
            title: "Assistance does not depend on co-operation with the authorities",
            reference: "\(NRMSource.handbook); \(NRMSource.conclusions); cf. CETS 197 Art. 12(6)",
            modality: .qualified,
            rationale: "Help reserved for witnesses leaves most victims without support and puts pressure on the "
                + "rest.",
            remedy: "Remove any duty to testify or co-operate from the rules on access to assistance.",
            check: .fact("assistance.conditional_on_cooperation", .isFalse)),
        Requirement(
            id: "osce-nrm:data-protection",
            title: "Confidentiality and data-protection rules for case information",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), NRM components; cf. CETS 197 Art. 11(1)",
            modality: .qualified,
            rationale: "Case information passed between agencies can endanger victims and their families if it "
                + "leaks.",
            remedy: "Name the law that governs victims' personal data and adopt written confidentiality rules for "
                + "everyone in the mechanism.",
            check: .all([
                .fact("data_protection.legal_basis", .present),
                .fact("data_protection.confidentiality_rules", .isTrue),
            ])),
        Requirement(
            id: "osce-nrm:non-punishment",
            title: "Victims not punished for offences they were compelled to commit, by statute",
            reference: "\(NRMSource.handbook); \(NRMSource.conclusions); cf. CETS 197 Art. 26",
            modality: .qualified,
            rationale: "Victims who fear prosecution stay silent; guidance can be withdrawn and binds prosecutors but "
                + "not police or courts.",
            remedy: "Enact a provision allowing victims not to be prosecuted or penalised for offences they were "
                + "compelled to commit, and declare 'non_punishment: statutory'.",
            check: .fact("non_punishment", .equals("statutory"))),
    ]
}
