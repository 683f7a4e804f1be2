import Foundation
import Testing

/// The HTML report opened in a real headless browser: it loads, the scripts run without errors,
/// the timeline and the compliance matrix are in the rendered page, and the screenshot is a page
/// with content, not a blank one. `.ci/run` installs Chromium from the distribution's packages.
@Suite(.enabled(if: Chromium.executable != nil,
    "Chromium is not installed (apt-get install -y chromium); the browser checks are skipped"))
struct BrowserRenderTests {
    /// Writes the report of the example plans to a scratch folder and returns its path.
    static func writeReport(_ extra: [String], in folder: URL) throws -> URL {
        let output = folder.appendingPathComponent("report.html")
        let run = try runNaptrack(["report", "plans", "--as-of", "2026-09-30", "-o", output.path] + extra)
        #expect(run.status == 0, "\(run)")
        return output
    }

    @Test func theReportRendersWithTheTimelineAndTheMatrix() throws {
        let folder = try ReportCLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Self.writeReport([], in: folder)
        let page = try Chromium.dumpDOM(of: report, profile: folder.appendingPathComponent("profile"))
        #expect(page.status == 0, "\(page.stderr.suffix(2000))")
        #expect(!page.stderr.contains("Uncaught"), "\(page.stderr.suffix(2000))")
        let dom = page.stdout
        #expect(dom.contains("<svg class=\"gantt-chart\""))
        #expect(dom.contains("class=\"today\""))
        #expect(dom.contains("<table class=\"matrix\">"))
        #expect(dom.contains("<td class=\"cell status-not-met\">"))
        #expect(dom.contains("<svg class=\"bar-chart\""))
        #expect(!dom.contains("<script"), "the report runs no script")
    }

    @Test func theScreenshotShowsAPageWithContent() throws {
        let folder = try ReportCLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Self.writeReport([], in: folder)
        let screenshot = folder.appendingPathComponent("report.png")
        let run = try Chromium.screenshot(of: report, to: screenshot, width: 1000, height: 1400,
            profile: folder.appendingPathComponent("profile"))
        #expect(run.status == 0, "\(run.stderr.suffix(2000))")
        let stats = try PNGStatistics(file: screenshot)
        #expect(stats.width == 1000 && stats.height == 1400)
        // A blank page has one colour; the headline cards, meters and text give dozens.
        #expect(stats.distinctColours > 50, "\(stats)")
        #expect(stats.nonWhiteShare > 0.05 && stats.nonWhiteShare < 0.9, "\(stats)")
    }

    @Test func theComparisonSortsInTheBrowser() throws {
        let folder = try ReportCLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Self.writeReport(["--compare"], in: folder)
        let page = try Chromium.dumpDOM(of: report, profile: folder.appendingPathComponent("profile"))
        #expect(page.status == 0)
        #expect(!page.stderr.contains("Uncaught"), "\(page.stderr.suffix(2000))")
        // The inline script ran: it turned each sortable heading into a button.
        #expect(page.stdout.contains("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" class=\"sort\">"))
        #expect(page.stdout.contains("<table class=\"matrix compare sortable\">"))
    }
}

/// The headless browser, found on the `PATH`.
enum Chromium {
    static let executable = ReportCLI.executable(["chromium", "chromium-browser", "google-chrome"])

    static func arguments(profile: URL) -> [String] {
        ["--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--no-first-run",
         "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0"]
    }

    static func dumpDOM(of page: URL, profile: URL) throws -> NaptrackRun {
        let browser = try #require(executable)
        return try runProcess(browser, arguments(profile: profile) + ["--dump-dom", page.absoluteString])
    }

    static func screenshot(of page: URL, to file: URL, width: Int, height: Int, profile: URL) throws -> NaptrackRun {
        let browser = try #require(executable)
        return try runProcess(browser, arguments(profile: profile)
            + ["--window-size=\(width),\(height)", "--screenshot=\(file.path)", page.absoluteString])
    }
}

/// Size and pixel variety of a PNG, decoded by a few lines of python3 (zlib and the PNG filters).
struct PNGStatistics: CustomStringConvertible {
    var width: Int
    var height: Int
    var distinctColours: Int
    var nonWhiteShare: Double

    static let decoder = packageRoot.appendingPathComponent("Tests/NaptrackCLITests/Support/png_stats.py")

    init(file: URL) throws {
        let python = try #require(ReportCLI.executable(["python3"]), "python3 decodes the screenshot")
        let run = try runProcess(python, [Self.decoder.path, file.path])
        try #require(run.status == 0, "\(run.stderr)")
        let fields = run.stdout.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        try #require(fields.count == 4, "\(run.stdout)")
        width = Int(fields[0]) ?? 0
        height = Int(fields[1]) ?? 0
        distinctColours = Int(fields[2]) ?? 0
        nonWhiteShare = Double(fields[3]) ?? 0
    }

    var description: String { "\(width)×\(height), \(distinctColours) colours, \(nonWhiteShare) not white" }
}
