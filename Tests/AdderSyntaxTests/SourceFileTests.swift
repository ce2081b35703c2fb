// Reading source files: encodings, byte-order marks, newlines, NUL bytes, and the error report format.
import AdderSyntax
import XCTest

final class SourceFileTests: XCTestCase {
    func testNewlinesAreNormalized() {
        let file = SourceFile(path: "t.py", contents: Array("a\r\nb\rc".utf8))
        XCTAssertEqual(String(decoding: file.bytes, as: UTF8.self), "a\nb\nc\n")
        XCTAssertEqual(file.lineCount, 3)
        XCTAssertEqual(file.lineText(2), "b\n")
    }

    func testLatin1Cookie() throws {
        let file = SourceFile(path: "t.py", contents: Array("# -*- coding: latin-1 -*-\nx = '".utf8) + [0xE9] + Array("'\n".utf8))
        XCTAssertNil(file.loadError)
        XCTAssertTrue(dumpAST(try parseModule(file)).contains("'é'"))
    }

    func testSingleByteCodecCookie() throws {
        let file = SourceFile(path: "t.py", contents: Array("# coding: cp1251\nx = '".utf8) + [0xC0] + Array("'\n".utf8))
        XCTAssertTrue(dumpAST(try parseModule(file)).contains("'А'"))
    }

    func testUnknownCookie() {
        let file = SourceFile(path: "t.py", text: "# coding: nope\nx = 1\n")
        XCTAssertEqual(file.loadError?.message, "encoding problem: nope")
        XCTAssertEqual(file.loadError?.formatted(), "SyntaxError: encoding problem: nope\n")
    }

    func testByteOrderMark() throws {
        let file = SourceFile(path: "t.py", contents: [0xEF, 0xBB, 0xBF] + Array("x = 1\n".utf8))
        XCTAssertNil(file.loadError)
        XCTAssertTrue(dumpAST(try parseModule(file), includeAttributes: true).contains("col_offset=0"))
        let bad = SourceFile(path: "t.py", contents: [0xEF, 0xBB, 0xBF] + Array("# coding: latin-1\n".utf8))
        XCTAssertEqual(bad.loadError?.message, "encoding problem: latin-1 with BOM")
    }

    func testInvalidUTF8() {
        let file = SourceFile(path: "t.py", contents: Array("x = 1\ny = '".utf8) + [0xFF] + Array("'\n".utf8))
        XCTAssertEqual(file.readError?.message,
                       "Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details")
    }

    func parseError(_ contents: [UInt8]) -> SyntaxError? {
        do {
            _ = try parseModule(SourceFile(path: "t.py", contents: contents))
            return nil
        } catch {
            return error as? SyntaxError
        }
    }

    func testNulByteIsReportedWhenItsLineIsRead() {
        let error = parseError(Array("x = 1\0\n".utf8))
        XCTAssertEqual(error?.formatted(), "  File \"t.py\", line 1\n    x = 1\nSyntaxError: source code cannot contain null bytes\n")
        // An error that stops CPython before it reads that line wins.
        XCTAssertEqual(parseError(Array("  x = 1\ny = 2\0\n".utf8))?.message, "unexpected indent")
        XCTAssertEqual(parseError(Array("  x = 1\ny = '".utf8) + [0xFF] + Array("'\n".utf8))?.message, "unexpected indent")
        // A later generic error does not: CPython reads on and finds the NUL byte.
        XCTAssertEqual(parseError(Array("x = = 1\ny = 2\0\n".utf8))?.message, "source code cannot contain null bytes")
    }

    func testFormattedErrorStripsIndentationAndDrawsCarets() {
        let error = SyntaxError(kind: .syntaxError, message: "m", filename: "f.py", lineno: 3, offset: 7,
                                text: "    abc def\n", endLineno: 3, endOffset: 10)
        XCTAssertEqual(error.formatted(), "  File \"f.py\", line 3\n    abc def\n      ^^^\nSyntaxError: m\n")
    }

    func testIndentationErrorsUnderlineOneCharacter() {
        let error = SyntaxError(kind: .indentationError, message: "m", filename: "f.py", lineno: 1, offset: 1,
                                text: "pass\n", endLineno: 1, endOffset: 5)
        XCTAssertEqual(error.formatted(), "  File \"f.py\", line 1\n    pass\n    ^\nIndentationError: m\n")
    }

    func testCaretLeftOfTextIsOmitted() {
        let error = SyntaxError(kind: .indentationError, message: "unexpected indent", filename: "f.py", lineno: 2,
                                offset: 2, text: "  y = 2\n", endLineno: 2, endOffset: -1)
        XCTAssertEqual(error.formatted(), "  File \"f.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n")
    }

    func testMultiLineRangeIsClippedToFirstLine() {
        let error = SyntaxError(kind: .syntaxError, message: "m", filename: "f.py", lineno: 2, offset: 3,
                                text: "  1 +\n", endLineno: 3, endOffset: 6)
        XCTAssertEqual(error.formatted(), "  File \"f.py\", line 2\n    1 +\n    ^^^\nSyntaxError: m\n")
    }

    func testLongLinesShowTheirLastChunk() {
        let line = String(repeating: "a", count: 1200) + "\n"
        let file = SourceFile(path: "t.py", text: line)
        XCTAssertEqual(file.reportedLineText(1).utf8.count, 1201 - 999)
    }
}
