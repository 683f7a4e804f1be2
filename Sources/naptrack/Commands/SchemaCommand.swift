import ArgumentParser
import NaptrackCore

/// `naptrack schema`: prints the JSON Schema of a file format for editor completion.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the plan, progress, configuration or rule-pack format.",
        discussion: """
            Point a YAML language server at the schema to get completion and inline errors while \
            editing plans; the same files ship in docs/schema/.
            """
    )

    @Argument(help: "The format: plan, progress, config or pack.")
    var format: FormatSchema

    func run() throws {
        Output.write(format.json)
    }
}

extension FormatSchema: ExpressibleByArgument {}
