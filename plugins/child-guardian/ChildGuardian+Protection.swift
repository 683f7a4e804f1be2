import NaptrackStandards

extension ChildGuardian {
    /// Protection of the child: age, identity, voice, proceedings, care, return and privacy.
    static let protection: [Requirement] = [
        Requirement(
            id: "child-guardian:age",
            title: "Presumed a child while the age is uncertain",
            reference: "CETS 197 Art. 10(3); \(ChildSource.directive) Art. 13(2); \(ChildSource.unicef2003) §3.1.2",
            modality: .binding,
            rationale: "Treating a possible child as an adult until proven otherwise removes protection exactly "
                + "when it is most needed.",
            remedy: "Provide in law that a victim whose age is uncertain is treated as a child, with child "
                + "protection, until the age is established.",
            appliesWhen: children,
            check: .fact("children.age_presumption", .isTrue)),
        Requirement(
            id: "child-guardian:age-assessment",
            title: "Age assessed with safeguards and without detention",
            reference: "\(ChildSource.generalComment) para 31; UNICEF Age Assessment Technical Note (2013); "
                + "PACE Resolution 2195 (2017); cf. CETS 197 Art. 10(3)",
            modality: .qualified,
            rationale: "A single medical test is unreliable; doubt should benefit the child, who keeps a guardian, a "
                + "right of appeal and liberty throughout.",
            remedy: "Adopt an age-assessment procedure that is multidisciplinary, gives the benefit of the doubt, "
                + "has the guardian present, can be appealed and never detains the person meanwhile.",
            appliesWhen: children,
            check: .all([
                .fact("children.age_assessment.multidisciplinary", .isTrue),
                .fact("children.age_assessment.benefit_of_doubt", .isTrue),
                .fact("children.age_assessment.guardian_present", .isTrue),
                .fact("children.age_assessment.appeal", .isTrue),
                .fact("children.age_assessment.detention_during", .isFalse),
            ])),
        Requirement(
            id: "child-guardian:identity-family-tracing",
            title: "Identity and nationality established, family traced when in the child's interest",
            reference: "CETS 197 Art. 10(4)(b)-(c); \(ChildSource.alternativeCare) para 104",
            modality: .binding,
            rationale: "Every durable solution, from return to local integration, depends on knowing who the child "
                + "is and whether family can safely care for them.",
            remedy: "Set up a procedure to establish an unaccompanied child's identity and nationality and to trace "
                + "the family where that serves the child, and declare 'children.identity_and_nationality' and "
                + "'children.family_tracing'.",
            appliesWhen: children,
            check: .all([
                .fact("children.identity_and_nationality", .isTrue),
                .fact("children.family_tracing", .isTrue),
            ])),
        Requirement(
            id: "child-guardian:participation",
            title: "Child heard and kept informed",
            reference: "\(ChildSource.directive) Art. 14(1); \(ChildSource.generalComment) para 25; \(ChildSource.fra), "
                + "child participation; \(ChildSource.unicef2003) §§2.4-2.5",
            modality: .qualified,
            rationale: "Decisions taken over a child's head are less likely to hold, and the child may run from them.",
            remedy: "Hear the child in every decision that affects them and inform them in a way and language they "
                + "understand.",
            appliesWhen: children,
            check: .fact("children.participation", .isTrue)),
        Requirement(
            id: "child-guardian:proceedings",
            title: "Child-friendly criminal proceedings",
            reference: "\(ChildSource.directive) Art. 15; CETS 197 Arts. 28(3), 30; \(ChildSource.dottridge)",
            modality: .qualified,
            rationale: "Repeated interviews and facing the accused in open court harm child witnesses and weaken "
                + "their evidence.",
            remedy: "Provide trained interviewers, few and recorded interviews, hearings without the public and "
                + "testimony without facing the accused.",
            appliesWhen: children,
            check: .fact("children.child_friendly_proceedings", .isTrue)),
        Requirement(
            id: "child-guardian:return",
            title: "Risk and security assessment before any return of a child",
            reference: "CETS 197 Art. 16(7); \(ChildSource.dottridge)",
            modality: .binding,
            rationale: "Returning a child without assessing the risks can hand them back to the people who "
                + "trafficked them.",
            remedy: "Require a documented risk and security assessment, weighed in the child's best interests, "
                + "before any return decision.",
            appliesWhen: foreignChildren,
            check: .fact("children.return.risk_assessment", .isTrue)),
        Requirement(
            id: "child-guardian:voluntary-return",
            title: "Only voluntary, assisted return to assessed care",
            reference: "Directive 2008/115/EC Art. 10, as read in \(ChildSource.fra) §9.1; CETS 197 Art. 16(5); "
                + "\(ChildSource.dottridge)",
            modality: .qualified,
            rationale: "A child sent back against their will, or to a family nobody has assessed, is likely to leave "
                + "again and be exposed anew.",
            remedy: "Return children only voluntarily and with assistance, after the family or care arrangement "
                + "waiting for them has been assessed.",
            appliesWhen: foreignChildren,
            check: .all([
                .fact("children.return.voluntary_only", .isTrue),
                .fact("children.return.family_assessment", .isTrue),
            ])),
        Requirement(
            id: "child-guardian:durable-solution",
            title: "Procedure to decide a durable solution for each child",
            reference: "\(ChildSource.directive) Art. 16(2); \(ChildSource.dottridge)",
            modality: .qualified,
            rationale: "Without clear criteria and a procedure, children wait in limbo between return, integration "
                + "and resettlement.",
            remedy: "Adopt a procedure, with criteria led by the child's best interests, that decides a durable "
                + "solution for every child victim without undue delay.",
            appliesWhen: children,
            check: .fact("children.durable_solution_procedure", .isTrue)),
        Requirement(
            id: "child-guardian:detention-ban",
            title: "Immigration detention of children prohibited",
            reference: "\(ChildSource.generalComment); Joint General Comment CMW No. 4 / CRC No. 23 (2017) paras 11-12",
            modality: .qualified,
            rationale: "Detention harms children and treats victims as offenders; community care does not.",
            remedy: "Prohibit the detention of children for immigration reasons in law and provide care in the "
                + "community instead.",
            appliesWhen: foreignChildren,
            check: .fact("children.detention_prohibited", .isTrue)),
        Requirement(
            id: "child-guardian:privacy",
            title: "A child victim's identity never made public",
            reference: "CETS 197 Art. 11(2); \(ChildSource.generalComment) paras 29-30; \(ChildSource.unicef2003) §2.6",
            modality: .binding,
            rationale: "Exposure in the media stigmatises a child for life and can lead traffickers to them or their "
                + "family.",
            remedy: "Prohibit publishing a child victim's identity or identifying details, except to trace family "
                + "or protect the child.",
            appliesWhen: children,
            check: .fact("children.identity_non_disclosure", .isTrue)),
        Requirement(
            id: "child-guardian:immediate-care",
            title: "Shelters designed for child victims",
            reference: "CETS 197 Art. 12(1)(a), (7); UNICEF Guidelines on the Protection of Child Victims of "
                + "Trafficking (2006), interim care; \(ChildSource.dottridge)",
            modality: .qualified,
            rationale: "Trafficked children recover best in care built for them, not in adult shelters or general "
                + "children's homes they run away from.",
            remedy: "Provide accommodation designed for child victims of trafficking from the moment they are "
                + "identified.",
            appliesWhen: children,
            check: .fact("children.specialised_shelters", .isTrue)),
        Requirement(
            id: "child-guardian:prevention",
            title: "Specific measures to reduce children's vulnerability",
            reference: "CETS 197 Art. 5(5)",
            modality: .binding,
            rationale: "Children leaving care, out of school or left behind by migrating parents are targeted by "
                + "traffickers and need protection of their own.",
            remedy: "Run prevention measures aimed specifically at children at risk and declare "
                + "'prevention.child_specific'.",
            appliesWhen: children,
            check: .fact("prevention.child_specific", .isTrue)),
        Requirement(
            id: "child-guardian:residence",
            title: "Residence permits for child victims decided in their best interests",
            reference: "CETS 197 Art. 14(2)",
            modality: .binding,
            rationale: "A permit tied to a child's usefulness as a witness ignores what the child needs.",
            remedy: "Issue and renew residence permits for child victims on the basis of the child's best interests "
                + "and declare 'residence_permit.child_best_interests'.",
            appliesWhen: foreignChildren,
            check: .fact("residence_permit.child_best_interests", .isTrue)),
    ]
}
