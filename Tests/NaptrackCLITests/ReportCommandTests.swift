import Foundation
import NaptrackReports
import Testing

/// `naptrack report` run as a user runs it, on the example plans.
@Suite struct ReportCommandTests {
    @Test func writesOneSelfContainedHTMLFile() throws {
        let folder = try ReportCLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.html")
        let run = try runNaptrack(["report", "plans", "--as-of", "2026-09-30", "-o", output.path])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.isEmpty)
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg class=\"gantt-chart\""))
        #expect(html.contains("<table class=\"matrix\">"))
        #expect(html.contains("<h2 id=\"plan/ex-nap-2026/title\">National Action Plan against Trafficking in Human Beings 2026-2028"))
        #expect(html.contains("<h2 id=\"plan/br-pe-programa-2025/title\">"))
        #expect(!html.contains("<link") && !html.contains(" src=") && !html.contains("<script"))
        // Nothing but the report is left in the folder: the write went through a temporary file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
        // Every internal link leads somewhere.
        let ids = Set(ReportCLI.values(of: "id", in: html))
        let targets = ReportCLI.values(of: "href", in: html).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(Set(targets).subtracting(ids).isEmpty)
    }

    @Test func theProvenanceHashesAreThoseOfTheInputFiles() throws {
        let run = try runNaptrack(["report", "plans", "--as-of", "2026-09-30"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.components(separatedBy: "<tr><th scope=\"row\"><code>").dropFirst()
            .filter { $0.contains("<code class=\"hash\">") }
        let files = try FileManager.default.subpathsOfDirectory(atPath: packageRoot.appendingPathComponent("plans").path)
            .filter { $0.hasSuffix(".yaml") }.map { "plans/" + $0 }.sorted()
        #expect(rows.count == files.count, "one row per input file")
        for row in rows {
            let path = try #require(row.components(separatedBy: "</code>").first)
            let listed = try #require(row.components(separatedBy: "<code class=\"hash\">").dropFirst().first?.prefix(64))
            let bytes = try Data(contentsOf: packageRoot.appendingPathComponent(path))
            #expect(String(listed) == SHA256.hexDigest(of: [UInt8](bytes)), "\(path)")
            #expect(row.contains("<td class=\"num\">\(bytes.count)</td>"))
        }
        #expect(run.stdout.contains("Made by naptrack <strong>0.1.0</strong> for the report date <strong>2026-09-30</strong>"))
        #expect(run.stdout.contains("<tr><th scope=\"row\"><code>coe-cathb</code></th>"))
    }

    @Test func theSameFilesAndDateGiveTheSameReport() throws {
        let first = try runNaptrack(["report", "plans", "--as-of", "2026-09-30"])
        let second = try runNaptrack(["report", "plans", "--as-of", "2026-09-30"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let earlier = try runNaptrack(["report", "plans", "--as-of", "2026-06-30"])
        #expect(earlier.stdout != first.stdout)
        #expect(earlier.stdout.contains(">as of 2026-06-30</text>"))
    }

    @Test func theMarkdownBriefGoesToStandardOutput() throws {
        let run = try runNaptrack(["report", "plans", "--as-of", "2026-09-30", "--format", "markdown"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines.first == "# Action plan brief as of 2026-09-30")
        #expect(run.stdout.contains("## National Action Plan against Trafficking in Human Beings 2026-2028 (`ex-nap-2026`)"))
        #expect(run.stdout.contains("### Overdue and late"))
        #expect(run.stdout.contains("| `O4.1` (activity) | Renew state-NGO cooperation agreements"))
        #expect(run.stdout.contains("### Compliance"))
        #expect(run.stdout.contains("## Provenance"))
    }

    @Test func theComparisonIsAMatrixOfPlansByRequirements() throws {
        let html = try runNaptrack(["report", "plans", "--as-of", "2026-09-30", "--compare"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<h2 id=\"comparison/title\">Plans compared</h2>"))
        #expect(html.stdout.contains("<thead><tr><th scope=\"col\">Requirement</th><th scope=\"col\">ex-nap-2026</th><th scope=\"col\">br-pe-programa-2025</th></tr></thead>"))
        #expect(html.stdout.contains("href=\"#plan/br-pe-programa-2025/requirement/plan-quality:lead\""))
        let markdown = try runNaptrack(["report", "plans", "--as-of", "2026-09-30", "--compare", "--format", "markdown"])
        #expect(markdown.stdout.contains("| Plan | `plan-quality` | `osce-nrm` | `coe-cathb` | `child-guardian` |"))
        #expect(markdown.stdout.contains("| `br-pe-programa-2025` State Programme"))
    }

    @Test func problemsStopTheRunWithStatusTwo() throws {
        let folder = try ReportCLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = try runNaptrack(["report", "plans", "--standard", "coe-cathx"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown standard 'coe-cathx'; did you mean 'coe-cathb'?"))
        let missing = try runNaptrack(["report", folder.appendingPathComponent("nothing").path])
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        let unwritable = folder.appendingPathComponent("no-such-folder/report.html").path
        let cannotWrite = try runNaptrack(["report", "plans", "--as-of", "2026-09-30", "-o", unwritable])
        #expect(cannotWrite.status == 2)
        #expect(cannotWrite.stderr.hasPrefix("error: cannot write \(unwritable)"))
    }

    @Test func anExistingReportIsReplacedWhole() throws {
        let folder = try ReportCLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("brief.md")
        try Data(String(repeating: "old text that is longer than the brief\n", count: 2000).utf8).write(to: output)
        let run = try runNaptrack(["report", "plans", "--as-of", "2026-09-30", "--format", "markdown", "-o", output.path])
        #expect(run.status == 0, "\(run)")
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.hasPrefix("# Action plan brief as of 2026-09-30\n"))
        #expect(!text.contains("old text"))
    }
}
