import ArgumentParser
import Foundation
import NaptrackCore
import NaptrackProgress

/// `naptrack record`: adds an update for one activity to the plan's progress file for a date.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Add an activity update to a plan's progress file for a date.",
        discussion: """
            The update goes into the progress file in the plan's progress/ folder that reports on the \
            plan as of --as-of, or into a new progress/<date>.yaml. The file is edited as text, so its \
            comments and layout stay as they were; the result is loaded and checked against the plan \
            before it is written, and written atomically. The plan file is never changed. An update for \
            an activity the file already reports on is refused: change that entry in the file instead. \
            Exit status: 0 when recorded, 1 when the update was refused (nothing is written), 2 when \
            the plan could not be read or the file could not be written.
            """
    )

    @Argument(help: "The plan file the update is for, or the folder holding its plan.yaml.")
    var plan: String

    @Option(help: ArgumentHelp("The id of the activity.", valueName: "id"))
    var activity: String

    @Option(help: ArgumentHelp("The reporting date, YYYY-MM-DD.", valueName: "date"))
    var asOf: CalendarDate

    @Option(help: ArgumentHelp("Where the activity stands.", valueName: "status"))
    var status: ActivityStatus?

    @Option(help: ArgumentHelp("Share of the work done, 0 to 100.", valueName: "n"))
    var percent: DecimalArgument?

    @Option(help: ArgumentHelp("Cumulative spend to date, in the activity's currency.", valueName: "amount"))
    var spent: DecimalArgument?

    @Option(name: .customLong("indicator"), help: ArgumentHelp("An indicator value; repeat for several.", valueName: "id=value"))
    var indicators: [IndicatorArgument] = []

    @Option(name: .customLong("milestone"), help: ArgumentHelp("A milestone achieved and the date; repeat for several.", valueName: "id=date"))
    var milestones: [MilestoneArgument] = []

    @Option(help: ArgumentHelp("A short note on the update.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("The reporting agency, written into the header when a new file is created.", valueName: "agency"))
    var reportedBy: String?

    func validate() throws {
        if let percent, percent.value > 100 { throw ValidationError("--percent must be between 0 and 100") }
        if let percent, percent.value < 0 { throw ValidationError("--percent must be between 0 and 100") }
        if let spent, spent.value < 0 { throw ValidationError("--spent cannot be negative") }
        if status == nil, percent == nil, spent == nil, indicators.isEmpty, milestones.isEmpty, note == nil {
            throw ValidationError("say what to record: --status, --percent, --spent, --indicator, --milestone or --note")
        }
    }

    func run() throws {
        let entry = UpdateEntry(
            activity: activity, status: status, percent: percent?.value, spent: spent?.value,
            indicators: indicators.map { ($0.id, $0.value) }, milestones: milestones.map { ($0.id, $0.date) },
            note: note)
        do {
            let outcome = try ProgressRecorder().record(entry, asOf: asOf, planFile: planFile, reportedBy: reportedBy)
            Output.write("Recorded \(activity) as of \(asOf) in \(outcome.file)\(outcome.created ? " (new file)" : "").\n")
        } catch .planUnusable(let diagnostics) {
            Output.writeError(diagnostics.map { $0.description + "\n" }.joined())
            throw ExitCode(2)
        } catch .rejected(let reason, let diagnostics) {
            Output.writeError("error: \(reason)\n" + diagnostics.map { $0.description + "\n" }.joined()
                + "Nothing was written.\n")
            throw ExitCode(1)
        } catch .writeFailed(let error) {
            Output.writeError("error: \(error); the file is unchanged\n")
            throw ExitCode(2)
        }
    }

    /// The plan file: the argument, or `plan.yaml` (or `plan.yml`) in the folder it names.
    private var planFile: String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: plan, isDirectory: &isDirectory), isDirectory.boolValue else {
            return plan
        }
        let base = plan.hasSuffix("/") ? String(plan.dropLast()) : plan
        let yml = base + "/plan.yml"
        return FileManager.default.fileExists(atPath: base + "/plan.yaml") || !FileManager.default.fileExists(atPath: yml)
            ? base + "/plan.yaml" : yml
    }
}

extension ActivityStatus: ExpressibleByArgument {}

/// An exact decimal number given on the command line.
struct DecimalArgument: ExpressibleByArgument {
    var value: Decimal

    init?(argument: String) {
        guard case .success(let value) = DecimalText.parse(argument) else { return nil }
        self.value = value
    }
}

/// `ID=VALUE` for `--indicator`.
struct IndicatorArgument: ExpressibleByArgument {
    var id: String
    var value: Decimal

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), case .success(let value) = DecimalText.parse(String(argument[argument.index(after: equals)...]))
        else { return nil }
        id = String(argument[..<equals])
        guard !id.isEmpty else { return nil }
        self.value = value
    }
}

/// `ID=DATE` for `--milestone`.
struct MilestoneArgument: ExpressibleByArgument {
    var id: String
    var date: CalendarDate

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), let date = CalendarDate(iso: argument[argument.index(after: equals)...])
        else { return nil }
        id = String(argument[..<equals])
        guard !id.isEmpty else { return nil }
        self.date = date
    }
}
