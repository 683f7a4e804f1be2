/// A national (or regional, or subnational) action plan as written in a plan file: who is
/// responsible, what the national framework declares, and the tree of objectives and activities.
public struct Plan: Sendable {
    /// The file the plan was read from.
    public var file: String
    public var id: String
    public var title: String
    /// ISO 3166-1 alpha-2, ISO 3166-2 (such as `BR-PE`) or a region code.
    public var jurisdiction: String
    public var level: PlanLevel
    /// The period the plan covers; `nil` when it was missing or invalid.
    public var period: DateRange?
    public var adopted: CalendarDate?
    /// Grows with each amended version of the plan.
    public var revision: Int?
    /// ISO 4217 code in which amounts are given unless an item says otherwise.
    public var currency: String
    /// Agency id of the national co-ordinator (or equivalent).
    public var coordinator: String?
    /// Who reviews progress, and how often.
    public var review: ReviewCycle?
    /// Standards that `check` runs by default for this plan.
    public var standards: [Located<String>]
    public var agencies: [Agency]
    /// Declared facts about the national framework.
    public var framework: Framework
    public var objectives: [Objective]
    /// Where the `plan:` mapping starts.
    public var location: SourceLocation
    /// Where each key under `plan:` was written.
    public var keyLocations: KeyLocations

    public init(file: String, id: String, location: SourceLocation) {
        self.file = file
        self.id = id
        self.title = ""
        self.jurisdiction = ""
        self.level = .national
        self.currency = ""
        self.standards = []
        self.agencies = []
        self.framework = Framework(facts: [:], location: location)
        self.objectives = []
        self.location = location
        self.keyLocations = KeyLocations()
    }

    /// Every activity in the plan, depth first in plan order.
    public var activities: [Activity] {
        var result: [Activity] = []
        func collect(_ objectives: [Objective]) {
            for objective in objectives {
                result.append(contentsOf: objective.activities)
                collect(objective.objectives)
            }
        }
        collect(objectives)
        return result
    }

    /// Every objective in the plan, depth first in plan order.
    public var allObjectives: [Objective] {
        var result: [Objective] = []
        func collect(_ objectives: [Objective]) {
            for objective in objectives {
                result.append(objective)
                collect(objective.objectives)
            }
        }
        collect(objectives)
        return result
    }

    /// The agency with `id`, if the plan names one.
    public func agency(_ id: String) -> Agency? { agencies.first { $0.id == id } }

    /// The location of a plan header key, falling back to the `plan:` mapping.
    public func location(of key: String) -> SourceLocation { keyLocations[key] ?? location }
}

/// The territorial level a plan is adopted at.
public enum PlanLevel: String, Sendable, CaseIterable, Codable {
    case national, regional, subnational
}

/// The body that reviews the plan's progress and how often it meets for that.
public struct ReviewCycle: Sendable, Hashable {
    /// Agency id of the reviewing body (a round-table, a commission).
    public var body: String?
    public var everyMonths: Int?
    /// When the last review took place, if declared.
    public var last: CalendarDate?
    public var location: SourceLocation
    public var keyLocations: KeyLocations

    public init(body: String?, everyMonths: Int?, last: CalendarDate?, location: SourceLocation,
        keyLocations: KeyLocations = KeyLocations())
    {
        self.body = body
        self.everyMonths = everyMonths
        self.last = last
        self.location = location
        self.keyLocations = keyLocations
    }
}

/// An actor the plan names: a ministry, a police unit, an NGO, an international organisation.
public struct Agency: Sendable, Hashable {
    public var id: String
    public var name: String
    public var type: AgencyType?
    /// Agency ids of the members, for coordination bodies.
    public var members: [Located<String>]
    public var location: SourceLocation
    public var keyLocations: KeyLocations
    /// Where the item sits in its file, such as `objectives[0].activities[2]`, so that checks
    /// can name the exact path in their diagnostics.
    public var path = ""

    public init(id: String, name: String, type: AgencyType?, members: [Located<String>], location: SourceLocation,
        keyLocations: KeyLocations = KeyLocations())
    {
        self.id = id
        self.name = name
        self.type = type
        self.members = members
        self.location = location
        self.keyLocations = keyLocations
    }

    /// Whether the agency is a non-governmental organisation.
    public var isNGO: Bool { type == .ngo }
}

/// What kind of actor an agency is.
public enum AgencyType: String, Sendable, CaseIterable, Codable {
    case government
    case lawEnforcement = "law-enforcement"
    case prosecution, judiciary
    case labourInspectorate = "labour-inspectorate"
    case localGovernment = "local-government"
    case ngo, international
    case privateSector = "private-sector"
    case coordinationBody = "coordination-body"
    case independentBody = "independent-body"
    case other
}
