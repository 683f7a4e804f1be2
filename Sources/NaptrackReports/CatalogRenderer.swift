import Foundation
import NaptrackCore
import NaptrackStandards

/// Renders the standards themselves: the list `naptrack standards` prints, and the catalog of one
/// standard that `naptrack standards show` prints and `docs/standards/` keeps.
public enum CatalogRenderer {
    // MARK: List

    /// One line per standard: id, title, version, requirement count and source.
    public static func listText(_ standards: [any Standard]) -> String {
        guard !standards.isEmpty else { return "No standards are registered.\n" }
        let width = standards.map(\.id.count).max() ?? 0
        return standards.map { standard in
            "\(ComplianceRenderer.pad(standard.id, width))  \(standard.title), version \(standard.version), "
                + "\(ComplianceRenderer.plural(standard.requirements.count, "requirement"))\n"
                + String(repeating: " ", count: width + 2) + "source: \(standard.source)\n"
        }.joined()
    }

    /// The list as JSON: `{"standards": [{"id", "title", "version", "source", "requirements"}]}`.
    public static func listJSON(_ standards: [any Standard]) throws -> String {
        try JSONOutput.encode(["standards": standards.map(StandardEntryJSON.init)])
    }

    /// The index page of `docs/standards/`: a table linking each standard's catalog page.
    public static func listMarkdown(_ standards: [any Standard]) -> String {
        var output = "# Standards\n\n"
        output += "The standards naptrack checks plans against. Each page lists every requirement with its "
            + "reference, modality, the facts it reads, why it matters and what to do about it.\n\n"
        output += "| Standard | Title | Version | Requirements | Source |\n|---|---|---|---:|---|\n"
        for standard in standards {
            output += "| [\(Markdown.code(standard.id))](\(standard.id).md) | \(Markdown.escape(standard.title)) | "
                + "\(Markdown.escape(standard.version)) | \(standard.requirements.count) | \(Markdown.escape(standard.source)) |\n"
        }
        output += "\n" + generatedNote("naptrack standards --format markdown")
        return output
    }

    // MARK: Show

    /// The catalog as text: each requirement with reference, modality, facts, rationale and remedy.
    public static func catalogText(_ standard: any Standard) -> String {
        var output = "\(standard.id): \(standard.title), version \(standard.version)\n"
        output += "source: \(standard.source)\n"
        if !standard.summary.isEmpty { output += "\n" + wrap(standard.summary, indent: "") }
        for requirement in standard.requirements {
            output += "\n\(requirement.id)  \(requirement.title)\n"
            output += "  reference:  \(requirement.reference)\n"
            output += "  modality:   \(requirement.modality.rawValue) (default severity: \(requirement.modality.defaultSeverity.rawValue))\n"
            if !requirement.facts.isEmpty { output += "  reads:      \(requirement.facts.joined(separator: ", "))\n" }
            output += "  rationale:  \(requirement.rationale)\n"
            output += "  remedy:     \(requirement.remedy)\n"
        }
        return output
    }

    /// The catalog as Markdown: the page kept as `docs/standards/<id>.md`.
    public static func catalogMarkdown(_ standard: any Standard) -> String {
        var output = "# \(Markdown.escape(standard.title)) (\(Markdown.code(standard.id)))\n\n"
        output += "Version \(Markdown.escape(standard.version)). Source: \(Markdown.escape(standard.source)). "
            + "\(ComplianceRenderer.plural(standard.requirements.count, "requirement")).\n\n"
        if !standard.summary.isEmpty { output += Markdown.escape(standard.summary) + "\n\n" }
        output += "| Requirement | Title | Reference | Modality | Default severity |\n|---|---|---|---|---|\n"
        for requirement in standard.requirements {
            output += "| [\(Markdown.code(requirement.id))](#\(anchor(requirement.id))) | \(Markdown.escape(requirement.title)) | "
                + "\(Markdown.escape(requirement.reference)) | \(requirement.modality.rawValue) | "
                + "\(requirement.modality.defaultSeverity.rawValue) |\n"
        }
        for requirement in standard.requirements {
            output += "\n## \(requirement.id)\n\n"
            output += "**\(Markdown.escape(requirement.title))**\n\n"
            output += "- Reference: \(Markdown.escape(requirement.reference))\n"
            output += "- Modality: \(requirement.modality.rawValue) (default severity: \(requirement.modality.defaultSeverity.rawValue))\n"
            if !requirement.facts.isEmpty {
                output += "- Reads: " + requirement.facts.map(Markdown.code).joined(separator: ", ") + "\n"
            }
            output += "\nWhy: \(Markdown.escape(requirement.rationale))\n\n"
            output += "What to do: \(Markdown.escape(requirement.remedy))\n"
        }
        output += "\n" + generatedNote("naptrack standards show \(standard.id) --format markdown")
        return output
    }

    /// The catalog as JSON, for tools that build their own documentation.
    public static func catalogJSON(_ standard: any Standard) throws -> String {
        try JSONOutput.encode(CatalogJSON(standard))
    }

    /// The anchor GitHub-style Markdown gives the heading `id`: `plan-quality:lead` → `plan-qualitylead`.
    static func anchor(_ id: String) -> String {
        String(id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }

    private static func generatedNote(_ command: String) -> String {
        "<!-- Generated by `\(command)`; edit the standard's catalog, not this file. -->\n"
    }

    private static func wrap(_ text: String, indent: String) -> String {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + word.count + 1 > 96 {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { indent + $0 + "\n" }.joined()
    }
}

private struct StandardEntryJSON: Encodable {
    var id: String
    var title: String
    var version: String
    var source: String
    var requirements: Int

    init(_ standard: any Standard) {
        id = standard.id
        title = standard.title
        version = standard.version
        source = standard.source
        requirements = standard.requirements.count
    }
}

private struct CatalogJSON: Encodable {
    struct Entry: Encodable {
        var id: String
        var title: String
        var reference: String
        var modality: String
        var defaultSeverity: String
        var facts: [String]
        var rationale: String
        var remedy: String

        enum CodingKeys: String, CodingKey {
            case id, title, reference, modality, facts, rationale, remedy
            case defaultSeverity = "default_severity"
        }
    }

    var id: String
    var title: String
    var version: String
    var source: String
    var summary: String
    var requirements: [Entry]

    init(_ standard: any Standard) {
        id = standard.id
        title = standard.title
        version = standard.version
        source = standard.source
        summary = standard.summary
        requirements = standard.requirements.map {
            Entry(id: $0.id, title: $0.title, reference: $0.reference, modality: $0.modality.rawValue,
                defaultSeverity: $0.modality.defaultSeverity.rawValue, facts: $0.facts, rationale: $0.rationale,
                remedy: $0.remedy)
        }
    }
}
