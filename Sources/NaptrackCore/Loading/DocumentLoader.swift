import Foundation

/// Loads one naptrack file: parses it with libyaml, recognises the document by its top-level
/// key (`plan:`, `progress:`, or the configuration keys) and maps it onto the model, reporting
/// every problem with its location.
public struct DocumentLoader: Sendable {
    public var limits: LoadLimits

    public init(limits: LoadLimits = .standard) {
        self.limits = limits
    }

    /// The keys a configuration file may have besides `naptrack`.
    static let configurationKeys = ["standards", "severity", "thresholds", "waivers", "tracking"]
    static let planKeys = ["naptrack", "plan", "agencies", "framework", "objectives"]
    static let progressKeys = ["naptrack", "progress", "updates"]

    /// Reads and loads the file at `path`.
    public func load(file path: String) -> (document: LoadedDocument?, diagnostics: [Diagnostic]) {
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
        return load(bytes: [UInt8](data), file: path)
    }

    /// Loads a document from bytes, naming `file` in diagnostics.
    public func load(bytes: [UInt8], file: String) -> (document: LoadedDocument?, diagnostics: [Diagnostic]) {
        let whole = SourceLocation.wholeFile(file)
        guard bytes.count <= limits.maximumFileBytes else {
            return (nil, [Diagnostic(.error, "the file is larger than \(limits.maximumFileBytes / (1 << 20)) MiB",
                rule: .limits, at: whole, preventsRun: true)])
        }
        let stream = YAMLEventStream(bytes: bytes, limits: limits)
        let reader = DocumentReader(stream: stream, file: file)
        var sections = Sections()
        do {
            try readStream(reader, into: &sections)
        } catch let error as YAMLStreamError {
            let location = error.line > 0 ? SourceLocation(file: file, line: error.line, column: error.column) : whole
            reader.report(Diagnostic(.error, error.message, rule: error.rule, at: location))
            return (nil, reader.diagnostics)
        } catch {
            reader.report(Diagnostic(.error, "\(error)", rule: .syntax, at: whole))
            return (nil, reader.diagnostics)
        }
        let document = sections.document(file: file, reader: reader)
        return (document, reader.diagnostics)
    }

    private func readStream(_ reader: DocumentReader, into sections: inout Sections) throws {
        let stream = reader.stream
        try stream.next()  // stream start
        let first = try stream.next()
        guard first.kind == .documentStart else {
            reader.report(Diagnostic(.error, "the file is empty; a naptrack file starts with 'naptrack: 1' followed by 'plan:' or 'progress:'",
                rule: .document, at: .wholeFile(reader.file), preventsRun: true))
            sections.empty = true
            return
        }
        let root = try stream.peek()
        guard root.kind == .mappingStart else {
            reader.report(Diagnostic(.error, "expected a mapping with 'naptrack: 1' and 'plan:' or 'progress:' at the top of the file, found \(root.describesCollection)",
                rule: .document, at: reader.location(of: root), preventsRun: true))
            try stream.skipNode()
            sections.empty = true
            return
        }
        sections.rootLocation = reader.location(of: root)
        try reader.readMapping("the document") { key, location in
            try sections.read(key: key, at: location, reader: reader)
        }
        try stream.next()  // document end
        let after = try stream.next()
        if after.kind == .documentStart {
            reader.report(.error, "the file holds more than one YAML document; put each plan or progress report in a file of its own",
                rule: .document, at: reader.location(of: after))
        }
    }
}

/// The top-level sections of a document as they are read, before the kind is known.
private struct Sections {
    var empty = false
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
        if empty { return nil }
        let whole = rootLocation ?? .wholeFile(file)
        let isPlan = plan != nil || sectionLocations["plan"] != nil
        let isProgress = progress != nil || sectionLocations["progress"] != nil
        let isConfiguration = configuration != nil
        guard isPlan || isProgress || isConfiguration else {
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
        guard let versionLocation else {
            reader.report(Diagnostic(.error, "missing 'naptrack: 1' at the top of the file; it names the format version",
                rule: .version, at: whole))
            return
        }
        guard let version else { return }
        if version.value != "1" {
            reader.report(Diagnostic(.error, "unsupported format version '\(version.value)'; this naptrack reads version 1",
                rule: .version, at: version.location, path: "naptrack"))
        }
        _ = versionLocation
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
