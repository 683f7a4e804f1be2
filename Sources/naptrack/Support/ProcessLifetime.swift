/// Values a command keeps until the process exits.
///
/// A command's last step is to exit. Freeing a model of a hundred thousand activities object by
/// object just before that took a tenth of `naptrack validate`'s time on one core; kept, the
/// memory goes back to the system at once when the process ends. Only for values a command is
/// done with and that hold nothing to close or flush.
enum ProcessLifetime {
    private final class Holder {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    /// Keeps `value` (and everything it refers to) alive until the process exits.
    static func keep(_ value: Any) {
        _ = Unmanaged.passRetained(Holder(value))
    }
}
