import Foundation
import NaptrackCore
import NaptrackStandards

/// Maps one rule-pack document onto a `CatalogStandard`, reporting every mistake at its place.
struct RulePackReader {
    let reader: DocumentReader
    let limits: RulePackLimits

    /// The pack's header as written.
    private struct Header {
        var id: Located<String>?
        var title: String?
        var summary: String?
        var version: String?
        var source: String?
    }

    /// A requirement as written, with the places its id and thresholds were written.
    private struct WrittenRequirement {
        var requirement: Requirement
        var id: Located<String>
    }

    /// Reads the root mapping; returns the pack when it holds no error.
    func read(root: SourceLocation) throws -> RulePack? {
        let conditions = ConditionReader(reader: reader, limits: limits)
        var version: Located<String>?
        var versionDeclared = false
        var header: Header?
        var requirements: [WrittenRequirement]?
        var requirementsDeclared = false
        try reader.readMapping("the rule pack") { key, location in
            switch key {
            case "naptrack":
                versionDeclared = true
                version = try reader.readText("the format version")
            case "standard":
                header = try readHeader(at: location)
            case "requirements":
                requirementsDeclared = true
                requirements = try readRequirements(conditions, at: location)
            default:
                try reader.skipUnknownKey(key, known: RulePackSyntax.documentKeys, in: "a rule pack")
            }
        }
        reader.checkFormatVersion(version, declared: versionDeclared, document: root)
        guard let header else {
            reader.report(.error, "a rule pack needs 'standard:' with the id, title, version and source of the standard",
                rule: .required, at: root)
            return nil
        }
        guard requirementsDeclared else {
            reader.report(.error, "a rule pack needs 'requirements:', the list of what the standard asks", rule: .required,
                at: root)
            return nil
        }
        guard let requirements else { return nil }
        if let id = header.id {
            checkPrefixes(id: id.value, requirements: requirements, thresholds: conditions.thresholdNames)
        }
        guard !reader.diagnostics.contains(where: { $0.severity == .error }),
            let id = header.id, let title = header.title, let version = header.version, let source = header.source
        else { return nil }
        let standard = CatalogStandard(
            id: id.value, title: title, version: version, source: source, summary: header.summary ?? "",
            requirements: requirements.map(\.requirement))
        return RulePack(standard: standard, file: reader.file, location: id.location)
    }

    // MARK: Header

    private func readHeader(at location: SourceLocation) throws -> Header? {
        var header = Header()
        var keys = KeyLocations()
        let found = try reader.readMapping("the standard") { key, valueLocation in
            keys[key] = valueLocation
            switch key {
            case "id":
                header.id = try reader.readText("the standard id")
                if let id = header.id, !Self.isStandardID(id.value) {
                    reader.report(.error, "'\(id.value)' is not a valid standard id: use lower-case letters, digits and '-', starting with a letter or digit",
                        rule: .value, at: id.location)
                }
            case "title": header.title = try reader.readText("the title")?.value
            case "summary": header.summary = try reader.readText("the summary")?.value
            case "version": header.version = try reader.readText("the version")?.value
            case "source": header.source = try reader.readText("the source")?.value
            default:
                try reader.skipUnknownKey(key, known: RulePackSyntax.headerKeys, in: "the standard")
            }
        }
        guard found != nil else {
            reader.report(.error, "'standard:' needs a mapping with \(RulePackSyntax.requiredHeaderKeys.joined(separator: ", "))",
                rule: .required, at: location)
            return nil
        }
        for key in RulePackSyntax.requiredHeaderKeys where keys[key] == nil {
            reader.report(.error, "the standard has no '\(key)'", rule: .required, at: location)
        }
        return header
    }

    // MARK: Requirements

    private func readRequirements(_ conditions: ConditionReader, at location: SourceLocation) throws
        -> [WrittenRequirement]?
    {
        let limit = limits.maximumRequirements
        guard let written = try conditions.readBoundedList("the requirements", limit: limit, { () -> WrittenRequirement?? in
            // A requirement with a mistake is reported and left out; the others are still read.
            .some(try readRequirement(conditions))
        }) else { return nil }
        let requirements = written.compactMap { $0 }
        if written.isEmpty {
            reader.report(.error, "the pack has no requirements", rule: .required, at: location)
        }
        var seen: [String: SourceLocation] = [:]
        for item in requirements {
            if let first = seen[item.id.value] {
                reader.report(.error, "duplicate requirement id '\(item.id.value)'; it was first used at line \(first.line), column \(first.column)",
                    rule: .duplicateID, at: item.id.location)
            } else {
                seen[item.id.value] = item.id.location
            }
        }
        return requirements
    }

    private func readRequirement(_ conditions: ConditionReader) throws -> WrittenRequirement? {
        let location = try reader.nextLocation()
        var id: Located<String>?
        var title: String?, reference: String?, modality: Modality?, rationale: String?, remedy: String?
        var appliesWhen: Condition?, check: Condition?
        var keys = KeyLocations()
        if try reader.nextNodeKind() == .null {
            reader.report(.error, "expected a requirement (a mapping with \(RulePackSyntax.requiredRequirementKeys.joined(separator: ", "))), found no value",
                rule: .type, at: location)
        }
        let found = try reader.readMapping("a requirement") { key, valueLocation in
            keys[key] = valueLocation
            switch key {
            case "id":
                id = try reader.readText("the requirement id")
                if let value = id, !ConditionReader.isRequirementID(value.value) {
                    reader.report(.error, "'\(value.value)' is not a requirement id of the form <standard>:<requirement>, such as eu-thb-directive:art11.3",
                        rule: .value, at: value.location)
                }
            case "title": title = try reader.readText("the requirement title")?.value
            case "reference": reference = try reader.readText("the reference")?.value
            case "modality": modality = try reader.readChoice("modality", as: Modality.self)?.value
            case "rationale": rationale = try reader.readText("the rationale")?.value
            case "remedy": remedy = try reader.readText("the remedy")?.value
            case "applies_when": appliesWhen = try conditions.readCondition("'applies_when'")
            case "check": check = try conditions.readCondition("'check'")
            default:
                try reader.skipUnknownKey(key, known: RulePackSyntax.requirementKeys, in: "a requirement")
            }
        }
        guard found != nil else { return nil }
        let missing = RulePackSyntax.requiredRequirementKeys.filter { keys[$0] == nil }
        if !missing.isEmpty {
            let name = id.map { "requirement '\($0.value)'" } ?? "the requirement"
            reader.report(.error, "\(name) has no \(missing.map { "'\($0)'" }.joined(separator: ", "))", rule: .required,
                at: location)
        }
        guard let id, let title, let reference, let modality, let rationale, let remedy, let check,
            keys["applies_when"] == nil || appliesWhen != nil
        else { return nil }
        let requirement = Requirement(
            id: id.value, title: title, reference: reference, modality: modality, rationale: rationale, remedy: remedy,
            appliesWhen: appliesWhen, check: check)
        return WrittenRequirement(requirement: requirement, id: id)
    }

    /// Whether `text` is a standard id as plans and configurations name it: lower-case letters,
    /// digits and hyphens, not starting with a hyphen.
    static func isStandardID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "-" else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Requirement ids and threshold names carry the pack id, so that they cannot collide with
    /// those of another standard and a configuration entry names its standard.
    private func checkPrefixes(id: String, requirements: [WrittenRequirement], thresholds: [Located<String>]) {
        let prefix = id + ":"
        for item in requirements where ConditionReader.isRequirementID(item.id.value) && !item.id.value.hasPrefix(prefix) {
            let suffix = item.id.value.split(separator: ":", maxSplits: 1).last.map(String.init) ?? item.id.value
            reader.report(.error, "the requirement id '\(item.id.value)' does not start with the pack id; write '\(prefix)\(suffix)'",
                rule: .value, at: item.id.location)
        }
        for name in thresholds where !name.value.hasPrefix(prefix) {
            reader.report(.error, "the threshold '\(name.value)' does not start with the pack id '\(id)'; thresholds are named \(prefix)<name>",
                rule: .value, at: name.location)
        }
    }
}
