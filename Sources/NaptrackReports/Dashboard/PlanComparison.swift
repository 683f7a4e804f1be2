import NaptrackStandards

/// Several plans side by side, for a monitoring body: for each standard, a matrix of requirements
/// by plans with each plan's status, and each plan's score.
public struct PlanComparison: Sendable {
    /// A plan as a column of the matrix.
    public struct Column: Sendable, Equatable {
        public var planID: String
        public var title: String
        public var file: String
    }

    /// One requirement across the plans.
    public struct Row: Sendable {
        public var requirementID: String
        public var title: String
        public var reference: String
        /// One entry per column: the plan's verdict, or `nil` when the plan was not checked
        /// against the standard.
        public var statuses: [RequirementStatus?]
    }

    /// One standard across the plans.
    public struct StandardMatrix: Sendable {
        public var id: String
        public var title: String
        public var version: String
        /// One entry per column: the plan's score, `nil` when the plan was not checked against the
        /// standard or no requirement applies.
        public var scores: [Double?]
        /// Whether each column's plan was checked against the standard.
        public var checked: [Bool]
        /// Requirements in catalog order.
        public var rows: [Row]
    }

    public var columns: [Column]
    /// Standards in the order first met among the plans.
    public var standards: [StandardMatrix]

    /// Compares the plans of `dashboard`, in its order.
    public init(_ dashboard: Dashboard) {
        let plans = dashboard.plans
        columns = plans.map { Column(planID: $0.id, title: $0.displayTitle, file: $0.file) }
        var order: [String] = []
        var firstSeen: [String: StandardResult] = [:]
        for standard in plans.flatMap(\.standards) where firstSeen[standard.standardID] == nil {
            order.append(standard.standardID)
            firstSeen[standard.standardID] = standard
        }
        standards = order.compactMap { id in
            guard let first = firstSeen[id] else { return nil }
            let results = plans.map { plan in plan.standards.first { $0.standardID == id } }
            var requirementOrder: [String] = []
            var titles: [String: (title: String, reference: String)] = [:]
            for result in results.compactMap({ $0 }).flatMap(\.results) where titles[result.requirement.id] == nil {
                requirementOrder.append(result.requirement.id)
                titles[result.requirement.id] = (result.requirement.title, result.requirement.reference)
            }
            let rows = requirementOrder.map { requirement in
                Row(requirementID: requirement, title: titles[requirement]?.title ?? "",
                    reference: titles[requirement]?.reference ?? "",
                    statuses: results.map { result in
                        result?.results.first { $0.requirement.id == requirement }?.status
                    })
            }
            return StandardMatrix(id: id, title: first.title, version: first.version, scores: results.map { $0?.score },
                checked: results.map { $0 != nil }, rows: rows)
        }
    }
}
