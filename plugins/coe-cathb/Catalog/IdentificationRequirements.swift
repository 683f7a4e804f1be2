import NaptrackStandards

/// Chapter III of the Convention, first part: identification (Article 10) and private life
/// (Article 11).
enum IdentificationRequirements {
    static let all: [Requirement] = [
        Requirement(
            id: "coe-cathb:art10.1", title: "Trained staff and joint work to identify victims",
            reference: "CETS 197 Art. 10(1)", modality: .binding,
            rationale: "Victims who are not recognised get neither protection nor assistance; recognising them takes trained staff, authorities and support organisations working together, and attention to women and children.",
            remedy: "Train the front-line professions in identification, make identification a joint task of state bodies and support organisations, and adapt the procedure to women and children.",
            check: .all([
                .list("identification.trained_professions", holdsAtLeast: 1),
                .fact("identification.joint_state_ngo", .isTrue),
                .fact("identification.gender_and_child_sensitive", .isTrue),
            ])),
        Requirement(
            id: "coe-cathb:art10.2", title: "Protection from reasonable grounds, no removal before identification",
            reference: "CETS 197 Art. 10(2)", modality: .binding,
            rationale: "Waiting for a final decision before protecting a presumed victim, or removing them meanwhile, defeats identification.",
            remedy: "Start assistance and protection once there are reasonable grounds to believe a person is a victim, and bar removal from the country until the identification process is complete.",
            check: .all([
                .fact("identification.reasonable_grounds_stage", .isTrue),
                .forNonNationals(.fact("identification.no_removal_before_identification", .isTrue)),
            ])),
        Requirement(
            id: "coe-cathb:art10.3", title: "Presumption of minority when age is uncertain",
            reference: "CETS 197 Art. 10(3)", modality: .binding,
            rationale: "A child wrongly treated as an adult loses the protection children are owed while the age question drags on.",
            remedy: "Provide that a victim who may be a child is treated as one, with special protection, until the age is verified.",
            appliesWhen: .childrenInScope,
            check: .fact("children.age_presumption", .isTrue)),
        Requirement(
            id: "coe-cathb:art10.4a", title: "Guardian for an unaccompanied child as soon as identified",
            reference: "CETS 197 Art. 10(4)(a)", modality: .binding,
            rationale: "An unaccompanied child has nobody to act for them until a guardian, organisation or authority is appointed; every hour without one is a risk.",
            remedy: "Appoint a legal guardian, organisation or authority to represent each unaccompanied child victim immediately on identification; the longest delay allowed is the threshold coe-cathb:guardian_hours (24 hours unless configured).",
            appliesWhen: .childrenInScope,
            check: .fact("children.guardian.appointed_within_hours", .atMost(.threshold("coe-cathb:guardian_hours", default: 24)))),
        Requirement(
            id: "coe-cathb:art10.4b", title: "Establishing an unaccompanied child's identity and nationality",
            reference: "CETS 197 Art. 10(4)(b)", modality: .binding,
            rationale: "Decisions on care, family and return depend on knowing who the child is and which state they belong to.",
            remedy: "Set out the steps by which the identity and nationality of an unaccompanied child victim are established.",
            appliesWhen: .childrenInScope,
            check: .fact("children.identity_and_nationality", .isTrue)),
        Requirement(
            id: "coe-cathb:art10.4c", title: "Family tracing in the child's best interests",
            reference: "CETS 197 Art. 10(4)(c)", modality: .binding,
            rationale: "Finding the family opens durable solutions, but only where contact serves the child.",
            remedy: "Provide for tracing the families of unaccompanied child victims whenever that is in the child's best interests.",
            appliesWhen: .childrenInScope,
            check: .fact("children.family_tracing", .isTrue)),
        Requirement(
            id: "coe-cathb:art11.1", title: "Private life protected, personal data handled under data-protection law",
            reference: "CETS 197 Art. 11(1)", modality: .binding,
            rationale: "Exposure of a victim's identity or case data can bring retaliation and stigma.",
            remedy: "Name the law that governs victims' personal data (one in line with Convention ETS No. 108) and adopt written confidentiality rules for case information.",
            check: .all([
                .fact("data_protection.legal_basis", .present),
                .fact("data_protection.confidentiality_rules", .isTrue),
            ])),
        Requirement(
            id: "coe-cathb:art11.2", title: "A child victim's identity is never made public",
            reference: "CETS 197 Art. 11(2)", modality: .binding,
            rationale: "Publicity about a child victim can harm the child for life; the only exceptions serve family tracing or the child's own protection.",
            remedy: "Prohibit publishing the identity of child victims, or details that reveal it, in the media or elsewhere, save the narrow exceptions for the child's own sake.",
            appliesWhen: .childrenInScope,
            check: .fact("children.identity_non_disclosure", .isTrue)),
        Requirement(
            id: "coe-cathb:art11.3", title: "Media encouraged to protect victims' privacy",
            reference: "CETS 197 Art. 11(3)", modality: .guidance,
            rationale: "Press codes and co-regulation can keep victims' identities out of reporting without censoring it.",
            remedy: "Consider, with media bodies, a code or co-regulation on reporting about victims, and declare data_protection.media_guidelines once it exists.",
            check: .fact("data_protection.media_guidelines", .isTrue)),
    ]
}
