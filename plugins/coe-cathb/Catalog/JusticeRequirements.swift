import NaptrackStandards

/// Chapters IV and V of the Convention, as far as a plan can show them: confiscation
/// (Article 23), non-punishment (Article 26), protection of victims and witnesses (Article 28),
/// specialised authorities and co-ordination (Article 29) and court proceedings (Article 30).
enum JusticeRequirements {
    static let all: [Requirement] = [
        Requirement(
            id: "coe-cathb:art23", title: "Confiscation of traffickers' instruments and proceeds",
            reference: "CETS 197 Art. 23(3)", modality: .binding,
            rationale: "Taking the profits away removes the motive, and the assets can fund compensation under Article 15(4).",
            remedy: "Enable confiscation of the instrumentalities and proceeds of trafficking offences, or of property of equal value, and declare criminal_law.confiscation: true.",
            check: .fact("criminal_law.confiscation", .isTrue)),
        Requirement(
            id: "coe-cathb:art26", title: "Victims not punished for offences they were compelled to commit",
            reference: "CETS 197 Art. 26", modality: .binding,
            rationale: "Punishing victims for what traffickers forced them to do punishes the wrong person and keeps victims silent; a provision in law makes the protection certain rather than discretionary.",
            remedy: "Adopt a legal provision allowing penalties to be waived for victims' compelled involvement in unlawful acts, and declare non_punishment: statutory.",
            check: .fact("non_punishment", .equals("statutory"))),
        Requirement(
            id: "coe-cathb:art28.1", title: "Protection of victims and witnesses from retaliation",
            reference: "CETS 197 Art. 28(1)", modality: .binding,
            rationale: "Victims and witnesses who fear retaliation during or after the trial will not testify.",
            remedy: "Protect victims and witnesses (and, where needed, their families and those who report offences) from retaliation and intimidation during and after proceedings; list the groups in protection.covered.",
            check: .fact("protection.covered", .includesAll(["victims", "witnesses"]))),
        Requirement(
            id: "coe-cathb:art28.2", title: "Various kinds of protection",
            reference: "CETS 197 Art. 28(2)", modality: .binding,
            rationale: "One measure does not fit every threat; protection has to range from physical protection to relocation, a new identity or help finding work.",
            remedy: "Offer more than one form of protection and list them in protection.measures (physical, relocation, identity-change, employment).",
            check: .list("protection.measures", holdsAtLeast: 2)),
        Requirement(
            id: "coe-cathb:art28.3", title: "Special protection for child victims",
            reference: "CETS 197 Art. 28(3)", modality: .binding,
            rationale: "Children are more exposed to intimidation and need protection measures shaped by their best interests.",
            remedy: "Provide special protection measures for child victims, decided in the child's best interests, and declare children.special_protection: true.",
            appliesWhen: .childrenInScope,
            check: .fact("children.special_protection", .isTrue)),
        Requirement(
            id: "coe-cathb:art28.4", title: "Protection of NGO staff who support victims in proceedings",
            reference: "CETS 197 Art. 28(4)", modality: .qualified,
            rationale: "NGO workers who accompany victims in court can become targets themselves.",
            remedy: "Extend protection from retaliation, where needed, to members of NGOs assisting victims in proceedings, and add ngo-staff to protection.covered.",
            check: .fact("protection.covered", .includesAll(["ngo-staff"]))),
        Requirement(
            id: "coe-cathb:art28.5", title: "Agreements with other states on protection",
            reference: "CETS 197 Art. 28(5)", modality: .guidance,
            rationale: "Relocating a threatened witness abroad, or protecting one whose family lives abroad, needs arrangements with other states.",
            remedy: "Consider agreements or arrangements with other states for protecting victims and witnesses, and declare international_cooperation.protection_agreements once they exist.",
            check: .fact("international_cooperation.protection_agreements", .isTrue)),
        Requirement(
            id: "coe-cathb:art29.1", title: "Specialised, independent, trained and funded units",
            reference: "CETS 197 Art. 29(1)", modality: .binding,
            rationale: "Trafficking cases are complex and pressure on investigators is real; specialists need independence, training and money to do the work.",
            remedy: "Designate specialised persons or units (police, prosecution, victim services…), give them the independence they need, train their staff and fund them adequately.",
            check: .all([
                .list("specialisation.units", holdsAtLeast: 1),
                .fact("specialisation.independent", .isTrue),
                .fact("specialisation.trained", .isTrue),
                .fact("specialisation.funded", .isTrue),
            ])),
        Requirement(
            id: "coe-cathb:art29.2", title: "Co-ordination of government policy against trafficking",
            reference: "CETS 197 Art. 29(2)", modality: .qualified,
            rationale: "Ministries and agencies pull in different directions unless someone holds a mandate to co-ordinate them.",
            remedy: "Give a national co-ordinator (or co-ordinating body) a formal mandate over the anti-trafficking work of ministries and agencies, and name it in coordination.coordinator.",
            check: .all([
                .fact("coordination.coordinator.agency", .present),
                .fact("coordination.coordinator.mandate", .isTrue),
            ])),
        Requirement(
            id: "coe-cathb:art29.3", title: "Training for officials, including human rights",
            reference: "CETS 197 Art. 29(3)", modality: .binding,
            rationale: "Officials who know the methods and the victims' rights prevent, prosecute and protect better.",
            remedy: "Provide training for the officials concerned that includes human rights, and record it in training with human_rights: true.",
            check: .fact("training", .someRecord(["human_rights": .isTrue]))),
        Requirement(
            id: "coe-cathb:art29.4", title: "National rapporteur or equivalent monitoring",
            reference: "CETS 197 Art. 29(4)", modality: .guidance,
            rationale: "A rapporteur or similar mechanism, independent of the bodies it watches, shows what state institutions actually do against trafficking.",
            remedy: "Consider appointing a national rapporteur or another independent mechanism to monitor state anti-trafficking activity and legislation, and declare it in coordination.rapporteur.",
            check: .all([
                .fact("coordination.rapporteur.agency", .present),
                .fact("coordination.rapporteur.independent", .isTrue),
            ])),
        Requirement(
            id: "coe-cathb:art30", title: "Victims protected during court proceedings",
            reference: "CETS 197 Art. 30(a)-(b)", modality: .binding,
            rationale: "Facing the accused, or having one's identity aired in court, deters victims from testifying; children need special care.",
            remedy: "Protect victims' privacy and, where appropriate, identity in court, keep them safe from intimidation during proceedings, and provide child-friendly arrangements for child victims.",
            check: .all([
                .fact("protection.in_court_privacy", .isTrue),
                .fact("protection.in_court_safety", .isTrue),
                .forChildren(.fact("children.child_friendly_proceedings", .isTrue)),
            ])),
    ]
}
