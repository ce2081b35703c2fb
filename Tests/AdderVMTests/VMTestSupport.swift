// Helpers shared by the VM tests: compiling Python snippets and corpus programs to IR and bytecode
// with the real front end and pass pipeline, and picking one function's disassembly.

import Foundation
import XCTest
import AdderIR
import AdderSema
import AdderSyntax
@testable import AdderVM

/// The repository root (this file is Tests/AdderVMTests/VMTestSupport.swift).
let repositoryRoot: String = {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}()

struct VMTestFailure: Error, CustomStringConvertible {
    var description: String
}

/// Parse, check, lower and run the standard pipeline (verifying after every pass).
func compileIR(_ source: String, filename: String = "t.py") throws -> IRModule {
    let file = SourceFile(path: filename, text: source)
    let tree = try parseModule(file)
    if let error = checkCompileErrors(tree, source: file) { throw VMTestFailure(description: error.formatted()) }
    let module = try Lowering.lower(tree, scopes: try ScopeTable.analyze(tree), filename: filename)
    try Pipeline(verify: true).run(module)
    return module
}

/// The bytecode of a snippet, as `adder dump bytecode` shows it.
func compileBytecode(_ source: String, filename: String = "t.py") throws -> BytecodeModule {
    BytecodeModule(try compileIR(source, filename: filename))
}

/// The corpus programs (Tests/Programs/**/*.py), sorted.
func corpusPrograms() -> [String] {
    let root = repositoryRoot + "/Tests/Programs"
    guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
    return walker.compactMap { $0 as? String }
        .filter { $0.hasSuffix(".py") && !$0.contains("__adder_cache__") }
        .sorted()
        .map { root + "/" + $0 }
}

/// The IR of every corpus program that compiles (programs that are meant to fail to compile
/// are skipped). Computed once per test process: tests must not modify these modules.
func corpusIR() throws -> [(path: String, module: IRModule)] {
    if let cached = cachedCorpus { return cached }
    let compiled: [(path: String, module: IRModule)] = try corpusPrograms().compactMap { path in
        let source = try String(contentsOfFile: path, encoding: .utf8)
        guard let module = try? compileIR(source, filename: path) else { return nil }
        return (path, module)
    }
    cachedCorpus = compiled
    return compiled
}

nonisolated(unsafe) private var cachedCorpus: [(path: String, module: IRModule)]?

extension BytecodeModule {
    /// The disassembly of one function (its `function N qualname` paragraph).
    func disassembly(of qualname: String) throws -> String {
        guard let index = functions.firstIndex(where: { $0.qualname == qualname }) else {
            throw VMTestFailure(description: "no function \(qualname)")
        }
        let paragraphs = disassembled().components(separatedBy: "\n\n")
        guard let text = paragraphs.first(where: { $0.hasPrefix("function \(index) \(qualname) ") }) else {
            throw VMTestFailure(description: "no disassembly for \(qualname)")
        }
        return text + "\n"
    }

    /// The index of the function with this qualname.
    func function(_ qualname: String) throws -> BytecodeFunction {
        guard let f = functions.first(where: { $0.qualname == qualname }) else {
            throw VMTestFailure(description: "no function \(qualname)")
        }
        return f
    }
}

/// Compare two multi-line texts and report the first line that differs.
func assertSameText(_ actual: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    guard actual != expected else { return }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(a.count, e.count) {
        let al = i < a.count ? String(a[i]) : "<missing>"
        let el = i < e.count ? String(e[i]) : "<missing>"
        if al != el {
            XCTFail("line \(i + 1) differs:\n  expected: \(el)\n  actual:   \(al)\n--- actual text ---\n\(actual)",
                    file: file, line: line)
            return
        }
    }
}
