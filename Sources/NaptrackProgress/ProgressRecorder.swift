import Foundation
import NaptrackCore

/// Records one update in the progress file of a plan for a date: finds or creates the file, adds
/// the update as text, checks the result with the loader and validator, and only then writes it,
/// atomically. The plan file is never written.
public struct ProgressRecorder: Sendable {
    /// What a successful recording did.
    public struct Outcome: Sendable {
        /// The progress file written.
        public var file: String
        /// Whether the file was created (rather than added to).
        public var created: Bool
    }

    /// Why nothing was recorded. In every case no file was changed.
    public enum Failure: Error, Sendable {
        /// The plan file cannot be read or is not a plan.
        case planUnusable([Diagnostic])
        /// The update, or the file it would go into, is not acceptable.
        case rejected(reason: String, diagnostics: [Diagnostic])
        /// The file could not be written.
        case writeFailed(AtomicWriteError)
    }

    public var loader: DocumentLoader
    public var writer: AtomicFileWriter

    public init(loader: DocumentLoader = DocumentLoader(), writer: AtomicFileWriter = AtomicFileWriter()) {
        self.loader = loader
        self.writer = writer
    }

    /// The folder progress files of the plan in `planFile` go in: `progress/` beside the plan.
    public static func progressDirectory(forPlanFile planFile: String) -> String {
        let directory = (planFile as NSString).deletingLastPathComponent
        return directory.isEmpty ? "progress" : directory + "/progress"
    }

    /// Adds `entry` to the progress file of the plan in `planFile` for `asOf`: the file in the
    /// plan's `progress/` folder that reports on that plan and date, or a new
    /// `progress/<date>.yaml` when there is none. `reportedBy` goes into the header of a new file.
    public func record(_ entry: UpdateEntry, asOf: CalendarDate, planFile: String, reportedBy: String? = nil)
        throws(Failure) -> Outcome
    {
        let plan = try loadPlan(planFile)
        let directory = Self.progressDirectory(forPlanFile: planFile)
        let target = try targetFile(for: plan, asOf: asOf, in: directory)
        let newText: String
        var previous: ProgressReport?
        if let existing = target.report {
            previous = existing
            if let reportedBy, existing.reportedBy != reportedBy {
                throw .rejected(reason: "\(target.file) is reported by '\(existing.reportedBy ?? "nobody")', not '\(reportedBy)'; leave out --reported-by to add to it",
                    diagnostics: [])
            }
            if let earlier = existing.updates.first(where: { $0.activity == entry.activity }) {
                throw .rejected(reason: "\(target.file) already has an update for activity '\(entry.activity)' (line \(earlier.location.line)); change that entry in the file, or record it under another date",
                    diagnostics: [])
            }
            guard let data = FileManager.default.contents(atPath: target.file),
                let text = String(validating: Array(data), as: UTF8.self)
            else {
                throw .rejected(reason: "\(target.file) cannot be read as UTF-8 text", diagnostics: [])
            }
            do {
                newText = try ProgressFileEditor.appending(entry, to: text, file: target.file)
            } catch {
                throw .rejected(reason: Self.explain(error, file: target.file), diagnostics: Self.diagnostics(of: error))
            }
        } else {
            newText = ProgressFileEditor.newFile(plan: plan.id, asOf: asOf, reportedBy: reportedBy, entry: entry)
        }
        try check(newText, file: target.file, plan: plan, previous: previous, entry: entry)
        if target.report == nil {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .writeFailed(AtomicWriteError(path: directory, reason: "cannot create the folder"))
            }
        }
        do {
            try writer.write(Array(newText.utf8), to: target.file)
        } catch {
            throw .writeFailed(error)
        }
        return Outcome(file: target.file, created: target.report == nil)
    }

    private func loadPlan(_ planFile: String) throws(Failure) -> Plan {
        let (document, diagnostics) = loader.load(file: planFile)
        guard case .plan(let plan)? = document else {
            let problems = diagnostics.filter { $0.severity == .error }
            throw .planUnusable(problems.isEmpty
                ? [Diagnostic(.error, "not a plan file: progress is recorded against a file with 'plan:'", rule: .document,
                    at: .wholeFile(planFile), preventsRun: true)]
                : problems)
        }
        return plan
    }

    /// The progress file for `plan` and `asOf` in `directory`, with its loaded report when it exists.
    private func targetFile(for plan: Plan, asOf: CalendarDate, in directory: String) throws(Failure)
        -> (file: String, report: ProgressReport?)
    {
        let candidates = FileManager.default.fileExists(atPath: directory)
            ? WorkspaceLoader.files(in: [directory]).files : []
        var matches: [ProgressReport] = []
        for file in candidates {
            if case .progress(let report)? = loader.load(file: file).document, report.plan == plan.id, report.asOf == asOf {
                matches.append(report)
            }
        }
        if matches.count > 1 {
            throw .rejected(reason: "more than one progress file reports on '\(plan.id)' as of \(asOf): "
                + matches.map(\.file).joined(separator: ", ") + "; merge them first", diagnostics: [])
        }
        if let match = matches.first { return (match.file, match) }
        let file = directory + "/\(asOf).yaml"
        if FileManager.default.fileExists(atPath: file) {
            let diagnostics = loader.load(file: file).diagnostics.filter { $0.severity == .error }
            throw .rejected(reason: "\(file) exists but is not a readable progress file on '\(plan.id)' as of \(asOf); fix or rename it first",
                diagnostics: diagnostics)
        }
        if (file as NSString).standardizingPath == (plan.file as NSString).standardizingPath {
            throw .rejected(reason: "the progress file would replace the plan file \(plan.file)", diagnostics: [])
        }
        return (file, nil)
    }

    /// Loads `text` as the file would be loaded, and checks it against the plan and against what
    /// was asked: the update added at the end, everything before it unchanged.
    private func check(_ text: String, file: String, plan: Plan, previous: ProgressReport?, entry: UpdateEntry)
        throws(Failure)
    {
        let (document, loadDiagnostics) = loader.load(bytes: Array(text.utf8), file: file)
        guard case .progress(let report)? = document else {
            throw .rejected(reason: "the result would not be a progress file", diagnostics: loadDiagnostics)
        }
        let workspace = Workspace(plans: [plan], progressReports: [report])
        let errors = (loadDiagnostics + WorkspaceValidator().validate(workspace)).filter { $0.severity == .error }.sorted()
        guard errors.isEmpty else {
            let reason = previous == nil
                ? "the update does not fit plan '\(plan.id)'"
                : "the update does not fit plan '\(plan.id)', or \(file) already has errors"
            throw .rejected(reason: reason + " (lines as the file would have been written)", diagnostics: errors)
        }
        let before = previous?.updates.map(\.activity) ?? []
        guard report.updates.map(\.activity) == before + [entry.activity], let added = report.updates.last,
            entry.matches(added), report.plan == plan.id, report.asOf == (previous?.asOf ?? report.asOf)
        else {
            throw .rejected(reason: "the update could not be added to \(file) without changing its meaning; add it by hand",
                diagnostics: [])
        }
    }

    private static func explain(_ problem: ProgressFileEditor.Problem, file: String) -> String {
        switch problem {
        case .unreadable: "\(file) is not valid YAML; fix it first"
        case .notProgress: "\(file) has no 'progress:' section"
        case .updatesNotAList(let line): "\(file):\(line): 'updates' is not a list"
        }
    }

    private static func diagnostics(of problem: ProgressFileEditor.Problem) -> [Diagnostic] {
        if case .unreadable(let diagnostic) = problem { return [diagnostic] }
        return []
    }
}
