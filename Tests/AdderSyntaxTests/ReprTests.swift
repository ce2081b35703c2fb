// Python's repr of constants, as ast.dump prints them.
import AdderSyntax
import XCTest

final class ReprTests: XCTestCase {
    func testFloatRepr() {
        let cases: [(Double, String)] = [
            (1.0, "1.0"), (0.1, "0.1"), (1e16, "1e+16"), (1e15, "1000000000000000.0"), (1e-5, "1e-05"),
            (0.0001, "0.0001"), (123456789.123, "123456789.123"), (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.5e-7, "2.5e-07"), (0.30000000000000004, "0.30000000000000004"), (.infinity, "inf"), (0.0, "0.0"),
            (1234567890123456.0, "1234567890123456.0"), (12345678901234567.0, "1.2345678901234568e+16"),
        ]
        for (value, text) in cases {
            XCTAssertEqual(PyRepr.float(value), text, "\(value)")
        }
    }

    func testComplexRepr() {
        XCTAssertEqual(PyRepr.constant(.imaginary(1)), "1j")
        XCTAssertEqual(PyRepr.constant(.imaginary(1.5)), "1.5j")
        XCTAssertEqual(PyRepr.constant(.imaginary(1e16)), "1e+16j")
        XCTAssertEqual(PyRepr.constant(.imaginary(0)), "0j")
        XCTAssertEqual(PyRepr.constant(.imaginary(.infinity)), "infj")
    }

    func testStringRepr() {
        func repr(_ s: String) -> String { PyRepr.constant(.str(Array(s.utf8))) }
        XCTAssertEqual(repr("abc"), "'abc'")
        XCTAssertEqual(repr("it's"), "\"it's\"")
        XCTAssertEqual(repr("both ' and \""), "'both \\' and \"'")
        XCTAssertEqual(repr("\t\n\r\\"), "'\\t\\n\\r\\\\'")
        XCTAssertEqual(repr("\u{7f}\u{80}\u{a0}é"), "'\\x7f\\x80\\xa0é'")
        XCTAssertEqual(repr("\u{2028}\u{1F600}\u{E000}"), "'\\u2028😀\\ue000'")
        // A lone surrogate, kept as WTF-8.
        XCTAssertEqual(PyRepr.constant(.str([0xED, 0xA0, 0x80])), "'\\ud800'")
    }

    func testBytesRepr() {
        XCTAssertEqual(PyRepr.constant(.bytes(Array("a'b".utf8))), "b\"a'b\"")
        XCTAssertEqual(PyRepr.constant(.bytes([0, 9, 0x41, 0x7f, 0xff])), "b'\\x00\\tA\\x7f\\xff'")
    }

    func testIntRepr() {
        XCTAssertEqual(PyRepr.constant(.int(-5)), "-5")
        XCTAssertEqual(PyRepr.constant(.bigInt("123456789012345678901234567890")), "123456789012345678901234567890")
    }

    func testHexLiteralsConvertToDecimal() throws {
        let module = try parseModule(SourceFile(path: "t.py", text: "x = 0xFFFFFFFFFFFFFFFFFFFF\n"))
        XCTAssertTrue(dumpAST(module).contains("Constant(value=1208925819614629174706175)"))
    }
}
