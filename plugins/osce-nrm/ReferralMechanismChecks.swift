import Foundation
import NaptrackCore
import NaptrackStandards

/// Checks of the `osce-nrm` standard that the condition primitives cannot express: they read the
/// plan's agencies, combine fields across a list of records, or compare a fact with the plan period.
/// Each reports the facts it used as evidence and each shortfall at the place it was declared.
enum ReferralMechanismChecks {
    /// Agency types that are part of the state.
    static let stateTypes: Set<AgencyType> = [
        .government, .lawEnforcement, .prosecution, .judiciary, .labourInspectorate, .localGovernment,
        .coordinationBody, .independentBody,
    ]

    /// The threshold naming the oldest acceptable needs assessment, in years before the plan starts.
    static let assessmentAgeKey = "osce-nrm:assessment_age_years"
    static let assessmentAgeDefault: Decimal = 5

    /// The co-ordinator named in `coordination.coordinator.agency` is a state body.
    static let coordinatorIsStateBody = Condition.custom(
        name: "co-ordinator is a state body", facts: ["coordination.coordinator.agency"]
    ) { context in
        let path = "coordination.coordinator.agency"
        guard let fact = context.plan.framework.fact(at: path), case .text(let id) = fact.value else {
            return .undetermined(missing: [path])
        }
        guard let type = context.plan.agency(id)?.type else {
            return .undetermined(missing: ["type of agency '\(id)'"], at: fact.location)
        }
        let evidence = [Evidence("\(path) = \(id) (\(type.rawValue))", at: fact.location)]
        if stateTypes.contains(type) { return .satisfied(evidence) }
        return .contradicted([Violation("the co-ordinator '\(id)' is of type \(type.rawValue), not a state body",
            at: fact.location)], evidence: evidence)
    }

    /// Some co-operation agreement has both a state body and an NGO among its parties.
    static let agreementJoinsStateAndNGO = someAgreement(
        "parties", lacking: "has both a state body and an NGO among its parties"
    ) { parties, plan in
        let types = parties.compactMap { plan.agency($0)?.type }
        return types.contains(.ngo) && types.contains(where: stateTypes.contains)
    }

    /// Some co-operation agreement covers every subject in `all` and at least one in `oneOf`.
    static func agreementCovers(all required: [String], oneOf alternatives: [String]) -> Condition {
        let wanted = required.joined(separator: ", ") + " and " + alternatives.joined(separator: " or ")
        return someAgreement("covers", lacking: "covers \(wanted)") { subjects, _ in
            Set(subjects).isSuperset(of: required) && !Set(subjects).isDisjoint(with: alternatives)
        }
    }

    /// Some entry of `cooperation_agreements` has a list `field` whose words pass `test`. Unknown
    /// when none passes and some agreement does not declare the field; otherwise the shortfall is
    /// reported at the list of agreements as "no co-operation agreement \(lacking)".
    static func someAgreement(
        _ field: String, lacking: String, where test: @escaping @Sendable ([String], Plan) -> Bool
    ) -> Condition {
        let path = "cooperation_agreements"
        return .custom(name: "some agreement by \(field)", facts: [path + "." + field]) { context in
            guard let agreements = context.plan.framework.fact(at: path), case .list(let records) = agreements.value
            else { return .undetermined(missing: [path]) }
            var undetermined = false
            for record in records {
                guard let list = record[field], case .list(let items) = list.value else {
                    undetermined = true
                    continue
                }
                let words = items.compactMap { item -> String? in
                    if case .text(let word) = item.value { return word }
                    return nil
                }
                if test(words, context.plan) {
                    return .satisfied([Evidence("co-operation agreement with \(field) \(list.value)", at: record.location)])
                }
            }
            if undetermined { return .undetermined(missing: [path + "." + field], at: agreements.location) }
            return .contradicted([Violation("no co-operation agreement \(lacking)", at: agreements.location)])
        }
    }

    /// When the round-table names an agency that lists its members, one of them is an NGO. Without
    /// a member list the check rests on `coordination.round_table.includes_ngos` alone.
    static let roundTableMembersIncludeNGO = Condition.custom(
        name: "round-table members include an NGO", facts: ["coordination.round_table.agency"]
    ) { context in
        let path = "coordination.round_table.agency"
        guard let fact = context.plan.framework.fact(at: path), case .text(let id) = fact.value else {
            return .undetermined(missing: [path])
        }
        guard let body = context.plan.agency(id), !body.members.isEmpty else {
            return .satisfied([Evidence("\(path) = \(id), no member list declared", at: fact.location)])
        }
        if let ngo = body.members.first(where: { context.plan.agency($0.value)?.isNGO == true }) {
            return .satisfied([Evidence("round-table '\(id)' has NGO member '\(ngo.value)'", at: ngo.location)])
        }
        return .contradicted([Violation("the round-table '\(id)' lists no NGO among its members", at: body.location)],
            evidence: [Evidence("\(path) = \(id)", at: fact.location)])
    }

    /// The list of agencies at `path` names at least one agency of type `ngo`.
    static func namesAnNGO(_ path: String) -> Condition {
        .custom(name: "\(path) names an NGO", facts: [path]) { context in
            guard let fact = context.plan.framework.fact(at: path) else { return .undetermined(missing: [path]) }
            let evidence = [Evidence("\(path) = \(fact.value)", at: fact.location)]
            guard case .list(let items) = fact.value else {
                return .contradicted([Violation("'\(path)' is \(fact.value), not a list", at: fact.location)])
            }
            let ngo = items.first { item in
                if case .text(let id) = item.value { return context.plan.agency(id)?.isNGO == true }
                return false
            }
            guard let ngo else {
                return .contradicted([Violation("'\(path)' names no agency of type ngo", at: fact.location)],
                    evidence: evidence)
            }
            return .satisfied([Evidence("\(path) includes NGO \(ngo.value)", at: ngo.location)])
        }
    }

    /// Together, the training programmes reach every audience in `audiences`.
    static func trainingReaches(_ audiences: [String]) -> Condition {
        .custom(name: "training reaches", facts: ["training.audiences"]) { context in
            let path = "training"
            guard let training = context.plan.framework.fact(at: path), case .list(let programmes) = training.value
            else { return .undetermined(missing: [path]) }
            var reached: [String: Fact] = [:]
            var declared = false
            for programme in programmes {
                guard let list = programme["audiences"], case .list(let items) = list.value else { continue }
                declared = true
                for item in items {
                    if case .text(let word) = item.value, reached[word] == nil { reached[word] = item }
                }
            }
            guard declared else { return .undetermined(missing: ["training.audiences"], at: training.location) }
            let evidence = audiences.compactMap { audience in
                reached[audience].map { Evidence("training reaches \(audience)", at: $0.location) }
            }
            let missing = audiences.filter { reached[$0] == nil }
            if missing.isEmpty { return .satisfied(evidence) }
            return .contradicted([Violation("no training programme reaches \(missing.joined(separator: ", "))",
                at: training.location)], evidence: evidence)
        }
    }

    /// The year in `coordination.needs_assessment` is no more than the configured number of years
    /// before the plan period starts (or before the evaluation date, for a plan without a period).
    static let recentNeedsAssessment = Condition.custom(
        name: "recent needs assessment", facts: ["coordination.needs_assessment"]
    ) { context in
        let path = "coordination.needs_assessment"
        guard let fact = context.plan.framework.fact(at: path), case .number(let year) = fact.value else {
            return .undetermined(missing: [path])
        }
        let start = context.plan.period?.start.year ?? context.asOf.year
        let limit = context.threshold(assessmentAgeKey, default: assessmentAgeDefault)
        let evidence = [Evidence("\(path) = \(year), plan starts in \(start)", at: fact.location)]
        if Decimal(start) - year <= limit { return .satisfied(evidence) }
        return .contradicted([Violation("the last needs assessment dates from \(year), more than \(limit) years "
            + "before the plan starts in \(start)", at: fact.location)], evidence: evidence)
    }
}
