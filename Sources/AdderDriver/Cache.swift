// The caches beside a source file, in `__adder_cache__/`:
// - NAME.adc, the bytecode, reused while the source is unchanged. A missing, foreign, corrupt or
//   stale file is ignored (with a note when it exists but is unusable) and rewritten.
// - NAME.jit, the JIT's object file: "ADDERJIT", a u64 key (FNV-1a of the program's IR text, the
//   code generation options and the compiler's fingerprint), a u64 checksum of the object (FNV-1a),
//   then the object. A file whose key or checksum does not match is recompiled and rewritten.
// A cache that cannot be written is silently skipped.
import AdderIR
import AdderLLVM
import AdderSyntax
import AdderVM
import Foundation

extension Driver {
    /// Where the cache file of a source file lives.
    func cachePath(for source: SourceFile) -> URL {
        let url = URL(fileURLWithPath: source.path)
        let name = url.deletingPathExtension().lastPathComponent + ".adc"
        return url.deletingLastPathComponent().appendingPathComponent("__adder_cache__").appendingPathComponent(name)
    }

    func readCache(for source: SourceFile) -> BytecodeModule? {
        let path = cachePath(for: source)
        guard let data = FileManager.default.contents(atPath: path.path) else { return nil }
        do {
            return try timer.measure("cache-load") {
                try CacheFile.decode([UInt8](data), source: source.bytes, compiler: compilerFingerprint,
                                     filename: source.displayPath)
            }
        } catch let error as CacheError {
            if error.message != "the source has changed" && error.message != "written by another build of Adder" {
                writeStandardError("adder: ignoring \(path.path): \(error.message); recompiling\n")
            }
            return nil
        } catch {
            return nil
        }
    }

    func writeCache(_ module: BytecodeModule, for source: SourceFile) {
        writeAtomically(CacheFile.encode(module, source: source.bytes, compiler: compilerFingerprint),
                        to: cachePath(for: source))
    }

    /// The JIT's object file cache for `ir`, compiled from `source` (nil with --no-cache).
    func jitObjectCache(for source: SourceFile, ir: IRModule) -> JITObjectCache? {
        guard options.useCache else { return nil }
        let path = cachePath(for: source).deletingPathExtension().appendingPathExtension("jit")
        let magic = Array("ADDERJIT".utf8)
        let settings = "\n-O\(options.optLevel) g\(options.debugInfo) generic\(options.genericCPU) \(compilerFingerprint)"
        let key = timer.measure("jit-cache-key") { CacheFile.hash(Array((ir.printed() + settings).utf8)) }
        func u64(_ bytes: ArraySlice<UInt8>) -> UInt64 {
            bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
        }
        func bytes(_ v: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        return JITObjectCache(
            load: {
                guard let data = FileManager.default.contents(atPath: path.path), data.count > 24 else { return nil }
                let file = [UInt8](data)
                guard Array(file[0..<8]) == magic, u64(file[8..<16]) == key else { return nil }
                let object = Array(file[24...])
                return CacheFile.hash(object) == u64(file[16..<24]) ? object : nil
            },
            store: { object in
                writeAtomically(magic + bytes(key) + bytes(CacheFile.hash(object)) + object, to: path)
            })
    }

    /// Write a cache file through a temporary and a rename, so that a reader sees all of it or none.
    private func writeAtomically(_ bytes: [UInt8], to path: URL) {
        let directory = path.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let temporary = directory.appendingPathComponent(".\(path.lastPathComponent).\(getpid()).tmp")
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, path.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            // An unwritable directory only costs the next run a compilation.
        }
    }
}

/// Identifies this build of the compiler: its executable's size and modification time.
let compilerFingerprint: UInt64 = {
    var info = stat()
    guard stat("/proc/self/exe", &info) == 0 else { return 0 }
    return UInt64(bitPattern: Int64(info.st_size)) &* 1_000_003 ^ UInt64(bitPattern: Int64(info.st_mtim.tv_sec))
        &* 31 ^ UInt64(bitPattern: Int64(info.st_mtim.tv_nsec))
}()
