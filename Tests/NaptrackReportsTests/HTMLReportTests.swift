import Foundation
import NaptrackCore
import NaptrackReports
import Testing

/// The HTML dashboard as a document: self-contained, every link resolving, accessible tables,
/// and the timeline and compliance matrix saying what they show in text as well as colour.
@Suite struct HTMLReportTests {
    let report: String
    let comparison: String

    init() throws {
        let dashboard = try DashboardFixture.dashboard()
        report = try HTMLReportRenderer.render(dashboard)
        comparison = try HTMLReportRenderer.renderComparison(dashboard)
    }

    /// Every value of `attribute` in `html`.
    static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    @Test func needsNothingFromTheNetwork() {
        for html in [report, comparison] {
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
            #expect(!html.contains("<link"))
            #expect(!html.contains(" src="))
            #expect(!html.contains("@import"))
            let addresses = html.components(separatedBy: "http").dropFirst().map { String($0.prefix(30)) }
            #expect(addresses.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg\"") }, "\(addresses)")
            let urls = html.components(separatedBy: "url(").dropFirst()
            #expect(urls.allSatisfy { $0.hasPrefix("#") })
        }
    }

    @Test func everyLinkLeadsToAnElementAndIdsAreUnique() {
        for html in [report, comparison] {
            let ids = Self.values(of: "id", in: html)
            #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys)")
            let targets = Self.values(of: "href", in: html).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
            #expect(!targets.isEmpty)
            let missing = Set(targets).subtracting(ids)
            #expect(missing.isEmpty, "links to nothing: \(missing.sorted())")
        }
    }

    @Test func tableHeadersHaveScopes() {
        for html in [report, comparison] {
            let headers = html.components(separatedBy: "<th").dropFirst().filter { $0.hasPrefix(" ") || $0.hasPrefix(">") }
            #expect(!headers.isEmpty)
            #expect(headers.allSatisfy { $0.hasPrefix(" scope=\"col\"") || $0.hasPrefix(" scope=\"row\"") })
        }
    }

    @Test func printsOnePlanPerPage() {
        #expect(report.contains("@media print"))
        #expect(report.contains(".plan ~ .plan, .comparison ~ .plan, .provenance { break-before: page; }"))
        #expect(report.contains("print-color-adjust: exact"))
    }

    @Test func theTimelineMarksTheReportDateAndLateWorkInText() throws {
        let start = try #require(report.range(of: "<svg class=\"gantt-chart\""))
        let end = try #require(report.range(of: "</svg>", range: start.upperBound..<report.endIndex))
        let gantt = String(report[start.lowerBound..<end.upperBound])
        #expect(gantt.contains("class=\"today\""))
        #expect(gantt.contains(">as of 2026-06-30</text>"))
        // A2 is overdue and behind, A3 late, A4 behind: each says so at the end of its row.
        #expect(gantt.contains("<g class=\"row state-overdue\">"))
        #expect(gantt.contains(">60% overdue, behind</text>") || gantt.contains(">60% overdue behind</text>"))
        #expect(gantt.contains("<g class=\"row state-late\">"))
        #expect(gantt.contains(">0% late behind</text>"))
        #expect(gantt.contains(">done</text>"))
        #expect(gantt.contains("class=\"milestone milestone-missed\""))
        #expect(gantt.contains("class=\"milestone milestone-achieved\""))
        // Objective headings come before their activities, nested ones indented.
        let order = ["O1 Prevention", "A1  Awareness", "A2  Hotline", "O2 Protection", "O2.1 Shelters", "A3  Open a shelter"]
        let positions = order.compactMap { gantt.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
    }

    @Test func theMatrixHasOneMarkPerRequirementLinkingToItsEvidence() throws {
        let start = try #require(report.range(of: "<table class=\"matrix\">"))
        let end = try #require(report.range(of: "</table>", range: start.upperBound..<report.endIndex))
        let matrix = String(report[start.lowerBound..<end.upperBound])
        let rows = matrix.components(separatedBy: "<tr><th scope=\"row\">").dropFirst()
        #expect(rows.count == 6)
        for row in rows {
            #expect(row.components(separatedBy: "<td class=\"cell status-").count - 1 == 1, "\(row)")
            #expect(row.components(separatedBy: "<td class=\"cell empty\"></td>").count - 1 == 5)
        }
        #expect(matrix.contains(
            "<td class=\"cell status-partial\"><a href=\"#plan/alpha-nap/requirement/demo:reflection\"><span aria-hidden=\"true\">◐</span> Partial</a></td>"))
        // The evidence entry names the fact read and the activity addressing the requirement, with its progress.
        let entry = try #require(report.range(of: "<div class=\"evidence-entry\" id=\"plan/alpha-nap/requirement/demo:reflection\">"))
        let detail = report[entry.lowerBound...].prefix(900)
        #expect(detail.contains("plans/alpha/plan.yaml:18:29"))
        #expect(detail.contains("<a href=\"#plan/alpha-nap/activity/A3\">A3</a> Open a shelter for adult victims"))
        #expect(detail.contains("not-started, 0%, late, behind; EUR 300,000"))
    }

    @Test func headlineAndProvenanceCarryTheFigures() {
        #expect(report.contains("<span class=\"card-label\">Funding gap</span> <span class=\"card-value\">EUR 260,000</span>"))
        #expect(report.contains("<span class=\"meter-value\">24.8%</span>"))
        #expect(report.contains("<tr><th scope=\"row\"><code>plans/alpha/plan.yaml</code></th><td><code class=\"hash\">"
            + String(repeating: "0", count: 64) + "</code></td><td class=\"num\">100</td></tr>"))
        #expect(report.contains("<tr><th scope=\"row\"><code>demo</code></th><td>3</td><td>Demo standard</td></tr>"))
        #expect(report.contains("Made by naptrack <strong>9.9.9-test</strong> for the report date <strong>2026-06-30</strong>"))
    }

    @Test func waiversInForceAndExpiredAreApart() throws {
        let inForce = try #require(report.range(of: "<caption>Waivers in force on 2026-06-30</caption>"))
        let expired = try #require(report.range(of: "<caption>Expired waivers: their findings count again</caption>"))
        #expect(report[inForce.upperBound..<expired.lowerBound].contains("<code>demo:compensation</code>"))
        #expect(report[expired.upperBound...].prefix(800).contains("<code>demo:guidelines</code>"))
    }

    @Test func theComparisonIsSortableAndReadableWithoutScript() {
        #expect(comparison.contains("<table class=\"scores sortable\">"))
        #expect(comparison.contains("<table class=\"matrix compare sortable\">"))
        #expect(comparison.contains("<td class=\"cell status-unchecked\" data-sort=\"6\"><span class=\"muted\">not checked</span></td>"))
        #expect(comparison.contains(
            "<td class=\"cell status-not-met\" data-sort=\"0\"><a href=\"#plan/beta-nap/requirement/demo:sop\"><span aria-hidden=\"true\">✗</span> Not met</a></td>"))
        #expect(comparison.contains("<td class=\"num\" data-sort=\"0.80\">0.80</td>"))
        #expect(comparison.contains("document.querySelectorAll(\"table.sortable\")"))
        // The plans follow with their evidence, which the cells link to.
        #expect(comparison.contains("id=\"plan/beta-nap/requirement/demo:sop\""))
    }
}
