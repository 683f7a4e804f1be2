import Foundation
import NaptrackCore

// The comparable fields of each kind of plan item, named as in the plan file.

extension Plan {
    /// The header fields under `plan:`; a changed `id` means two different plans are compared.
    var headerFacets: [Facet] {
        let periodLocation = location(of: "period")
        return [
            Facet("id", .text(id), at: location(of: "id")),
            Facet("title", .text(title), at: location(of: "title")),
            Facet("jurisdiction", .text(jurisdiction), at: location(of: "jurisdiction")),
            Facet("level", .text(level.rawValue), at: location(of: "level")),
            Facet("period.start", .date(period?.start), at: periodLocation),
            Facet("period.end", .date(period?.end), at: periodLocation),
            Facet("adopted", .date(adopted), at: location(of: "adopted")),
            Facet("revision", .number(revision), at: location(of: "revision")),
            Facet("currency", .text(currency), at: location(of: "currency")),
            Facet("coordinator", .text(coordinator), at: location(of: "coordinator")),
            Facet("review.body", .text(review?.body), at: review?.keyLocations["body"] ?? location(of: "review")),
            Facet("review.every_months", .number(review?.everyMonths),
                at: review?.keyLocations["every_months"] ?? location(of: "review")),
            Facet("review.last", .date(review?.last), at: review?.keyLocations["last"] ?? location(of: "review")),
            Facet("standards", .set(orNil: standards.map(\.value)), at: location(of: "standards")),
        ]
    }
}

extension Agency {
    var facets: [Facet] {
        [
            Facet("name", .text(name), at: keyLocations["name"] ?? location),
            Facet("type", .text(type?.rawValue), at: keyLocations["type"] ?? location),
            Facet("members", .set(orNil: members.map(\.value)), at: keyLocations["members"] ?? location),
        ]
    }
}

extension Objective {
    /// The fields of the objective; `parent` is the id of the objective it is nested in.
    func facets(parent: String?) -> [Facet] {
        [
            Facet("title", .text(title), at: keyLocations["title"] ?? location),
            Facet("area", .text(area?.rawValue), at: keyLocations["area"] ?? location),
            Facet("parent", .text(parent), at: location),
        ]
    }
}

extension Activity {
    /// The plain fields of the activity; budget, indicators and milestones are compared apart.
    var facets: [Facet] {
        [
            Facet("title", .text(title), at: location(of: "title")),
            Facet("objective", .text(objective), at: location),
            Facet("lead", .text(lead), at: location(of: "lead")),
            Facet("partners", .set(orNil: partners.map(\.value)), at: location(of: "partners")),
            Facet("start", .date(start), at: location(of: "start")),
            Facet("due", .date(due), at: location(of: "due")),
            Facet("addresses", .set(orNil: addresses.map(\.value)), at: location(of: "addresses")),
            Facet("target_groups", .set(orNil: targetGroups.map(\.value)), at: location(of: "target_groups")),
            Facet("forms", .set(orNil: forms.map(\.value.rawValue)), at: location(of: "forms")),
            Facet("tags", .set(orNil: tags.map(\.value)), at: location(of: "tags")),
        ]
    }
}

extension Budget {
    var facets: [Facet] {
        [
            Facet("amount", .amount(amount), at: keyLocations["amount"] ?? location),
            Facet("currency", .text(currency), at: keyLocations["currency"] ?? location),
        ]
    }
}

extension FundingSource {
    var facets: [Facet] {
        [
            Facet("amount", .amount(amount), at: keyLocations["amount"] ?? location),
            Facet("status", .text(status?.rawValue), at: keyLocations["status"] ?? location),
            Facet("currency", .text(currency), at: keyLocations["currency"] ?? location),
        ]
    }
}

extension Indicator {
    var facets: [Facet] {
        [
            Facet("name", .text(name), at: keyLocations["name"] ?? location),
            Facet("unit", .text(unit), at: keyLocations["unit"] ?? location),
            Facet("kind", .text(kind?.rawValue), at: keyLocations["kind"] ?? location),
            Facet("baseline", .number(baseline), at: keyLocations["baseline"] ?? location),
            Facet("target", .number(target), at: keyLocations["target"] ?? location),
            Facet("means_of_verification", .text(meansOfVerification),
                at: keyLocations["means_of_verification"] ?? location),
        ]
    }
}

extension Milestone {
    var facets: [Facet] {
        [
            Facet("title", .text(title), at: keyLocations["title"] ?? location),
            Facet("due", .date(due), at: keyLocations["due"] ?? location),
        ]
    }
}
