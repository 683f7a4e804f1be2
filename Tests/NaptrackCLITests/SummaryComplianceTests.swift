import Testing

/// `naptrack` with no subcommand shows, after the overview, each plan's scores and top findings.
@Suite struct SummaryComplianceTests {
    @Test func overviewEndsWithScoresAndTopFindings() throws {
        let run = try runNaptrack(["plans", "--as-of", "2026-06-30"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let overview = try #require(lines.firstIndex { $0.hasPrefix("8 files, 2 plans:") })
        let standards = try #require(lines.firstIndex(of: "Standards (as of 2026-06-30)"))
        #expect(overview < standards)
        #expect(lines[standards + 1] == "  ex-nap-2026")
        #expect(lines[standards + 2].hasPrefix("    plan-quality  score 0."))
        #expect(lines[standards + 3] == "    top findings:")
        #expect(lines[standards + 4].hasPrefix("      plans/examplia/plan.yaml:"))
        #expect(lines.contains("  br-pe-programa-2025"))
    }
}
