import Foundation
import NaptrackReports
import Testing

/// `naptrack export`: CSV tables for spreadsheets.
@Suite struct ExportCommandTests {
    @Test(arguments: CSVExport.Table.allCases)
    func eachTableHasOneHeaderRowAndCRLFRecords(_ table: CSVExport.Table) throws {
        let folder = try ReportCLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("\(table.rawValue).csv")
        let run = try runNaptrack(["export", "plans", "--table", table.rawValue, "--as-of", "2026-09-30", "-o", output.path])
        #expect(run.status == 0, "\(run)")
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.hasPrefix(CSVExport.header(table).joined(separator: ",") + "\r\n"))
        #expect(text.hasSuffix("\r\n"))
        #expect(text.components(separatedBy: "\r\n").count > 3)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    }

    @Test func amountsArePlainDecimalsAndDatesISO() throws {
        let run = try runNaptrack(["export", "plans", "--table", "activities", "--as-of", "2026-09-30"])
        #expect(run.status == 0, "\(run.stderr)")
        let line = try #require(run.stdout.components(separatedBy: "\r\n").first { $0.hasPrefix("ex-nap-2026,O1,O1.1,") })
        #expect(line.hasPrefix("ex-nap-2026,O1,O1.1,Extend the national toll-free hotline to 24 hours and add online counselling,la-strada-ex,2026-01-01,2028-12-31,in-progress,,28,360000,210000,90000,0,92000,EUR,2026-09-30,"))
        let budget = try runNaptrack(["export", "plans", "--table", "budget", "--as-of", "2026-09-30"])
        #expect(budget.stdout.contains("\r\nex-nap-2026,plan,ex-nap-2026,National Action Plan against Trafficking in Human Beings 2026-2028,5415000,3645000,625000,190000,"))
    }

    @Test func theTableMustBeNamed() throws {
        let missing = try runNaptrack(["export", "plans"])
        #expect(missing.status == 64)
        let unknown = try runNaptrack(["export", "plans", "--table", "people"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("activities"))
    }
}
