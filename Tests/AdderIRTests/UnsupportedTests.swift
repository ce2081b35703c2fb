// Constructs Adder does not implement yet are compile-time errors that name the construct and its
// line, never a crash or a wrong answer at run time.

import AdderIR
import XCTest

final class UnsupportedTests: XCTestCase {
    private func assertUnsupported(_ source: String, _ message: String, line: Int,
                                   file: StaticString = #filePath, testLine: UInt = #line) {
        XCTAssertThrowsError(try lowerPython(source), file: file, line: testLine) { error in
            guard let error = error as? LoweringError else {
                return XCTFail("expected a LoweringError, got \(error)", file: file, line: testLine)
            }
            XCTAssertEqual(error.message, message, file: file, line: testLine)
            XCTAssertEqual(Int(error.range.lineno), line, file: file, line: testLine)
            XCTAssertFalse(error.isSyntaxError, file: file, line: testLine)
        }
    }

    func testAsyncConstructs() {
        assertUnsupported("x = 1\nasync def f():\n    pass\n", "'async def' is not supported yet", line: 2)
        assertUnsupported("try:\n    pass\nexcept* ValueError:\n    pass\n", "'except*' is not supported yet", line: 3)
    }

    func testImportsOfUnsupportedForms() {
        assertUnsupported("from . import x\n", "relative imports are not supported yet", line: 1)
        assertUnsupported("from math import *\n", "'from … import *' is not supported yet", line: 1)
    }

    func testMissingBuiltinsAreNamed() {
        assertUnsupported("print(1)\nprint(eval('1 + 1'))\n", "the builtin 'eval' is not supported yet", line: 2)
        assertUnsupported("def f():\n    return globals()\n", "the builtin 'globals' is not supported yet", line: 2)
        assertUnsupported("class C:\n    x = exec\n", "the builtin 'exec' is not supported yet", line: 2)
    }

    func testProgramsMayBindThoseNamesThemselves() throws {
        _ = try lowerPython("def eval(s):\n    return s\nprint(eval('x'))\n")
        _ = try lowerPython("def f():\n    global compile\n    compile = 1\nprint(compile)\n")
        _ = try lowerPython("from re import compile\ncompile('a')\n")
        _ = try lowerPython("def f(locals):\n    return locals\n")
    }
}
