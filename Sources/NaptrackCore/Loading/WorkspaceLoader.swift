import Foundation

/// Loads every naptrack file under the given paths (files, or directories searched
/// recursively for `.yaml` and `.yml`) and validates them together.
public struct WorkspaceLoader: Sendable {
    public var loader: DocumentLoader
    public var validator: PlanValidator

    public init(loader: DocumentLoader = DocumentLoader(), validator: PlanValidator = PlanValidator()) {
        self.loader = loader
        self.validator = validator
    }

    /// The YAML files named by `paths`, sorted, with a diagnostic for each path that does not exist.
    public static func files(in paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, "no such file or directory", rule: .document, at: .wholeFile(path),
                    preventsRun: true))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else { continue }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { continue }
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                    found.append(full)
                }
            }
            files += found.sorted()
        }
        var unique: [String] = []
        var seen = Set<String>()
        for file in files where seen.insert(file).inserted { unique.append(file) }
        return (unique, diagnostics)
    }

    /// Loads and validates everything under `paths`. Files load in parallel; the result does not
    /// depend on the order they finish in.
    public func load(paths: [String]) -> Workspace {
        let (files, pathDiagnostics) = Self.files(in: paths)
        let results = loadInParallel(files)
        var workspace = Workspace(diagnostics: pathDiagnostics, files: files)
        for (file, result) in zip(files, results) {
            workspace.diagnostics += result.diagnostics
            switch result.document {
            case .plan(let plan)?: workspace.plans.append(plan)
            case .progress(let report)?: workspace.progressReports.append(report)
            case .configuration(let configuration)?:
                if let existing = workspace.configuration {
                    workspace.diagnostics.append(Diagnostic(.warning, "a second configuration file; only \(existing.file) is used",
                        rule: .document, at: .wholeFile(file)))
                } else {
                    workspace.configuration = configuration
                }
            case nil: break
            }
        }
        for result in results { workspace.diagnostics += result.validation }
        workspace.diagnostics += WorkspaceValidator().validate(workspace)
        workspace.diagnostics.sort()
        return workspace
    }

    /// Loads every file, and validates each plan on its own, in parallel: a plan's own checks
    /// need no other file, so they run while other files are still loading.
    private func loadInParallel(_ files: [String]) -> [LoadResult] {
        let results = ResultSlots(count: files.count)
        let loader = self.loader, validator = self.validator
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let (document, diagnostics) = loader.load(file: files[index])
            var validation: [Diagnostic] = []
            if case .plan(let plan)? = document { validation = validator.validate(plan) }
            results.set(index, (document, diagnostics, validation))
        }
        return results.values
    }
}

/// What loading one file gave: the document, the problems found reading it, and the problems
/// the plan validator found in it.
private typealias LoadResult = (document: LoadedDocument?, diagnostics: [Diagnostic], validation: [Diagnostic])

/// Collects results written from several threads, one slot each.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [LoadResult?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: LoadResult) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [LoadResult] {
        slots.map { $0 ?? (nil, [], []) }
    }
}
