import NaptrackCore
import NaptrackStandards

extension AgencyType {
    /// Bodies that set and carry out policy: ministries and local government.
    static let policy: Set<AgencyType> = [.government, .localGovernment]
    /// Bodies that investigate, prosecute or inspect.
    static let enforcement: Set<AgencyType> = [.lawEnforcement, .prosecution, .labourInspectorate]
    /// Public authorities of any kind, as opposed to civil society, companies and international bodies.
    static let state: Set<AgencyType> = policy.union(enforcement).union([.judiciary, .coordinationBody, .independentBody])
}

extension Condition {
    /// The co-ordinating body at `coordination.round_table.agency` brings together both policy
    /// bodies and enforcement bodies among its members: co-ordination between "the various
    /// bodies" responsible for preventing and for combating trafficking.
    static let multiAgencyCoordination = Condition.custom(
        name: "co-ordinating body joins policy and enforcement bodies", facts: ["coordination.round_table.agency"]
    ) { context in
        let path = "coordination.round_table.agency"
        let plan = context.plan
        guard let fact = plan.framework.fact(at: path) else { return .undetermined(missing: [path]) }
        let id = fact.value.description
        guard let body = plan.agency(id) else {
            return .contradicted([Violation("'\(path)' names '\(id)', which is not an agency of the plan", at: fact.location)])
        }
        let members = body.members.compactMap { member in
            plan.agency(member.value).map { (reference: member, agency: $0) }
        }
        let policy = members.first { $0.agency.type.map(AgencyType.policy.contains) ?? false }
        let enforcement = members.first { $0.agency.type.map(AgencyType.enforcement.contains) ?? false }
        var evidence = [Evidence("\(path) = \(id)", at: fact.location)]
        for found in [policy, enforcement].compactMap({ $0 }) {
            evidence.append(Evidence("member \(found.agency.id) (\(found.agency.type?.rawValue ?? "other"))",
                at: found.reference.location))
        }
        var lacking: [String] = []
        if policy == nil { lacking.append("a government body") }
        if enforcement == nil { lacking.append("a law-enforcement, prosecution or labour-inspection body") }
        if lacking.isEmpty { return .satisfied(evidence) }
        return .contradicted(
            [Violation("the co-ordinating body '\(id)' has no \(lacking.joined(separator: " and ")) among its members",
                at: body.location)],
            evidence: evidence)
    }

    /// Some written co-operation agreement has both a public authority and an NGO among its parties.
    static let agreementWithNGO = Condition.custom(
        name: "co-operation agreement between a public authority and an NGO", facts: ["cooperation_agreements"]
    ) { context in
        let path = "cooperation_agreements"
        let plan = context.plan
        guard let fact = plan.framework.fact(at: path) else { return .undetermined(missing: [path]) }
        guard case .list(let agreements) = fact.value else {
            return .contradicted([Violation("'\(path)' is \(fact.value), not a list", at: fact.location)])
        }
        for agreement in agreements {
            guard case .list(let parties)? = agreement["parties"]?.value else { continue }
            let types = parties.compactMap { plan.agency($0.value.description)?.type }
            if types.contains(.ngo), types.contains(where: AgencyType.state.contains) {
                let signatories = agreement["parties"]?.value.description ?? ""
                return .satisfied([Evidence("\(path): agreement of \(signatories)", at: agreement.location)])
            }
        }
        return .contradicted(
            [Violation("no entry of '\(path)' has both a public authority and an NGO among its parties", at: fact.location)],
            evidence: [Evidence("\(path) = \(agreements.count) agreements", at: fact.location)])
    }
}
