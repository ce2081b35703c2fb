// Helpers shared by the IR tests: lowering Python snippets through the real front end, parsing IR
// text, running chosen passes, and printing one function so that a test can assert on exactly the
// IR it cares about.
//
// Tests prefer text over hand-built data structures: IR text is what `adder dump ir` shows, so a
// failing assertion prints something a reader can compare by eye.

import XCTest
@testable import AdderIR
import AdderSema
import AdderSyntax

/// The repository root (this file is Tests/AdderIRTests/IRTestSupport.swift).
let repositoryRoot: String = {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}()

/// Errors a test helper reports instead of trapping.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
}

/// Parse, check, analyze scopes and lower a Python snippet; nothing else runs.
func lowerPython(_ source: String, filename: String = "t.py") throws -> IRModule {
    let file = SourceFile(path: filename, text: source)
    let tree = try parseModule(file)
    if let error = checkCompileErrors(tree, source: file) { throw TestFailure(description: error.formatted()) }
    let scopes = try ScopeTable.analyze(tree)
    return try Lowering.lower(tree, scopes: scopes, filename: filename)
}

/// Lower a snippet and run a pipeline over it with the verifier on after every pass. `passes`
/// defaults to the standard pipeline; `stopAfter` stops after the first pass of that name.
func compilePython(_ source: String, passes: [IRPass] = Pipeline.standardPasses,
                   stopAfter: String? = nil) throws -> IRModule {
    let module = try lowerPython(source)
    try Verifier.verify(module)
    try Pipeline(passes: passes, verify: true).run(module, stopAfter: stopAfter)
    return module
}

/// Run passes over a module parsed from IR text, verifying before and after each.
func runPasses(_ passes: [IRPass], on text: String) throws -> IRModule {
    let module = try IRParser.parse(text)
    try Verifier.verify(module)
    try Pipeline(passes: passes, verify: true).run(module)
    return module
}

extension IRModule {
    /// The index of the function with this qualname (the module body is `<module>`).
    func index(of qualname: String) throws -> Int {
        guard let i = functions.firstIndex(where: { $0.qualname == qualname }) else {
            throw TestFailure(description: "no function \(qualname) in \(functions.map(\.qualname))")
        }
        return i
    }

    /// The function with this qualname.
    func function(_ qualname: String) throws -> IRFunction {
        functions[try index(of: qualname)]
    }

    /// The printed text of one function.
    func printed(_ qualname: String) throws -> String {
        let i = try index(of: qualname)
        return print(functions[i], index: i)
    }

    /// The printed text of one function, or why there is none (for assertion messages).
    func dump(_ qualname: String) -> String {
        (try? printed(qualname)) ?? "<no function \(qualname)>"
    }

    /// Every instruction of every function with this opcode.
    func instructions(_ op: Opcode, in qualname: String) throws -> [Instruction] {
        try function(qualname).blocks.flatMap { $0.instructions.filter { $0.op == op } }
    }
}

/// Asserts that `body` throws a verifier error whose message contains `fragment`.
func assertVerifierError(_ fragment: String, file: StaticString = #filePath, line: UInt = #line,
                         _ body: () throws -> Void) {
    do {
        try body()
        XCTFail("no verifier error; expected one containing \"\(fragment)\"", file: file, line: line)
    } catch let error as VerifierError {
        XCTAssert(error.message.contains(fragment), "verifier said \"\(error.message)\", expected \"\(fragment)\"",
                  file: file, line: line)
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
}

/// Asserts that IR text parses and fails verification with a message containing `fragment`.
func assertRejected(_ fragment: String, _ text: String, file: StaticString = #filePath, line: UInt = #line) {
    assertVerifierError(fragment, file: file, line: line) {
        try Verifier.verify(try IRParser.parse(text))
    }
}

/// Asserts that IR text parses and verifies.
func assertAccepted(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    do {
        try Verifier.verify(try IRParser.parse(text))
    } catch {
        XCTFail("\(error)", file: file, line: line)
    }
}

/// Compare two multi-line texts and report the first line that differs (XCTAssertEqual on long
/// strings prints both in full, which hides the difference).
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

/// A module (globals `g`) with one function `f` wrapped around a body of blocks, for short verifier
/// and pass tests; `signature`, `free` and `slots` fill the parentheses of the `func` line.
func irModule(_ blocks: String, signature: String = "", free: String = "", slots: String = "",
              globals: String = "g", extraFunctions: String = "") -> String {
    """
    module "t.py"
    globals (\(globals))

    func fn0 "f" qualname "f" line 1 (\(signature)) free (\(free)) slots (\(slots)) {
    \(blocks)
    }
    \(extraFunctions)
    """
}
