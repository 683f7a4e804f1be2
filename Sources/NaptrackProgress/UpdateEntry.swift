import Foundation
import NaptrackCore

/// A new update for one activity, as `naptrack record` adds it to a progress file.
public struct UpdateEntry: Sendable {
    public var activity: String
    public var status: ActivityStatus?
    public var percent: Decimal?
    /// Cumulative spend to date.
    public var spent: Decimal?
    /// Indicator values, in the order given.
    public var indicators: [(id: String, value: Decimal)]
    /// Milestones achieved, with the date each was achieved, in the order given.
    public var milestones: [(id: String, date: CalendarDate)]
    public var note: String?

    public init(activity: String, status: ActivityStatus? = nil, percent: Decimal? = nil, spent: Decimal? = nil,
        indicators: [(id: String, value: Decimal)] = [], milestones: [(id: String, date: CalendarDate)] = [],
        note: String? = nil)
    {
        self.activity = activity
        self.status = status
        self.percent = percent
        self.spent = spent
        self.indicators = indicators
        self.milestones = milestones
        self.note = note
    }

    /// Whether `update`, as loaded back from the file, says exactly what this entry says.
    public func matches(_ update: ActivityUpdate) -> Bool {
        update.activity == activity && update.status == status && update.percent == percent && update.spent == spent
            && update.note == note
            && update.indicators.map(\.indicator) == indicators.map(\.id)
            && update.indicators.map(\.value) == indicators.map(\.value)
            && update.milestones.map(\.milestone) == milestones.map(\.id)
            && update.milestones.map(\.date) == milestones.map(\.date)
    }

    /// The entry as the lines of a block mapping: `- activity: …` then one key per line. The first
    /// line starts with `dash`; the others with `indent`.
    func blockLines(dash: String, indent: String) -> [String] {
        var lines = [dash + "activity: " + YAMLText.key(activity)]
        for (key, value) in fields(flow: false) { lines.append(indent + key + ": " + value) }
        return lines
    }

    /// The entry as one flow mapping, `{activity: …, status: …}`, for a list written in flow style.
    func flowMapping() -> String {
        let parts = ["activity: " + YAMLText.key(activity)] + fields(flow: true).map { $0.0 + ": " + $0.1 }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    private func fields(flow: Bool) -> [(String, String)] {
        var fields: [(String, String)] = []
        if let status { fields.append(("status", status.rawValue)) }
        if let percent { fields.append(("percent", "\(percent)")) }
        if let spent { fields.append(("spent", "\(spent)")) }
        if !indicators.isEmpty {
            fields.append(("indicators", "{" + indicators.map { YAMLText.key($0.id) + ": \($0.value)" }.joined(separator: ", ") + "}"))
        }
        if !milestones.isEmpty {
            fields.append(("milestones", "{" + milestones.map { YAMLText.key($0.id) + ": \($0.date)" }.joined(separator: ", ") + "}"))
        }
        if let note { fields.append(("note", flow ? YAMLText.quoted(note) : YAMLText.scalar(note))) }
        return fields
    }
}

/// Writing values as YAML scalars that read back as the same text.
enum YAMLText {
    /// An id as a key or value: plain when it is letters, digits, `.`, `-` and `_` starting with a
    /// letter or digit, and not a word YAML reads as something else; quoted otherwise.
    static func key(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { isIDCharacter($0) }
            && text.unicodeScalars.first.map { isAlphanumeric($0) } == true
            && !reserved.contains(text.lowercased())
        return safe ? text : quoted(text)
    }

    /// Free text: plain when that is unambiguous (letters first, common punctuation, no `: ` or
    /// ` #`), double-quoted otherwise.
    static func scalar(_ text: String) -> String {
        let allowed = Set(" .,;()'/%+?!-_&".unicodeScalars)
        let plain =
            text.unicodeScalars.first.map { $0.properties.isAlphabetic } == true
            && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || allowed.contains($0) }
            && !text.hasSuffix(" ") && !reserved.contains(text.lowercased())
        return plain ? text : quoted(text)
    }

    /// A double-quoted scalar with `"`, `\` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
                {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static let reserved: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"]

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isAlphanumeric(scalar) || scalar == "." || scalar == "-" || scalar == "_"
    }
}
