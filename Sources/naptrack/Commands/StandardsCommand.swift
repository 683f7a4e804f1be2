import ArgumentParser
import NaptrackReports
import NaptrackStandards

/// `naptrack standards`: lists the standards (built in, and rule packs in ./plugins or given with
/// `--rules`), or prints one standard's catalog.
struct StandardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standards",
        abstract: "List the standards plans can be checked against, or show one standard's requirements.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    /// `naptrack standards [list]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the standards: id, title, version, number of requirements and source (the default)."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, markdown, json
        }

        @Option(help: "Output format: text, markdown (the index of docs/standards) or json.")
        var format: Format = .text

        @OptionGroup var rules: RulesOptions

        func run() throws {
            let available = AvailableStandards.load(rules: rules.paths)
            available.reportProblems()
            let standards = available.registry.standards
            switch format {
            case .text: Output.write(CatalogRenderer.listText(standards))
            case .markdown: Output.write(CatalogRenderer.listMarkdown(standards))
            case .json: Output.write(try CatalogRenderer.listJSON(standards))
            }
            try ExitStatus.finish(with: ExitStatus.code(for: available.diagnostics, failOn: .error))
        }
    }

    /// `naptrack standards show ID`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print a standard's catalog: each requirement's id, reference, modality, the facts it reads, rationale and remedy.",
            discussion: """
                The Markdown form is the page kept in docs/standards/<id>.md; regenerate those pages \
                with scripts/generate-standard-docs.sh after changing a catalog.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, markdown, json
        }

        @Argument(help: "The standard's id, such as plan-quality.")
        var id: String

        @Option(help: "Output format: text, markdown or json.")
        var format: Format = .text

        @OptionGroup var rules: RulesOptions

        func run() throws {
            let available = AvailableStandards.load(rules: rules.paths)
            available.reportProblems()
            let registry = available.registry
            guard let standard = registry.standard(id) else {
                Output.writeError(ComplianceCheck.unknownStandardsMessage([id], registry: registry) ?? "")
                throw ExitCode(2)
            }
            switch format {
            case .text: Output.write(CatalogRenderer.catalogText(standard))
            case .markdown: Output.write(CatalogRenderer.catalogMarkdown(standard))
            case .json: Output.write(try CatalogRenderer.catalogJSON(standard))
            }
            try ExitStatus.finish(with: ExitStatus.code(for: available.diagnostics, failOn: .error))
        }
    }
}
