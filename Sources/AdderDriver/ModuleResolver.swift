// Finding the Python modules a program imports, so they are compiled with it.
//
// `import name` and `from name import …` (at any depth of the program, absolute imports only)
// name modules. Modules built into the runtime (sys, math, builtins) are left to it; any other
// name is looked up as `name.py` in the script's directory, then in Adder's library directory
// (Python sources shipped with Adder). A module found is parsed and its own imports followed; a
// name found nowhere is left to the runtime, which raises ModuleNotFoundError when — and only if —
// the import runs, as CPython does.

import AdderSema
import AdderSyntax
import Foundation

/// A module compiled into the program.
struct ImportedModule {
    var name: String
    var source: SourceFile
    var tree: Module
    var scopes: ScopeTable
}

extension Driver {
    /// Modules the runtime provides itself.
    static let runtimeModules: Set<String> = ["builtins", "sys", "math"]

    /// The directories searched after the script's: $ADDER_LIB, then the `lib` directory beside the
    /// executable (the build tree and `make install` put Adder's Python library there).
    static var libraryDirectories: [String] {
        var dirs: [String] = []
        if let env = ProcessInfo.processInfo.environment["ADDER_LIB"] { dirs.append(env) }
        let exe = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                      ?? CommandLine.arguments[0]).deletingLastPathComponent()
        dirs.append(exe.appendingPathComponent("lib").path)
        dirs.append(exe.deletingLastPathComponent().appendingPathComponent("lib/adder").path)
        return dirs
    }

    /// Every module the program imports (transitively) that is found as a Python source file, in
    /// the order they were first imported.
    func importedModules(of tree: Module, source: SourceFile) throws -> [ImportedModule] {
        let scriptDirectory = URL(fileURLWithPath: source.path).deletingLastPathComponent().path
        let searchPath = [scriptDirectory] + Self.libraryDirectories
        var found: [ImportedModule] = []
        var seen: Set<String> = Self.runtimeModules
        var pending = ImportCollector.names(in: tree.body)
        while !pending.isEmpty {
            let name = pending.removeFirst()
            guard seen.insert(name).inserted else { continue }
            guard let path = searchPath.lazy.map({ "\($0)/\(name).py" })
                    .first(where: { FileManager.default.isReadableFile(atPath: $0) }) else { continue }
            let moduleSource = try load(path)
            let (moduleTree, scopes) = try checkedTree(moduleSource)
            found.append(ImportedModule(name: name, source: moduleSource, tree: moduleTree, scopes: scopes))
            pending += ImportCollector.names(in: moduleTree.body)
        }
        return found
    }
}

/// The top-level module names of a body's absolute imports, in order.
enum ImportCollector {
    static func names(in body: [Stmt]) -> [String] {
        var out: [String] = []
        for stmt in body { collect(stmt, &out) }
        return out
    }

    private static func collect(_ stmt: Stmt, _ out: inout [String]) {
        switch stmt.kind {
        case .import(let names):
            for alias in names where !alias.name.contains(".") { out.append(alias.name) }
        case .importFrom(let module?, _, 0) where !module.contains("."):
            out.append(module)
        case .functionDef(let def): def.body.forEach { collect($0, &out) }
        case .classDef(let def): def.body.forEach { collect($0, &out) }
        case .if(_, let body, let orelse), .while(_, let body, let orelse):
            (body + orelse).forEach { collect($0, &out) }
        case .for(let loop): (loop.body + loop.orelse).forEach { collect($0, &out) }
        case .with(let with): with.body.forEach { collect($0, &out) }
        case .try(let t):
            (t.body + t.orelse + t.finalbody + t.handlers.flatMap(\.body)).forEach { collect($0, &out) }
        case .match(_, let cases): cases.flatMap(\.body).forEach { collect($0, &out) }
        default: break
        }
    }
}
