/// What a file turned out to hold, recognised by its top-level key.
public enum LoadedDocument: Sendable {
    case plan(Plan)
    case progress(ProgressReport)
    case configuration(Configuration)
}
