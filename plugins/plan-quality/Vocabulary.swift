import NaptrackCore

/// The words the coverage checks look for in the free labels of a plan (`tags`, `target_groups`),
/// in one place so the catalog and the documentation can state them exactly.
enum Vocabulary {
    /// Tags that mark an activity as addressing the health needs of victims or people at risk.
    static let healthTags = ["health", "medical", "hiv", "mental-health", "reproductive-health"]

    /// Target groups that make an activity reach health professionals.
    static let healthProfessionals = ["medical", "medical-staff", "health-workers", "health-professionals"]

    /// The tag that marks an activity as training.
    static let trainingTag = "training"

    /// The professional groups training has to reach, with the target-group labels that count for
    /// each. The seed names police, prosecutors, judges, labour inspectors, social workers and
    /// medics among the groups to train (capacity-building chapter) and border guards among those
    /// already trained (labour-market chapter); these are the groups that meet victims first or
    /// decide their cases.
    static let trainingAudiences: [(group: String, labels: [String])] = [
        ("police", ["police", "police-officers", "law-enforcement"]),
        ("border-guards", ["border-guards", "border-police"]),
        ("prosecutors", ["prosecutors"]),
        ("judges", ["judges"]),
        ("labour-inspectors", ["labour-inspectors", "labor-inspectors"]),
        ("social-workers", ["social-workers"]),
        ("medical", healthProfessionals),
    ]

    /// The labels as the catalog states them: `police (or police-officers, law-enforcement); …`.
    static var trainingAudienceText: String {
        trainingAudiences.map { audience in
            let others = audience.labels.filter { $0 != audience.group }
            return others.isEmpty ? audience.group : "\(audience.group) (or \(others.joined(separator: ", ")))"
        }.joined(separator: "; ")
    }

    /// `'a', 'b' or 'c'`, for the catalog.
    static func quoted(_ words: [String]) -> String {
        let items = words.map { "'\($0)'" }
        return items.count > 1 ? items.dropLast().joined(separator: ", ") + " or " + (items.last ?? "") : items.joined()
    }

    /// The pillars every plan covers with at least one activity.
    static let pillars: [ThematicArea] = [.prevention, .protection, .prosecution, .partnership]

    /// The forms of exploitation beyond sexual exploitation a plan covers; a group is covered when
    /// some activity covers any of its forms.
    static let formGroups: [(name: String, forms: [ExploitationForm])] = [
        ("labour exploitation", [.labour]),
        ("domestic servitude", [.domesticServitude]),
        ("forced begging or criminal activities", [.begging, .criminalActivities]),
        ("organ removal", [.organRemoval]),
    ]
}
