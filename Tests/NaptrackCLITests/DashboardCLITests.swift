import Foundation
import Testing

/// `naptrack` with no subcommand is the short dashboard: per plan the progress and money headline
/// and the top findings, in colour only on a terminal and only without `NO_COLOR`.
@Suite struct DashboardCLITests {
    @Test func eachPlanHasItsProgressAndMoneyHeadline() throws {
        let run = try runNaptrack(["plans", "--as-of", "2026-09-30", "--fail-on", "never"])
        #expect(run.status == 0, "\(run.stderr)")
        let header = try #require(run.lines.firstIndex { $0.hasSuffix("(ex-nap-2026)") })
        let block = run.lines[header...].prefix { !$0.isEmpty }
        #expect(block.contains(
            "  activities:  2 of 30 completed, 3 late, 3 at risk; 26.64% complete, 24.9% of the period elapsed"))
        #expect(block.contains("  money:       22.6% executed (EUR 1,226,200 of 5,415,000), funding gap EUR 1,770,000"))
        #expect(run.lines.contains { $0.hasPrefix("  activities:  6 of 24 completed,") })
        #expect(run.lines.contains("    top findings:"))
        // Written to a file, not a terminal: no escape codes.
        #expect(!run.stdout.contains("\u{1B}["))
    }

    #if os(Linux)
        /// Runs the dashboard under `script`, which gives it a pseudo-terminal.
        func onTerminal(environment: [String: String]) throws -> NaptrackRun {
            let script = try #require(ReportCLI.executable(["script"]))
            let command = "\(try naptrackBinary().path) plans --as-of 2026-09-30 --fail-on never"
            return try runProcess(script, ["-qec", command, "/dev/null"], environment: environment)
        }

        @Test(.enabled(if: ReportCLI.executable(["script"]) != nil, "needs script(1) for a pseudo-terminal"))
        func aTerminalGetsColourUnlessNoColorIsSet() throws {
            let coloured = try onTerminal(environment: ["TERM": "xterm", "NO_COLOR": ""])
            #expect(coloured.status == 0, "\(coloured)")
            #expect(coloured.stdout.contains("\u{1B}[31m3 late\u{1B}[0m"))
            #expect(coloured.stdout.contains("\u{1B}[1mNational Action Plan against Trafficking in Human Beings 2026-2028 (ex-nap-2026)\u{1B}[0m"))
            #expect(coloured.stdout.contains(": \u{1B}[31merror\u{1B}[0m: "))
            let plain = try onTerminal(environment: ["TERM": "xterm", "NO_COLOR": "1"])
            #expect(plain.status == 0)
            #expect(plain.stdout.contains("3 late, 3 at risk"))
            #expect(!plain.stdout.contains("\u{1B}["))
        }
    #endif
}
