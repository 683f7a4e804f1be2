import Foundation
import NaptrackCore
import NaptrackStandards

/// How an amendment moved compliance: for each standard, the score before and after and the
/// requirements whose status changed, such as `coe-cathb:art13.1 not-met → met`.
///
/// It is computed from two evaluation results alone, so a comparison without standards simply
/// has none.
public struct ComplianceDelta: Sendable, Hashable {
    /// One entry per standard evaluated for either version.
    public var standards: [StandardDelta]

    /// A delta with the given standards.
    public init(standards: [StandardDelta]) {
        self.standards = standards
    }

    /// Compares the evaluation of the older version with that of the newer one. Standards and
    /// requirements are matched by id, in the newer evaluation's order, then those only the
    /// older one has.
    public init(before: PlanCompliance, after: PlanCompliance) {
        standards = Matching(old: before.standards, new: after.standards, key: \.standardID).entries.map { entry in
            StandardDelta(before: entry.old, after: entry.new)
        }
    }

    /// Evaluates both versions on the same date and compares them, on the standards `selection`
    /// chooses for either version (as `check` chooses them); `nil` when it chooses none.
    public static func evaluating(
        _ old: Plan, _ new: Plan, engine: ComplianceEngine, selection: StandardSelection = StandardSelection(),
        asOf date: CalendarDate, configuration: Configuration? = nil
    ) -> ComplianceDelta? {
        var seen = Set<String>()
        let ids = [old, new].flatMap { selection.standards(for: $0, configuration: configuration, registry: engine.registry).ids }
            .filter { seen.insert($0).inserted }
        guard !ids.isEmpty else { return nil }
        return ComplianceDelta(
            before: engine.evaluate(old, standards: ids, asOf: date, configuration: configuration),
            after: engine.evaluate(new, standards: ids, asOf: date, configuration: configuration))
    }

    /// The number of requirements whose status changed, over all standards.
    public var changeCount: Int { standards.reduce(0) { $0 + $1.changes.count } }
}

/// One standard's score in both versions and the requirements whose status changed.
public struct StandardDelta: Sendable, Hashable {
    /// The standard id, such as `coe-cathb`.
    public var id: String
    public var title: String
    /// The share of applicable requirements met (a partial one counting half), to two places;
    /// `nil` when the standard was not evaluated for that version or nothing applied.
    public var scoreBefore: Decimal?
    public var scoreAfter: Decimal?
    /// The requirements whose status differs, in the newer evaluation's order.
    public var changes: [RequirementStatusChange]

    /// A standard's delta with its parts.
    public init(id: String, title: String, scoreBefore: Decimal?, scoreAfter: Decimal?,
        changes: [RequirementStatusChange])
    {
        self.id = id
        self.title = title
        self.scoreBefore = scoreBefore
        self.scoreAfter = scoreAfter
        self.changes = changes
    }

    init(before: StandardResult?, after: StandardResult?) {
        id = after?.standardID ?? before?.standardID ?? ""
        title = after?.title ?? before?.title ?? ""
        scoreBefore = before.flatMap(\.exactScore)
        scoreAfter = after.flatMap(\.exactScore)
        let matching = Matching(old: before?.results ?? [], new: after?.results ?? [], key: \.requirement.id)
        changes = matching.entries.compactMap { entry in
            let old = entry.old?.status, new = entry.new?.status
            guard old != new, let requirement = (entry.new ?? entry.old)?.requirement else { return nil }
            return RequirementStatusChange(requirement: requirement.id, title: requirement.title,
                reference: requirement.reference, before: old, after: new)
        }
    }

    /// The newer score minus the older one, when both exist.
    public var scoreDifference: Decimal? {
        guard let scoreBefore, let scoreAfter else { return nil }
        return scoreAfter - scoreBefore
    }
}

/// A requirement whose status differs between the two versions.
public struct RequirementStatusChange: Sendable, Hashable {
    /// `standard:requirement`, such as `coe-cathb:art13.1`.
    public var requirement: String
    /// The requirement's short title.
    public var title: String
    /// Where the obligation comes from, such as "CETS 197 Art. 13(1)".
    public var reference: String
    /// The status in the older version; `nil` when the requirement was not evaluated there.
    public var before: RequirementStatus?
    /// The status in the newer version; `nil` when it is no longer evaluated.
    public var after: RequirementStatus?

    /// A status change of one requirement.
    public init(requirement: String, title: String, reference: String, before: RequirementStatus?,
        after: RequirementStatus?)
    {
        self.requirement = requirement
        self.title = title
        self.reference = reference
        self.before = before
        self.after = after
    }
}

extension StandardResult {
    /// The score as an exact decimal with two places, so JSON prints `0.82`, not `0.8200000001`.
    var exactScore: Decimal? {
        guard let score, score.isFinite else { return nil }
        return Decimal(Int((score * 100).rounded())) / 100
    }
}
