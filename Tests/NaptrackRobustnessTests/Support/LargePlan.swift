/// A large, valid plan written the way coordinators write them: block mappings, flow lists,
/// quoted titles, budgets with funding sources, indicators, milestones, and an anchor reused
/// through aliases.
enum LargePlan {
    static let agencies = (1...20).map { "agency-\($0)" }

    /// The text of a plan with `activities` activities spread over objectives of 50 each.
    static func text(activities: Int) -> String {
        var text = """
            # A generated plan, about 1 KB per activity.
            naptrack: 1
            plan:
              id: large-plan
              title: "National Action Plan: a large generated example"
              jurisdiction: EX
              period: {start: 2026-01-01, end: 2030-12-31}
              adopted: 2025-12-01
              revision: 3
              currency: EUR
              coordinator: agency-1
              review: {body: agency-2, every_months: 6}
            agencies:

            """
        for (index, agency) in agencies.enumerated() {
            text += "  - id: \(agency)\n    name: Agency number \(index + 1) of the national round-table\n    type: government\n"
        }
        text += "objectives:\n"
        let perObjective = 50
        for objective in 0..<(activities + perObjective - 1) / perObjective {
            text += """
                  - id: O\(objective)
                    title: Objective \(objective) of the plan
                    area: prevention
                    activities:

                """
            for number in 0..<min(perObjective, activities - objective * perObjective) {
                let id = "O\(objective).\(number)"
                let lead = agencies[(objective + number) % agencies.count]
                let partner = agencies[(objective + number + 7) % agencies.count]
                let month = 1 + number % 12
                let title = number % 7 == 0
                    ? "\"Train frontline staff: identification, referral and follow-up (\(id))\""
                    : "Run the activity \(id) with partners across the regions"
                text += """
                          - id: \(id)
                            title: \(title)
                            lead: \(lead)
                            partners: [\(partner), agency-3]
                            start: 2026-\(month < 10 ? "0" : "")\(month)-01
                            due: 2027-\(month < 10 ? "0" : "")\(month)-28
                            budget:
                              amount: \(10_000 + number * 250).50
                              sources:
                                - {funder: state-budget, amount: 8000, status: committed}
                                - {funder: donor-\(number % 5), amount: 2000, status: pledged}
                            indicators:
                              - {id: \(id)-i1, name: People reached by the activity, unit: people, baseline: 0, target: \(100 + number)}
                              - {id: \(id)-i2, name: Share of cases referred within a day, unit: percent, baseline: 12.5, target: 80}
                            milestones:
                              - {id: \(id)-m1, title: Work plan agreed with the partners, due: 2026-\(month < 10 ? "0" : "")\(month)-20}
                            addresses: [osce-nrm:identification-guidelines, coe-cathb:art10.1]
                            target_groups: [migrants, children]
                            forms: [sexual, labour]
                            tags: \(objective == 0 && number == 0 ? "&tags [training, referral, regional]" : "*tags")

                    """
            }
        }
        return text
    }
}
