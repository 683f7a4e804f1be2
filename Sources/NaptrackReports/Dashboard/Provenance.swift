import Foundation
import NaptrackCore
import NaptrackStandards

/// What a report was made from, printed at its foot so that a monitoring body can reproduce it
/// exactly: the tool version, the report date, the SHA-256 of every input file and the version of
/// every standard catalog used.
///
/// Renderers take it as a value rather than reading the clock or the files themselves, so a test
/// can inject a fixed one and golden files stay stable.
public struct Provenance: Sendable, Equatable {
    /// One file that was read, with its digest.
    public struct InputFile: Sendable, Equatable {
        /// The path as the user named it (relative paths stay relative).
        public var path: String
        /// SHA-256 of the file's bytes, 64 lowercase hexadecimal digits.
        public var sha256: String
        public var bytes: Int

        public init(path: String, sha256: String, bytes: Int) {
            self.path = path
            self.sha256 = sha256
            self.bytes = bytes
        }

        /// The file at `path` with the digest of `contents`.
        public init(path: String, contents: [UInt8]) {
            self.init(path: path, sha256: SHA256.hexDigest(of: contents), bytes: contents.count)
        }
    }

    /// One standard catalog a plan was checked against.
    public struct Catalog: Sendable, Equatable {
        public var id: String
        public var title: String
        public var version: String

        public init(id: String, title: String, version: String) {
            self.id = id
            self.title = title
            self.version = version
        }
    }

    /// The naptrack version that made the report.
    public var toolVersion: String
    public var asOf: CalendarDate
    /// Every input file, sorted by path.
    public var inputs: [InputFile]
    /// Every catalog used, sorted by id.
    public var catalogs: [Catalog]

    public init(toolVersion: String, asOf: CalendarDate, inputs: [InputFile], catalogs: [Catalog]) {
        self.toolVersion = toolVersion
        self.asOf = asOf
        self.inputs = inputs.sorted { $0.path < $1.path }
        self.catalogs = catalogs.sorted { $0.id < $1.id }
    }

    /// The provenance of a run on `files`, reading each to hash it; the catalogs are those the
    /// plans of `compliance` were checked against.
    /// - Throws: `ProvenanceError` when a file cannot be read again (it changed under the run).
    public static func reading(
        files: [String], toolVersion: String, asOf: CalendarDate, compliance: [PlanCompliance]
    ) throws(ProvenanceError) -> Provenance {
        var inputs: [InputFile] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { throw ProvenanceError(path: file) }
            inputs.append(InputFile(path: file, contents: [UInt8](data)))
        }
        return Provenance(toolVersion: toolVersion, asOf: asOf, inputs: inputs, catalogs: catalogs(of: compliance))
    }

    /// The catalogs the plans were checked against, one entry per standard id.
    public static func catalogs(of compliance: [PlanCompliance]) -> [Catalog] {
        var seen: [String: Catalog] = [:]
        for standard in compliance.flatMap(\.standards) where seen[standard.standardID] == nil {
            seen[standard.standardID] = Catalog(id: standard.standardID, title: standard.title, version: standard.version)
        }
        return seen.values.sorted { $0.id < $1.id }
    }
}

/// An input file could not be read to compute its digest.
public struct ProvenanceError: Error, Sendable, CustomStringConvertible {
    public var path: String

    public var description: String { "cannot read \(path) to record its SHA-256" }
}
