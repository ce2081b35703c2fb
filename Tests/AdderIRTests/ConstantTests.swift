// Constants in the IR text: each kind prints in a form that reads back to the identical constant
// (floats by bit pattern, so -0.0 and 0.0 stay apart; strs and bytes byte for byte, lone
// surrogates included), and the constants of real Python literals survive lowering, printing and
// parsing.

import XCTest
@testable import AdderIR

final class ConstantTests: XCTestCase {
    // MARK: - Printed forms

    func testSimpleConstantsPrint() {
        XCTAssertEqual(IRConstant.none.printed, "None")
        XCTAssertEqual(IRConstant.true.printed, "True")
        XCTAssertEqual(IRConstant.false.printed, "False")
        XCTAssertEqual(IRConstant.ellipsis.printed, "Ellipsis")
        XCTAssertEqual(IRConstant.int(-42).printed, "-42")
        XCTAssertEqual(IRConstant.int(Int64.min).printed, "-9223372036854775808")
    }

    func testBigIntsPrintAsDecimal() {
        XCTAssertEqual(IRConstant.bigInt("1267650600228229401496703205376").printed, "1267650600228229401496703205376")
        XCTAssertEqual(IRConstant.bigInt("-99999999999999999999999").printed, "-99999999999999999999999")
    }

    func testFloatsAlwaysLookLikeFloats() {
        XCTAssertEqual(IRConstant.float(1e16).printed, "1e+16")
        XCTAssertEqual(IRConstant.float(1.0).printed, "1.0")
        XCTAssertEqual(IRConstant.float(0.1).printed, "0.1")
        XCTAssertEqual(IRConstant.float(-0.0).printed, "-0.0")
        XCTAssertEqual(IRConstant.float(.infinity).printed, "inf")
        XCTAssertEqual(IRConstant.float(-.infinity).printed, "-inf")
        XCTAssertEqual(IRConstant.float(.nan).printed, "nan")
        XCTAssertEqual(IRConstant.imaginary(2.0).printed, "2.0j")
        XCTAssertEqual(IRConstant.imaginary(.infinity).printed, "infj")
    }

    func testStringsEscapeEverythingOutsidePrintableASCII() {
        let s = IRConstant.string("a\"b\\c\n\t\r\u{0}\u{7f}é😀 ~")
        XCTAssertEqual(s.printed, #""a\"b\\c\n\t\r\x00\x7f\u{e9}\u{1f600} ~""#)
        // A lone surrogate (WTF-8 ED A0 80) prints as its code point.
        XCTAssertEqual(IRConstant.str([0x61, 0xED, 0xA0, 0x80]).printed, #""a\u{d800}""#)
    }

    func testBytesPrintWithHexEscapes() {
        XCTAssertEqual(IRConstant.bytes([0x00, 0x41, 0x22, 0x5C, 0x7F, 0x80, 0xFF]).printed, #"b"\x00A\"\\\x7f\x80\xff""#)
    }

    func testContainersPrintLikePython() {
        XCTAssertEqual(IRConstant.tuple([]).printed, "()")
        XCTAssertEqual(IRConstant.tuple([.int(1)]).printed, "(1,)")
        XCTAssertEqual(IRConstant.tuple([.tuple([.int(1), .string("a")]), .tuple([])]).printed, #"((1, "a"), ())"#)
        XCTAssertEqual(IRConstant.frozenset([]).printed, "frozenset()")
        XCTAssertEqual(IRConstant.frozenset([.int(3), .int(1)]).printed, "frozenset(3, 1)")
    }

    // MARK: - Reading back

    func testEveryKindReadsBackIdentically() throws {
        let constants: [IRConstant] = [
            .none, .true, .false, .ellipsis,
            .int(0), .int(-1), .int(Int64.max), .int(Int64.min),
            .bigInt("9223372036854775808"), .bigInt("-9223372036854775809"),
            .bigInt("1606938044258990275541962092341162602522202993782792835301376"),
            .float(0.0), .float(-0.0), .float(1e16), .float(1e-7), .float(123456789.125), .float(5e-324),
            .float(1.7976931348623157e308), .float(.infinity), .float(-.infinity), .float(0.1 + 0.2),
            .imaginary(1.0), .imaginary(-0.0), .imaginary(1e300), .imaginary(.infinity),
            .string(""), .string("plain"), .string("quote \" backslash \\ newline \n tab \t cr \r nul \u{0}"),
            .string("\u{7f}\u{80}\u{ff}\u{100}\u{ffff}\u{10000}\u{10ffff}"),
            .str([0xED, 0xA0, 0x80]), .str([0xED, 0xBF, 0xBF, 0x61, 0xED, 0xB0, 0x80]),
            .bytes([]), .bytes(Array("plain \"q\" \\".utf8)), .bytes([0x00, 0x0A, 0x1F, 0x7F]),
            .tuple([]), .tuple([.int(1)]), .tuple([.tuple([.tuple([.none])]), .string("x"), .float(-0.0)]),
            .frozenset([]), .frozenset([.int(1), .int(2), .string("a")]),
            .tuple([.frozenset([.int(1)]), .frozenset([])]),
        ]
        for c in constants {
            XCTAssertEqual(try readBack(c), c, "constant \(c.printed)")
        }
    }

    func testNaNReadsBackAsNaN() throws {
        guard case .float(let d) = try readBack(.float(.nan)) else { return XCTFail("not a float") }
        XCTAssert(d.isNaN)
        guard case .imaginary(let i) = try readBack(.imaginary(.nan)) else { return XCTFail("not imaginary") }
        XCTAssert(i.isNaN)
    }

    func testBytesOutsideASCIIReadBackIdentically() throws {
        // b"\x80\xff" must stay two bytes; the parser must not re-encode escapes as UTF-8.
        XCTAssertEqual(try readBack(.bytes([0x80, 0xFF])), .bytes([0x80, 0xFF]))
        XCTAssert(try readBack(.bytes(Array(0...255))) == .bytes(Array(0...255)), "the 256 byte values")
    }

    func testZeroAndNegativeZeroAreDifferentPoolEntries() {
        let module = IRModule(filename: "t.py")
        XCTAssertNotEqual(module.constant(.float(0.0)), module.constant(.float(-0.0)))
        XCTAssertEqual(module.constant(.float(-0.0)), module.constant(.float(-0.0)))
        XCTAssertNotEqual(module.constant(.int(1)), module.constant(.float(1.0)))
        XCTAssertNotEqual(module.constant(.int(1)), module.constant(.true))
    }

    // MARK: - Python literals through the pipeline

    func testLiteralsOfAProgramSurviveTheTextForm() throws {
        let module = try compilePython("""
        a = 2 ** 100
        b = -(2 ** 100)
        c = 123456789012345678901234567890
        d = 1e16
        e = -0.0
        f = 1e309
        g = "tab\\tquote\\"\\ud800 é 😀"
        h = b"\\x00\\x7f"
        i = ((1, 2), (), ("a",), (None, True, False, ...))
        j = 3 in {1, 2, 3}
        k = 2j
        """)
        let constants = Set(module.constants)
        XCTAssert(constants.contains(.bigInt("1267650600228229401496703205376")) || constants.contains(.int(2)),
                  "2 ** 100 folded or not")
        XCTAssert(constants.contains(.bigInt("123456789012345678901234567890")))
        XCTAssert(constants.contains(.float(1e16)))
        XCTAssert(constants.contains(.float(.infinity)))
        XCTAssert(constants.contains(.str(Array("tab\tquote\"".utf8) + [0xED, 0xA0, 0x80] + Array(" é 😀".utf8))))
        XCTAssert(constants.contains(.bytes([0x00, 0x7F])))
        XCTAssert(constants.contains(.imaginary(2.0)))
        XCTAssert(constants.contains { if case .frozenset = $0 { return true } else { return false } },
                  "`in {1, 2, 3}` uses a frozenset constant, as CPython does")
        let reparsed = try IRParser.parse(module.printed())
        assertSameText(reparsed.printed(), module.printed())
        for c in module.constants {
            XCTAssert(reparsed.constants.contains(c), "\(c.printed) lost in the text form")
        }
    }

    // MARK: - Helpers

    /// Print a constant in a `const` instruction, parse the module back, and return the constant.
    private func readBack(_ c: IRConstant) throws -> IRConstant {
        let text = irModule("""
        bb0:
          %0 = const \(c.printed) !1
          return %0 !1
        """)
        let module = try IRParser.parse(text)
        let instruction = module.functions[0].blocks[0].instructions[0]
        return module.constants[Int(instruction.imm)]
    }
}
