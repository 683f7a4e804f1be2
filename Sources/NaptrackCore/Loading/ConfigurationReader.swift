import Foundation

/// Maps the keys of a configuration file (`naptrack.yaml`) onto the model.
struct ConfigurationReader {
    let reader: DocumentReader

    init(_ reader: DocumentReader) { self.reader = reader }

    func read(key: String, into configuration: inout Configuration) throws {
        switch key {
        case "standards":
            configuration.standards = try reader.readTextList("the standards")
        case "severity":
            try reader.readMapping("the severity overrides") { target, location in
                guard let text = try reader.readText("the severity of '\(target)'") else { return }
                if text.value == "off" {
                    configuration.severityOverrides.append(SeverityOverride(target: target, severity: nil, location: location))
                } else if let severity = Severity(rawValue: text.value) {
                    configuration.severityOverrides.append(
                        SeverityOverride(target: target, severity: severity, location: location))
                } else {
                    reader.reportChoice(text, what: "severity", allowed: ["error", "warning", "note", "off"])
                }
            }
        case "thresholds":
            try reader.readMapping("the thresholds") { name, location in
                if let value = try reader.readDecimal("threshold '\(name)'", nonNegative: true, rule: .value) {
                    configuration.thresholds.append(Located(Threshold(key: name, value: value.value), at: location))
                }
            }
        case "waivers":
            try reader.readSequence("the waivers") { _ in
                if let waiver = try readWaiver() { configuration.waivers.append(waiver) }
            }
        case "tracking":
            try reader.readMapping("the progress-tracking settings") { key, _ in
                switch key {
                case "rollup": configuration.rollup = try reader.readChoice("roll-up method", as: RollupMethod.self)
                default: try reader.skipUnknownKey(key, known: Self.trackingKeys, in: "the tracking settings")
                }
            }
        default:
            try reader.stream.skipNode()
        }
    }

    static let trackingKeys = ["rollup"]

    static let waiverKeys = ["requirement", "plan", "reason", "approved_by", "expires"]

    private func readWaiver() throws -> Waiver? {
        let location = reader.location(of: try reader.stream.peek())
        var requirement: String?, plan: String?, reason: String?, approver: String?, expires: CalendarDate?
        var keys = KeyLocations()
        let found = try reader.readMapping("a waiver") { key, valueLocation in
            keys[key] = valueLocation
            switch key {
            case "requirement": requirement = try reader.readText("the waived requirement")?.value
            case "plan": plan = try reader.readID("the plan id")?.value
            case "reason": reason = try reader.readText("the reason")?.value
            case "approved_by": approver = try reader.readText("the approver")?.value
            case "expires": expires = try reader.readDate("the expiry date")?.value
            default: try reader.skipUnknownKey(key, known: Self.waiverKeys, in: "a waiver")
            }
        }
        guard found != nil else { return nil }
        var complete = true
        for key in ["requirement", "reason", "approved_by", "expires"] where keys[key] == nil {
            reader.report(.error, "a waiver needs '\(key)'; waivers without a reason, an approver and an expiry date are not accepted",
                rule: .required, at: location)
            complete = false
        }
        guard complete, let requirement, let reason, let approver, let expires else { return nil }
        return Waiver(requirement: requirement, plan: plan, reason: reason, approvedBy: approver, expires: expires,
            location: location)
    }
}
