import Foundation

/// Checks what a plan says against itself: ids are unique, references resolve, dates are in
/// order and inside the plan period.
public struct PlanValidator: Sendable {
    /// Requirement ids that `addresses:` may name; `nil` skips that check.
    public var knownRequirements: Set<String>?

    public init(knownRequirements: Set<String>? = nil) {
        self.knownRequirements = knownRequirements
    }

    /// Every problem found in `plan`, in plan order, each with the path of the value it concerns.
    public func validate(_ plan: Plan) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func report(_ severity: Severity, _ message: String, _ rule: RuleID, _ location: SourceLocation, _ path: String) {
            diagnostics.append(Diagnostic(severity, message, rule: rule, at: location, path: path))
        }
        let agencyIDs = Set(plan.agencies.map(\.id))
        // Messages and paths are only built for a problem: a plan of thousands of activities has
        // few, and building them for every reference would cost more than the check itself.
        func checkAgency(
            _ id: String, _ role: @autoclosure () -> String, _ location: SourceLocation, _ path: @autoclosure () -> String
        ) {
            guard !agencyIDs.contains(id) else { return }
            var message = "\(role()) names '\(id)', which is not an agency of the plan"
            if let hint = Suggestion.nearest(to: id, among: agencyIDs.sorted()) { message += "; did you mean '\(hint)'?" }
            report(.error, message, .reference, location, path())
        }

        checkUnique(plan.agencies.map { IDSite($0.id, $0.keyLocations, $0.location, $0.path) }, kind: "agency",
            into: &diagnostics)
        checkUnique(plan.allObjectives.map { IDSite($0.id, $0.keyLocations, $0.location, $0.path) }, kind: "objective",
            into: &diagnostics)
        let activities = plan.activities
        checkUnique(activities.map { IDSite($0.id, $0.keyLocations, $0.location, $0.path) }, kind: "activity",
            into: &diagnostics)
        checkUnique(activities.flatMap(\.milestones).map { IDSite($0.id, $0.keyLocations, $0.location, $0.path) },
            kind: "milestone", into: &diagnostics)

        if let coordinator = plan.coordinator {
            checkAgency(coordinator, "the plan's coordinator", plan.location(of: "coordinator"), "plan.coordinator")
        }
        if let body = plan.review?.body, let review = plan.review {
            checkAgency(body, "the review body", review.keyLocations["body"] ?? review.location, "plan.review.body")
        }
        for agency in plan.agencies {
            for (index, member) in agency.members.enumerated() {
                checkAgency(member.value, "agency '\(agency.id)' has a member that", member.location,
                    agency.path.appendingPath("members[\(index)]"))
            }
        }
        checkFramework(plan.framework.facts, fields: FactVocabulary.fields, prefix: "", path: "framework") {
            id, fact, location, path in
            checkAgency(id, "framework fact '\(fact)'", location, path)
        }

        // The hint for an unknown requirement id, found once per id: the same mistake tends to be
        // repeated across activities, and each search compares the id with every known one.
        var hints = RequirementHints(known: knownRequirements)
        for activity in activities {
            var name: String { "activity '\(activity.id)'" }
            func path(_ key: String) -> String { activity.path.appendingPath(key) }
            if let lead = activity.lead { checkAgency(lead, "\(name) lead", activity.location(of: "lead"), path("lead")) }
            for (index, partner) in activity.partners.enumerated() {
                checkAgency(partner.value, "\(name) partner", partner.location, path("partners[\(index)]"))
            }
            if activity.indicators.count > 1 {
                checkUnique(activity.indicators.map { IDSite($0.id, $0.keyLocations, $0.location, $0.path) },
                    kind: "indicator", within: " in \(name)", into: &diagnostics)
            }
            if let start = activity.start, let due = activity.due, due < start {
                report(.error, "\(name) is due \(due) before it starts \(start)", .dateOrder, activity.location(of: "due"),
                    path("due"))
            }
            if let period = plan.period {
                func checkInPeriod(_ key: String, _ date: CalendarDate?) {
                    guard let date, !period.contains(date) else { return }
                    report(.warning, "\(name) \(key) \(date) is outside the plan period \(period.start) to \(period.end)",
                        .period, activity.location(of: key), path(key))
                }
                checkInPeriod("start", activity.start)
                checkInPeriod("due", activity.due)
                for milestone in activity.milestones {
                    guard let due = milestone.due, !period.contains(due) else { continue }
                    report(.warning, "milestone '\(milestone.id)' is due \(due), outside the plan period", .period,
                        milestone.keyLocations["due"] ?? milestone.location, milestone.path.appendingPath("due"))
                }
            }
            if let budget = activity.budget, let amount = budget.amount {
                let currency = budget.currency ?? plan.currency
                var funded = Decimal(0)
                for source in budget.sources where (source.currency ?? currency) == currency {
                    if let sourceAmount = source.amount { funded += sourceAmount }
                }
                if funded > amount {
                    report(.warning, "\(name) funding sources add up to \(funded) \(currency), more than its budget of \(amount)",
                        .amount, budget.keyLocations["sources"] ?? budget.location, path("budget.sources"))
                }
            }
            for (index, requirement) in activity.addresses.enumerated() {
                checkRequirementID(requirement, activity: name, path: path("addresses[\(index)]"), hints: &hints,
                    into: &diagnostics)
            }
        }
        return diagnostics
    }

    private func checkRequirementID(
        _ requirement: Located<String>, activity: @autoclosure () -> String, path: @autoclosure () -> String,
        hints: inout RequirementHints, into diagnostics: inout [Diagnostic]
    ) {
        guard Self.hasRequirementForm(requirement.value) else {
            diagnostics.append(Diagnostic(.warning, "\(activity()) addresses '\(requirement.value)', which is not a requirement id of the form standard:requirement",
                rule: .reference, at: requirement.location, path: path()))
            return
        }
        guard let known = knownRequirements, !known.contains(requirement.value) else { return }
        var message = "\(activity()) addresses '\(requirement.value)', which no loaded standard defines"
        if let hint = hints.nearest(to: requirement.value) { message += "; did you mean '\(hint)'?" }
        diagnostics.append(Diagnostic(.warning, message, rule: .reference, at: requirement.location, path: path()))
    }

    /// Whether `text` splits at a colon into two non-empty parts, as `standard:requirement` does.
    ///
    /// This is `text.split(separator: ":", maxSplits: 1)` giving two parts, worked out on the bytes
    /// when the text is ASCII (where characters are bytes), which is many times faster: leading
    /// colons are dropped, and a colon must follow with something after it.
    public static func hasRequirementForm(_ text: String) -> Bool {
        var text = text
        let answer: Bool? = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let colon = UInt8(ascii: ":")
            guard let first = bytes.firstIndex(where: { $0 != colon }),
                let separator = bytes[first...].firstIndex(of: colon)
            else { return false }
            return separator + 1 < bytes.count
        }
        if let answer { return answer }
        let parts = text.split(separator: ":", maxSplits: 1)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
    }

    /// "Did you mean" hints for unknown requirement ids, each worked out once.
    private struct RequirementHints {
        let known: Set<String>?
        private var sortedKnown: [String]?
        private var found: [String: String?] = [:]

        init(known: Set<String>?) { self.known = known }

        mutating func nearest(to id: String) -> String? {
            if let hint = found[id] { return hint }
            let candidates = sortedKnown ?? known?.sorted() ?? []
            sortedKnown = candidates
            let hint = Suggestion.nearest(to: id, among: candidates)
            found[id] = .some(hint)
            return hint
        }
    }

    /// Where an id was written: at its value when the item has an `id` key, else at the item.
    private struct IDSite {
        var id: String
        var location: SourceLocation
        var itemPath: String
        var path: String { itemPath.appendingPath("id") }

        init(_ id: String, _ keys: KeyLocations, _ itemLocation: SourceLocation, _ itemPath: String) {
            self.id = id
            self.location = keys["id"] ?? itemLocation
            self.itemPath = itemPath
        }
    }

    /// Reports every id used a second time, at the second use, naming the first.
    private func checkUnique(
        _ sites: [IDSite], kind: String, within scope: @autoclosure () -> String = "", into diagnostics: inout [Diagnostic]
    ) {
        var first: [String: SourceLocation] = [:]
        for site in sites where !site.id.isEmpty {
            if let earlier = first[site.id] {
                diagnostics.append(Diagnostic(.error, "duplicate \(kind) id '\(site.id)'\(scope()); it was first used at line \(earlier.line), column \(earlier.column)",
                    rule: .duplicateID, at: site.location, path: site.path))
            } else {
                first[site.id] = site.location
            }
        }
    }

    /// Calls `check` for every agency reference among the framework facts, with the fact's dotted
    /// vocabulary path (`referral.focal_point`) and its path in the document
    /// (`framework.cooperation_agreements[0].parties[1]`).
    private func checkFramework(
        _ facts: [String: Fact], fields: [FactField], prefix: String, path: String,
        _ check: (_ id: String, _ fact: String, _ location: SourceLocation, _ path: String) -> Void
    ) {
        for field in fields {
            guard let fact = facts[field.key] else { continue }
            let name = prefix.isEmpty ? field.key : prefix + "." + field.key
            let factPath = path + "." + field.key
            switch (field.type, fact.value) {
            case (.agency, .text(let id)): check(id, name, fact.location, factPath)
            case (.agencies, .list(let items)):
                for (index, item) in items.enumerated() {
                    if case .text(let id) = item.value { check(id, name, item.location, "\(factPath)[\(index)]") }
                }
            case (.record(let children), .record(let values)):
                checkFramework(values, fields: children, prefix: name, path: factPath, check)
            case (.records(let children), .list(let items)):
                for (index, item) in items.enumerated() {
                    if case .record(let values) = item.value {
                        checkFramework(values, fields: children, prefix: name, path: "\(factPath)[\(index)]", check)
                    }
                }
            default: break
            }
        }
    }
}

extension String {
    /// This document path followed by `key`, such as `objectives[0].activities[1]` + `lead`; an
    /// item built in code rather than read from a file has an empty path, and gets just `key`.
    func appendingPath(_ key: String) -> String { isEmpty ? key : self + "." + key }
}
