import Foundation
import NaptrackCore
import NaptrackStandards

/// Finds and reads rule packs: YAML files that define a standard as data.
///
/// A pack is read with the same loader as plans, so its mistakes carry file:line:column, and
/// within `RulePackLimits`, so a hostile pack is refused in bounded time and memory. A pack
/// becomes a `CatalogStandard` of `Condition`s: evaluating it is evaluating a Swift standard,
/// with no loops, no code and no access to files or the network.
public struct RulePackLoader: Sendable {
    /// The folder searched for packs by default, relative to the working directory.
    public static let defaultFolder = "plugins"

    /// The bounds every pack is read within.
    public var limits: RulePackLimits

    /// A loader reading packs within `limits`.
    public init(limits: RulePackLimits = .standard) {
        self.limits = limits
    }

    /// The paths to search: `plugins/` when the working directory has it, then `extra` (from
    /// `--rules`), without repeats.
    public static func searchPaths(adding extra: [String] = []) -> [String] {
        var isDirectory: ObjCBool = false
        let hasDefault = FileManager.default.fileExists(atPath: defaultFolder, isDirectory: &isDirectory)
            && isDirectory.boolValue
        var seen = Set<String>()
        return ((hasDefault ? [defaultFolder] : []) + extra).filter { seen.insert($0).inserted }
    }

    /// Reads every `.yaml` and `.yml` file under `paths` (files, or folders searched
    /// recursively) as a pack. A pack whose id is in `reservedIDs` (the built-in standards) or
    /// was taken by an earlier pack is refused, as is any pack with an error.
    public func load(paths: [String], reservedIDs: [String] = []) -> LoadedRulePacks {
        let (files, pathDiagnostics) = WorkspaceLoader.files(in: paths)
        var result = LoadedRulePacks(diagnostics: pathDiagnostics, files: files)
        var taken: [String: String] = Dictionary(reservedIDs.map { ($0, "a built-in standard") }, uniquingKeysWith: { a, _ in a })
        for file in files {
            let (pack, diagnostics) = read(file: file)
            result.diagnostics += diagnostics
            guard let pack else { continue }
            let id = pack.standard.id
            if let owner = taken[id] {
                result.diagnostics.append(Diagnostic(.error, "the pack id '\(id)' is already taken by \(owner); choose another id",
                    rule: .duplicateID, at: pack.location, path: "standard.id"))
                continue
            }
            taken[id] = "the pack \(file)"
            result.packs.append(pack)
        }
        result.diagnostics.sort()
        return result
    }

    /// Reads the pack file at `path`.
    public func read(file path: String) -> (pack: RulePack?, diagnostics: [Diagnostic]) {
        let (pack, diagnostics) = DocumentLoader(limits: limits.load).read(
            file: path, as: RulePackSyntax.documentKind, readPack)
        return (pack, diagnostics.sorted())
    }

    /// Reads a pack from bytes, naming `file` in diagnostics.
    public func read(bytes: [UInt8], file: String) -> (pack: RulePack?, diagnostics: [Diagnostic]) {
        let (pack, diagnostics) = DocumentLoader(limits: limits.load).read(
            bytes: bytes, file: file, as: RulePackSyntax.documentKind, readPack)
        return (pack, diagnostics.sorted())
    }

    private func readPack(_ reader: DocumentReader, root: SourceLocation) throws -> RulePack? {
        try RulePackReader(reader: reader, limits: limits).read(root: root)
    }
}
