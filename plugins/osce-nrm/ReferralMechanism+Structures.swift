import NaptrackStandards

extension ReferralMechanism {
    /// Who leads the mechanism, who sits in it and what formalises it.
    static let structures: [Requirement] = [
        Requirement(
            id: "osce-nrm:definition",
            title: "State-led mechanism working in partnership with civil society",
            reference: "\(NRMSource.handbook), definition of an NRM; \(NRMSource.secondEdition), partnership; "
                + "\(NRMSource.nrmChapter), The Concept of NRMs; cf. CETS 197 Art. 35",
            modality: .qualified,
            facts: ["coordination.coordinator.agency", "cooperation_agreements.parties"],
            rationale: "An NRM is the state meeting its duties to victims together with civil society; without "
                + "state leadership or a formal NGO partner it is neither.",
            remedy: "Give the co-ordinating role to a state body and sign a written co-operation agreement between "
                + "state bodies and at least one NGO; declare them under 'coordination.coordinator.agency' and "
                + "'cooperation_agreements'.",
            check: .all([ReferralMechanismChecks.coordinatorIsStateBody,
                ReferralMechanismChecks.agreementJoinsStateAndNGO])),
        Requirement(
            id: "osce-nrm:legal-basis",
            title: "Referral arrangements formalised in a law, decree or agreement",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), Cooperation Models; cf. CETS 197 Art. 29(2)",
            modality: .guidance,
            rationale: "Roles written into a legal act outlast changes of staff and of government.",
            remedy: "Adopt the mechanism by law, by decree or by a signed inter-agency agreement, and declare which "
                + "in 'coordination.legal_basis'.",
            check: .fact("coordination.legal_basis", .oneOf(["law", "decree", "agreement"]))),
        Requirement(
            id: "osce-nrm:needs-assessment",
            title: "Mechanism designed on a recent assessment of needs and practice",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), Mapping and Assessment, Lessons Learned",
            modality: .qualified,
            facts: ["coordination.needs_assessment"],
            rationale: "Mapping how victims are identified, supported and heard in court today shows which gaps the "
                + "mechanism has to close.",
            remedy: "Carry out or update a national assessment of identification, services and prosecution "
                + "practice and declare its year in 'coordination.needs_assessment'. The oldest accepted age, in "
                + "years before the plan starts, is the '\(ReferralMechanismChecks.assessmentAgeKey)' threshold "
                + "(default \(ReferralMechanismChecks.assessmentAgeDefault), a policy choice).",
            check: ReferralMechanismChecks.recentNeedsAssessment),
        Requirement(
            id: "osce-nrm:coordinator",
            title: "National co-ordinator at senior level with a mandate and a budget",
            reference: "\(NRMSource.handbook); \(NRMSource.capacityChapter), Institutional Anti-Trafficking "
                + "Framework; cf. CETS 197 Art. 29(2)",
            modality: .qualified,
            rationale: "Someone senior has to bring ministries, police and NGOs together and carry the round-table's "
                + "conclusions to those who decide.",
            remedy: "Appoint a co-ordinator at ministerial or senior-official level with a written mandate and a "
                + "budget of its own.",
            check: .all([
                .fact("coordination.coordinator.agency", .present),
                .fact("coordination.coordinator.level", .oneOf(["ministerial", "senior-official"])),
                .fact("coordination.coordinator.mandate", .isTrue),
                .fact("coordination.coordinator.budget", .isTrue),
            ])),
        Requirement(
            id: "osce-nrm:round-table",
            title: "Round-table with NGO members that meets on a set cycle",
            reference: "\(NRMSource.handbook); \(NRMSource.capacityChapter), Institutional Anti-Trafficking "
                + "Framework; \(NRMSource.nrmChapter), Cooperation Models",
            modality: .qualified,
            rationale: "Government and NGOs can only agree a plan and watch over it together if they sit at one "
                + "table regularly.",
            remedy: "Set up a round-table (or commission) with NGOs as full members and a fixed meeting cycle, and "
                + "declare 'coordination.round_table'.",
            check: .all([
                .fact("coordination.round_table.includes_ngos", .isTrue),
                .fact("coordination.round_table.meets_every_months", .present),
                ReferralMechanismChecks.roundTableMembersIncludeNGO,
            ])),
        Requirement(
            id: "osce-nrm:working-groups",
            title: "Working groups, each led by a named agency",
            reference: "\(NRMSource.handbook); \(NRMSource.capacityChapter), Institutional Anti-Trafficking "
                + "Framework; \(NRMSource.victimSupportChapter)",
            modality: .qualified,
            rationale: "Questions such as legislation, identification or children need expert groups that prepare "
                + "decisions for the round-table.",
            remedy: "Create working groups on the main operational questions, give each a lead agency, and list them "
                + "under 'coordination.working_groups'.",
            check: .fact("coordination.working_groups", .someRecord(["lead": .present]))),
        Requirement(
            id: "osce-nrm:mou",
            title: "Written co-operation agreement settling roles, referral and data protection",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), Cooperation Models; "
                + "\(NRMSource.victimSupportChapter); cf. CETS 197 Arts. 11(1), 12(5), 35",
            modality: .qualified,
            facts: ["cooperation_agreements.covers"],
            rationale: "Police and NGOs entrust each other with victims and their data only when the terms are "
                + "written down.",
            remedy: "Sign a memorandum of understanding between law enforcement and the specialised NGOs that fixes "
                + "each party's role, the referral steps and how personal data are kept confidential, and list what "
                + "it covers under 'cooperation_agreements[].covers'.",
            check: ReferralMechanismChecks.agreementCovers(all: ["roles", "referral"],
                oneOf: ["confidentiality", "data-protection"])),
        Requirement(
            id: "osce-nrm:civil-society",
            title: "NGOs take part in identification and provide support",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), The Concept of NRMs; "
                + "cf. CETS 197 Arts. 10(1), 12(5), 35",
            modality: .qualified,
            rationale: "Many victims trust an NGO long before any state body, so NGOs need a recognised place in "
                + "identification and support.",
            remedy: "Make identification a joint state-NGO assessment and fund specialised NGOs to assist victims; "
                + "declare 'identification.joint_state_ngo' and 'assistance.ngo_providers'.",
            check: .all([
                .fact("identification.joint_state_ngo", .isTrue),
                ReferralMechanismChecks.namesAnNGO("assistance.ngo_providers"),
            ])),
        Requirement(
            id: "osce-nrm:survivor-participation",
            title: "Survivors take part in shaping and reviewing the mechanism",
            reference: "OSCE/ODIHR NRM Handbook, \(NRMSource.secondEdition), survivor-centred approach; "
                + "\(NRMSource.conclusions)",
            modality: .qualified,
            rationale: "People who have been through the system know best where it fails them.",
            remedy: "Give survivors a standing voice, such as a council or seats on the round-table, in designing "
                + "and reviewing the mechanism.",
            check: .fact("coordination.survivor_participation", .isTrue)),
    ]
}
