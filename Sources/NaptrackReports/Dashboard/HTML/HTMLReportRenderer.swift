import Mustache

/// Renders a dashboard as one self-contained HTML file: inline stylesheet, charts drawn as inline
/// SVG, no external resources, so it can be emailed and opened offline. All plan text is
/// HTML-escaped by the templates (plans are untrusted input).
public enum HTMLReportRenderer {
    /// The report on every plan: headline, progress, timeline, budget, compliance, findings,
    /// waivers and provenance.
    /// - Throws: `HTMLTemplateError` if a template does not parse (a defect the tests catch).
    public static func render(_ dashboard: Dashboard) throws(HTMLTemplateError) -> String {
        try render(ReportViewBuilder.page(dashboard, comparison: nil))
    }

    /// The plans side by side: scores per standard and the plans-by-requirements matrices,
    /// sortable, each cell linking to that plan's evidence further down.
    public static func renderComparison(_ dashboard: Dashboard) throws(HTMLTemplateError) -> String {
        try render(ReportViewBuilder.page(dashboard, comparison: PlanComparison(dashboard)))
    }

    private static func render(_ page: ReportPageView) throws(HTMLTemplateError) -> String {
        var library = MustacheLibrary()
        for (name, text) in ReportTemplates.all.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(text, named: name)
            } catch {
                throw HTMLTemplateError(template: name, reason: "\(error)")
            }
        }
        guard let html = library.render(page, withTemplate: "page") else {
            throw HTMLTemplateError(template: "page", reason: "not registered")
        }
        return html
    }
}

/// A report template could not be parsed.
public struct HTMLTemplateError: Error, Sendable, CustomStringConvertible {
    public var template: String
    public var reason: String

    public var description: String { "the HTML report template '\(template)' is broken: \(reason)" }
}
