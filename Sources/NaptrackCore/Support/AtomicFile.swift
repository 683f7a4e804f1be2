#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be written; the file named is left as it was.
public struct AtomicWriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot write \(path): \(reason)" }
}

/// The file-system steps an atomic write is made of. The writer calls them in order; tests
/// supply their own to make a write fail, or stop dead, between any two steps.
public protocol FileWriteSteps: Sendable {
    /// Creates `path`, which must not exist yet, with `permissions`, writes `bytes` to it and
    /// flushes them to the disk before returning.
    func createAndSync(_ path: String, bytes: [UInt8], permissions: UInt32) throws(AtomicWriteError)
    /// Renames `source` to `destination`, replacing it in one step.
    func rename(_ source: String, to destination: String) throws(AtomicWriteError)
    /// Flushes a directory's entries, so that a rename survives a power cut.
    func syncDirectory(_ path: String) throws(AtomicWriteError)
    /// Removes `path` if it exists; used to clean up after a failed write.
    func remove(_ path: String)
    /// The permission bits of an existing file, or `nil` when there is none.
    func permissions(of path: String) -> UInt32?
}

/// Writes a file so that readers, and the file after a crash, see either the old content or the
/// new, never a mixture: the bytes go to a hidden temporary file in the same directory, are
/// flushed to the disk, and the temporary file is then renamed over the target.
///
/// The temporary name starts with a dot and ends in `.tmp`, so a leftover from a killed process is
/// never read as a plan or progress file.
public struct AtomicFileWriter: Sendable {
    public var steps: any FileWriteSteps

    public init(steps: any FileWriteSteps = SystemFileWriteSteps()) {
        self.steps = steps
    }

    /// Replaces (or creates) the file at `path` with `bytes`. An existing file keeps its permissions.
    public func write(_ bytes: [UInt8], to path: String) throws(AtomicWriteError) {
        let (directory, name) = Self.split(path)
        let temporary = directory + "/." + name + "." + String(UInt64.random(in: 0...UInt64.max), radix: 16) + ".tmp"
        let permissions = steps.permissions(of: path) ?? 0o644
        do {
            try steps.createAndSync(temporary, bytes: bytes, permissions: permissions)
            try steps.rename(temporary, to: path)
        } catch {
            steps.remove(temporary)
            throw AtomicWriteError(path: path, reason: error.reason)
        }
        try steps.syncDirectory(directory)
    }

    /// The directory (`.` when there is none) and the last component of `path`.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }
}

/// The real file-system steps, through POSIX calls.
public struct SystemFileWriteSteps: FileWriteSteps {
    public init() {}

    public func createAndSync(_ path: String, bytes: [UInt8], permissions: UInt32) throws(AtomicWriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(permissions))
        guard descriptor >= 0 else { throw Self.error(path) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                writeBytes(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw Self.error(path)
            }
            written += result
        }
        guard fsync(descriptor) == 0 else { throw Self.error(path) }
    }

    public func rename(_ source: String, to destination: String) throws(AtomicWriteError) {
        guard renameFile(source, destination) == 0 else { throw Self.error(destination) }
    }

    public func syncDirectory(_ path: String) throws(AtomicWriteError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.error(path) }
        defer { close(descriptor) }
        // Some file systems cannot sync a directory; the rename itself has already happened.
        if fsync(descriptor) != 0, errno != EINVAL, errno != EBADF { throw Self.error(path) }
    }

    public func remove(_ path: String) {
        unlink(path)
    }

    public func permissions(of path: String) -> UInt32? {
        var information = stat()
        guard stat(path, &information) == 0 else { return nil }
        return UInt32(information.st_mode) & 0o7777
    }

    private static func error(_ path: String) -> AtomicWriteError {
        AtomicWriteError(path: path, reason: String(cString: strerror(errno)))
    }
}

/// POSIX `write`, named apart from members that would shadow it.
private func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

/// POSIX `rename`, named apart from ``SystemFileWriteSteps/rename(_:to:)``.
private func renameFile(_ source: String, _ destination: String) -> Int32 {
    rename(source, destination)
}
