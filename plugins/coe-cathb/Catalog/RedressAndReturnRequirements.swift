import NaptrackStandards

/// Chapter III of the Convention, last part: compensation and legal redress (Article 15),
/// repatriation and return (Article 16) and gender equality (Article 17).
enum RedressAndReturnRequirements {
    static let all: [Requirement] = [
        Requirement(
            id: "coe-cathb:art15.1", title: "Information on proceedings from the first contact",
            reference: "CETS 197 Art. 15(1)", modality: .binding,
            rationale: "Victims cannot use rights nobody has explained to them in a language they follow.",
            remedy: "Inform victims about the relevant judicial and administrative proceedings from their first contact with the authorities, in a language they understand.",
            check: .fact("remedies.information_at_first_contact", .isTrue)),
        Requirement(
            id: "coe-cathb:art15.2", title: "Legal assistance and free legal aid in law",
            reference: "CETS 197 Art. 15(2)", modality: .binding,
            rationale: "Claims against traffickers and for residence are beyond most victims without a lawyer they can afford.",
            remedy: "Give victims a statutory right to legal assistance and to free legal aid.",
            check: .all([
                .fact("remedies.legal_assistance", .isTrue),
                .fact("remedies.free_legal_aid", .isTrue),
            ])),
        Requirement(
            id: "coe-cathb:art15.3", title: "Right to compensation from the offenders",
            reference: "CETS 197 Art. 15(3)", modality: .binding,
            rationale: "Traffickers profit from the harm they cause; victims need a legal claim against them.",
            remedy: "Provide in law for victims' right to be compensated by the perpetrators.",
            check: .fact("remedies.compensation_from_offender", .isTrue)),
        Requirement(
            id: "coe-cathb:art15.4", title: "State guarantee of compensation",
            reference: "CETS 197 Art. 15(4)", modality: .binding,
            rationale: "Offenders are often unknown, abroad or without assets, so a court award alone rarely pays.",
            remedy: "Guarantee compensation through a state fund or an equivalent programme, which may be fed by confiscated criminal assets.",
            check: .fact("remedies.state_compensation", .isTrue)),
        Requirement(
            id: "coe-cathb:art16.1", title: "Return of own nationals accepted without undue delay",
            reference: "CETS 197 Art. 16(1)", modality: .binding,
            rationale: "A victim stranded abroad because the home state is slow to accept them stays exposed.",
            remedy: "Facilitate and accept the return of nationals and permanent residents trafficked abroad promptly, with regard for their rights, safety and dignity.",
            check: .fact("return.accepts_nationals", .isTrue)),
        Requirement(
            id: "coe-cathb:art16.2", title: "Safe and preferably voluntary return",
            reference: "CETS 197 Art. 16(2)", modality: .binding,
            rationale: "A return that ignores the risks waiting at home can deliver the victim back to the traffickers.",
            remedy: "Assess the risks before any return, take account of pending proceedings, and prefer voluntary return.",
            appliesWhen: .nonNationalsInScope,
            check: .all([
                .fact("return.risk_assessment", .isTrue),
                .fact("return.voluntary", .isTrue),
            ])),
        Requirement(
            id: "coe-cathb:art16.3-4", title: "Nationality verified and travel documents issued on request",
            reference: "CETS 197 Art. 16(3)-(4)", modality: .binding,
            rationale: "Victims without papers cannot go home until their state confirms who they are and lets them travel.",
            remedy: "Answer other states' requests to verify nationality or residence, and issue the travel documents needed for return.",
            check: .fact("return.documents_on_request", .isTrue)),
        Requirement(
            id: "coe-cathb:art16.5", title: "Repatriation programmes",
            reference: "CETS 197 Art. 16(5)", modality: .binding,
            rationale: "Return without a programme behind it often ends in re-trafficking.",
            remedy: "Set up repatriation programmes with national or international institutions and NGOs, aimed at avoiding re-victimisation and, as far as possible, at reintegration.",
            check: .fact("return.repatriation_programme", .isTrue)),
        Requirement(
            id: "coe-cathb:art16.6", title: "Contacts for help in the country of return",
            reference: "CETS 197 Art. 16(6)", modality: .qualified,
            rationale: "Knowing whom to call after return (police, NGOs, lawyers, social services) is often the first protection a returnee has.",
            remedy: "Give returning victims contact details of the structures that can help them in the country they go back to.",
            check: .fact("return.contact_information", .isTrue)),
        Requirement(
            id: "coe-cathb:art16.7", title: "No child returned without a risk and security assessment",
            reference: "CETS 197 Art. 16(7)", modality: .binding,
            rationale: "Sending a child back where the assessment shows it is against their interests can return them to the people who trafficked them.",
            remedy: "Require a risk and security assessment before any return of a child victim, and no return where it shows return is not in the child's best interests.",
            appliesWhen: .all([.childrenInScope, .nonNationalsInScope]),
            check: .fact("children.return.risk_assessment", .isTrue)),
        Requirement(
            id: "coe-cathb:art17", title: "Gender mainstreaming in victim protection",
            reference: "CETS 197 Art. 17", modality: .binding,
            rationale: "Women, men, girls and boys are trafficked for different ends and need different protection.",
            remedy: "Use gender mainstreaming when designing, running and assessing identification, assistance and the other measures for victims, and declare assistance.gender_mainstreaming: true.",
            check: .fact("assistance.gender_mainstreaming", .isTrue)),
    ]
}
