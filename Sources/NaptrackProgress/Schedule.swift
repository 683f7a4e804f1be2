import Foundation
import NaptrackCore

/// A derived schedule warning about an activity; computed for the report date, never written.
public enum HealthFlag: String, Sendable, CaseIterable, Codable {
    /// Due before the report date and neither completed nor cancelled.
    case overdue
    /// Still not started after its start date.
    case late
    /// Its percent is more than the configured points below the share of its time elapsed.
    case behind
}

/// The schedule arithmetic behind the health flags, in whole days so that a report for a date is
/// the same on every machine.
public enum Schedule {
    /// How many of an activity's days have passed by the end of `asOf`: the days from `start` to
    /// `due` count both ends, and the report date counts as elapsed. `nil` without both dates or
    /// when `due` is before `start`.
    public static func elapsedDays(start: CalendarDate?, due: CalendarDate?, asOf: CalendarDate)
        -> (elapsed: Int, total: Int)?
    {
        guard let start, let due, start <= due else { return nil }
        let total = start.days(until: due) + 1
        let elapsed = min(max(start.days(until: asOf) + 1, 0), total)
        return (elapsed, total)
    }

    /// The share (0 to 1) of the activity's days elapsed by `asOf`, rounded to four places.
    public static func elapsedShare(start: CalendarDate?, due: CalendarDate?, asOf: CalendarDate) -> Decimal? {
        guard let days = elapsedDays(start: start, due: due, asOf: asOf) else { return nil }
        return (Decimal(days.elapsed) / Decimal(days.total)).rounded(places: 4)
    }

    /// The health flags of an activity with effective `status` and `percent`, in the order
    /// overdue, late, behind.
    public static func flags(
        status: ActivityStatus, percent: Decimal, start: CalendarDate?, due: CalendarDate?, asOf: CalendarDate,
        behindPoints: Decimal
    ) -> [HealthFlag] {
        var flags: [HealthFlag] = []
        let finished = status == .completed || status == .cancelled
        if let due, due < asOf, !finished { flags.append(.overdue) }
        if let start, start < asOf, status == .notStarted { flags.append(.late) }
        if !finished, let days = elapsedDays(start: start, due: due, asOf: asOf) {
            // percent < 100 * elapsed / total - points, kept in exact arithmetic:
            // 100 * elapsed - percent * total > points * total.
            let total = Decimal(days.total)
            if Decimal(100 * days.elapsed) - percent * total > behindPoints * total { flags.append(.behind) }
        }
        return flags
    }
}

extension Decimal {
    /// The value rounded half away from zero to `places` decimal places.
    public func rounded(places: Int) -> Decimal {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }

    /// A non-negative value rounded down to `places` decimal places.
    func roundedDown(places: Int) -> Decimal {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, places, .down)
        return result
    }
}
