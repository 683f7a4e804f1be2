import NaptrackStandards

/// Chapter VI of the Convention: international co-operation (Articles 32 to 34) and
/// co-operation with civil society (Article 35).
enum CooperationRequirements {
    static let all: [Requirement] = [
        Requirement(
            id: "coe-cathb:art32", title: "Broad co-operation with other states",
            reference: "CETS 197 Art. 32", modality: .binding,
            rationale: "Much trafficking crosses borders; prevention, victim protection and prosecution all depend on other states.",
            remedy: "Conclude or apply agreements and arrangements with other states on prevention, assistance to victims and criminal cases, and declare international_cooperation.agreements: true.",
            check: .fact("international_cooperation.agreements", .isTrue)),
        Requirement(
            id: "coe-cathb:art33.1", title: "Urgent warning to another state of a person in danger",
            reference: "CETS 197 Art. 33(1)", modality: .binding,
            rationale: "When a victim or witness is in immediate danger abroad, hours matter.",
            remedy: "Set up a procedure to pass on at once to another state any information that a protected person is in immediate danger there.",
            check: .fact("international_cooperation.urgent_alerts", .isTrue)),
        Requirement(
            id: "coe-cathb:art33.2", title: "Co-operation in searching for missing persons, especially children",
            reference: "CETS 197 Art. 33(2)", modality: .guidance,
            rationale: "Children who go missing from care are often trafficked across borders; searches stop at the border without co-operation.",
            remedy: "Consider reinforcing co-operation with other states in searches for missing persons believed to be trafficked, children above all.",
            check: .fact("international_cooperation.missing_children", .isTrue)),
        Requirement(
            id: "coe-cathb:art34.1-3", title: "Prompt replies and conditions on shared information",
            reference: "CETS 197 Art. 34(1)-(3)", modality: .binding,
            rationale: "A requesting state needs to know the outcome of its request, or why it stalls, and information given on conditions must be handled on those conditions.",
            remedy: "Ensure requests from other states are answered promptly with the result or the obstacles, and that conditions attached to information received are kept.",
            check: .fact("international_cooperation.request_replies", .isTrue)),
        Requirement(
            id: "coe-cathb:art34.4", title: "Information for reflection, residence and return sent without delay",
            reference: "CETS 197 Art. 34(4)", modality: .binding,
            rationale: "A victim's reflection period, permit or return can hinge on information only another state holds.",
            remedy: "Send without delay, on request and with respect for the victim's privacy, the information another state needs to apply Articles 13, 14 and 16.",
            check: .fact("international_cooperation.rights_information", .isTrue)),
        Requirement(
            id: "coe-cathb:art35", title: "Strategic partnership with civil society",
            reference: "CETS 197 Art. 35", modality: .binding,
            rationale: "NGOs bring trust, reach and expertise the state lacks; a standing partnership makes that co-operation dependable.",
            remedy: "Formalise co-operation with NGOs in a written agreement signed by a public authority and an NGO, or give NGOs seats on the national co-ordinating body.",
            check: .any([
                .agreementWithNGO,
                .fact("coordination.round_table.includes_ngos", .isTrue),
            ])),
    ]
}
