import Foundation
import NaptrackCore
import NaptrackReports
import Testing

/// Every report format against its golden file, with the provenance injected so the files only
/// change when the output does. `NAPTRACK_UPDATE_GOLDEN=1 swift test --filter GoldenReportTests`
/// records them anew.
@Suite struct GoldenReportTests {
    @Test func theFixtureLoadsCleanlyWithEveryStateAReportShows() throws {
        let dashboard = try DashboardFixture.dashboard()
        let workspace = try DashboardFixture.workspace()
        #expect(workspace.diagnostics.isEmpty, "\(workspace.diagnostics)")
        let alpha = try #require(dashboard.plans.first { $0.id == "alpha-nap" })
        let health = Dictionary(uniqueKeysWithValues: alpha.progress.activities.map { ($0.id, $0.health.map(\.rawValue)) })
        #expect(health == ["A1": [], "A2": ["overdue", "behind"], "A3": ["late", "behind"], "A4": ["behind"]])
        let statuses = Dictionary(uniqueKeysWithValues: alpha.standards[0].results.map { ($0.requirement.id, $0.status.rawValue) })
        #expect(statuses == ["demo:reflection": "partial", "demo:guardian": "met", "demo:sop": "met",
            "demo:guidelines": "unknown", "demo:compensation": "waived", "demo:budget": "met"])
        let beta = try #require(dashboard.plans.first { $0.id == "beta-nap" })
        #expect(beta.standards.map(\.standardID) == ["demo"])
        #expect(beta.standards[0].results.first { $0.requirement.id == "demo:guardian" }?.status == .notApplicable)
        #expect(beta.standards[0].results.first { $0.requirement.id == "demo:sop" }?.status == .notMet)
    }

    @Test func htmlReport() throws {
        try Golden.check(HTMLReportRenderer.render(DashboardFixture.dashboard()), against: "report.html")
    }

    @Test func htmlComparison() throws {
        try Golden.check(HTMLReportRenderer.renderComparison(DashboardFixture.dashboard()), against: "compare.html")
    }

    @Test func markdownBrief() throws {
        try Golden.check(MarkdownBriefRenderer.render(DashboardFixture.dashboard()), against: "brief.md")
    }

    @Test func markdownComparison() throws {
        try Golden.check(MarkdownBriefRenderer.renderComparison(DashboardFixture.dashboard()), against: "compare.md")
    }

    @Test(arguments: CSVExport.Table.allCases)
    func csvTable(_ table: CSVExport.Table) throws {
        try Golden.check(CSVExport.render(DashboardFixture.dashboard(), table: table), against: "\(table.rawValue).csv")
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let dashboard = try DashboardFixture.dashboard()
        #expect(try HTMLReportRenderer.render(dashboard) == HTMLReportRenderer.render(dashboard))
        #expect(MarkdownBriefRenderer.render(dashboard) == MarkdownBriefRenderer.render(dashboard))
    }
}
