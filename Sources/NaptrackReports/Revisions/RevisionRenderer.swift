import NaptrackRevisions

/// Renders a comparison of two plan versions, and the normalised listing of one version that
/// `git diff` uses through `textconv`.
public enum RevisionRenderer {
    /// The output formats of `naptrack diff`.
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json, html
    }

    /// `diff` in `format`.
    public static func render(_ diff: PlanDiff, as format: Format) throws -> String {
        switch format {
        case .text: text(diff)
        case .markdown: markdown(diff)
        case .json: try json(diff)
        case .html: html(diff)
        }
    }

    /// A report for the terminal: summary, then each kind of change.
    public static func text(_ diff: PlanDiff) -> String { RevisionTextWriter.write(RevisionDocument(diff)) }

    /// The same report as Markdown, for minutes and pull requests.
    public static func markdown(_ diff: PlanDiff) -> String { RevisionMarkdownWriter.write(RevisionDocument(diff)) }

    /// The same report as a self-contained HTML page.
    public static func html(_ diff: PlanDiff) -> String { RevisionHTMLWriter.write(RevisionDocument(diff)) }

    /// The JSON document for scripts: every change with its values and locations.
    public static func json(_ diff: PlanDiff) throws -> String { try JSONOutput.encode(RevisionJSON(diff), snakeCaseKeys: true) }

    /// One plan as sorted `name: value` lines under a heading per item.
    public static func listing(_ listing: PlanListing) -> String {
        listing.sections.map { section in
            section.heading + "\n" + section.entries.map { "  \($0.name): \(RevisionWording.value($0.value))\n" }.joined()
        }.joined(separator: "\n")
    }
}
