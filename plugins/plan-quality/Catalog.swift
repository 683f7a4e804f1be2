import NaptrackStandards

extension PlanQuality {
    /// The requirement table of `plan-quality`. References cite the seed publication by chapter
    /// and line (`shared/seed`); the checks live beside this file.
    static let catalog: [Requirement] = [
        Requirement(
            id: "plan-quality:lead", title: "Every activity names its lead agency",
            reference: "Seed, Capacity and Institution Building, lines 5150–5152; National Referral Mechanisms, lines 4371–4373",
            modality: .binding,
            rationale: "An activity that nobody answers for is rarely delivered; accountability needs a named duty holder.",
            remedy: "Give the activity a 'lead:' that is one of the plan's agencies, and list contributors under 'partners:'.",
            check: ActivityChecks.lead),
        Requirement(
            id: "plan-quality:timeframe", title: "Every activity has a start and a due date inside the plan period",
            reference: "Seed, Capacity and Institution Building, lines 5144–5147",
            modality: .binding,
            rationale: "The seed observes that plans without timelines tend to stay plans without action, and progress can only be judged against dates.",
            remedy: "Give the activity 'start:' and 'due:' dates within 'plan.period', or amend the period if the plan was extended.",
            check: ActivityChecks.timeframe),
        Requirement(
            id: "plan-quality:cost", title: "Every activity has an estimated cost",
            reference: "Seed, Capacity and Institution Building, lines 5144–5147",
            modality: .binding,
            rationale: "Without a cost estimate an activity cannot be funded, and the plan cannot show what it needs.",
            remedy: "Add 'budget: {amount: …}' with the estimated cost, in the plan currency unless 'currency:' says otherwise.",
            check: ActivityChecks.cost),
        Requirement(
            id: "plan-quality:indicator",
            title: "Every activity has an indicator with a target or a means of verification",
            reference: "Seed, Capacity and Institution Building, lines 5146–5147; Local agenda (Pernambuco), lines 5316–5319",
            modality: .binding,
            rationale: "An activity needs a way to be evaluated; an indicator without a target or a source says nothing about success.",
            remedy: "Add an indicator with a 'target:' (and a 'baseline:'), or say how it is verified with 'means_of_verification:'.",
            check: ActivityChecks.indicator),
        Requirement(
            id: "plan-quality:coordinator", title: "The plan names its coordinator",
            reference: "Seed, Capacity and Institution Building, lines 5136–5141",
            modality: .qualified,
            rationale: "A coordinator carries information between ministries and organisations and brings the round-table's conclusions to decision-makers.",
            remedy: "Set 'plan.coordinator:' to the agency id of the national coordinator or equivalent office.",
            check: PlanChecks.coordinator),
        Requirement(
            id: "plan-quality:review-cycle", title: "The plan names a review body and a review cycle",
            reference: "Seed, Capacity and Institution Building, lines 5147–5150; Approaches to Victim Support, lines 4145–4149",
            modality: .qualified,
            rationale: "A plan is meant to be reviewed and amended while it runs, and a round-table is the body best placed to monitor it.",
            remedy: "Add 'plan.review: {body: <agency id>, every_months: <n>}', naming the round-table or commission.",
            check: PlanChecks.reviewCycle),
        Requirement(
            id: "plan-quality:review-current", title: "The last review is not older than the review cycle",
            reference: "Seed, Capacity and Institution Building, lines 5147–5150",
            modality: .qualified,
            rationale: "A review cycle on paper is not a review: the last one has to fall within the cycle as of the report date.",
            remedy: "Hold the review and record its date in 'plan.review.last:'; the status is unknown until that date is declared.",
            appliesWhen: PlanChecks.hasReviewCycle,
            check: PlanChecks.reviewCurrent),
        Requirement(
            id: "plan-quality:ngo-review", title: "NGOs sit on the review body",
            reference: "Seed, Capacity and Institution Building, lines 5143–5144",
            modality: .qualified,
            rationale: "The seed asks governmental and non-governmental members to agree the plan together, and service providers see what officials miss.",
            remedy: "List the review body's members under its agency's 'members:', including at least one agency of type 'ngo'.",
            appliesWhen: PlanChecks.hasReviewBody,
            check: PlanChecks.ngoOnReviewBody),
        Requirement(
            id: "plan-quality:pillars", title: "The objectives cover prevention, protection, prosecution and partnership",
            reference: "Seed, Historical development and legal framework, lines 474–476; Local agenda (Pernambuco), lines 5328–5337",
            modality: .qualified,
            rationale: "A comprehensive response works on all pillars at once; a plan strong on one and silent on another leaves victims without a path.",
            remedy: "Give every objective an 'area:' and make sure each of the four pillars has at least one activity under it.",
            check: CoverageChecks.pillars),
        Requirement(
            id: "plan-quality:forms",
            title: "The plan covers forms of exploitation beyond sexual exploitation",
            reference: "Seed, Forced and bonded labour, lines 1481–1484; Organ trafficking, lines 2061–2066; Italian model, lines 4633–4635",
            modality: .qualified,
            rationale: "Attention has gone mostly to sexual exploitation, leaving labour exploitation, domestic servitude, forced begging and crime, and organ removal with few measures.",
            remedy: "Tag activities with the 'forms:' they cover, and add measures for labour, domestic servitude, begging or criminal activities, and organ removal.",
            check: CoverageChecks.forms),
        Requirement(
            id: "plan-quality:victim-outcomes", title: "Some indicators measure outcomes for victims",
            reference: "Seed, The victim perspective, lines 580–593",
            modality: .qualified,
            rationale: "Institutions in place do not show that victims are identified, assisted or reintegrated; success is judged by their well-being too.",
            remedy: "Mark indicators with 'kind: outcome' or 'kind: output', and add outcome indicators such as victims assisted or in work; unknown until kinds are declared.",
            check: CoverageChecks.victimOutcomes),
        Requirement(
            id: "plan-quality:health", title: "The plan addresses the health needs of victims",
            reference: "Seed, Trafficking and HIV/AIDS, lines 2368–2370 and 2388–2391",
            modality: .guidance,
            rationale: "Few national plans analyse or answer the health needs of actual or potential victims, HIV prevention included.",
            remedy: "Add an activity on health care or health staff, tagged \(Vocabulary.quoted(Vocabulary.healthTags)), or with one of the target groups \(Vocabulary.quoted(Vocabulary.healthProfessionals)).",
            check: CoverageChecks.health),
        Requirement(
            id: "plan-quality:training",
            title: "Training reaches the professional groups that meet victims",
            reference: "Seed, Capacity and Institution Building, lines 5172–5176; Labour market dimensions, lines 5701–5702",
            modality: .guidance,
            rationale: "Police, border guards, prosecutors, judges, labour inspectors, social workers and medical staff each need to know why trafficking concerns their work.",
            remedy: "Tag training activities '\(Vocabulary.trainingTag)' and name each group among their 'target_groups:': \(Vocabulary.trainingAudienceText). Training that already exists counts when the framework declares it, in 'training[].audiences' or 'identification.trained_professions'.",
            check: CoverageChecks.training),
        Requirement(
            id: "plan-quality:funding-source", title: "Every budget line names a funding source",
            reference: "Seed, The victim perspective, lines 752–753; Conclusions and Recommendations, lines 6769–6773",
            modality: .qualified,
            rationale: "A cost without a funder is a wish; naming sources shows how dependent the plan is on short-term donor money.",
            remedy: "Add 'sources:' to the budget with each funder, its share and whether it is committed, pledged or requested.",
            check: ActivityChecks.fundingSource),
        Requirement(
            id: "plan-quality:funding-gap", title: "Committed funding covers the planned cost of each objective",
            reference: "Seed, Conclusions and Recommendations, lines 6769–6773; Capacity and Institution Building, lines 5144–5147",
            modality: .guidance,
            rationale: "Measures need adequate and regular funding; the gap between planned and committed money shows where the plan is at risk.",
            remedy: "Secure commitments for the uncovered amount, or rescope the activities; pledged and requested money does not close the gap until committed.",
            check: FundingChecks.gap),
    ]
}
