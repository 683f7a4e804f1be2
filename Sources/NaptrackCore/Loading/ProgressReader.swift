import Foundation

/// Maps the sections of a progress file onto the model.
struct ProgressReader {
    let reader: DocumentReader

    init(_ reader: DocumentReader) { self.reader = reader }

    func readHeader(at location: SourceLocation) throws -> ProgressReport? {
        var report = ProgressReport(file: reader.file, plan: "", asOf: nil, reportedBy: nil, updates: [],
            location: location)
        let found = try reader.readMapping("'progress'") { key, valueLocation in
            report.keyLocations[key] = valueLocation
            switch key {
            case "plan": report.plan = try reader.readID("the plan id")?.value ?? ""
            case "as_of": report.asOf = try reader.readDate("the reporting date")?.value
            case "reported_by": report.reportedBy = try reader.readID("the reporting agency")?.value
            default:
                try reader.skipUnknownKey(key, known: ["plan", "as_of", "reported_by"],
                    in: "the progress header")
            }
        }
        guard found != nil else {
            reader.report(.error, "the progress header is missing: give 'progress:' a plan and an as_of date",
                rule: .required, at: location)
            return nil
        }
        for key in ["plan", "as_of"] where report.keyLocations[key] == nil {
            reader.report(.error, "the progress header has no '\(key)'", rule: .required, at: location)
        }
        return report
    }

    static let updateKeys = ["activity", "status", "percent", "spent", "indicators", "milestones", "note"]

    func readUpdates() throws -> [ActivityUpdate] {
        var updates: [ActivityUpdate] = []
        try reader.readSequence("the updates") { _ in
            let location = reader.location(of: try reader.stream.peek())
            var update = ActivityUpdate(activity: "", location: location)
            update.path = reader.currentPath
            let found = try reader.readMapping("an update") { key, valueLocation in
                update.keyLocations[key] = valueLocation
                switch key {
                case "activity": update.activity = try reader.readID("the activity id")?.value ?? ""
                case "status": update.status = try reader.readChoice("status", as: ActivityStatus.self)?.value
                case "percent":
                    if let percent = try reader.readDecimal("percent", nonNegative: true, rule: .value) {
                        if percent.value > 100 {
                            reader.report(.error, "percent must be between 0 and 100, found \(percent.value)", rule: .value,
                                at: percent.location)
                        } else {
                            update.percent = percent.value
                        }
                    }
                case "spent": update.spent = try reader.readDecimal("the amount spent", nonNegative: true)?.value
                case "indicators":
                    try reader.readMapping("the indicator values") { id, location in
                        let key = reader.currentKeyLocation ?? location
                        if let value = try reader.readDecimal("indicator '\(id)'", nonNegative: false, rule: .type) {
                            update.indicators.append(IndicatorValue(indicator: id, value: value.value, location: key))
                        }
                    }
                case "milestones":
                    try reader.readMapping("the milestones achieved") { id, location in
                        let key = reader.currentKeyLocation ?? location
                        if let date = try reader.readDate("milestone '\(id)'") {
                            update.milestones.append(MilestoneAchievement(milestone: id, date: date.value, location: key))
                        }
                    }
                case "note": update.note = try reader.readText("the note")?.value
                default: try reader.skipUnknownKey(key, known: Self.updateKeys, in: "an update")
                }
            }
            guard found != nil else { return }
            guard update.keyLocations["activity"] != nil else {
                reader.report(.error, "the update names no 'activity'", rule: .required, at: location)
                return
            }
            if !update.activity.isEmpty { updates.append(update) }
        }
        return updates
    }
}
