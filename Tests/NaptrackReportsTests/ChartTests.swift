import Foundation
import NaptrackCore
@testable import NaptrackReports
import Testing

/// The chart geometry: dates and amounts to coordinates, axes at round numbers.
@Suite struct ChartTests {
    @Test func numbersPrintWithOneDecimalAtMost() {
        #expect(ChartNumber.format(12) == "12")
        #expect(ChartNumber.format(12.04) == "12")
        #expect(ChartNumber.format(12.25) == "12.3" || ChartNumber.format(12.25) == "12.2")
        #expect(ChartNumber.format(-3.5) == "-3.5")
        #expect(ChartNumber.truncate("Short", to: 10) == "Short")
        #expect(ChartNumber.truncate("A rather long title", to: 10) == "A rather…")
    }

    @Test(arguments: [(0.0, 1.0), (0.7, 1.0), (1.0, 1.0), (1.2, 2.0), (2.1, 2.5), (3.0, 5.0), (7.0, 10.0),
                      (671_250.0, 1_000_000.0), (12_000.0, 20_000.0)])
    func axisEndsAreRound(_ value: Double, _ expected: Double) {
        #expect(ChartNumber.niceCeiling(value) == expected)
    }

    @Test func axisLabelsAreShort() {
        #expect(ChartNumber.compactAmount(0) == "0")
        #expect(ChartNumber.compactAmount(750) == "750")
        #expect(ChartNumber.compactAmount(250_000) == "250k")
        #expect(ChartNumber.compactAmount(1_500_000) == "1.5M")
    }

    @Test func datesMapToDaysAcrossTheScale() {
        let scale = DateScale(start: DashboardFixture.date("2026-01-01"), end: DashboardFixture.date("2026-01-10"),
            left: 100, right: 200)
        #expect(scale.x(DashboardFixture.date("2026-01-01")) == 100)
        #expect(scale.x(DashboardFixture.date("2026-01-06")) == 150)
        #expect(scale.xAfter(DashboardFixture.date("2026-01-10")) == 200)
        // Dates outside the scale stay at its edges.
        #expect(scale.x(DashboardFixture.date("2025-12-01")) == 100)
        #expect(scale.x(DashboardFixture.date("2026-03-01")) == 200)
        #expect(!scale.contains(DashboardFixture.date("2026-01-11")))
    }

    @Test func barsScaleToARoundAxisAndPrintTheirAmounts() throws {
        let chart = try #require(BarChart(
            caption: "Money", series: [.init(name: "planned", key: "planned"), .init(name: "spent", key: "spent")],
            groups: [("O1", [300_000, 150_000]), ("O2", [120_000, 0])], currency: "EUR"))
        #expect(chart.ticks.map(\.label) == ["0", "100k", "200k", "300k"])
        #expect(chart.ticks.first?.x == "330" && chart.ticks.last?.x == "860")
        let first = chart.groups[0].bars
        #expect(first.map(\.width) == ["530", "265"])
        #expect(first.map(\.valueText) == ["300,000", "150,000"])
        #expect(chart.groups[1].bars[1].width == "0")
        #expect(first[0].title == "O1: planned EUR 300,000")
        let empty = BarChart(caption: "None", series: [.init(name: "planned", key: "planned")], groups: [("O1", [0])],
            currency: "EUR")
        #expect(empty == nil)
    }

    @Test func theTimelineSpansThePlanAndDrawsBarsFromStartToDue() throws {
        let dashboard = try DashboardFixture.dashboard()
        let alpha = try #require(dashboard.plans.first { $0.id == "alpha-nap" })
        let chart = try #require(GanttChart(alpha, anchors: AnchorNames(planID: alpha.id)))
        // The plan period is 2026-01-01 to 2027-12-31: 730 days over 530 units from x = 330.
        let scale = DateScale(start: DashboardFixture.date("2026-01-01"), end: DashboardFixture.date("2027-12-31"),
            left: 330, right: 860)
        let a2 = try #require(chart.rows.first { $0.title.hasPrefix("A2 ") })
        #expect(a2.barX == ChartNumber.format(scale.x(DashboardFixture.date("2026-02-01"))))
        #expect(a2.state == "overdue")
        #expect(chart.todayX == ChartNumber.format(scale.x(DashboardFixture.date("2026-06-30"))))
        #expect(chart.showToday)
        #expect(chart.ticks.filter(\.major).map(\.label) == ["2026", "2027"])
        #expect(chart.rows.filter(\.isGroup).map(\.label) == ["O1 Prevention", "O2 Protection", "O2.1 Shelters"])
        // A report date past the span is said in words, with no line drawn.
        let later = try #require(try DashboardFixture.dashboard(asOf: DashboardFixture.date("2028-03-01")).plans.first)
        let laterChart = try #require(GanttChart(later, anchors: AnchorNames(planID: later.id)))
        #expect(!laterChart.showToday)
        #expect(laterChart.todayNote == "The report date, 2028-03-01, falls outside the time span shown.")
    }
}
