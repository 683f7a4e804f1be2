import Foundation
import NaptrackCore
import NaptrackProgress
import NaptrackReports
import NaptrackStandards
import Testing

/// Two small plans (`Fixtures/Dashboard`), a progress file and a configuration with waivers,
/// checked against two test standards, assembled as the dashboard every report renders.
enum DashboardFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The fixture files by the path they are loaded under, so that reports name stable paths.
    static let files: [(path: String, fixture: String)] = [
        ("plans/alpha/plan.yaml", "Dashboard/alpha-plan.yaml"),
        ("plans/alpha/progress/2026-06-30.yaml", "Dashboard/alpha-progress.yaml"),
        ("plans/beta/plan.yaml", "Dashboard/beta-plan.yaml"),
        ("plans/naptrack.yaml", "Dashboard/naptrack.yaml"),
    ]

    static var asOf: CalendarDate { date("2026-06-30") }

    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text) ?? CalendarDate(dayNumber: 0) }

    /// A fixed provenance, so that golden files do not change with the tool version or the files.
    static func provenance(asOf: CalendarDate, catalogs: [Provenance.Catalog]) -> Provenance {
        Provenance(
            toolVersion: "9.9.9-test", asOf: asOf,
            inputs: files.enumerated().map { index, file in
                Provenance.InputFile(path: file.path, sha256: String(repeating: String(index), count: 64),
                    bytes: 100 + index)
            }, catalogs: catalogs)
    }

    static let standards: [any Standard] = [
        CatalogStandard(
            id: "demo", title: "Demo standard", version: "3", source: "Test source", requirements: [
                Requirement(
                    id: "demo:reflection", title: "Reflection period of at least 30 days", reference: "Art. 13(1)",
                    modality: .binding, rationale: "Victims need time.", remedy: "Extend the period.",
                    check: .fact("reflection_period.days", .atLeast(.value(30)))),
                Requirement(
                    id: "demo:guardian", title: "Guardians are independent", reference: "Art. 10(4)",
                    modality: .qualified, rationale: "Children need an advocate.", remedy: "Make them independent.",
                    appliesWhen: .fact("scope.children", .isTrue),
                    check: .fact("children.guardian.independent", .isTrue)),
                Requirement(
                    id: "demo:sop", title: "A written referral procedure", reference: "Art. 10(2)", modality: .binding,
                    rationale: "Referral must not depend on luck.", remedy: "Adopt one.",
                    check: .fact("referral.sop", .isTrue)),
                Requirement(
                    id: "demo:guidelines", title: "Written identification guidelines", reference: "Ch. 4",
                    modality: .guidance, rationale: "Front-line staff need them.", remedy: "Write them.",
                    check: .fact("identification.guidelines", .isTrue)),
                Requirement(
                    id: "demo:compensation", title: "State compensation for victims", reference: "Art. 15(4)",
                    modality: .binding, rationale: "Offenders rarely pay.", remedy: "Create a fund.",
                    check: .fact("remedies.state_compensation", .isTrue)),
                Requirement(
                    id: "demo:budget", title: "Every activity is costed", reference: "Ch. 5", modality: .guidance,
                    rationale: "Money matters.", remedy: "Cost them.", check: .everyActivity(.anyActivity, has: .budget)),
            ]),
        CatalogStandard(
            id: "demo-extra", title: "Extra standard", version: "1", source: "Test source", requirements: [
                Requirement(
                    id: "demo-extra:coordinator", title: "A national coordinator is named", reference: "§ 1",
                    modality: .qualified, rationale: "Someone must lead.", remedy: "Name one.",
                    check: .activityExists(.anyActivity)),
            ]),
    ]

    /// The workspace of the fixture files, or of `overrides` (path to YAML text) in their place.
    static func workspace(overrides: [String: String] = [:]) throws -> Workspace {
        var plans: [Plan] = [], progress: [ProgressReport] = [], configuration: Configuration?
        var diagnostics: [Diagnostic] = []
        for file in files {
            let text = try overrides[file.path]
                ?? String(contentsOf: folder.appendingPathComponent(file.fixture), encoding: .utf8)
            let (document, problems) = DocumentLoader().load(bytes: Array(text.utf8), file: file.path)
            diagnostics += problems
            switch document {
            case .plan(let plan)?: plans.append(plan)
            case .progress(let report)?: progress.append(report)
            case .configuration(let loaded)?: configuration = loaded
            case nil: break
            }
        }
        return Workspace(plans: plans, progressReports: progress, configuration: configuration,
            diagnostics: diagnostics, files: files.map(\.path))
    }

    /// The dashboard as of `asOf`.
    static func dashboard(asOf: CalendarDate = asOf, overrides: [String: String] = [:]) throws -> Dashboard {
        let workspace = try workspace(overrides: overrides)
        let compliance = WorkspaceCompliance(
            workspace: workspace, engine: ComplianceEngine(registry: StandardRegistry(standards)),
            selection: StandardSelection(), asOf: asOf)
        let report = ComplianceReport(workspace: workspace, compliance: compliance)
        let progress = ProgressEvaluator(settings: ProgressSettings(asOf: asOf, configuration: workspace.configuration))
            .evaluate(workspace)
        return Dashboard(workspace: workspace, progress: progress, compliance: report,
            provenance: provenance(asOf: asOf, catalogs: Provenance.catalogs(of: compliance.plans)))
    }
}

/// Compares output with a file in `Fixtures/Golden`. Run the tests with `NAPTRACK_UPDATE_GOLDEN=1`
/// to write the files anew after a deliberate change, then review the diff before committing.
enum Golden {
    static func check(_ text: String, against name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = DashboardFixture.folder.appendingPathComponent("Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["NAPTRACK_UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(Comment(rawValue: "no golden file \(name); run with NAPTRACK_UPDATE_GOLDEN=1 to record it"),
                sourceLocation: sourceLocation)
            return
        }
        if text != expected {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            let gotLine = line < got.count ? String(got[line]) : "<end>"
            let wantLine = line < want.count ? String(want[line]) : "<end>"
            let message = "\(name) differs at line \(line + 1):\n  expected: \(wantLine)\n  actual:   \(gotLine)\n"
                + "(NAPTRACK_UPDATE_GOLDEN=1 records the new output)"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }
}
