import NaptrackStandards

extension ReferralMechanism {
    /// The building blocks that carry the mechanism over time: capacity, monitoring and money.
    static let buildingBlocks: [Requirement] = [
        Requirement(
            id: "osce-nrm:quality-standards",
            title: "Support services work to written standards of care",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), Building Capacities and Lessons Learned",
            modality: .qualified,
            rationale: "Transparent, measurable standards let the state check the care it pays for, whoever "
                + "provides it.",
            remedy: "Adopt minimum standards of care that bind public and NGO providers alike, and declare "
                + "'assistance.standards_of_care'.",
            check: .fact("assistance.standards_of_care", .isTrue)),
        Requirement(
            id: "osce-nrm:training",
            title: "Training reaches police, prosecutors, judges and social workers",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), Building Capacities; "
                + "\(NRMSource.capacityChapter), Training and Networking; cf. CETS 197 Art. 29(3)",
            modality: .qualified,
            facts: ["training.audiences"],
            rationale: "Every profession that meets victims or decides their cases has to recognise and treat them "
                + "as victims.",
            remedy: "Run training for each of these professions and list who each programme reaches under "
                + "'training[].audiences'.",
            check: ReferralMechanismChecks.trainingReaches(["police", "prosecutors", "judges", "social-workers"])),
        Requirement(
            id: "osce-nrm:capacity-building",
            title: "Training built into institutional curricula",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), Building Capacities and Lessons Learned; "
                + "\(NRMSource.capacityChapter), Training and Networking",
            modality: .qualified,
            rationale: "One-off courses fade with staff turnover; training in the regular curriculum reaches every "
                + "new intake.",
            remedy: "Make anti-trafficking training part of the regular curricula of police, judicial and social "
                + "work training institutions, and mark those programmes 'institutionalised: true'.",
            check: .fact("training", .someRecord(["institutionalised": .isTrue]))),
        Requirement(
            id: "osce-nrm:monitoring-evaluation",
            title: "Data collection and independent evaluation of the mechanism",
            reference: "\(NRMSource.handbook); \(NRMSource.nrmChapter), NRM components and Lessons Learned; "
                + "cf. CETS 197 Art. 29(4)",
            modality: .qualified,
            rationale: "Only collected data and an outside view show whether victims are actually identified, "
                + "helped and heard.",
            remedy: "Collect case data systematically and have the mechanism evaluated by a body independent of "
                + "those running it.",
            check: .all([
                .fact("monitoring.data_collection", .isTrue),
                .fact("monitoring.independent_evaluation", .isTrue),
            ])),
        Requirement(
            id: "osce-nrm:rapporteur",
            title: "Independent national rapporteur or equivalent mechanism",
            reference: "OSCE Action Plan to Combat Trafficking in Human Beings (PC.DEC/557, 2003), national "
                + "rapporteurs; \(NRMSource.handbook); \(NRMSource.nrmChapter), NRM components (monitoring); "
                + "cf. CETS 197 Art. 29(4)",
            modality: .guidance,
            rationale: "A rapporteur outside the government can report on the mechanism without defending it.",
            remedy: "Consider giving an independent body, such as an ombudsperson, the mandate of national "
                + "rapporteur, and declare it under 'coordination.rapporteur'.",
            check: .all([
                .fact("coordination.rapporteur.agency", .present),
                .fact("coordination.rapporteur.independent", .isTrue),
            ])),
        Requirement(
            id: "osce-nrm:funding",
            title: "Regular, multi-year funding of NGO services",
            reference: "\(NRMSource.handbook); \(NRMSource.secondEdition), long-term funding; "
                + "\(NRMSource.nrmChapter), Lessons Learned; \(NRMSource.conclusions); cf. CETS 197 Art. 12(5)",
            modality: .qualified,
            rationale: "Shelters and counselling funded project by project close when the project ends, and "
                + "victims lose their support.",
            remedy: "Fund NGO service providers regularly and for several years at a time rather than by short "
                + "projects.",
            check: .all([
                .fact("funding.ngo_services_regular", .isTrue),
                .fact("funding.multi_year", .isTrue),
            ])),
    ]
}
