import Testing

/// `naptrack` with no subcommand shows, after the overview, each plan's scores and top findings.
@Suite struct SummaryComplianceTests {
    @Test func overviewEndsWithScoresAndTopFindings() throws {
        let run = try runNaptrack(["plans", "--as-of", "2026-06-30", "--fail-on", "never"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let overview = try #require(lines.firstIndex { $0.hasPrefix("8 files, 2 plans:") })
        let standards = try #require(lines.firstIndex(of: "Standards (as of 2026-06-30)"))
        #expect(overview < standards)
        #expect(lines[standards + 1] == "  ex-nap-2026")
        // One score line per standard the plan asks for and this build includes, then the top findings.
        // Ids are padded to the longest one listed, so the test reads the id, not the spacing.
        let top = try #require(lines[(standards + 2)...].firstIndex(of: "    top findings:"))
        let scores = lines[(standards + 2)..<top]
        #expect(scores.first?.hasPrefix("    plan-quality ") == true)
        #expect(scores.count >= 1 && scores.allSatisfy { $0.hasPrefix("    ") && $0.contains(" score ") }, "\(scores)")
        #expect(lines[top + 1].hasPrefix("      plans/examplia/plan.yaml:"))
        #expect(lines.contains("  br-pe-programa-2025"))
    }
}
