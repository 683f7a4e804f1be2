import Foundation
import NaptrackCore

/// Shared arithmetic of the charts: coordinates are computed in Swift and printed with one
/// decimal, so the SVG is the same on every machine and the templates only place them.
enum ChartNumber {
    /// `value` with one decimal, `12.0` printed as `12`.
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    /// An amount as a plain number for drawing only; amounts shown to people stay `Decimal`.
    static func double(_ amount: Decimal) -> Double { NSDecimalNumber(decimal: amount).doubleValue }

    /// `text` cut to `limit` characters, ending in an ellipsis when cut.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// A round number at or above `value` (1, 2, 2.5 or 5 times a power of ten), for an axis end.
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let magnitude = pow(10, floor(log10(value)))
        for step in [1, 2, 2.5, 5, 10] where step * magnitude >= value { return step * magnitude }
        return 10 * magnitude
    }

    /// A short axis label for an amount: `750k`, `1.5M`.
    static func compactAmount(_ value: Double) -> String {
        switch abs(value) {
        case 1_000_000...: return format(value / 1_000_000) + "M"
        case 1000...: return format(value / 1000) + "k"
        default: return format(value)
        }
    }
}

/// Maps calendar dates to horizontal positions between two x coordinates.
struct DateScale {
    var start: CalendarDate
    var end: CalendarDate
    var left: Double
    var right: Double

    /// The x of the start of `date`'s day, kept within the scale.
    func x(_ date: CalendarDate) -> Double {
        let total = Double(max(start.days(until: end) + 1, 1))
        let offset = Double(min(max(start.days(until: date), 0), start.days(until: end) + 1))
        return left + (right - left) * offset / total
    }

    /// The x of the end of `date`'s day.
    func xAfter(_ date: CalendarDate) -> Double { x(date.adding(days: 1)) }

    func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }
}
