// The lexer: token kinds and CPython's token positions, and every error the lexer can stop with.
import AdderSyntax
import XCTest

final class LexerTests: XCTestCase {
    func kinds(_ text: String) throws -> [TokenKind] {
        try tokenize(SourceFile(path: "t.py", text: text)).map(\.kind)
    }

    func lexError(_ text: String) -> SyntaxError? {
        do {
            _ = try tokenize(SourceFile(path: "t.py", text: text))
            return nil
        } catch let error as SyntaxError {
            return error
        } catch {
            return nil
        }
    }

    func testSimpleStatement() throws {
        XCTAssertEqual(try kinds("x = 1\n"), [.name, .equal, .number, .newline, .endMarker])
    }

    func testKeywordsAndSoftKeywords() throws {
        XCTAssertEqual(try kinds("if not None: match\n"), [.kwIf, .kwNot, .kwNone, .colon, .name, .newline, .endMarker])
        XCTAssertEqual(try kinds("async await lambda\n"), [.kwAsync, .kwAwait, .kwLambda, .newline, .endMarker])
    }

    func testIndentationProducesIndentAndDedent() throws {
        XCTAssertEqual(try kinds("if x:\n    y\nz\n"),
                       [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .dedent, .name, .newline, .endMarker])
    }

    func testBlankAndCommentLinesDoNotAffectIndentation() throws {
        XCTAssertEqual(try kinds("if x:\n\n  # c\n    y\n"),
                       [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .dedent, .endMarker])
    }

    func testBracketsJoinLines() throws {
        XCTAssertEqual(try kinds("f(1,\n  2)\n"), [.name, .lpar, .number, .comma, .number, .rpar, .newline, .endMarker])
    }

    func testBackslashContinuation() throws {
        XCTAssertEqual(try kinds("x = 1 + \\\n  2\n"), [.name, .equal, .number, .plus, .number, .newline, .endMarker])
    }

    func testOperators() throws {
        XCTAssertEqual(try kinds("a **= b // c -> d := e ... f != g <> h\n"),
                       [.name, .doubleStarEqual, .name, .doubleSlash, .name, .rArrow, .name, .colonEqual, .name,
                        .ellipsis, .name, .notEqual, .name, .lessGreater, .name, .newline, .endMarker])
    }

    func testNumbers() throws {
        for text in ["0", "00", "0_0", "1_000", "0x_1f", "0O17", "0b1_0", "1.5", ".5", "5.", "1e5", "1E-5", "1_0.0_1e+1_0",
                     "3j", "1.5J", "0j"] {
            XCTAssertEqual(try kinds(text + "\n"), [.number, .newline, .endMarker], text)
        }
    }

    func testStringsWithPrefixes() throws {
        for text in ["'a'", "\"a\"", "'''a\nb'''", "r'\\\\'", "b'x'", "Rb'x'", "bR'x'", "f'{x}'", "rF'x'", "u'x'", "U\"x\""] {
            XCTAssertEqual(try kinds(text + "\n"), [.string, .newline, .endMarker], text)
        }
        XCTAssertEqual(try kinds("ub'x'\n"), [.name, .string, .newline, .endMarker])
    }

    func testTokenPositionsFollowCPython() throws {
        let tokens = try tokenize(SourceFile(path: "t.py", text: "x = '''a\nb'''  # c\n"))
        // The string spans two lines; the NEWLINE starts at the comment and ends at the newline.
        XCTAssertEqual(tokens[2].kind, .string)
        XCTAssertEqual([tokens[2].line, tokens[2].col, tokens[2].endLine, tokens[2].endCol], [1, 4, 2, 4])
        XCTAssertEqual(tokens[3].kind, .newline)
        XCTAssertEqual([tokens[3].col, tokens[3].endCol], [6, 9])
    }

    func testMissingFinalNewlineIsAdded() throws {
        XCTAssertEqual(try kinds("x"), [.name, .newline, .endMarker])
    }

    func testNonASCIIIdentifier() throws {
        XCTAssertEqual(try kinds("été = 1\n"), [.name, .equal, .number, .newline, .endMarker])
    }

    func testLexerErrors() {
        let cases: [(String, String, Int, Int)] = [
            ("x = 0x\n", "invalid hexadecimal literal", 1, 6),
            ("x = 0o8\n", "invalid digit '8' in octal literal", 1, 7),
            ("x = 0b\n", "invalid binary literal", 1, 6),
            ("x = 1_\n", "invalid decimal literal", 1, 6),
            ("x = 1abc\n", "invalid decimal literal", 1, 5),
            ("x = 1jx\n", "invalid imaginary literal", 1, 6),
            ("x = 012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
            ("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5),
            ("x = '''abc\n", "unterminated triple-quoted string literal (detected at line 1)", 1, 5),
            ("x = )\n", "unmatched ')'", 1, 5),
            ("x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6),
            ("x = (\n]\n", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1),
            ("x = a€\n", "invalid character '€' (U+20AC)", 1, 6),
            ("x = \u{1}\n", "invalid non-printable character U+0001", 1, 5),
            ("x = (\n", "'(' was never closed", 1, 5),
            ("x = 1 + \\ 2\n", "unexpected character after line continuation character", 1, 10),
            ("x = 1 + \\\n", "unexpected EOF while parsing", 1, 10),
            ("if x:\n        a\n    b\n", "unindent does not match any outer indentation level", 3, 6),
            ("if x:\n\ty\n        z\n", "inconsistent use of tabs and spaces in indentation", 3, 1),
            (String(repeating: "(", count: 201) + "\n", "too many nested parentheses", 1, 201),
        ]
        for (text, message, line, offset) in cases {
            guard let error = lexError(text) else {
                XCTFail("no error for \(text.debugDescription)")
                continue
            }
            XCTAssertEqual(error.message, message, text.debugDescription)
            XCTAssertEqual(error.lineno, line, text.debugDescription)
            XCTAssertEqual(error.offset, offset, text.debugDescription)
        }
    }

    func testIndentationErrorKinds() {
        XCTAssertEqual(lexError("if x:\n        a\n    b\n")?.kind, .indentationError)
        XCTAssertEqual(lexError("if x:\n\ty\n        z\n")?.kind, .tabError)
        var deep = ""
        for i in 0..<101 { deep += String(repeating: " ", count: i) + "if x:\n" }
        deep += String(repeating: " ", count: 101) + "pass\n"
        XCTAssertEqual(lexError(deep)?.message, "too many levels of indentation")
    }
}
