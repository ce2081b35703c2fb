// The bytecode cache: `__adder_cache__/NAME.adc` beside the source, reused while the source is
// unchanged. A missing, foreign, corrupt or stale file is ignored (with a note when it exists but is
// unusable) and rewritten; a cache that cannot be written is silently skipped.
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
        let path = cachePath(for: source)
        let bytes = CacheFile.encode(module, source: source.bytes, compiler: compilerFingerprint)
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
