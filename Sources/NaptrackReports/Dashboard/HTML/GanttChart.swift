import Foundation
import NaptrackCore
import NaptrackProgress

/// The timeline of a plan as drawing instructions for the `gantt` template: a row per activity
/// (grouped under their objectives) with a bar from start to due date filled to its percent,
/// diamonds for milestones, a line for the report date, and a text label for every state a
/// colour shows, so the chart never relies on colour alone.
struct GanttChart {
    /// A vertical grid line with its label.
    struct Tick {
        var x: String
        var label: String
        var labelX: String
        /// Year boundaries are drawn stronger than quarter lines.
        var major: Bool
    }

    /// A milestone diamond.
    struct Marker {
        var points: String
        /// `achieved`, `due`, `missed` or `cancelled`.
        var state: String
        var title: String
    }

    /// One line of the chart: an objective heading or an activity.
    struct Row {
        var y: String
        var textY: String
        /// Where the label starts: nested objectives and their activities are indented.
        var labelX: String
        var isGroup: Bool
        var label: String
        /// The full text, shown as a tooltip.
        var title: String
        var href: String
        var hasBar: Bool
        var barX: String
        var barY: String
        var barWidth: String
        var fillWidth: String
        /// The CSS class naming the state: overdue, late, behind, completed, in-progress, …
        var state: String
        /// The state in words, printed at the end of the row.
        var stateText: String
        var markers: [Marker]
    }

    static let width = 1000.0
    static let labelWidth = 330.0
    static let chartRight = 860.0
    static let rowHeight = 20.0
    static let top = 34.0

    var width = ChartNumber.format(Self.width)
    var height: String
    var chartLeft = ChartNumber.format(Self.labelWidth)
    var chartRight = ChartNumber.format(Self.chartRight)
    var stateX = ChartNumber.format(Self.chartRight + 8)
    var gridBottom: String
    var ticks: [Tick]
    var rows: [Row]
    var showToday: Bool
    var todayX: String
    var todayLabel: String
    var todayLabelX: String
    /// Where the report date falls, in words, for the chart description.
    var todayNote: String
    var caption: String

    /// The chart of `report`, or `nil` when no activity or milestone has a date.
    init?(_ report: PlanReport, anchors: AnchorNames) {
        let progress = report.progress
        let dates = progress.activities.flatMap { activity in [activity.start, activity.due] + activity.milestones.map(\.due) }
            .compactMap { $0 }
        guard var start = dates.min(), var end = dates.max() else { return nil }
        if let period = report.period {
            start = min(start, period.start)
            end = max(end, period.end)
        }
        let scale = DateScale(start: start, end: end, left: Self.labelWidth, right: Self.chartRight)
        var rows: [Row] = []
        var y = Self.top
        // Objectives in plan order, each heading followed by the activities directly under it.
        var byObjective: [String: [NaptrackProgress.ActivityProgress]] = [:]
        for activity in progress.activities { byObjective[activity.objective, default: []].append(activity) }
        var shown = Set<String>()
        for objective in progress.rollup.objectives {
            rows.append(Self.groupRow(title: "\(objective.id) \(objective.name)", depth: objective.depth, y: y))
            y += Self.rowHeight
            for activity in byObjective[objective.id] ?? [] {
                rows.append(Self.activityRow(activity, depth: objective.depth + 1, y: y, scale: scale,
                    href: "#" + anchors.activity(activity.id)))
                y += Self.rowHeight
            }
            shown.insert(objective.id)
        }
        for activity in progress.activities where !shown.contains(activity.objective) {
            rows.append(Self.activityRow(activity, depth: 1, y: y, scale: scale, href: "#" + anchors.activity(activity.id)))
            y += Self.rowHeight
        }
        height = ChartNumber.format(y + 6)
        gridBottom = ChartNumber.format(y)
        ticks = Self.ticks(scale)
        showToday = scale.contains(report.asOf)
        let todayX = scale.x(report.asOf)
        self.todayX = ChartNumber.format(todayX)
        todayLabel = "as of \(report.asOf)"
        todayLabelX = ChartNumber.format(min(todayX + 4, Self.chartRight - 100))
        todayNote = showToday
            ? "The dashed line marks the report date, \(report.asOf)."
            : "The report date, \(report.asOf), falls outside the time span shown."
        caption = "Timeline of \(progress.activities.count) activities from \(start) to \(end)"
        self.rows = rows
    }

    private static func groupRow(title: String, depth: Int, y: Double) -> Row {
        Row(y: ChartNumber.format(y), textY: ChartNumber.format(y + 14), labelX: Self.indent(depth), isGroup: true,
            label: ChartNumber.truncate(title, to: 120), title: title, href: "", hasBar: false, barX: "0", barY: "0",
            barWidth: "0", fillWidth: "0", state: "group", stateText: "", markers: [])
    }

    /// The x where a label at `depth` starts.
    private static func indent(_ depth: Int) -> String { ChartNumber.format(4 + 10 * Double(min(depth, 4))) }

    private static func activityRow(
        _ activity: NaptrackProgress.ActivityProgress, depth: Int, y: Double, scale: DateScale, href: String
    ) -> Row {
        let state = Self.state(of: activity)
        var row = Row(
            y: ChartNumber.format(y), textY: ChartNumber.format(y + 14), labelX: Self.indent(depth), isGroup: false,
            label: ChartNumber.truncate("\(activity.id)  \(activity.title)", to: 52 - 2 * min(depth, 4)),
            title: "\(activity.id) \(activity.title)", href: href, hasBar: false, barX: "0",
            barY: ChartNumber.format(y + 4), barWidth: "0", fillWidth: "0", state: state,
            stateText: Self.stateText(of: activity), markers: [])
        if let start = activity.start ?? activity.due, let due = activity.due ?? activity.start, start <= due {
            let left = scale.x(start), right = scale.xAfter(due)
            let width = max(right - left, 2)
            row.hasBar = true
            row.barX = ChartNumber.format(left)
            row.barWidth = ChartNumber.format(width)
            let share = min(max(ChartNumber.double(activity.percent) / 100, 0), 1)
            row.fillWidth = ChartNumber.format(width * share)
        }
        row.markers = activity.milestones.compactMap { milestone in
            guard let due = milestone.due else { return nil }
            let x = scale.x(due), middle = y + 10
            let points = [(x, middle - 6), (x + 6, middle), (x, middle + 6), (x - 6, middle)]
                .map { "\(ChartNumber.format($0.0)),\(ChartNumber.format($0.1))" }.joined(separator: " ")
            var title = "\(milestone.id) \(milestone.title): due \(due), \(milestone.state.rawValue)"
            if let achieved = milestone.achieved { title += " on \(achieved)" }
            return Marker(points: points, state: milestone.state.rawValue, title: title)
        }
        return row
    }

    /// The CSS state of an activity: its most serious health flag, else its status.
    static func state(of activity: NaptrackProgress.ActivityProgress) -> String {
        activity.health.first?.rawValue ?? activity.status.rawValue
    }

    /// The state in words: the percent and the health flags, or the status when it says more.
    static func stateText(of activity: NaptrackProgress.ActivityProgress) -> String {
        switch activity.status {
        case .completed: return "done"
        case .cancelled: return "cancelled"
        case .suspended: return (["suspended"] + activity.health.map(\.rawValue)).joined(separator: ", ")
        case .notStarted, .inProgress:
            let percent = Percent.format(activity.percent)
            return ([percent] + activity.health.map(\.rawValue)).joined(separator: " ")
        }
    }

    /// A line at each year's start, labelled, and lighter lines at each quarter.
    private static func ticks(_ scale: DateScale) -> [Tick] {
        var ticks: [Tick] = []
        for year in scale.start.year...scale.end.year {
            for month in [1, 4, 7, 10] {
                guard let date = CalendarDate(year: year, month: month, day: 1), scale.start <= date, date <= scale.end
                else { continue }
                let x = scale.x(date)
                ticks.append(Tick(x: ChartNumber.format(x), label: month == 1 ? "\(year)" : "Q\((month + 2) / 3)",
                    labelX: ChartNumber.format(x + 3), major: month == 1))
            }
        }
        // The first year is named even when the span starts after its first day.
        let startX = ChartNumber.format(scale.x(scale.start))
        if let first = ticks.first, first.x == startX {
            if !first.major { ticks[0].label = "\(scale.start.year) \(first.label)" }
        } else {
            ticks.insert(Tick(x: startX, label: "\(scale.start.year)",
                labelX: ChartNumber.format(scale.x(scale.start) + 3), major: false), at: 0)
        }
        return ticks
    }
}
