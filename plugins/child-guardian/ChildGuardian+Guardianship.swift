import NaptrackStandards

extension ChildGuardian {
    /// The guardian: when appointed, how independent, how prepared, how burdened, for how long.
    static let guardianship: [Requirement] = [
        Requirement(
            id: "child-guardian:timing",
            title: "Guardian appointed within the set number of hours after identification",
            reference: "CETS 197 Art. 10(4)(a); \(ChildSource.directive) Arts. 14(2), 16(3); "
                + "\(ChildSource.generalComment) para 33; \(ChildSource.unicef2003) §3.2.1; \(ChildSource.dottridge)",
            modality: .qualified,
            rationale: "In the first days without a guardian a child can disappear, or be questioned and moved with "
                + "nobody defending their interests.",
            remedy: "Fix in the guardianship rules how soon a guardian must be appointed once a child is identified "
                + "or presumed to be a victim. The limit checked is the '\(appointmentHoursKey)' threshold "
                + "(default \(appointmentHoursDefault) hours, a policy choice: the instruments say 'as soon as').",
            appliesWhen: children,
            check: .fact("children.guardian.appointed_within_hours",
                .atMost(.threshold(appointmentHoursKey, default: appointmentHoursDefault)))),
        Requirement(
            id: "child-guardian:independence",
            title: "Independent guardian, replaced on a conflict of interest",
            reference: "CETS 197 Art. 10(4)(a); \(ChildSource.directive) Art. 14(2); \(ChildSource.fra), "
                + "independence and impartiality; \(ChildSource.alternativeCare) para 103",
            modality: .qualified,
            rationale: "A guardian who answers to the authority deciding on the child's stay cannot argue for the "
                + "child against it.",
            remedy: "Place guardians outside the immigration and law-enforcement authorities and adopt rules that "
                + "exclude or replace a guardian with a conflict of interest.",
            appliesWhen: children,
            check: .all([
                .fact("children.guardian.independent", .isTrue),
                .fact("children.guardian.conflict_of_interest_rule", .isTrue),
            ])),
        Requirement(
            id: "child-guardian:qualifications",
            title: "Guardians trained and supervised",
            reference: "\(ChildSource.fra), quality, §2.4; \(ChildSource.alternativeCare) para 103; CM/Rec(2019)11; "
                + "cf. CETS 197 Art. 10(1)",
            modality: .qualified,
            rationale: "Guardians decide with children about asylum, proceedings and return; without training and "
                + "supervision they miss risks.",
            remedy: "Require initial and continuing training on child rights, migration and trafficking, and "
                + "supervise guardians' work.",
            appliesWhen: children,
            check: .all([
                .fact("children.guardian.trained", .isTrue),
                .fact("children.guardian.supervised", .isTrue),
            ])),
        Requirement(
            id: "child-guardian:caseload",
            title: "Guardian caseload within the set limit",
            reference: "\(ChildSource.fra), quality and sustainability; CM/Rec(2019)11",
            modality: .guidance,
            rationale: "A guardian responsible for too many children cannot see each of them often enough to know "
                + "what they need.",
            remedy: "Cap the number of children per guardian in the guardianship rules. The limit checked is the "
                + "'\(caseloadKey)' threshold (default \(caseloadDefault), a policy choice: no instrument sets a "
                + "number).",
            appliesWhen: children,
            check: .fact("children.guardian.max_caseload", .atMost(.threshold(caseloadKey, default: caseloadDefault)))),
        Requirement(
            id: "child-guardian:duration",
            title: "Guardianship lasts until a durable solution is found",
            reference: "\(ChildSource.generalComment) para 33; European Parliament resolution on unaccompanied "
                + "minors; \(ChildSource.fra)",
            modality: .guidance,
            rationale: "Ending guardianship at 18, mid-way through a procedure, leaves a young person alone at a "
                + "decisive moment.",
            remedy: "Keep the guardian in place until a durable solution has been found, even after the child comes "
                + "of age, and declare 'children.guardian.until: durable-solution'.",
            appliesWhen: children,
            check: .fact("children.guardian.until", .equals("durable-solution"))),
        Requirement(
            id: "child-guardian:best-interests",
            title: "Individual best-interests assessment and formal determination",
            reference: "\(ChildSource.directive) Art. 13(1); CETS 197 Arts. 14(2), 16(7), 28(3); "
                + "\(ChildSource.generalComment) paras 19-22; \(ChildSource.unicef2003) §2.2; \(ChildSource.dottridge)",
            modality: .qualified,
            rationale: "Best interests guide decisions only when someone assesses them for each child and major "
                + "decisions follow a formal procedure.",
            remedy: "Introduce an individual best-interests assessment for every child victim and a formal, "
                + "multidisciplinary determination before major decisions such as return.",
            appliesWhen: children,
            check: .all([
                .fact("children.best_interests.assessment", .isTrue),
                .fact("children.best_interests.determination", .isTrue),
            ])),
    ]
}
