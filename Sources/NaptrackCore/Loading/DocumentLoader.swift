import Foundation

/// Loads one naptrack file: parses it with libyaml, recognises the document by its top-level
/// key (`plan:`, `progress:`, or the configuration keys) and maps it onto the model, reporting
/// every problem with its location.
///
/// The same machinery reads other YAML formats through `read(bytes:file:as:_:)`: the caller
/// supplies the reader for the root mapping and gets the loader's limits and diagnostics.
public struct DocumentLoader: Sendable {
    /// The bounds on size, alias expansion and nesting every file is read within.
    public var limits: LoadLimits

    /// A loader reading within `limits`.
    public init(limits: LoadLimits = .standard) {
        self.limits = limits
    }

    /// The keys a configuration file may have besides `naptrack`.
    static let configurationKeys = ["standards", "severity", "thresholds", "waivers", "tracking"]
    static let planKeys = ["naptrack", "plan", "agencies", "framework", "objectives"]
    static let progressKeys = ["naptrack", "progress", "updates"]

    /// Reads and loads the file at `path`.
    public func load(file path: String) -> (document: LoadedDocument?, diagnostics: [Diagnostic]) {
        let (document, diagnostics) = read(file: path, as: .naptrackDocument, Self.readSections)
        return (document, diagnostics)
    }

    /// Loads a document from bytes, naming `file` in diagnostics.
    public func load(bytes: [UInt8], file: String) -> (document: LoadedDocument?, diagnostics: [Diagnostic]) {
        let (document, diagnostics) = read(bytes: bytes, file: file, as: .naptrackDocument, Self.readSections)
        return (document, diagnostics)
    }

    private static func readSections(_ reader: DocumentReader, root: SourceLocation) throws -> LoadedDocument? {
        var sections = Sections()
        sections.rootLocation = root
        try reader.readMapping("the document") { key, location in
            try sections.read(key: key, at: location, reader: reader)
        }
        return sections.document(file: reader.file, reader: reader)
    }

    /// Reads the file at `path` with a reader of the caller's own: the file is refused when it
    /// is missing or larger than `limits.maximumFileBytes`, before any of it is parsed.
    /// See `read(bytes:file:as:_:)`.
    public func read<Value>(
        file path: String, as kind: DocumentKind,
        _ body: (_ reader: DocumentReader, _ root: SourceLocation) throws -> Value?
    ) -> (value: Value?, diagnostics: [Diagnostic]) {
        let whole = SourceLocation.wholeFile(path)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > limits.maximumFileBytes {
            return (nil, [Diagnostic(.error, "the file is \(size / (1 << 20)) MiB; naptrack reads files up to \(limits.maximumFileBytes / (1 << 20)) MiB",
                rule: .limits, at: whole, preventsRun: true)])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return (nil, [Diagnostic(.error, exists ? "cannot read the file" : "no such file", rule: .document, at: whole,
                preventsRun: true)])
        }
        return read(bytes: [UInt8](data), file: path, as: kind, body)
    }

    /// Parses one YAML document within `limits` and hands its root mapping to `body`.
    ///
    /// The loader reports what no schema can fix (bad YAML, an empty file, a root that is not a
    /// mapping, a second document, input over a limit) in the words of `kind`. `body` receives
    /// the reader positioned on the root mapping and its location, reads it (usually with
    /// `reader.readMapping`) and returns the value, or `nil`. When reading stops on bad YAML or
    /// a limit, the value is `nil` and the diagnostics say why.
    public func read<Value>(
        bytes: [UInt8], file: String, as kind: DocumentKind,
        _ body: (_ reader: DocumentReader, _ root: SourceLocation) throws -> Value?
    ) -> (value: Value?, diagnostics: [Diagnostic]) {
        let whole = SourceLocation.wholeFile(file)
        guard bytes.count <= limits.maximumFileBytes else {
            return (nil, [Diagnostic(.error, "the file is larger than \(limits.maximumFileBytes / (1 << 20)) MiB",
                rule: .limits, at: whole, preventsRun: true)])
        }
        let stream = YAMLEventStream(bytes: bytes, limits: limits)
        let reader = DocumentReader(stream: stream, file: file)
        do {
            let value = try readStream(reader, as: kind, isEmpty: bytes.isEmpty, body)
            return (value, reader.diagnostics)
        } catch let error as YAMLStreamError {
            let location = error.line > 0 ? SourceLocation(file: file, line: error.line, column: error.column) : whole
            reader.report(Diagnostic(.error, error.message, rule: error.rule, at: location))
            return (nil, reader.diagnostics)
        } catch {
            reader.report(Diagnostic(.error, "\(error)", rule: .syntax, at: whole))
            return (nil, reader.diagnostics)
        }
    }

    private func readStream<Value>(
        _ reader: DocumentReader, as kind: DocumentKind, isEmpty: Bool,
        _ body: (_ reader: DocumentReader, _ root: SourceLocation) throws -> Value?
    ) throws -> Value? {
        let stream = reader.stream
        try stream.next()  // stream start
        let first = try stream.next()
        guard first.kind == .documentStart else {
            let content = isEmpty ? "the file is empty" : "the file holds only comments and blank lines"
            reader.report(Diagnostic(.error, "\(content); a naptrack file starts with 'naptrack: 1' followed by \(kind.topLevelKeys)",
                rule: .document, at: .wholeFile(reader.file), preventsRun: true))
            return nil
        }
        let root = try stream.peek()
        guard root.kind == .mappingStart else {
            reader.report(Diagnostic(.error, "expected a mapping with 'naptrack: 1' and \(kind.topLevelKeys) at the top of the file, found \(root.describesCollection)",
                rule: .document, at: reader.location(of: root), preventsRun: true))
            try stream.skipNode()
            return nil
        }
        let consumed = stream.consumed
        let value = try body(reader, reader.location(of: root))
        if stream.consumed == consumed { try stream.skipNode() }
        while stream.depth > 0 {
            if try stream.next().kind == .streamEnd { break }
        }
        try stream.next()  // document end
        let after = try stream.next()
        if after.kind == .documentStart {
            reader.report(.error, "the file holds more than one YAML document; put each \(kind.singular) in a file of its own",
                rule: .document, at: reader.location(of: after))
        }
        return value
    }
}

/// How the loader speaks of a kind of document in the problems it reports itself.
public struct DocumentKind: Sendable {
    /// The top-level keys expected beside `naptrack: 1`, quoted, such as `'standard:'`.
    public var topLevelKeys: String
    /// What one file holds, such as `rule pack`.
    public var singular: String

    /// A kind of document, described by its top-level keys and what one file holds.
    public init(topLevelKeys: String, singular: String) {
        self.topLevelKeys = topLevelKeys
        self.singular = singular
    }

    /// Plans, progress reports and the project configuration.
    static let naptrackDocument = DocumentKind(
        topLevelKeys: "'plan:' or 'progress:'", singular: "plan or progress report")
}

/// The top-level sections of a document as they are read, before the kind is known.
private struct Sections {
    var rootLocation: SourceLocation?
    var version: Located<String>?
    var versionLocation: SourceLocation?
    var plan: Plan?
    var agencies: [Agency]?
    var framework: Framework?
    var objectives: [Objective]?
    var progress: ProgressReport?
    var updates: [ActivityUpdate]?
    var configuration: Configuration?
    var sectionLocations: [String: SourceLocation] = [:]

    mutating func read(key: String, at location: SourceLocation, reader: DocumentReader) throws {
        sectionLocations[key] = reader.currentKeyLocation ?? location
        switch key {
        case "naptrack":
            versionLocation = location
            version = try reader.readText("the format version")
        case "plan":
            plan = try PlanReader(reader).readHeader(at: location)
        case "agencies":
            agencies = try PlanReader(reader).readAgencies()
        case "framework":
            framework = try FrameworkReader(reader).readFramework(at: location)
        case "objectives":
            objectives = try PlanReader(reader).readObjectives(parent: nil, depth: 0)
        case "progress":
            progress = try ProgressReader(reader).readHeader(at: location)
        case "updates":
            updates = try ProgressReader(reader).readUpdates()
        case "standards", "severity", "thresholds", "waivers", "tracking":
            var configuration = self.configuration ?? Configuration(file: reader.file, location: rootLocation ?? location)
            try ConfigurationReader(reader).read(key: key, into: &configuration)
            self.configuration = configuration
        default:
            try reader.skipUnknownKey(
                key, known: ["naptrack", "plan", "agencies", "framework", "objectives", "progress", "updates"]
                    + DocumentLoader.configurationKeys, in: "the document")
        }
    }

    func document(file: String, reader: DocumentReader) -> LoadedDocument? {
        let whole = rootLocation ?? .wholeFile(file)
        let isPlan = plan != nil || sectionLocations["plan"] != nil
        let isProgress = progress != nil || sectionLocations["progress"] != nil
        let isConfiguration = configuration != nil
        guard isPlan || isProgress || isConfiguration else {
            if let standard = sectionLocations["standard"], sectionLocations["naptrack"] != nil {
                // A rule pack: a format of its own, read by the standards commands, not by this loader.
                reader.discardDiagnostics { $0.rule == .unknownKey }
                reader.report(Diagnostic(.note, "a rule pack, not a plan; 'naptrack standards' and 'naptrack check' read it",
                    rule: .document, at: standard))
                return nil
            }
            if sectionLocations["naptrack"] == nil {
                // Some other YAML file: the one error below says all there is to say about its keys.
                let keys = Set(sectionLocations.keys)
                reader.discardDiagnostics { $0.rule == .unknownKey && keys.contains($0.path) }
            }
            let found = sectionLocations.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
            reader.report(Diagnostic(.error, "not a naptrack document: expected a 'plan:' or 'progress:' section (found \(found.isEmpty ? "no keys" : found))",
                rule: .document, at: whole, preventsRun: true))
            return nil
        }
        checkVersion(reader: reader, at: whole)
        if isPlan {
            reportMisplaced(["progress", "updates"] + DocumentLoader.configurationKeys, in: "a plan file", reader: reader)
            guard var plan else { return nil }
            plan.agencies = agencies ?? []
            plan.framework = framework ?? Framework(facts: [:], location: plan.location)
            plan.objectives = objectives ?? []
            return .plan(plan)
        }
        if isProgress {
            reportMisplaced(["agencies", "framework", "objectives"] + DocumentLoader.configurationKeys,
                in: "a progress file", reader: reader)
            guard var progress else { return nil }
            progress.updates = updates ?? []
            return .progress(progress)
        }
        reportMisplaced(["agencies", "framework", "objectives", "updates"], in: "a configuration file", reader: reader)
        return configuration.map { .configuration($0) }
    }

    private func checkVersion(reader: DocumentReader, at whole: SourceLocation) {
        reader.checkFormatVersion(version, declared: versionLocation != nil, document: whole)
    }

    private func reportMisplaced(_ keys: [String], in what: String, reader: DocumentReader) {
        for key in keys {
            if let location = sectionLocations[key] {
                reader.report(Diagnostic(.error, "'\(key)' does not belong in \(what)", rule: .unknownKey, at: location,
                    path: key))
            }
        }
    }
}
