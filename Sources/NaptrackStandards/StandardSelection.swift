import NaptrackCore

/// Decides which standards are checked for a plan: those asked for on the command line, else the
/// plan's own `standards:`, else the configuration's, else every registered standard.
public struct StandardSelection: Sendable {
    /// Standard ids asked for explicitly (`--standard`); empty when none were.
    public var requested: [String]

    public init(requested: [String] = []) {
        self.requested = requested
    }

    /// The registered standard ids to check `plan` against, in the order they were named, and a
    /// warning for each id the plan names that no registered standard has.
    ///
    /// Ids in the configuration are reported once by `StandardRegistry.checkReferences(in:)`, not
    /// for every plan, so here they are skipped quietly.
    public func standards(for plan: Plan, configuration: Configuration?, registry: StandardRegistry)
        -> (ids: [String], diagnostics: [Diagnostic])
    {
        if !requested.isEmpty { return (unique(requested.filter { registry.standard($0) != nil }), []) }
        if !plan.standards.isEmpty {
            let unknown = plan.standards.filter { registry.standard($0.value) == nil }
            let diagnostics = unknown.map { entry in
                registry.unknownStandard(entry, named: "plan '\(plan.id)' asks for standard")
            }
            return (unique(plan.standards.map(\.value).filter { registry.standard($0) != nil }), diagnostics)
        }
        if let configured = configuration?.standards, !configured.isEmpty {
            return (unique(configured.map(\.value).filter { registry.standard($0) != nil }), [])
        }
        return (registry.ids, [])
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}

extension StandardRegistry {
    /// Problems with what the configuration names: standards, severity override targets and
    /// waived requirements that no registered standard defines, each with the nearest known id.
    public func checkReferences(in configuration: Configuration) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for entry in configuration.standards where standard(entry.value) == nil {
            diagnostics.append(unknownStandard(entry, named: "the configuration asks for standard"))
        }
        for override in configuration.severityOverrides where !isKnown(override.target, standardAllowed: true) {
            diagnostics.append(unknownTarget(override.target, role: "a severity override", at: override.location))
        }
        for waiver in configuration.waivers where !isKnown(waiver.requirement, standardAllowed: false) {
            diagnostics.append(unknownTarget(waiver.requirement, role: "a waiver", at: waiver.location))
        }
        return diagnostics
    }

    /// A warning that `entry` names no registered standard.
    func unknownStandard(_ entry: Located<String>, named role: String) -> Diagnostic {
        var message = "\(role) '\(entry.value)', which this build of naptrack does not include; it is not checked"
        if let hint = Suggestion.nearest(to: entry.value, among: ids) { message += "; did you mean '\(hint)'?" }
        return Diagnostic(.warning, message, rule: .reference, at: entry.location)
    }

    private func isKnown(_ target: String, standardAllowed: Bool) -> Bool {
        (standardAllowed && standard(target) != nil) || requirementIDs.contains(target)
    }

    private func unknownTarget(_ target: String, role: String, at location: SourceLocation) -> Diagnostic {
        let standardID = target.split(separator: ":", maxSplits: 1).first.map(String.init) ?? target
        var message: String
        if !target.contains(":") {
            message = "\(role) names '\(target)', which is neither a standard nor a requirement this build of naptrack includes"
        } else if standard(standardID) == nil {
            message = "\(role) names '\(target)', but this build of naptrack does not include standard '\(standardID)'"
        } else {
            message = "\(role) names '\(target)', which standard '\(standardID)' does not define"
        }
        if let hint = Suggestion.nearest(to: target, among: ids + requirementIDs.sorted()) {
            message += "; did you mean '\(hint)'?"
        }
        return Diagnostic(.warning, message, rule: .reference, at: location)
    }
}
