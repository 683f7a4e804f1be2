import Foundation
import NaptrackCore
import NaptrackProgress

/// Renders what falls due soon, by responsible agency, for reminders.
public enum DueRenderer {
    /// One block per agency, items by due date.
    public static func text(_ list: DueList) -> String {
        var output = "Due from \(list.asOf) to \(list.asOf.adding(days: list.within)) (\(list.within) days), and overdue"
        if let agency = list.agency { output += ", for \(agency)" }
        output += "\n"
        if list.agencies.isEmpty { output += "\nNothing falls due.\n" }
        for agency in list.agencies {
            output += "\n" + heading(agency) + "\n"
            let rows = agency.items.map { item in
                ["\(item.due)", when(item), item.kind.rawValue, item.id, item.title,
                 item.kind == .milestone ? "activity \(item.activity), \(item.plan)" : item.plan]
            }
            output += TextTable.render(rows, indent: "  ")
        }
        return output
    }

    /// The list as JSON: `as_of`, `within`, `agency` and `agencies[].items[]`.
    public static func json(_ list: DueList) throws -> String {
        try JSONOutput.encode(DueJSON(list))
    }

    /// One table per agency.
    public static func markdown(_ list: DueList) -> String {
        var output = "# Due from \(list.asOf) to \(list.asOf.adding(days: list.within)), and overdue\n"
        if list.agencies.isEmpty { output += "\nNothing falls due.\n" }
        for agency in list.agencies {
            output += "\n## " + Markdown.escape(heading(agency)) + "\n\n"
            output += Markdown.table(
                ["due", "when", "kind", "id", "title", "plan", "activity"],
                agency.items.map { ["\($0.due)", when($0), $0.kind.rawValue, $0.id, $0.title, $0.plan, $0.activity] })
        }
        return output
    }

    /// One CSV record (RFC 4180) per item.
    public static func csv(_ list: DueList) -> String {
        var output = CSV.record(["as_of", "agency", "plan", "kind", "id", "title", "activity", "due", "days_left", "status"])
        for item in list.items {
            output += CSV.record(["\(list.asOf)", item.lead, item.plan, item.kind.rawValue, item.id, item.title,
                item.activity, "\(item.due)", "\(item.daysLeft)", item.status.rawValue])
        }
        return output
    }

    private static func heading(_ agency: DueList.AgencyItems) -> String {
        if agency.agency.isEmpty { return "(no lead agency)" }
        return agency.name.map { "\(agency.agency): \($0)" } ?? agency.agency
    }

    private static func when(_ item: DueList.Item) -> String {
        switch item.daysLeft {
        case ..<(-1): "\(-item.daysLeft) days overdue"
        case -1: "1 day overdue"
        case 0: "today"
        case 1: "tomorrow"
        default: "in \(item.daysLeft) days"
        }
    }
}

private struct DueJSON: Encodable {
    struct Agency: Encodable {
        var id: String
        var name: Nullable<String>
        var items: [Item]
    }

    struct Item: Encodable {
        var plan, kind, id, title, activity, status: String
        var due: CalendarDate
        var daysLeft: Int
        var overdue: Bool

        enum CodingKeys: String, CodingKey {
            case plan, kind, id, title, activity, due, daysLeft = "days_left", overdue, status
        }
    }

    var asOf: CalendarDate
    var within: Int
    var agency: Nullable<String>
    var agencies: [Agency]

    enum CodingKeys: String, CodingKey { case asOf = "as_of", within, agency, agencies }

    init(_ list: DueList) {
        asOf = list.asOf
        within = list.within
        agency = Nullable(list.agency)
        agencies = list.agencies.map { group in
            Agency(id: group.agency, name: Nullable(group.name), items: group.items.map {
                Item(plan: $0.plan, kind: $0.kind.rawValue, id: $0.id, title: $0.title, activity: $0.activity,
                    status: $0.status.rawValue, due: $0.due, daysLeft: $0.daysLeft, overdue: $0.isOverdue)
            })
        }
    }
}
