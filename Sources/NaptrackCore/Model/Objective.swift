/// A goal of the plan. Objectives form a tree; activities are its leaves.
public struct Objective: Sendable {
    public var id: String
    public var title: String
    /// The pillar the objective belongs to, if declared.
    public var area: ThematicArea?
    public var objectives: [Objective]
    public var activities: [Activity]
    public var location: SourceLocation
    public var keyLocations: KeyLocations
    /// Where the item sits in its file, such as `objectives[0].activities[2]`, so that checks
    /// can name the exact path in their diagnostics.
    public var path = ""

    public init(id: String, title: String, area: ThematicArea?, objectives: [Objective], activities: [Activity],
        location: SourceLocation, keyLocations: KeyLocations = KeyLocations())
    {
        self.id = id
        self.title = title
        self.area = area
        self.objectives = objectives
        self.activities = activities
        self.location = location
        self.keyLocations = keyLocations
    }

    /// Every activity under this objective, including those of nested objectives.
    public var allActivities: [Activity] {
        activities + objectives.flatMap(\.allActivities)
    }
}

/// The pillars of anti-trafficking work ("the four Ps") plus co-ordination.
public enum ThematicArea: String, Sendable, CaseIterable, Codable {
    case prevention, protection, prosecution, partnership, coordination
}
