import NaptrackStandards

/// Chapter II of the Convention: prevention (Article 5) and demand (Article 6).
enum PreventionRequirements {
    static let all: [Requirement] = [
        Requirement(
            id: "coe-cathb:art5.1", title: "National co-ordination between the bodies concerned",
            reference: "CETS 197 Art. 5(1)", modality: .binding,
            rationale: "Prevention and enforcement agencies working apart leave gaps traffickers use; one body should bring them together.",
            remedy: "Name the co-ordinating body in coordination.round_table.agency and list among its members both the ministries concerned and the police, prosecution or labour inspectorate.",
            check: .multiAgencyCoordination),
        Requirement(
            id: "coe-cathb:art5.2", title: "Effective prevention policies and programmes",
            reference: "CETS 197 Art. 5(2)", modality: .binding,
            rationale: "Prevention needs standing programmes (research, campaigns, social and economic support, training), not isolated events.",
            remedy: "Run at least one of the kinds of prevention programme the paragraph names, aimed at groups at risk and at professionals, and record it in prevention.measures.",
            check: .list("prevention.measures", includesAnyOf: ["research", "awareness", "education", "socio-economic", "training"])),
        Requirement(
            id: "coe-cathb:art5.3", title: "Human-rights, gender and child-sensitive approach to prevention",
            reference: "CETS 197 Art. 5(3)", modality: .binding,
            rationale: "Prevention that ignores rights, gender or the position of children misses who is at risk and why.",
            remedy: "Build a human-rights-based approach, gender mainstreaming and a child-sensitive approach into how prevention is designed, run and evaluated, and declare all three in prevention.approaches.",
            check: .fact("prevention.approaches", .includesAll(["human-rights-based", "gender-mainstreaming", "child-sensitive"]))),
        Requirement(
            id: "coe-cathb:art5.4", title: "Information on legal migration",
            reference: "CETS 197 Art. 5(4)", modality: .qualified,
            rationale: "People who know the lawful routes to work and live abroad are harder to deceive with false offers.",
            remedy: "Have the relevant offices publish accurate information on the conditions for lawful entry and stay, and add safe-migration-information to prevention.measures.",
            check: .fact("prevention.measures", .includesAll(["safe-migration-information"]))),
        Requirement(
            id: "coe-cathb:art5.5", title: "Specific measures to reduce children's vulnerability",
            reference: "CETS 197 Art. 5(5)", modality: .binding,
            rationale: "Children face risks of their own and need a protective environment built for them, not only general campaigns.",
            remedy: "Adopt prevention measures aimed at children, such as school programmes and support for children in care, and declare prevention.child_specific: true.",
            appliesWhen: .childrenInScope,
            check: .fact("prevention.child_specific", .isTrue)),
        Requirement(
            id: "coe-cathb:art5.6", title: "Civil society involved in prevention",
            reference: "CETS 197 Art. 5(6)", modality: .qualified,
            rationale: "NGOs reach people at risk whom state agencies rarely meet.",
            remedy: "Involve NGOs and other civil-society groups in designing and delivering prevention measures.",
            check: .fact("prevention.ngo_involvement", .isTrue)),
        Requirement(
            id: "coe-cathb:art6", title: "Measures to discourage demand",
            reference: "CETS 197 Art. 6(a)-(d)", modality: .binding,
            rationale: "Trafficking persists while there is demand for exploited labour and services; the article lists four measures against it.",
            remedy: "Cover all four: research on what works, awareness of the role of media and civil society, targeted campaigns, and school programmes on equality; declare them in prevention.demand_reduction as research, media, campaigns and school-education.",
            check: .fact("prevention.demand_reduction", .includesAll(["research", "media", "campaigns", "school-education"]))),
    ]
}
