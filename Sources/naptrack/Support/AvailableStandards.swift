import ArgumentParser
import NaptrackCore
import NaptrackRulePacks
import NaptrackStandards

/// The `--rules` option of the commands that use standards (`check`, `standards`).
struct RulesOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp(
            "A rule pack, or a folder of rule packs, to load besides those in ./plugins (repeatable).",
            valueName: "path"))
    var paths: [String] = []
}

/// The standards a run can use: the built-in modules, then the rule packs in `./plugins` and in
/// the paths given with `--rules`. A pack with an error is left out and its problems reported,
/// so one broken pack never stops the others from running.
struct AvailableStandards {
    /// Every usable standard: built-in ones first, then packs in file order.
    var registry: StandardRegistry
    /// Problems found in the packs, sorted; a missing `--rules` path prevents the run.
    var diagnostics: [Diagnostic]
    /// The file of each rule pack loaded, by standard id, for report provenance.
    var packFiles: [String: String] = [:]

    /// Loads the built-in standards and every pack found.
    static func load(rules: [String]) -> AvailableStandards {
        var registry = BuiltInStandards.registry
        let loaded = RulePackLoader().load(paths: RulePackLoader.searchPaths(adding: rules), reservedIDs: registry.ids)
        for pack in loaded.packs { registry.register(pack.standard) }
        return AvailableStandards(registry: registry, diagnostics: loaded.diagnostics,
            packFiles: Dictionary(loaded.packs.map { ($0.standard.id, $0.file) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Writes the problems found in the packs to standard error, one per line, so that they
    /// reach the user whatever the output format.
    func reportProblems() {
        Output.writeError(diagnostics.map { "\($0)\n" }.joined())
    }
}
