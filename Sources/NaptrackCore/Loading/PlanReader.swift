/// Maps the sections of a plan file onto the model.
struct PlanReader {
    let reader: DocumentReader

    init(_ reader: DocumentReader) { self.reader = reader }

    /// Objectives may nest; deeper trees are refused rather than recursed into.
    static let maximumObjectiveDepth = 16

    static let headerKeys = [
        "id", "title", "jurisdiction", "level", "period", "adopted", "revision", "currency", "coordinator", "review",
        "standards",
    ]

    func readHeader(at location: SourceLocation) throws -> Plan? {
        var plan = Plan(file: reader.file, id: "", location: location)
        var keys = KeyLocations()
        var id: String?, title: String?, jurisdiction: String?, currency: String?, period = false
        let found = try reader.readMapping("'plan'") { key, valueLocation in
            keys[key] = valueLocation
            switch key {
            case "id": id = try reader.readID("the plan id")?.value
            case "title": title = try reader.readText("the plan title")?.value
            case "jurisdiction":
                if let text = try reader.readText("the jurisdiction") {
                    jurisdiction = text.value
                    if !Self.isJurisdictionCode(text.value) {
                        reader.report(.error, "'\(text.value)' is not a jurisdiction code: use ISO 3166-1 (EX), ISO 3166-2 (BR-PE) or a region code in capitals",
                            rule: .value, at: text.location)
                    }
                }
            case "level": plan.level = try reader.readChoice("plan level", as: PlanLevel.self)?.value ?? .national
            case "period":
                period = true
                plan.period = try readPeriod()
            case "adopted": plan.adopted = try reader.readDate("the adoption date")?.value
            case "revision": plan.revision = try reader.readInteger("the revision", in: 0...100_000)?.value
            case "currency": currency = try reader.readCurrency("the plan currency")?.value
            case "coordinator": plan.coordinator = try reader.readID("the coordinator")?.value
            case "review": plan.review = try readReview(at: valueLocation)
            case "standards": plan.standards = try reader.readTextList("the standards", ids: false)
            default: try reader.skipUnknownKey(key, known: Self.headerKeys, in: "the plan header")
            }
        }
        guard found != nil else {
            reader.report(.error, "the plan header is missing: give 'plan:' an id, title, jurisdiction, period and currency",
                rule: .required, at: location)
            return nil
        }
        plan.keyLocations = keys
        plan.id = id ?? ""
        plan.title = title ?? ""
        plan.jurisdiction = jurisdiction ?? ""
        plan.currency = currency ?? ""
        for (key, present) in [("id", id != nil || keys["id"] != nil), ("title", keys["title"] != nil),
            ("jurisdiction", keys["jurisdiction"] != nil), ("period", period), ("currency", keys["currency"] != nil)]
        where !present {
            reader.report(.error, "the plan has no '\(key)'", rule: .required, at: location)
        }
        return plan
    }

    /// ISO 3166-1 alpha-2 (`EX`), ISO 3166-2 (`BR-PE`) or a region code of capitals (`SICA`).
    static func isJurisdictionCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let country = parts.first, (2...6).contains(country.count),
            country.allSatisfy({ $0.isASCII && $0.isUppercase })
        else { return false }
        guard parts.count <= 2 else { return false }
        if parts.count == 2 {
            let subdivision = parts[1]
            return (1...3).contains(subdivision.count)
                && subdivision.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        }
        return true
    }

    private func readPeriod() throws -> DateRange? {
        var start: Located<CalendarDate>?, end: Located<CalendarDate>?
        let location = try reader.readMapping("the plan period") { key, valueLocation in
            switch key {
            case "start": start = try reader.readDate("the period start")
            case "end": end = try reader.readDate("the period end")
            default: try reader.skipUnknownKey(key, known: ["start", "end"], in: "the period")
            }
        }
        guard let location else { return nil }
        guard let start, let end else {
            reader.report(.error, "the period needs both 'start' and 'end'", rule: .required, at: location)
            return nil
        }
        guard start.value <= end.value else {
            reader.under("end") {
                reader.report(.error, "the period ends (\(end.value)) before it starts (\(start.value))", rule: .dateOrder,
                    at: end.location)
            }
            return nil
        }
        return DateRange(start: start.value, end: end.value)
    }

    private func readReview(at location: SourceLocation) throws -> ReviewCycle? {
        var review = ReviewCycle(body: nil, everyMonths: nil, last: nil, location: location)
        let found = try reader.readMapping("the review") { key, valueLocation in
            review.keyLocations[key] = valueLocation
            switch key {
            case "body": review.body = try reader.readID("the review body")?.value
            case "every_months": review.everyMonths = try reader.readInteger("every_months", in: 1...120)?.value
            case "last": review.last = try reader.readDate("the last review date")?.value
            default:
                try reader.skipUnknownKey(key, known: ["body", "every_months", "last"], in: "the review")
            }
        }
        return found == nil ? nil : review
    }

    // MARK: Agencies

    func readAgencies() throws -> [Agency] {
        var agencies: [Agency] = []
        try reader.readSequence("the agencies") { _ in
            let location = reader.location(of: try reader.stream.peek())
            var id: String?, name: String?, type: AgencyType?, members: [Located<String>] = []
            var keys = KeyLocations()
            let found = try reader.readMapping("an agency") { key, valueLocation in
                keys[key] = valueLocation
                switch key {
                case "id": id = try reader.readID("the agency id")?.value
                case "name": name = try reader.readText("the agency name")?.value
                case "type": type = try reader.readChoice("agency type", as: AgencyType.self)?.value
                case "members": members = try reader.readTextList("the members", ids: true)
                default:
                    try reader.skipUnknownKey(key, known: ["id", "name", "type", "members"],
                        in: "an agency")
                }
            }
            guard found != nil else { return }
            guard let id else {
                if keys["id"] == nil { reader.report(.error, "the agency has no 'id'", rule: .required, at: location) }
                return
            }
            if keys["name"] == nil {
                reader.report(.error, "agency '\(id)' has no 'name'", rule: .required, at: location)
            }
            var agency = Agency(id: id, name: name ?? id, type: type, members: members, location: location,
                keyLocations: keys)
            agency.path = reader.currentPath
            agencies.append(agency)
        }
        return agencies
    }

    // MARK: Objectives and activities

    static let objectiveKeys = ["id", "title", "area", "objectives", "activities"]

    func readObjectives(parent: String?, depth: Int) throws -> [Objective] {
        var objectives: [Objective] = []
        try reader.readSequence("the objectives") { _ in
            let location = reader.location(of: try reader.stream.peek())
            guard depth < Self.maximumObjectiveDepth else {
                reader.report(.error, "objectives nest more than \(Self.maximumObjectiveDepth) levels deep", rule: .limits,
                    at: location)
                try reader.stream.skipNode()
                return
            }
            var id: String?, title: String?, area: ThematicArea?
            var children: [Objective] = [], activities: [Activity] = []
            var keys = KeyLocations()
            var pendingActivities = false
            let found = try reader.readMapping("an objective") { key, valueLocation in
                keys[key] = valueLocation
                switch key {
                case "id": id = try reader.readID("the objective id")?.value
                case "title": title = try reader.readText("the objective title")?.value
                case "area": area = try reader.readChoice("area", as: ThematicArea.self)?.value
                case "objectives": children = try readObjectives(parent: id, depth: depth + 1)
                case "activities":
                    pendingActivities = id == nil
                    activities = try readActivities(objective: id ?? "")
                default: try reader.skipUnknownKey(key, known: Self.objectiveKeys, in: "an objective")
                }
            }
            guard found != nil else { return }
            guard let id else {
                if keys["id"] == nil { reader.report(.error, "the objective has no 'id'", rule: .required, at: location) }
                return
            }
            if pendingActivities {
                for index in activities.indices { activities[index].objective = id }
            }
            if keys["title"] == nil {
                reader.report(.error, "objective '\(id)' has no 'title'", rule: .required, at: location)
            }
            var objective = Objective(id: id, title: title ?? "", area: area, objectives: children,
                activities: activities, location: location, keyLocations: keys)
            objective.path = reader.currentPath
            objectives.append(objective)
        }
        return objectives
    }

    static let activityKeys = [
        "id", "title", "lead", "partners", "start", "due", "budget", "indicators", "milestones", "addresses",
        "target_groups", "forms", "tags",
    ]

    private func readActivities(objective: String) throws -> [Activity] {
        var activities: [Activity] = []
        try reader.readSequence("the activities") { _ in
            if let activity = try readActivity(objective: objective) { activities.append(activity) }
        }
        return activities
    }

    private func readActivity(objective: String) throws -> Activity? {
        let location = reader.location(of: try reader.stream.peek())
        var activity = Activity(id: "", objective: objective, location: location)
        activity.path = reader.currentPath
        var hasID = false
        let found = try reader.readMapping("an activity") { key, valueLocation in
            activity.keyLocations[key] = valueLocation
            switch key {
            case "id":
                if let id = try reader.readID("the activity id") {
                    activity.id = id.value
                    hasID = true
                }
            case "title": activity.title = try reader.readText("the activity title")?.value ?? ""
            case "lead": activity.lead = try reader.readID("the lead agency")?.value
            case "partners": activity.partners = try reader.readTextList("the partners", ids: true)
            case "start": activity.start = try reader.readDate("the start date")?.value
            case "due": activity.due = try reader.readDate("the due date")?.value
            case "budget": activity.budget = try readBudget(at: valueLocation)
            case "indicators": activity.indicators = try readIndicators()
            case "milestones": activity.milestones = try readMilestones()
            case "addresses": activity.addresses = try reader.readTextList("addresses")
            case "target_groups": activity.targetGroups = try reader.readTextList("the target groups")
            case "forms": activity.forms = try reader.readChoiceList("form of exploitation", as: ExploitationForm.self)
            case "tags": activity.tags = try reader.readTextList("the tags")
            default: try reader.skipUnknownKey(key, known: Self.activityKeys, in: "an activity")
            }
        }
        guard found != nil else { return nil }
        guard hasID else {
            if activity.keyLocations["id"] == nil {
                reader.report(.error, "the activity has no 'id'", rule: .required, at: location)
            }
            return nil
        }
        for key in ["title", "lead", "start", "due"] where activity.keyLocations[key] == nil {
            reader.report(.error, "activity '\(activity.id)' has no '\(key)'", rule: .required, at: location)
        }
        return activity
    }

    private func readBudget(at location: SourceLocation) throws -> Budget? {
        var budget = Budget(amount: nil, currency: nil, sources: [], location: location)
        let found = try reader.readMapping("the budget") { key, valueLocation in
            budget.keyLocations[key] = valueLocation
            switch key {
            case "amount": budget.amount = try reader.readDecimal("the budget amount", nonNegative: true)?.value
            case "currency": budget.currency = try reader.readCurrency("the budget currency")?.value
            case "sources":
                try reader.readSequence("the funding sources") { _ in
                    if let source = try readFundingSource() { budget.sources.append(source) }
                }
            default:
                try reader.skipUnknownKey(key, known: ["amount", "currency", "sources"], in: "a budget")
            }
        }
        return found == nil ? nil : budget
    }

    private func readFundingSource() throws -> FundingSource? {
        let location = reader.location(of: try reader.stream.peek())
        var source = FundingSource(funder: "", amount: nil, status: nil, currency: nil, location: location)
        let found = try reader.readMapping("a funding source") { key, valueLocation in
            source.keyLocations[key] = valueLocation
            switch key {
            case "funder": source.funder = try reader.readText("the funder")?.value ?? ""
            case "amount": source.amount = try reader.readDecimal("the source amount", nonNegative: true)?.value
            case "status": source.status = try reader.readChoice("funding status", as: FundingStatus.self)?.value
            case "currency": source.currency = try reader.readCurrency("the source currency")?.value
            default:
                try reader.skipUnknownKey(key, known: ["funder", "amount", "status", "currency"],
                    in: "a funding source")
            }
        }
        guard found != nil else { return nil }
        for key in ["funder", "amount"] where source.keyLocations[key] == nil {
            reader.report(.error, "the funding source has no '\(key)'", rule: .required, at: location)
        }
        return source
    }

    static let indicatorKeys = ["id", "name", "unit", "baseline", "target", "means_of_verification", "kind"]

    private func readIndicators() throws -> [Indicator] {
        var indicators: [Indicator] = []
        try reader.readSequence("the indicators") { _ in
            let location = reader.location(of: try reader.stream.peek())
            var indicator = Indicator(id: "", name: "", location: location)
            indicator.path = reader.currentPath
            var hasID = false
            let found = try reader.readMapping("an indicator") { key, valueLocation in
                indicator.keyLocations[key] = valueLocation
                switch key {
                case "id":
                    if let id = try reader.readID("the indicator id") {
                        indicator.id = id.value
                        hasID = true
                    }
                case "name": indicator.name = try reader.readText("the indicator name")?.value ?? ""
                case "unit": indicator.unit = try reader.readText("the unit")?.value
                case "baseline":
                    indicator.baseline = try reader.readDecimal("the baseline", nonNegative: false, rule: .type)?.value
                case "target":
                    indicator.target = try reader.readDecimal("the target", nonNegative: false, rule: .type)?.value
                case "means_of_verification":
                    indicator.meansOfVerification = try reader.readText("the means of verification")?.value
                case "kind": indicator.kind = try reader.readChoice("indicator kind", as: IndicatorKind.self)?.value
                default: try reader.skipUnknownKey(key, known: Self.indicatorKeys, in: "an indicator")
                }
            }
            guard found != nil else { return }
            guard hasID else {
                if indicator.keyLocations["id"] == nil {
                    reader.report(.error, "the indicator has no 'id'", rule: .required, at: location)
                }
                return
            }
            if indicator.keyLocations["name"] == nil {
                reader.report(.error, "indicator '\(indicator.id)' has no 'name'", rule: .required, at: location)
            }
            indicators.append(indicator)
        }
        return indicators
    }

    private func readMilestones() throws -> [Milestone] {
        var milestones: [Milestone] = []
        try reader.readSequence("the milestones") { _ in
            let location = reader.location(of: try reader.stream.peek())
            var id: String?, title: String?, due: CalendarDate?
            var keys = KeyLocations()
            let found = try reader.readMapping("a milestone") { key, valueLocation in
                keys[key] = valueLocation
                switch key {
                case "id": id = try reader.readID("the milestone id")?.value
                case "title": title = try reader.readText("the milestone title")?.value
                case "due": due = try reader.readDate("the milestone due date")?.value
                default: try reader.skipUnknownKey(key, known: ["id", "title", "due"], in: "a milestone")
                }
            }
            guard found != nil else { return }
            guard let id else {
                if keys["id"] == nil { reader.report(.error, "the milestone has no 'id'", rule: .required, at: location) }
                return
            }
            if keys["due"] == nil {
                reader.report(.error, "milestone '\(id)' has no 'due' date", rule: .required, at: location)
            }
            var milestone = Milestone(id: id, title: title ?? "", due: due, location: location, keyLocations: keys)
            milestone.path = reader.currentPath
            milestones.append(milestone)
        }
        return milestones
    }
}
