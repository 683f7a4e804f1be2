import Foundation
import NaptrackCore
import NaptrackReports
import Testing

/// A plan is untrusted input: markup and quotes in its text must come out as text in every format.
@Suite struct EscapingTests {
    static let hostile = #"<script>alert(1)</script> "quoted", & | *stars* _under_"#

    /// The fixture with hostile text in the plan title, an objective, an activity, an agency, a
    /// milestone, a progress note and a waiver reason.
    static func dashboard() throws -> Dashboard {
        let folder = DashboardFixture.folder.appendingPathComponent("Dashboard")
        let quoted = "'" + hostile.replacingOccurrences(of: "'", with: "''") + "'"
        var plan = try String(contentsOf: folder.appendingPathComponent("alpha-plan.yaml"), encoding: .utf8)
        plan = plan.replacingOccurrences(of: "title: Alpha National Action Plan 2026-2027", with: "title: \(quoted)")
            .replacingOccurrences(of: "title: Prevention", with: "title: \(quoted)")
            .replacingOccurrences(of: "title: Hotline upgrade", with: "title: \(quoted)")
            .replacingOccurrences(of: "name: Shelter Network", with: "name: \(quoted)")
            .replacingOccurrences(of: "title: New call software live", with: "title: \(quoted)")
        var progress = try String(contentsOf: folder.appendingPathComponent("alpha-progress.yaml"), encoding: .utf8)
        progress = progress.replacingOccurrences(of: "note: Software supplier replaced; go-live moved to August.",
            with: "note: \(quoted)")
        var configuration = try String(contentsOf: folder.appendingPathComponent("naptrack.yaml"), encoding: .utf8)
        configuration = configuration.replacingOccurrences(of: "reason: State compensation bill before parliament",
            with: "reason: \(quoted)")
        return try DashboardFixture.dashboard(overrides: [
            "plans/alpha/plan.yaml": plan, "plans/alpha/progress/2026-06-30.yaml": progress,
            "plans/naptrack.yaml": configuration,
        ])
    }

    @Test func theHostileTextReachesTheReport() throws {
        let dashboard = try Self.dashboard()
        let alpha = try #require(dashboard.plans.first { $0.id == "alpha-nap" })
        #expect(alpha.title == Self.hostile)
        #expect(alpha.progress.activities.first { $0.id == "A2" }?.note == Self.hostile)
        #expect(alpha.waivers.contains { $0.waiver.reason == Self.hostile })
    }

    @Test func htmlShowsMarkupAsText() throws {
        let dashboard = try Self.dashboard()
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;, &amp; | *stars* _under_"
        for html in [try HTMLReportRenderer.render(dashboard), try HTMLReportRenderer.renderComparison(dashboard)] {
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("\"quoted\""))
            #expect(html.contains(escaped))
        }
        let report = try HTMLReportRenderer.render(dashboard)
        // In the page title, the headings, the timeline tooltips, the activity table, the note and the waivers.
        #expect(report.components(separatedBy: escaped).count - 1 >= 8)
        #expect(!report.contains("<script"), "the report itself needs no script")
        let comparison = try HTMLReportRenderer.renderComparison(dashboard)
        #expect(comparison.components(separatedBy: "<script").count - 1 == 1, "only the sorting script")
    }

    @Test func markdownEscapesTableAndInlineMarkup() throws {
        let brief = MarkdownBriefRenderer.render(try Self.dashboard())
        let escaped = #"\<script\>alert(1)\</script\> "quoted", & \| \*stars\* \_under\_"#
        #expect(brief.contains("## \(escaped) (`alpha-nap`)"))
        #expect(brief.contains("| `A2` (activity) | \(escaped) | \(escaped) |"))
        #expect(!brief.contains("<script>"))
        // Every table row keeps as many cell separators as its header.
        var columns: Int?
        for line in brief.split(separator: "\n") {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let separators = Self.unescapedPipes(in: String(line))
            if let columns { #expect(separators == columns, "\(line)") } else { columns = separators }
        }
    }

    @Test(arguments: CSVExport.Table.allCases)
    func csvQuotesEveryField(_ table: CSVExport.Table) throws {
        let text = CSVExport.render(try Self.dashboard(), table: table)
        let records = try CSVParser.parse(text)
        let header = try #require(records.first)
        #expect(header == CSVExport.header(table))
        #expect(records.dropFirst().allSatisfy { $0.count == header.count })
        if table != .requirements {
            #expect(records.contains { $0.contains(Self.hostile) }, "the text survives quoting exactly")
        }
    }

    static func unescapedPipes(in line: String) -> Int {
        var count = 0, escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }
}

/// A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF record ends.
enum CSVParser {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var characters = Array(text.unicodeScalars)[...]
        var inQuotes = false, quoted = false
        while let character = characters.popFirst() {
            if inQuotes {
                if character == "\"" {
                    if characters.first == "\"" { characters.removeFirst(); field.unicodeScalars.append("\"") } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                guard field.isEmpty, !quoted else { throw Malformed(description: "stray quote in \(field)") }
                inQuotes = true
                quoted = true
            case ",":
                record.append(field)
                field = ""
                quoted = false
            case "\r":
                guard characters.popFirst() == "\n" else { throw Malformed(description: "CR without LF") }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                quoted = false
            case "\n":
                throw Malformed(description: "LF without CR after \(record)")
            default:
                guard !quoted else { throw Malformed(description: "text after a closing quote") }
                field.unicodeScalars.append(character)
            }
        }
        guard !inQuotes, record.isEmpty, field.isEmpty else { throw Malformed(description: "unterminated record") }
        return records
    }
}
