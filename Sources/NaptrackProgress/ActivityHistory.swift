import Foundation
import NaptrackCore

/// What the progress files say about one activity as of the report date.
///
/// The latest update on or before the report date decides; a field that update leaves out keeps
/// the value of the latest earlier update that gave it, so an update saying only
/// `status: completed` does not wipe out the spend reported before.
struct ActivityHistory: Sendable {
    /// The updates on or before the report date, oldest first, with their reporting dates.
    private(set) var updates: [(asOf: CalendarDate, update: ActivityUpdate)] = []

    mutating func append(_ update: ActivityUpdate, asOf: CalendarDate) { updates.append((asOf, update)) }

    /// The date of the latest update, if any.
    var lastReported: CalendarDate? { updates.last?.asOf }

    var status: ActivityStatus? { latest(\.status) }
    var percent: Decimal? { latest(\.percent) }
    var spent: Decimal? { latest(\.spent) }
    var note: String? { latest(\.note) }

    /// The latest reported value of each indicator, with the date of the report that gave it.
    var indicatorValues: [String: (value: Decimal, asOf: CalendarDate)] {
        var values: [String: (Decimal, CalendarDate)] = [:]
        for (asOf, update) in updates {
            for value in update.indicators { values[value.indicator] = (value.value, asOf) }
        }
        return values
    }

    /// The date each milestone was achieved, as most recently reported.
    var milestoneDates: [String: CalendarDate] {
        var dates: [String: CalendarDate] = [:]
        for (_, update) in updates {
            for achievement in update.milestones { dates[achievement.milestone] = achievement.date }
        }
        return dates
    }

    /// The cumulative spend as reported on each date that gave one, oldest first.
    var spendHistory: [(asOf: CalendarDate, spent: Decimal)] {
        updates.compactMap { entry in entry.update.spent.map { (entry.asOf, $0) } }
    }

    private func latest<Value>(_ field: KeyPath<ActivityUpdate, Value?>) -> Value? {
        for (_, update) in updates.reversed() {
            if let value = update[keyPath: field] { return value }
        }
        return nil
    }

    /// The histories of every activity reported on in `reports` up to `asOf`. Reports are taken in
    /// date order (then file name), so a later report overrides an earlier one.
    static func collect(from reports: [ProgressReport], asOf: CalendarDate) -> [String: ActivityHistory] {
        let visible = reports.compactMap { report -> (CalendarDate, ProgressReport)? in
            guard let date = report.asOf, date <= asOf else { return nil }
            return (date, report)
        }.sorted { ($0.0, $0.1.file) < ($1.0, $1.1.file) }
        var histories: [String: ActivityHistory] = [:]
        for (date, report) in visible {
            for update in report.updates { histories[update.activity, default: ActivityHistory()].append(update, asOf: date) }
        }
        return histories
    }
}
