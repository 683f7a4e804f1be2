/// Everything loaded in one run: the plans, their progress files and the configuration,
/// with every problem found while loading and validating them.
public struct Workspace: Sendable {
    public var plans: [Plan]
    public var progressReports: [ProgressReport]
    public var configuration: Configuration?
    public var diagnostics: [Diagnostic]
    /// Every file that was read, sorted.
    public var files: [String]

    public init(plans: [Plan] = [], progressReports: [ProgressReport] = [], configuration: Configuration? = nil,
        diagnostics: [Diagnostic] = [], files: [String] = [])
    {
        self.plans = plans
        self.progressReports = progressReports
        self.configuration = configuration
        self.diagnostics = diagnostics
        self.files = files
    }

    /// The progress reports for `plan`, oldest first.
    public func progressReports(for plan: Plan) -> [ProgressReport] {
        progressReports.filter { $0.plan == plan.id }.sorted {
            ($0.asOf ?? CalendarDate(dayNumber: 0), $0.file) < ($1.asOf ?? CalendarDate(dayNumber: 0), $1.file)
        }
    }

    /// The diagnostics located in `file`.
    public func diagnostics(in file: String) -> [Diagnostic] { diagnostics.filter { $0.location.file == file } }
}
