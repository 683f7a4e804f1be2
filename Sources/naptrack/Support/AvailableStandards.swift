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
    /// The packs that loaded, for listings that say where a standard comes from.
    var packs: [RulePack]
    /// Problems found in the packs, sorted; a missing `--rules` path prevents the run.
    var diagnostics: [Diagnostic]

    /// Loads the built-in standards and every pack found.
    static func load(rules: [String]) -> AvailableStandards {
        var registry = BuiltInStandards.registry
        let loaded = RulePackLoader().load(paths: RulePackLoader.searchPaths(adding: rules), reservedIDs: registry.ids)
        for pack in loaded.packs { registry.register(pack.standard) }
        return AvailableStandards(registry: registry, packs: loaded.packs, diagnostics: loaded.diagnostics)
    }

    /// Where the standard `id` comes from: `built in`, or the pack file that defines it.
    func origin(of id: String) -> String {
        packs.first { $0.standard.id == id }.map { "rule pack \($0.file)" } ?? "built in"
    }
}
