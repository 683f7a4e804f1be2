import Foundation
import NaptrackCore

/// Spreads an activity's budget over the calendar years it runs in.
///
/// Each year gets the share of the amount that its days are of the activity's days (start and
/// due date both counted), rounded down to whole cents; the last year gets what remains, so the
/// parts always add up to the budget exactly and totals by year equal the planned total.
public enum BudgetSpread {
    /// The decimal places amounts are rounded to.
    public static let places = 2

    /// `amount` spread over the years from `start` to `due`, earliest first; empty when `due` is
    /// before `start`.
    public static func byYear(_ amount: Decimal, start: CalendarDate, due: CalendarDate)
        -> [(year: Int, amount: Decimal)]
    {
        guard start <= due else { return [] }
        let totalDays = Decimal(start.days(until: due) + 1)
        var parts: [(year: Int, amount: Decimal)] = []
        var assigned: Decimal = 0
        for year in start.year...due.year {
            if year == due.year {
                parts.append((year, amount - assigned))
                break
            }
            let first = max(start, CalendarDate(year: year, month: 1, day: 1) ?? start)
            let last = CalendarDate(year: year, month: 12, day: 31) ?? due
            let share = (amount * Decimal(first.days(until: last) + 1) / totalDays).roundedDown(places: places)
            parts.append((year, share))
            assigned += share
        }
        return parts
    }
}
