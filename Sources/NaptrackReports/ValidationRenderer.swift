import NaptrackCore

/// Renders a validation report as compiler-style text or as JSON.
public enum ValidationRenderer {
    /// One diagnostic per line, then a summary line.
    public static func text(_ report: ValidationReport) -> String {
        var output = ""
        for diagnostic in report.diagnostics { output += diagnostic.description + "\n" }
        output += summaryLine(report) + "\n"
        return output
    }

    /// `3 files, 1 plan: 2 errors, 1 warning`.
    public static func summaryLine(_ report: ValidationReport) -> String {
        let (errors, warnings, notes) = report.counts
        var parts = [plural(errors, "error"), plural(warnings, "warning")]
        if notes > 0 { parts.append(plural(notes, "note")) }
        return "\(plural(report.fileCount, "file")), \(plural(report.plans.count, "plan")): "
            + parts.joined(separator: ", ")
    }

    /// The JSON document defined by the output contract for `validate`.
    public static func json(_ report: ValidationReport) throws -> String {
        try JSONOutput.encode(ValidationJSON(report))
    }

    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
}

private struct ValidationJSON: Encodable {
    struct PlanJSON: Encodable {
        var id: String
        var file: String
        var findings: [FindingRecord]
    }
    struct Summary: Encodable {
        var files: Int
        var errors: Int
        var warnings: Int
        var notes: Int
    }

    var asOf: String
    var plans: [PlanJSON]
    var findings: [FindingRecord]
    var summary: Summary

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of"
        case plans, findings, summary
    }

    init(_ report: ValidationReport) {
        asOf = report.asOf.description
        plans = report.plans.map { PlanJSON(id: $0.id, file: $0.file, findings: $0.diagnostics.map(FindingRecord.init)) }
        findings = report.diagnostics.map(FindingRecord.init)
        let counts = report.counts
        summary = Summary(files: report.fileCount, errors: counts.errors, warnings: counts.warnings, notes: counts.notes)
    }
}
