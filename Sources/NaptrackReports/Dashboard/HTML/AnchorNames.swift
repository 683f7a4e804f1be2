/// The `id` attributes of one plan's parts in an HTML report, so that a matrix cell can link to
/// the evidence of its requirement and an evidence entry to the activities addressing it.
///
/// Ids are plan text, so they are kept as written (HTML allows any character but whitespace in
/// an `id`), with whitespace replaced; the template escapes them like any other text.
struct AnchorNames {
    var planID: String

    /// The plan's section.
    var plan: String { "plan/" + Self.clean(planID) }

    /// The row of an activity in the activities table.
    func activity(_ id: String) -> String { plan + "/activity/" + Self.clean(id) }

    /// The evidence entry of a requirement.
    func requirement(_ id: String) -> String { plan + "/requirement/" + Self.clean(id) }

    /// A named section of the plan, such as `timeline`.
    func section(_ name: String) -> String { plan + "/" + name }

    private static func clean(_ text: String) -> String {
        String(text.map { $0.isWhitespace ? "_" : $0 })
    }
}
