/// The type of a framework fact, which decides how it is read and checked.
public indirect enum FactType: Sendable {
    case bool
    /// A whole number within the range.
    case integer(ClosedRange<Int>)
    case date
    /// Free text, such as the name of a law.
    case text
    /// One word from a closed set.
    case choice([String])
    /// The id of an agency of the plan.
    case agency
    /// A list of agency ids.
    case agencies
    /// A list of words; `known` lists the usual ones. When `open` is false, other words draw a
    /// warning with the nearest known one.
    case words(known: [String], open: Bool)
    /// A nested group of facts.
    case record([FactField])
    /// A list of groups of facts.
    case records([FactField])
}

/// One key of the fact vocabulary.
public struct FactField: Sendable {
    public var key: String
    public var type: FactType

    public init(_ key: String, _ type: FactType) {
        self.key = key
        self.type = type
    }
}

/// Every framework fact the format knows, with its type. Standards read facts by their dotted
/// paths; the loader checks declared facts against this vocabulary.
///
/// The vocabulary grows additively: a new key never changes the meaning of an old one.
public enum FactVocabulary {
    /// The top-level fields of `framework:`.
    public static let fields: [FactField] = [
        FactField("scope", .record([
            FactField("children", .bool),
            FactField("non_nationals", .bool),
        ])),
        FactField("coordination", .record([
            FactField("coordinator", .record([
                FactField("agency", .agency),
                FactField("level", .choice(["ministerial", "senior-official", "technical", "other"])),
                FactField("mandate", .bool),
                FactField("budget", .bool),
            ])),
            FactField("round_table", .record([
                FactField("agency", .agency),
                FactField("meets_every_months", .integer(1...60)),
                FactField("includes_ngos", .bool),
            ])),
            FactField("working_groups", .records([
                FactField("topic", .text),
                FactField("lead", .agency),
            ])),
            FactField("rapporteur", .record([
                FactField("agency", .agency),
                FactField("independent", .bool),
            ])),
            FactField("legal_basis", .choice(["law", "decree", "agreement", "none"])),
            FactField("needs_assessment", .integer(1990...2100)),
            FactField("survivor_participation", .bool),
        ])),
        FactField("cooperation_agreements", .records([
            FactField("parties", .agencies),
            FactField("kind", .choice(["mou", "protocol", "agreement", "contract"])),
            FactField("signed", .date),
            FactField("covers", .words(
                known: ["roles", "referral", "data-sharing", "confidentiality", "data-protection", "funding",
                    "training", "monitoring"], open: false)),
        ])),
        FactField("prevention", .record([
            FactField("measures", .words(
                known: ["research", "awareness", "education", "socio-economic", "training",
                    "safe-migration-information", "border-measures", "document-security", "hotline"], open: true)),
            FactField("demand_reduction", .words(
                known: ["research", "campaigns", "school-education", "private-sector", "legislation", "media"],
                open: true)),
            FactField("child_specific", .bool),
            FactField("ngo_involvement", .bool),
            FactField("approaches", .words(
                known: ["human-rights-based", "gender-mainstreaming", "child-sensitive"], open: false)),
        ])),
        FactField("identification", .record([
            FactField("guidelines", .bool),
            FactField("joint_state_ngo", .bool),
            FactField("reasonable_grounds_stage", .bool),
            FactField("no_removal_before_identification", .bool),
            FactField("trained_professions", .words(known: professions, open: true)),
            FactField("gender_and_child_sensitive", .bool),
        ])),
        FactField("referral", .record([
            FactField("sop", .bool),
            FactField("focal_point", .agency),
            FactField("max_hours_to_service", .integer(0...8760)),
            FactField("child_procedures", .bool),
        ])),
        FactField("assistance", .record([
            FactField("services", .words(known: assistanceServices, open: true)),
            FactField("conditional_on_cooperation", .bool),
            FactField("informed_consent", .bool),
            FactField("risk_assessment", .words(
                known: ["identification", "support", "pre-return", "return", "reintegration", "proceedings"],
                open: false)),
            FactField("ngo_providers", .agencies),
            FactField("labour_market_access", .bool),
            FactField("standards_of_care", .bool),
            FactField("resident_medical_care", .bool),
            FactField("gender_mainstreaming", .bool),
        ])),
        FactField("reflection_period", .record([
            FactField("days", .integer(0...3650)),
            FactField("in_law", .bool),
            FactField("trigger", .choice(["reasonable-grounds", "identification", "formal-identification", "cooperation"])),
            FactField("conditional_on_cooperation", .bool),
            FactField("expulsion_suspended", .bool),
            FactField("exceptions", .words(known: ["public-order", "improper-claim"], open: true)),
            FactField("stay_authorised", .bool),
            FactField("assistance_entitled", .bool),
        ])),
        FactField("residence_permit", .record([
            FactField("renewable", .bool),
            FactField("grounds", .words(known: ["personal-situation", "cooperation"], open: true)),
            FactField("work_allowed", .bool),
            FactField("child_best_interests", .bool),
            FactField("asylum_unaffected", .bool),
            FactField("prior_permit_considered", .bool),
        ])),
        FactField("remedies", .record([
            FactField("information_at_first_contact", .bool),
            FactField("legal_assistance", .bool),
            FactField("free_legal_aid", .bool),
            FactField("compensation_from_offender", .bool),
            FactField("state_compensation", .bool),
            FactField("fund_from_confiscated_assets", .bool),
        ])),
        FactField("return", .record([
            FactField("voluntary", .bool),
            FactField("risk_assessment", .bool),
            FactField("repatriation_programme", .bool),
            FactField("reintegration_support", .bool),
            FactField("contact_information", .bool),
            FactField("accepts_nationals", .bool),
            FactField("documents_on_request", .bool),
        ])),
        FactField("non_punishment", .choice(["statutory", "guidance", "none"])),
        FactField("protection", .record([
            FactField("covered", .words(
                known: ["victims", "witnesses", "family", "ngo-staff", "informants", "experts"], open: false)),
            FactField("in_court_privacy", .bool),
            FactField("measures", .words(
                known: ["physical", "relocation", "identity-change", "employment"], open: true)),
            FactField("in_court_safety", .bool),
        ])),
        FactField("data_protection", .record([
            FactField("legal_basis", .text),
            FactField("confidentiality_rules", .bool),
            FactField("media_guidelines", .bool),
        ])),
        FactField("training", .records([
            FactField("audiences", .words(known: professions, open: true)),
            FactField("human_rights", .bool),
            FactField("institutionalised", .bool),
        ])),
        FactField("monitoring", .record([
            FactField("data_collection", .bool),
            FactField("independent_evaluation", .bool),
            FactField("public_report", .bool),
            FactField("evaluation_every_years", .integer(1...20)),
        ])),
        FactField("funding", .record([
            FactField("ngo_services_regular", .bool),
            FactField("multi_year", .bool),
        ])),
        FactField("children", .record([
            FactField("age_presumption", .bool),
            FactField("age_assessment", .record([
                FactField("multidisciplinary", .bool),
                FactField("benefit_of_doubt", .bool),
                FactField("guardian_present", .bool),
                FactField("appeal", .bool),
                FactField("detention_during", .bool),
            ])),
            FactField("guardian", .record([
                FactField("appointed_within_hours", .integer(0...8760)),
                FactField("trigger", .choice(["identification", "presumption", "arrival"])),
                FactField("independent", .bool),
                FactField("conflict_of_interest_rule", .bool),
                FactField("trained", .bool),
                FactField("supervised", .bool),
                FactField("max_caseload", .integer(1...1000)),
                FactField("until", .choice(["majority", "durable-solution"])),
            ])),
            FactField("best_interests", .record([
                FactField("assessment", .bool),
                FactField("determination", .bool),
                FactField("multidisciplinary", .bool),
            ])),
            FactField("identity_non_disclosure", .bool),
            FactField("family_tracing", .bool),
            FactField("participation", .bool),
            FactField("specialised_shelters", .bool),
            FactField("child_friendly_proceedings", .bool),
            FactField("return", .record([
                FactField("risk_assessment", .bool),
                FactField("voluntary_only", .bool),
                FactField("family_assessment", .bool),
            ])),
            FactField("durable_solution_procedure", .bool),
            FactField("detention_prohibited", .bool),
            FactField("identity_and_nationality", .bool),
            FactField("special_protection", .bool),
        ])),
        FactField("specialisation", .record([
            FactField("units", .words(
                known: ["police", "prosecution", "judiciary", "labour-inspection", "victim-services"], open: true)),
            FactField("independent", .bool),
            FactField("trained", .bool),
            FactField("funded", .bool),
        ])),
        FactField("international_cooperation", .record([
            FactField("agreements", .bool),
            FactField("urgent_alerts", .bool),
            FactField("missing_children", .bool),
            FactField("request_replies", .bool),
            FactField("rights_information", .bool),
            FactField("protection_agreements", .bool),
        ])),
        FactField("criminal_law", .record([
            FactField("confiscation", .bool),
        ])),
    ]

    /// Professions that identify victims or receive training.
    public static let professions = [
        "police", "border-guards", "labour-inspectors", "social-workers", "prosecutors", "judges", "medical",
        "teachers", "consular-staff", "immigration-officers", "lawyers", "ngo-staff", "peacekeepers",
    ]

    /// Assistance services named by the Convention and the NRM handbook.
    public static let assistanceServices = [
        "accommodation", "material", "psychological", "medical", "interpretation", "counselling", "legal",
        "support-in-proceedings", "education", "vocational", "employment",
    ]

    /// The type of the fact at a dotted path, or `nil` when the vocabulary has no such fact.
    public static func type(at path: String) -> FactType? {
        var fields = Self.fields
        var result: FactType?
        for component in path.split(separator: ".") {
            guard let field = fields.first(where: { $0.key == component }) else { return nil }
            result = field.type
            switch field.type {
            case .record(let children), .records(let children): fields = children
            default: fields = []
            }
        }
        return result
    }

    /// Every dotted path in the vocabulary, depth first, for suggestions and documentation.
    public static var allPaths: [String] {
        var result: [String] = []
        func walk(_ fields: [FactField], prefix: String) {
            for field in fields {
                let path = prefix.isEmpty ? field.key : prefix + "." + field.key
                result.append(path)
                switch field.type {
                case .record(let children), .records(let children): walk(children, prefix: path)
                default: break
                }
            }
        }
        walk(fields, prefix: "")
        return result
    }
}
