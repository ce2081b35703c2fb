// Linking a native executable: the object file from LLVM, the runtime archive, and the libraries the
// runtime needs, linked by the system C compiler. `cc` is spawned with an argument vector (no
// shell), temporaries come from mkstemp and are removed afterwards.

import Foundation
import Glibc

public enum NativeLinker {
    /// The libraries libadder_rt.a needs.
    static let libraries = ["-lgc", "-lgmp", "-lm", "-lutf8proc", "-lpthread", "-lpcre2-8", "-lpcre2-32"]

    /// Where the runtime archive is: beside the `adder` executable (the build tree and `make
    /// install` both put it there), or in ../lib/adder.
    public static func runtimeArchive() throws -> String {
        let exe = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                      ?? CommandLine.arguments[0])
        let directory = exe.deletingLastPathComponent()
        let candidates = [directory.appendingPathComponent("libadder_rt.a").path,
                          directory.deletingLastPathComponent().appendingPathComponent("lib/adder/libadder_rt.a").path]
        for path in candidates where FileManager.default.isReadableFile(atPath: path) { return path }
        throw BackendError("cannot find the runtime archive libadder_rt.a (looked in \(candidates.joined(separator: ", "))); run `make` to build it")
    }

    /// The C compiler: $CC, else `cc` on the PATH.
    static func compiler() throws -> String {
        let name = ProcessInfo.processInfo.environment["CC"] ?? "cc"
        if name.contains("/") {
            if FileManager.default.isExecutableFile(atPath: name) { return name }
        } else {
            for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
                let path = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        throw BackendError("cannot find the C compiler '\(name)' needed to link (install gcc, or set CC)")
    }

    /// Write `object` to a temporary file and link it into `output`.
    public static func link(object: [UInt8], output: String) throws {
        let archive = try runtimeArchive()
        let cc = try compiler()
        let objectPath = try temporaryFile(suffix: ".o", contents: object)
        defer { unlink(objectPath) }
        let arguments = [cc, "-o", output, objectPath, archive] + libraries
        let status = try spawn(arguments)
        guard status == 0 else { throw BackendError("linking failed: \(cc) exited with status \(status)") }
    }

    /// A new file from mkstemp with the given contents; returns its path.
    static func temporaryFile(suffix: String, contents: [UInt8]) throws -> String {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        var template = Array("\(directory)/adder-XXXXXX\(suffix)".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, Int32(suffix.utf8.count)) }
        guard fd >= 0 else { throw BackendError("cannot create a temporary file in \(directory)") }
        defer { close(fd) }
        let path = String(cString: template.map { CChar($0) })
        var offset = 0
        while offset < contents.count {
            let n = contents[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else {
                unlink(path)
                throw BackendError("cannot write \(path)")
            }
            offset += n
        }
        return path
    }

    /// Run a program with an argument vector and wait for it.
    static func spawn(_ arguments: [String]) throws -> Int32 {
        fflush(nil)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], nil, nil, &argv, environ)
        guard result == 0 else { throw BackendError("cannot run \(arguments[0]): \(String(cString: strerror(result)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if status & 0x7F != 0 { return 128 + (status & 0x7F) }
        return (status >> 8) & 0xFF
    }
}
