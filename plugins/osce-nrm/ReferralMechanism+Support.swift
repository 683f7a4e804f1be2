import NaptrackStandards

extension ReferralMechanism {
    /// The second and third pillars: individual support, children, social inclusion and return.
    static let supportAndInclusion: [Requirement] = [
        Requirement(
            id: "osce-nrm:victim-support",
            title: "Accommodation, material, medical, psychological and legal support available",
            reference: "\(NRMSource.handbook); \(NRMSource.secondEdition), pillar 2; \(NRMSource.nrmChapter), "
                + "NRM components; cf. CETS 197 Art. 12(1)",
            modality: .qualified,
            rationale: "Recovery starts with a safe place, the means to live, health care and independent legal "
                + "advice.",
            remedy: "Make sure each of these services exists for victims, run by the state or by funded NGOs, and "
                + "list them in 'assistance.services'.",
            check: .fact("assistance.services",
                .includesAll(["accommodation", "material", "medical", "psychological", "legal"]))),
        Requirement(
            id: "osce-nrm:child-protection",
            title: "Child-specific referral steps guided by the child's best interests",
            reference: "\(NRMSource.handbook); \(NRMSource.secondEdition), best interests of the child; "
                + "\(NRMSource.nrmChapter), NRM components; cf. CETS 197 Art. 10(3)-(4)",
            modality: .qualified,
            rationale: "Children need specialist care and decisions made in their best interests, not the adult "
                + "route.",
            remedy: "Add steps for children to the referral procedures and make an individual best-interests "
                + "assessment part of them; the 'child-guardian' standard checks the details.",
            appliesWhen: .fact("scope.children", .isTrue),
            check: .all([
                .fact("referral.child_procedures", .isTrue),
                .fact("children.best_interests.assessment", .isTrue),
            ])),
        Requirement(
            id: "osce-nrm:social-inclusion",
            title: "Education, vocational training and help into work",
            reference: "\(NRMSource.handbook); \(NRMSource.secondEdition), pillar 3; \(NRMSource.nrmChapter), "
                + "NRM components; cf. CETS 197 Art. 12(4)",
            modality: .qualified,
            rationale: "Without a way to earn a living, a former victim is at risk of being trafficked again.",
            remedy: "Offer education, vocational training and job counselling or placement, and list them in "
                + "'assistance.services'.",
            check: .fact("assistance.services", .includesAll(["education", "vocational", "employment"]))),
        Requirement(
            id: "osce-nrm:return-reintegration",
            title: "Voluntary, risk-assessed return with reintegration support",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), NRM components; \(NRMSource.conclusions); "
                + "cf. CETS 197 Art. 16(2), (5)",
            modality: .qualified,
            rationale: "A return without a risk assessment or support at home can deliver the person back to the "
                + "traffickers.",
            remedy: "Return victims preferably of their own will, only after a risk assessment, and with "
                + "reintegration support arranged in the country of return.",
            check: .all([
                .fact("return.voluntary", .isTrue),
                .fact("return.risk_assessment", .isTrue),
                .fact("return.reintegration_support", .isTrue),
            ])),
    ]

    /// The fourth pillar: criminal justice and redress.
    static let justiceAndRedress: [Requirement] = [
        Requirement(
            id: "osce-nrm:criminal-justice-redress",
            title: "Legal assistance and privacy protection in criminal proceedings",
            reference: "OSCE/ODIHR NRM Handbook, \(NRMSource.secondEdition), pillar 4; \(NRMSource.nrmChapter), "
                + "NRM components (victim and witness support); cf. CETS 197 Arts. 15(2), 30",
            modality: .qualified,
            rationale: "Victims who testify need a lawyer at their side and protection from exposure in court.",
            remedy: "Give victims access to legal assistance and protect their privacy and identity in court, and "
                + "declare 'remedies.legal_assistance' and 'protection.in_court_privacy'.",
            check: .all([
                .fact("remedies.legal_assistance", .isTrue),
                .fact("protection.in_court_privacy", .isTrue),
            ])),
        Requirement(
            id: "osce-nrm:compensation",
            title: "Compensation from offenders, backed by the state",
            reference: "\(NRMSource.handbook); \(NRMSource.secondEdition), pillar 4; \(NRMSource.nrmChapter), "
                + "NRM components; cf. CETS 197 Art. 15(3)-(4)",
            modality: .qualified,
            rationale: "Offenders rarely pay; without a state scheme the right to compensation stays on paper.",
            remedy: "Provide a right to compensation from offenders and a state fund or equivalent scheme that pays "
                + "when they do not.",
            check: .all([
                .fact("remedies.compensation_from_offender", .isTrue),
                .fact("remedies.state_compensation", .isTrue),
            ])),
    ]
}
