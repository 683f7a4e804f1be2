import NaptrackCore
import NaptrackStandards

/// A standard written as a YAML rule pack, translated into the same `CatalogStandard` of
/// conditions a Swift standard declares, so the engine cannot tell the two apart.
public struct RulePack: Sendable {
    /// The standard the pack defines.
    public var standard: CatalogStandard
    /// The pack file as the user named it.
    public var file: String
    /// Where the pack's id is written, for problems with the pack as a whole.
    public var location: SourceLocation

    /// A pack defining `standard`, read from `file`, whose id is written at `location`.
    public init(standard: CatalogStandard, file: String, location: SourceLocation) {
        self.standard = standard
        self.file = file
        self.location = location
    }
}

/// The packs found under the searched paths, with every problem found while reading them.
public struct LoadedRulePacks: Sendable {
    /// The packs that loaded without errors, in file order.
    public var packs: [RulePack]
    /// Problems in the packs, sorted by location; a pack with an error is left out of `packs`.
    public var diagnostics: [Diagnostic]
    /// The files searched, sorted.
    public var files: [String]

    /// The outcome of a search: the packs loaded, the problems found and the files searched.
    public init(packs: [RulePack] = [], diagnostics: [Diagnostic] = [], files: [String] = []) {
        self.packs = packs
        self.diagnostics = diagnostics
        self.files = files
    }

    /// The standards of the loaded packs, ready to register beside the built-in ones.
    public var standards: [CatalogStandard] { packs.map(\.standard) }
}
