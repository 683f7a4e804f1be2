import NaptrackCore

/// The bounds every rule pack is read within, so that a careless or hostile pack costs bounded
/// time and memory both when it is read and each time it is evaluated.
public struct RulePackLimits: Sendable {
    /// How deeply conditions may nest (`not`, `all`, `any` and `some_record` each add a level).
    public var maximumNesting: Int
    /// The most items one list may hold: words of a test, conditions of `all` or `any`.
    public var maximumListItems: Int
    /// The most requirements one pack may hold.
    public var maximumRequirements: Int
    /// The most conditions one pack may hold in all, which bounds the cost of evaluating it.
    public var maximumConditions: Int
    /// The limits of the YAML reader itself: file size, alias expansion, collection depth.
    public var load: LoadLimits

    /// Limits with the given bounds; the defaults are those `naptrack` uses.
    public init(
        maximumNesting: Int = 16, maximumListItems: Int = 1_000, maximumRequirements: Int = 1_000,
        maximumConditions: Int = 10_000,
        load: LoadLimits = LoadLimits(maximumFileBytes: 4 << 20, maximumAliasEvents: 10_000, maximumDepth: 48)
    ) {
        self.maximumNesting = maximumNesting
        self.maximumListItems = maximumListItems
        self.maximumRequirements = maximumRequirements
        self.maximumConditions = maximumConditions
        self.load = load
    }

    /// The limits `naptrack` reads packs with.
    public static let standard = RulePackLimits()
}
