import Testing

/// One requirement with a framework that meets it and one that does not: every requirement
/// of the catalog has a row, so every check is shown passing and failing.
struct RequirementCase: Sendable, CustomTestStringConvertible {
    var id: String
    var met: String
    var notMet: String

    init(_ id: String, met: String, notMet: String) {
        self.id = "coe-cathb:" + id
        self.met = met
        self.notMet = notMet
    }

    var testDescription: String { id }

    static let all: [RequirementCase] = [
        // Chapter II
        RequirementCase("art5.1", met: "coordination: {round_table: {agency: table}}",
            notMet: "coordination: {round_table: {agency: ministries}}"),
        RequirementCase("art5.2", met: "prevention: {measures: [hotline, awareness]}",
            notMet: "prevention: {measures: [hotline]}"),
        RequirementCase("art5.3", met: "prevention: {approaches: [human-rights-based, gender-mainstreaming, child-sensitive]}",
            notMet: "prevention: {approaches: [human-rights-based, child-sensitive]}"),
        RequirementCase("art5.4", met: "prevention: {measures: [awareness, safe-migration-information]}",
            notMet: "prevention: {measures: [awareness]}"),
        RequirementCase("art5.5", met: "prevention: {child_specific: true}", notMet: "prevention: {child_specific: false}"),
        RequirementCase("art5.6", met: "prevention: {ngo_involvement: true}", notMet: "prevention: {ngo_involvement: false}"),
        RequirementCase("art6", met: "prevention: {demand_reduction: [research, media, campaigns, school-education]}",
            notMet: "prevention: {demand_reduction: [research, campaigns, school-education]}"),
        // Chapter III: identification and private life
        RequirementCase("art10.1",
            met: "identification: {trained_professions: [police], joint_state_ngo: true, gender_and_child_sensitive: true}",
            notMet: "identification: {trained_professions: [], joint_state_ngo: true, gender_and_child_sensitive: true}"),
        RequirementCase("art10.2",
            met: "identification: {reasonable_grounds_stage: true, no_removal_before_identification: true}",
            notMet: "identification: {reasonable_grounds_stage: true, no_removal_before_identification: false}"),
        RequirementCase("art10.3", met: "children: {age_presumption: true}", notMet: "children: {age_presumption: false}"),
        RequirementCase("art10.4a", met: "children: {guardian: {appointed_within_hours: 24}}",
            notMet: "children: {guardian: {appointed_within_hours: 72}}"),
        RequirementCase("art10.4b", met: "children: {identity_and_nationality: true}",
            notMet: "children: {identity_and_nationality: false}"),
        RequirementCase("art10.4c", met: "children: {family_tracing: true}", notMet: "children: {family_tracing: false}"),
        RequirementCase("art11.1", met: "data_protection: {legal_basis: Data Act 2019, confidentiality_rules: true}",
            notMet: "data_protection: {legal_basis: Data Act 2019, confidentiality_rules: false}"),
        RequirementCase("art11.2", met: "children: {identity_non_disclosure: true}",
            notMet: "children: {identity_non_disclosure: false}"),
        RequirementCase("art11.3", met: "data_protection: {media_guidelines: true}",
            notMet: "data_protection: {media_guidelines: false}"),
        // Chapter III: assistance
        RequirementCase("art12.1",
            met: "assistance: {services: [accommodation, material, psychological, medical, interpretation, counselling, support-in-proceedings, education]}",
            notMet: "assistance: {services: [accommodation, material, psychological, medical, counselling, support-in-proceedings, education]}"),
        RequirementCase("art12.2", met: "assistance: {risk_assessment: [support, pre-return]}",
            notMet: "assistance: {risk_assessment: [pre-return]}"),
        RequirementCase("art12.3", met: "assistance: {resident_medical_care: true}",
            notMet: "assistance: {resident_medical_care: false}"),
        RequirementCase("art12.4", met: "assistance: {labour_market_access: true}",
            notMet: "assistance: {labour_market_access: false}"),
        RequirementCase("art12.5", met: "assistance: {ngo_providers: [ngo]}", notMet: "assistance: {ngo_providers: []}"),
        RequirementCase("art12.6", met: "assistance: {conditional_on_cooperation: false}",
            notMet: "assistance: {conditional_on_cooperation: true}"),
        RequirementCase("art12.7", met: "assistance: {informed_consent: true}", notMet: "assistance: {informed_consent: false}"),
        // Chapter III: reflection period and residence
        RequirementCase("art13.1",
            met: "reflection_period: {days: 30, in_law: true, trigger: reasonable-grounds, conditional_on_cooperation: false, expulsion_suspended: true, stay_authorised: true}",
            notMet: "reflection_period: {days: 29, in_law: true, trigger: reasonable-grounds, conditional_on_cooperation: false, expulsion_suspended: true, stay_authorised: true}"),
        RequirementCase("art13.2", met: "reflection_period: {assistance_entitled: true}",
            notMet: "reflection_period: {assistance_entitled: false}"),
        RequirementCase("art13.3", met: "reflection_period: {exceptions: [public-order, improper-claim]}",
            notMet: "reflection_period: {exceptions: [public-order, national-security]}"),
        RequirementCase("art14.1", met: "residence_permit: {renewable: true, grounds: [cooperation]}",
            notMet: "residence_permit: {renewable: true, grounds: [employment]}"),
        RequirementCase("art14.2", met: "residence_permit: {child_best_interests: true}",
            notMet: "residence_permit: {child_best_interests: false}"),
        RequirementCase("art14.4", met: "residence_permit: {prior_permit_considered: true}",
            notMet: "residence_permit: {prior_permit_considered: false}"),
        RequirementCase("art14.5", met: "residence_permit: {asylum_unaffected: true}",
            notMet: "residence_permit: {asylum_unaffected: false}"),
        // Chapter III: redress, return, gender
        RequirementCase("art15.1", met: "remedies: {information_at_first_contact: true}",
            notMet: "remedies: {information_at_first_contact: false}"),
        RequirementCase("art15.2", met: "remedies: {legal_assistance: true, free_legal_aid: true}",
            notMet: "remedies: {legal_assistance: true, free_legal_aid: false}"),
        RequirementCase("art15.3", met: "remedies: {compensation_from_offender: true}",
            notMet: "remedies: {compensation_from_offender: false}"),
        RequirementCase("art15.4", met: "remedies: {state_compensation: true}", notMet: "remedies: {state_compensation: false}"),
        RequirementCase("art16.1", met: "return: {accepts_nationals: true}", notMet: "return: {accepts_nationals: false}"),
        RequirementCase("art16.2", met: "return: {risk_assessment: true, voluntary: true}",
            notMet: "return: {risk_assessment: false, voluntary: true}"),
        RequirementCase("art16.3-4", met: "return: {documents_on_request: true}",
            notMet: "return: {documents_on_request: false}"),
        RequirementCase("art16.5", met: "return: {repatriation_programme: true}",
            notMet: "return: {repatriation_programme: false}"),
        RequirementCase("art16.6", met: "return: {contact_information: true}", notMet: "return: {contact_information: false}"),
        RequirementCase("art16.7", met: "children: {return: {risk_assessment: true}}",
            notMet: "children: {return: {risk_assessment: false}}"),
        RequirementCase("art17", met: "assistance: {gender_mainstreaming: true}",
            notMet: "assistance: {gender_mainstreaming: false}"),
        // Chapters IV and V
        RequirementCase("art23", met: "criminal_law: {confiscation: true}", notMet: "criminal_law: {confiscation: false}"),
        RequirementCase("art26", met: "non_punishment: statutory", notMet: "non_punishment: guidance"),
        RequirementCase("art28.1", met: "protection: {covered: [victims, witnesses, family]}",
            notMet: "protection: {covered: [victims, family]}"),
        RequirementCase("art28.2", met: "protection: {measures: [physical, relocation]}",
            notMet: "protection: {measures: [physical]}"),
        RequirementCase("art28.3", met: "children: {special_protection: true}", notMet: "children: {special_protection: false}"),
        RequirementCase("art28.4", met: "protection: {covered: [victims, witnesses, ngo-staff]}",
            notMet: "protection: {covered: [victims, witnesses]}"),
        RequirementCase("art28.5", met: "international_cooperation: {protection_agreements: true}",
            notMet: "international_cooperation: {protection_agreements: false}"),
        RequirementCase("art29.1", met: "specialisation: {units: [police, prosecution], independent: true, trained: true, funded: true}",
            notMet: "specialisation: {units: [police, prosecution], independent: true, trained: true, funded: false}"),
        RequirementCase("art29.2", met: "coordination: {coordinator: {agency: coord, mandate: true}}",
            notMet: "coordination: {coordinator: {agency: coord, mandate: false}}"),
        RequirementCase("art29.3", met: "training: [{audiences: [police], human_rights: false}, {audiences: [judges], human_rights: true}]",
            notMet: "training: [{audiences: [police], human_rights: false}]"),
        RequirementCase("art29.4", met: "coordination: {rapporteur: {agency: coord, independent: true}}",
            notMet: "coordination: {rapporteur: {agency: coord, independent: false}}"),
        RequirementCase("art30",
            met: "protection: {in_court_privacy: true, in_court_safety: true}\nchildren: {child_friendly_proceedings: true}",
            notMet: "protection: {in_court_privacy: true, in_court_safety: true}\nchildren: {child_friendly_proceedings: false}"),
        // Chapter VI
        RequirementCase("art32", met: "international_cooperation: {agreements: true}",
            notMet: "international_cooperation: {agreements: false}"),
        RequirementCase("art33.1", met: "international_cooperation: {urgent_alerts: true}",
            notMet: "international_cooperation: {urgent_alerts: false}"),
        RequirementCase("art33.2", met: "international_cooperation: {missing_children: true}",
            notMet: "international_cooperation: {missing_children: false}"),
        RequirementCase("art34.1-3", met: "international_cooperation: {request_replies: true}",
            notMet: "international_cooperation: {request_replies: false}"),
        RequirementCase("art34.4", met: "international_cooperation: {rights_information: true}",
            notMet: "international_cooperation: {rights_information: false}"),
        RequirementCase("art35", met: "cooperation_agreements: [{parties: [interior, ngo], kind: mou}]",
            notMet: "cooperation_agreements: [{parties: [interior, police], kind: mou}]\ncoordination: {round_table: {includes_ngos: false}}"),
    ]
}
