import NaptrackStandards

/// Chapter III of the Convention, second part: assistance to victims (Article 12).
enum AssistanceRequirements {
    /// The services every victim is owed under Article 12(1)(a)-(e), by their names in
    /// `assistance.services`; education for children, point (f), is added when children are covered.
    static let minimumServices = [
        "accommodation", "material", "psychological", "medical", "interpretation", "counselling",
        "support-in-proceedings",
    ]

    static let all: [Requirement] = [
        Requirement(
            id: "coe-cathb:art12.1", title: "Minimum assistance for physical, psychological and social recovery",
            reference: "CETS 197 Art. 12(1)(a)-(f)", modality: .binding,
            rationale: "The paragraph sets a floor: secure housing, material and psychological help, emergency care, interpretation, counselling and information, support in criminal proceedings, and schooling for children.",
            remedy: "Make every service of the list available and declare each in assistance.services: accommodation, material, psychological, medical, interpretation, counselling, support-in-proceedings, and education where children are covered.",
            check: .childrenAware(
                .fact("assistance.services", .includesAll(minimumServices)),
                withChildren: .fact("assistance.services", .includesAll(minimumServices + ["education"])))),
        Requirement(
            id: "coe-cathb:art12.2", title: "Victims' safety taken into account",
            reference: "CETS 197 Art. 12(2)", modality: .binding,
            rationale: "Traffickers often look for the people who escaped them; assistance that ignores that danger can expose them.",
            remedy: "Assess each victim's risks and protection needs at identification and during assistance, and record the stages in assistance.risk_assessment.",
            check: .list("assistance.risk_assessment", includesAnyOf: ["identification", "support"])),
        Requirement(
            id: "coe-cathb:art12.3", title: "Medical and other help for lawfully resident victims without means",
            reference: "CETS 197 Art. 12(3)", modality: .binding,
            rationale: "Beyond emergency care, victims living in the country lawfully may need treatment they cannot pay for.",
            remedy: "Give lawfully resident victims who lack resources the medical and other help they need, and declare assistance.resident_medical_care: true.",
            check: .fact("assistance.resident_medical_care", .isTrue)),
        Requirement(
            id: "coe-cathb:art12.4", title: "Access to work, vocational training and education",
            reference: "CETS 197 Art. 12(4)", modality: .binding,
            rationale: "Work and training are what let a victim rebuild an independent life and avoid being trafficked again.",
            remedy: "Adopt the rules giving lawfully resident victims access to the labour market, vocational training and education.",
            check: .fact("assistance.labour_market_access", .isTrue)),
        Requirement(
            id: "coe-cathb:art12.5", title: "Co-operation with NGOs that assist victims",
            reference: "CETS 197 Art. 12(5)", modality: .qualified,
            rationale: "Much specialised assistance is run by NGOs; the state should work with them rather than around them.",
            remedy: "Work with NGOs and other civil-society groups that assist victims, and list them in assistance.ngo_providers.",
            check: .list("assistance.ngo_providers", holdsAtLeast: 1)),
        Requirement(
            id: "coe-cathb:art12.6", title: "Assistance not conditional on acting as a witness",
            reference: "CETS 197 Art. 12(6)", modality: .binding,
            rationale: "Help offered only in exchange for testimony turns assistance into pressure and deters victims from coming forward.",
            remedy: "Give assistance whether or not the victim co-operates with the investigation or testifies, and declare assistance.conditional_on_cooperation: false.",
            check: .fact("assistance.conditional_on_cooperation", .isFalse)),
        Requirement(
            id: "coe-cathb:art12.7", title: "Services given with informed consent",
            reference: "CETS 197 Art. 12(7)", modality: .binding,
            rationale: "Assistance imposed without understanding or agreement repeats the loss of control victims have suffered; the paragraph also asks for attention to vulnerable persons and children.",
            remedy: "Explain each service and obtain the person's informed agreement before providing it, with attention to special needs and to children's rights to housing, schooling and health care.",
            check: .fact("assistance.informed_consent", .isTrue)),
    ]
}
