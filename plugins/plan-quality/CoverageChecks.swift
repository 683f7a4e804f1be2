import NaptrackCore
import NaptrackStandards

/// The checks on what the plan covers as a whole: pillars, forms of exploitation, outcomes for
/// victims, health and the reach of training.
enum CoverageChecks {
    /// Where a finding about the plan's content as a whole points: its first objective.
    static func contentLocation(_ plan: Plan) -> SourceLocation {
        plan.objectives.first?.location ?? plan.location
    }

    static let pillars = Condition.custom(name: "pillars", facts: ["objectives.area"]) { context in
        var evidence: [Evidence] = [], violations: [Violation] = []
        for pillar in Vocabulary.pillars {
            if let entry = context.activities.first(where: { $0.area == pillar }) {
                evidence.append(Evidence("\(pillar.rawValue): activity \(entry.activity.id)", at: entry.activity.location))
            } else {
                violations.append(Violation("no activity sits under an objective with area '\(pillar.rawValue)'",
                    at: contentLocation(context.plan)))
            }
        }
        return violations.isEmpty ? .satisfied(evidence) : .contradicted(violations, evidence: evidence)
    }

    static let forms = Condition.custom(name: "forms", facts: ["activity.forms"]) { context in
        let activities = context.activities.map(\.activity)
        var evidence: [Evidence] = [], violations: [Violation] = []
        for group in Vocabulary.formGroups {
            let covering = activities.lazy.compactMap { activity in
                activity.forms.first { group.forms.contains($0.value) }.map { (activity, $0) }
            }.first
            if let (activity, form) = covering {
                evidence.append(Evidence("\(group.name): activity \(activity.id)", at: form.location))
            } else {
                let words = group.forms.map { "'\($0.rawValue)'" }.joined(separator: " or ")
                violations.append(Violation("no activity covers \(group.name) (forms: \(words))",
                    at: contentLocation(context.plan)))
            }
        }
        return violations.isEmpty ? .satisfied(evidence) : .contradicted(violations, evidence: evidence)
    }

    /// Met when some indicator is of kind `outcome`; unknown when no indicator says which kind it is.
    static let victimOutcomes = Condition.custom(name: "victim-outcomes", facts: ["activity.indicators.kind"]) {
        context in
        let indicators = context.activities.flatMap { $0.activity.indicators }
        let outcomes = indicators.filter { $0.kind == .outcome }
        if !outcomes.isEmpty {
            return .satisfied(outcomes.map { Evidence("indicator \($0.id) measures an outcome", at: $0.location) })
        }
        let typed = indicators.filter { $0.kind != nil }
        guard !typed.isEmpty else {
            return .undetermined(missing: ["activity.indicators.kind"],
                at: indicators.first?.location ?? contentLocation(context.plan))
        }
        return .contradicted([Violation("all \(typed.count) indicators that declare a kind count outputs of institutions; none measures an outcome for victims",
            at: typed[0].keyLocations["kind"] ?? typed[0].location)],
            evidence: typed.map { Evidence("indicator \($0.id) is an output", at: $0.location) })
    }

    static let health = Condition.custom(name: "health", facts: ["activity.tags", "activity.target_groups"]) {
        context in
        var evidence: [Evidence] = []
        for activity in context.activities.map(\.activity) {
            if let tag = activity.tags.first(where: { Vocabulary.healthTags.contains($0.value) }) {
                evidence.append(Evidence("activity \(activity.id) tagged \(tag.value)", at: tag.location))
            } else if let group = activity.targetGroups.first(where: {
                Vocabulary.healthProfessionals.contains($0.value)
            }) {
                evidence.append(Evidence("activity \(activity.id) reaches \(group.value)", at: group.location))
            }
        }
        guard evidence.isEmpty else { return .satisfied(evidence) }
        return .contradicted([Violation("no activity is tagged \(Vocabulary.quoted(Vocabulary.healthTags)) or reaches health professionals",
            at: contentLocation(context.plan))])
    }

    /// Each professional group is reached by a training activity for it, or by training the
    /// framework declares (`training[].audiences`, `identification.trained_professions`).
    static let training = Condition.custom(
        name: "training",
        facts: ["activity.tags", "activity.target_groups", "training.audiences", "identification.trained_professions"]
    ) { context in
        let trainingActivities = context.activities.map(\.activity).filter { activity in
            activity.tags.contains { $0.value == Vocabulary.trainingTag }
        }
        let declared = declaredTraining(context.plan.framework)
        var evidence: [Evidence] = [], missing: [String] = []
        for audience in Vocabulary.trainingAudiences {
            let labels = Set(audience.labels)
            if let (activity, group) = trainingActivities.lazy.compactMap({ activity in
                activity.targetGroups.first { labels.contains($0.value) }.map { (activity, $0) }
            }).first {
                evidence.append(Evidence("\(audience.group): training activity \(activity.id) for \(group.value)",
                    at: group.location))
            } else if let fact = declared.first(where: { labels.contains($0.word) }) {
                evidence.append(Evidence("\(audience.group): \(fact.path)", at: fact.location))
            } else {
                missing.append(audience.group)
            }
        }
        guard !missing.isEmpty else { return .satisfied(evidence) }
        let place = trainingActivities.first.map { $0.location(of: "target_groups") } ?? contentLocation(context.plan)
        return .contradicted([Violation("training reaches no \(missing.joined(separator: ", ")); tag an activity '\(Vocabulary.trainingTag)' with them among its target groups",
            at: place)], evidence: evidence)
    }

    /// The professions the framework says are trained, each with the fact that says so.
    private static func declaredTraining(_ framework: Framework) -> [(word: String, path: String, location: SourceLocation)] {
        var result: [(String, String, SourceLocation)] = []
        for record in framework.list(at: "training") ?? [] {
            guard case .list(let audiences)? = record["audiences"]?.value else { continue }
            for audience in audiences {
                if case .text(let word) = audience.value { result.append((word, "training.audiences", audience.location)) }
            }
        }
        for item in framework.list(at: "identification.trained_professions") ?? [] {
            if case .text(let word) = item.value {
                result.append((word, "identification.trained_professions", item.location))
            }
        }
        return result
    }
}
