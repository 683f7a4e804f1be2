import Foundation

/// A horizontal grouped bar chart as drawing instructions for the `bars` template: for each group
/// (an objective, a funder) one bar per series (planned, committed, spent), each with its amount
/// printed at its end, and series told apart by pattern as well as colour.
struct BarChart {
    /// One measure drawn for every group.
    struct Series {
        var name: String
        /// The CSS class, also the legend swatch.
        var key: String
    }

    /// One amount of one group.
    struct Bar {
        var x: String
        var y: String
        var width: String
        var height: String
        var key: String
        var valueText: String
        var valueX: String
        var valueY: String
        var title: String
    }

    /// One group: a label and its bars.
    struct Group {
        var label: String
        var title: String
        var labelY: String
        var bars: [Bar]
    }

    /// A vertical grid line with its amount.
    struct Tick {
        var x: String
        var label: String
    }

    static let width = 1000.0
    static let labelWidth = 330.0
    static let barsRight = 860.0
    static let barHeight = 11.0
    static let groupGap = 12.0
    static let top = 24.0

    var width = ChartNumber.format(Self.width)
    var height: String
    var axisX = ChartNumber.format(Self.labelWidth)
    var gridBottom: String
    var series: [Series]
    var groups: [Group]
    var ticks: [Tick]
    var caption: String

    /// A chart of `groups`, each a label with one amount per series (in `series` order), in
    /// `currency`; `nil` when there is nothing to draw.
    init?(caption: String, series: [Series], groups: [(label: String, amounts: [Decimal])], currency: String) {
        guard !groups.isEmpty, groups.contains(where: { $0.amounts.contains { $0 > 0 } }) else { return nil }
        let largest = groups.flatMap(\.amounts).map(ChartNumber.double).max() ?? 0
        let step = ChartNumber.niceCeiling(largest / 4)
        let steps = max(Int((largest / step).rounded(.up)), 1)
        let axisEnd = step * Double(steps)
        let span = Self.barsRight - Self.labelWidth
        func x(_ value: Double) -> Double { Self.labelWidth + span * max(value, 0) / axisEnd }
        var y = Self.top
        self.groups = groups.map { group in
            let groupTop = y
            let bars = zip(series, group.amounts).enumerated().map { index, pair -> Bar in
                let (serie, amount) = pair
                let barY = groupTop + Double(index) * (Self.barHeight + 2)
                let right = x(ChartNumber.double(amount))
                let text = Money.format(amount)
                return Bar(
                    x: ChartNumber.format(Self.labelWidth), y: ChartNumber.format(barY),
                    width: ChartNumber.format(right - Self.labelWidth), height: ChartNumber.format(Self.barHeight),
                    key: serie.key, valueText: text, valueX: ChartNumber.format(right + 4),
                    valueY: ChartNumber.format(barY + Self.barHeight - 2),
                    title: "\(group.label): \(serie.name) \(currency) \(text)")
            }
            let groupHeight = Double(series.count) * (Self.barHeight + 2)
            y += groupHeight + Self.groupGap
            return Group(label: ChartNumber.truncate(group.label, to: 50), title: group.label,
                labelY: ChartNumber.format(groupTop + groupHeight / 2 + 4), bars: bars)
        }
        height = ChartNumber.format(y + 4)
        gridBottom = ChartNumber.format(y - Self.groupGap + 4)
        ticks = (0...steps).map { index in
            let value = step * Double(index)
            return Tick(x: ChartNumber.format(x(value)), label: ChartNumber.compactAmount(value))
        }
        self.series = series
        self.caption = caption
    }
}
