// Unit tests of the numbers part of the runtime (int, bool, float, complex, the math module),
// through the C API. Every expected text comes from CPython 3.11: the focused tests below were
// checked by hand, and the table at the end was produced by running the same operations in
// python3 on random and edge-case operands.
import AdderRuntime
import Foundation
import XCTest

final class NumberTests: RuntimeTestCase {
    // MARK: - Helpers

    /// The value of a type object (to call it).
    private func typeValue(_ type: UnsafeMutablePointer<AdType>) -> AdValue {
        return AdValue(UInt(bitPattern: type))
    }

    /// The address of a static object as a value.
    private func value<T>(_ p: UnsafeMutablePointer<T>) -> AdValue { AdValue(UInt(bitPattern: p)) }

    private var trueValue: AdValue { value(&ad_True) }
    private var falseValue: AdValue { value(&ad_False) }
    private var none: AdValue { value(&ad_None) }

    /// An int from decimal digits (any size).
    private func big(_ digits: String) -> AdValue {
        return digits.withCString { ad_int_from_decimal($0) }
    }

    private func tuple(_ items: [AdValue]) -> AdValue {
        return items.withUnsafeBufferPointer { ad_tuple_from_array($0.baseAddress, $0.count) }
    }

    /// `callable(*args, **kwargs)`.
    private func invoke(_ callable: AdValue, _ args: [AdValue], _ kwargs: [(String, AdValue)] = []) -> AdValue {
        let all = args + kwargs.map { $0.1 }
        let kwnames: AdValue = kwargs.isEmpty ? 0 : tuple(kwargs.map { ad_str_intern_cstr($0.0) })
        return all.withUnsafeBufferPointer { ad_call(callable, $0.baseAddress, args.count, kwnames) }
    }

    private func builtin(_ name: String) -> AdValue {
        let v = ad_builtin_lookup(ad_str_intern_cstr(name))
        XCTAssertNotEqual(v, 0, "no builtin \(name)")
        return v
    }

    private lazy var math: AdValue = ad_import(ad_str_intern_cstr("math"))

    /// `math.name(*args)`.
    private func mathCall(_ name: String, _ args: AdValue...) -> AdValue {
        let f = ad_getattr(math, ad_str_intern_cstr(name))
        return f == 0 ? 0 : invoke(f, args)
    }

    /// What Python would show for a result: its repr, or "Type: message" for an exception.
    private func outcome(_ v: AdValue) -> String {
        if v == 0 { return pendingError() }
        let r = ad_repr(v)
        return r == 0 ? pendingError() : text(r)
    }

    private func assertOutcome(_ v: AdValue, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(outcome(v), expected, file: file, line: line)
    }

    private func binop(_ op: AdBinOp, _ a: AdValue, _ b: AdValue) -> AdValue {
        return ad_binop(Int32(op.rawValue), a, b)
    }

    private func floatRepr(_ d: Double) -> String {
        var buf = [CChar](repeating: 0, count: 32)
        let n = ad_double_repr(d, &buf)
        return String(decoding: buf[0..<Int(n)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    // MARK: - int

    func testSmallIntsOverflowIntoBigIntsAndBack() {
        let max = ad_small(4611686018427387903)
        assertOutcome(ad_int_add(max, ad_small(1)), "4611686018427387904")
        assertOutcome(ad_int_sub(ad_small(-4611686018427387904), ad_small(1)), "-4611686018427387905")
        assertOutcome(ad_int_mul(max, max), "21267647932558653957237540927630737409")
        // A result that fits comes back as a tagged small int.
        let back = ad_int_sub(ad_int_add(max, ad_small(5)), ad_small(5))
        XCTAssertEqual(back, max)
        XCTAssertEqual(ad_int_compare(big("100000000000000000000000"), max), 1)
        XCTAssertEqual(ad_int_compare(ad_small(-3), big("-100000000000000000000000")), 1)
        assertOutcome(ad_int_from_u64(UInt64.max), "18446744073709551615")
        assertOutcome(ad_int_from_i64(Int64.min), "-9223372036854775808")
    }

    func testFloorDivisionAndModuloFollowTheDivisorsSign() {
        assertOutcome(ad_int_floordiv(ad_small(-7), ad_small(2)), "-4")
        assertOutcome(ad_int_mod(ad_small(-7), ad_small(2)), "1")
        assertOutcome(ad_int_mod(ad_small(7), ad_small(-2)), "-1")
        assertOutcome(ad_int_floordiv(big("-100000000000000000000001"), ad_small(10)), "-10000000000000000000001")
        assertOutcome(ad_int_mod(big("-100000000000000000000001"), ad_small(10)), "9")
        assertOutcome(ad_int_floordiv(ad_small(1), ad_small(0)), "ZeroDivisionError: integer division or modulo by zero")
        assertOutcome(ad_int_mod(ad_small(1), ad_small(0)), "ZeroDivisionError: integer modulo by zero")
        assertOutcome(invoke(builtin("divmod"), [ad_small(-7), ad_small(2)]), "(-4, 1)")
    }

    func testTrueDivisionIsCorrectlyRounded() {
        assertOutcome(binop(AD_OP_TRUEDIV, ad_small(1), ad_small(3)), "0.3333333333333333")
        assertOutcome(binop(AD_OP_TRUEDIV, ad_small(0), ad_small(-5)), "-0.0")
        assertOutcome(binop(AD_OP_TRUEDIV, big("1" + String(repeating: "0", count: 400)), big("1" + String(repeating: "0", count: 399))), "10.0")
        assertOutcome(binop(AD_OP_TRUEDIV, ad_small(1), big("1" + String(repeating: "0", count: 400))), "0.0")
        assertOutcome(binop(AD_OP_TRUEDIV, big("1" + String(repeating: "0", count: 400)), ad_small(1)),
                      "OverflowError: integer division result too large for a float")
        assertOutcome(binop(AD_OP_TRUEDIV, ad_small(1), ad_small(0)), "ZeroDivisionError: division by zero")
        // 2**53 + 1 is not a double: the quotient rounds as the exact value does.
        assertOutcome(binop(AD_OP_TRUEDIV, ad_small(9007199254740993), ad_small(1)), "9007199254740992.0")
        assertOutcome(binop(AD_OP_TRUEDIV, ad_small(9007199254740995), ad_small(1)), "9007199254740996.0")
    }

    func testPowers() {
        assertOutcome(binop(AD_OP_POW, ad_small(2), ad_small(100)), "1267650600228229401496703205376")
        assertOutcome(binop(AD_OP_POW, ad_small(-3), ad_small(3)), "-27")
        assertOutcome(binop(AD_OP_POW, ad_small(2), ad_small(-1)), "0.5")
        assertOutcome(binop(AD_OP_POW, ad_small(0), ad_small(-1)), "ZeroDivisionError: 0.0 cannot be raised to a negative power")
        assertOutcome(binop(AD_OP_POW, ad_small(-8), ad_float(1.0 / 3)), "(1.0000000000000002+1.7320508075688772j)")
        assertOutcome(ad_int_pow3(ad_small(3), ad_small(-1), ad_small(-7)), "-2")
        assertOutcome(ad_int_pow3(ad_small(-3), ad_small(5), ad_small(-7)), "-5")
        assertOutcome(ad_int_pow3(ad_small(2), ad_small(-1), ad_small(1)), "0")
        assertOutcome(ad_int_pow3(ad_small(4), ad_small(-1), ad_small(2)), "ValueError: base is not invertible for the given modulus")
        assertOutcome(ad_int_pow3(ad_small(2), ad_small(3), ad_small(0)), "ValueError: pow() 3rd argument cannot be 0")
        assertOutcome(invoke(builtin("pow"), [ad_small(2), ad_float(3), ad_small(5)]),
                      "TypeError: pow() 3rd argument not allowed unless all arguments are integers")
    }

    func testShiftsAndBitwiseOperatorsUseTwosComplement() {
        assertOutcome(binop(AD_OP_LSHIFT, ad_small(1), ad_small(100)), "1267650600228229401496703205376")
        assertOutcome(binop(AD_OP_RSHIFT, ad_small(-1), big("1180591620717411303424")), "-1")
        assertOutcome(binop(AD_OP_RSHIFT, big("-1267650600228229401496703205377"), ad_small(100)), "-2")
        assertOutcome(binop(AD_OP_LSHIFT, ad_small(1), ad_small(-1)), "ValueError: negative shift count")
        assertOutcome(binop(AD_OP_AND, big("-1267650600228229401496703205376"), ad_small(-1)), "-1267650600228229401496703205376")
        assertOutcome(binop(AD_OP_XOR, big("1267650600228229401496703205375"), ad_small(-1)), "-1267650600228229401496703205376")
        assertOutcome(binop(AD_OP_OR, ad_small(-8), ad_small(3)), "-5")
        assertOutcome(ad_invert(big("1267650600228229401496703205376")), "-1267650600228229401496703205377")
    }

    func testIntFloatComparisonsAreExact() {
        let twoTo53PlusOne = ad_small(9007199254740993)
        XCTAssertEqual(ad_compare_bool(twoTo53PlusOne, ad_float(9007199254740992.0), Int32(AD_EQ.rawValue)), 0)
        XCTAssertEqual(ad_compare_bool(twoTo53PlusOne, ad_float(9007199254740992.0), Int32(AD_GT.rawValue)), 1)
        XCTAssertEqual(ad_compare_bool(ad_float(9007199254740992.0), twoTo53PlusOne, Int32(AD_LT.rawValue)), 1)
        XCTAssertEqual(ad_compare_bool(big("1" + String(repeating: "0", count: 400)), ad_float(.infinity), Int32(AD_LT.rawValue)), 1)
        XCTAssertEqual(ad_compare_bool(ad_small(1), ad_float(.nan), Int32(AD_NE.rawValue)), 1)
        XCTAssertEqual(ad_compare_bool(ad_small(1), ad_float(1.0), Int32(AD_EQ.rawValue)), 1)
    }

    func testHashesAgreeWithCPython() {
        XCTAssertEqual(ad_hash(ad_small(-1)), -2)
        XCTAssertEqual(ad_hash(big("2305843009213693951")), 0)
        XCTAssertEqual(ad_hash(big("1267650600228229401496703205376")), 549755813888)
        XCTAssertEqual(ad_hash(big("-1267650600228229401496703205376")), -549755813888)
        XCTAssertEqual(ad_hash(ad_float(1.0)), ad_hash(ad_small(1)))
        XCTAssertEqual(ad_hash(ad_float(1.5)), 1152921504606846977)
        XCTAssertEqual(ad_hash(ad_float(0.1)), 230584300921369408)
        XCTAssertEqual(ad_hash(ad_float(1e300)), 1224995262755759164)
        XCTAssertEqual(ad_hash(ad_float(.infinity)), 314159)
        XCTAssertEqual(ad_hash(ad_complex(1, 2)), 2000007)
        XCTAssertEqual(ad_hash(ad_complex(-1, 0)), -2)
        XCTAssertEqual(ad_hash(trueValue), 1)
        XCTAssertEqual(ad_double_hash(-1.5), -1152921504606846977)
    }

    func testIntFromText() {
        let int = typeValue(&ad_int_type)
        assertOutcome(invoke(int, [str(" 0x_1f ")], [("base", ad_small(0))]), "31")
        assertOutcome(invoke(int, [str("1_000_000")]), "1000000")
        assertOutcome(invoke(int, [str("\u{661}\u{662}")]), "12")
        assertOutcome(invoke(int, [str("z"), ad_small(36)]), "35")
        assertOutcome(invoke(int, [str("010"), ad_small(0)]), "ValueError: invalid literal for int() with base 0: '010'")
        assertOutcome(invoke(int, [str("1__0")]), "ValueError: invalid literal for int() with base 10: '1__0'")
        assertOutcome(invoke(int, [str("5_")]), "ValueError: invalid literal for int() with base 10: '5_'")
        assertOutcome(invoke(int, [str("")]), "ValueError: invalid literal for int() with base 10: ''")
        assertOutcome(invoke(int, [str("5"), ad_small(37)]), "ValueError: int() base must be >= 2 and <= 36, or 0")
        assertOutcome(invoke(int, [ad_small(5), ad_small(10)]), "TypeError: int() can't convert non-string with explicit base")
        assertOutcome(invoke(int, [], [("base", ad_small(10))]), "TypeError: int() missing string argument")
        assertOutcome(invoke(int, [str("x" + String(repeating: "y", count: 300))]),
                      "ValueError: invalid literal for int() with base 10: 'x" + String(repeating: "y", count: 198))
        assertOutcome(invoke(int, [ad_bytes_from("12", 2)]), "12")
        assertOutcome(invoke(int, [ad_float(-2.9)]), "-2")
        assertOutcome(invoke(int, [ad_float(.nan)]), "ValueError: cannot convert float NaN to integer")
        assertOutcome(invoke(int, [ad_float(.infinity)]), "OverflowError: cannot convert float infinity to integer")
        assertOutcome(invoke(int, [none]),
                      "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
        assertOutcome(ad_int_from_str(str("-0b101"), 0), "-5")
    }

    func testTheIntMaxStrDigitsLimit() {
        let nines = String(repeating: "9", count: 4301)
        assertOutcome(invoke(typeValue(&ad_int_type), [str(nines)]),
                      "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit")
        let huge = big(nines)
        assertOutcome(ad_int_to_str(huge, 10),
                      "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        XCTAssertEqual(ad_int_set_max_str_digits(100), -1)
        XCTAssertEqual(pendingError(), "ValueError: maxdigits must be 0 or larger than 640")
        XCTAssertEqual(ad_int_set_max_str_digits(0), 0)
        XCTAssertEqual(text(ad_int_to_str(huge, 10)), nines)
        XCTAssertEqual(ad_int_set_max_str_digits(4300), 0)
        XCTAssertEqual(ad_int_get_max_str_digits(), 4300)
        // Power-of-two bases have no limit.
        XCTAssertEqual(ad_str_len(ad_int_to_prefixed_str(huge, 16)), 3574)
    }

    func testIntMethodsAndAttributes() {
        assertOutcome(call(ad_small(255), "bit_length"), "8")
        assertOutcome(call(ad_small(-255), "bit_count"), "8")
        assertOutcome(call(ad_small(5), "bit_length", ad_small(1)), "TypeError: int.bit_length() takes no arguments (1 given)")
        assertOutcome(call(ad_small(1024), "to_bytes", ad_small(2), str("little")), "b'\\x00\\x04'")
        assertOutcome(invoke(ad_getattr(ad_small(-128), ad_str_intern_cstr("to_bytes")), [ad_small(1), str("big")], [("signed", trueValue)]), "b'\\x80'")
        assertOutcome(call(ad_small(256), "to_bytes", ad_small(1), str("big")), "OverflowError: int too big to convert")
        assertOutcome(call(ad_small(-1), "to_bytes", ad_small(1), str("big")), "OverflowError: can't convert negative int to unsigned")
        assertOutcome(call(ad_small(1), "to_bytes", ad_small(1), str("middle")), "ValueError: byteorder must be either 'little' or 'big'")
        assertOutcome(invoke(ad_getattr(typeValue(&ad_int_type), ad_str_intern_cstr("from_bytes")),
                             [ad_bytes_from("\u{1}\u{0}", 2), str("big")]), "256")
        assertOutcome(invoke(ad_getattr(typeValue(&ad_int_type), ad_str_intern_cstr("from_bytes")),
                             [ad_bytes_from("\u{7f}", 1), str("little")], [("signed", trueValue)]), "127")
        assertOutcome(call(ad_small(7), "as_integer_ratio"), "(7, 1)")
        assertOutcome(ad_getattr(ad_small(7), ad_str_intern_cstr("denominator")), "1")
        assertOutcome(ad_getattr(trueValue, ad_str_intern_cstr("real")), "1")
        assertOutcome(call(ad_small(25), "__round__", ad_small(-1)), "20")
        assertOutcome(call(ad_small(35), "__round__", ad_small(-1)), "40")
        assertOutcome(invoke(builtin("round"), [big("1267650600228229401496703205376"), ad_small(-10)]), "1267650600228229401500000000000")
        assertOutcome(ad_int_to_prefixed_str(ad_small(-255), 16), "'-0xff'")
        assertOutcome(ad_int_to_prefixed_str(ad_small(8), 2), "'0b1000'")
        assertOutcome(ad_int_to_prefixed_str(ad_small(8), 8), "'0o10'")
    }

    func testBool() {
        assertOutcome(binop(AD_OP_ADD, trueValue, trueValue), "2")
        assertOutcome(binop(AD_OP_AND, trueValue, falseValue), "False")
        assertOutcome(binop(AD_OP_OR, trueValue, falseValue), "True")
        assertOutcome(binop(AD_OP_AND, trueValue, ad_small(1)), "1")
        assertOutcome(ad_invert(trueValue), "-2")
        assertOutcome(ad_neg(trueValue), "-1")
        assertOutcome(binop(AD_OP_TRUEDIV, trueValue, trueValue), "1.0")
        assertOutcome(invoke(typeValue(&ad_bool_type), [ad_small(3)]), "True")
        assertOutcome(invoke(typeValue(&ad_bool_type), []), "False")
        assertOutcome(ad_format(trueValue, str("")), "'True'")
        assertOutcome(ad_format(trueValue, str("d")), "'1'")
    }

    // MARK: - float

    func testFloatReprIsTheShortestRoundTrip() {
        let cases: [(Double, String)] = [
            (0.1, "0.1"), (0.1 + 0.2, "0.30000000000000004"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"), (1e-4, "0.0001"), (123456789012345678.0, "1.2345678901234568e+17"),
            (-0.0, "-0.0"), (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"), (Double.leastNonzeroMagnitude, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"), (9999999999999998.0, "9999999999999998.0"),
            (2.0, "2.0"), (1e22, "1e+22"), (-1.5e-7, "-1.5e-07"), (4.35, "4.35"), (2.2250738585072014e-308, "2.2250738585072014e-308"),
        ]
        for (d, expected) in cases {
            XCTAssertEqual(floatRepr(d), expected)
        }
    }

    func testFloatFromText() {
        let float = typeValue(&ad_float_type)
        assertOutcome(invoke(float, [str(" 1_0.5 ")]), "10.5")
        assertOutcome(invoke(float, [str("-iNF")]), "-inf")
        assertOutcome(invoke(float, [str("infinity")]), "inf")
        assertOutcome(invoke(float, [str("1e500")]), "inf")
        assertOutcome(invoke(float, [str("\u{661}\u{662}.5")]), "12.5")
        assertOutcome(invoke(float, [str("1_e5")]), "ValueError: could not convert string to float: '1_e5'")
        assertOutcome(invoke(float, [str("0x10")]), "ValueError: could not convert string to float: '0x10'")
        assertOutcome(invoke(float, [ad_bytes_from("x", 1)]), "ValueError: could not convert string to float: b'x'")
        assertOutcome(invoke(float, [tuple([])]), "TypeError: float() argument must be a string or a real number, not 'tuple'")
        assertOutcome(invoke(float, [big("1" + String(repeating: "0", count: 400))]), "OverflowError: int too large to convert to float")
        assertOutcome(invoke(float, [ad_small(1), ad_small(2)]), "TypeError: float expected at most 1 argument, got 2")
        var d = 0.0
        XCTAssertEqual(ad_as_double(str("2.5")), 2.5)
        d = ad_num_as_double(str("2.5"))
        XCTAssertEqual(d, -1.0)
        XCTAssertEqual(pendingError(), "TypeError: must be real number, not str")
    }

    func testFloatArithmeticFollowsCPython() {
        assertOutcome(binop(AD_OP_MOD, ad_float(-0.0), ad_small(5)), "0.0")
        assertOutcome(binop(AD_OP_FLOORDIV, ad_float(-5.0), ad_small(2)), "-3.0")
        assertOutcome(binop(AD_OP_MOD, ad_float(5.0), ad_small(-3)), "-1.0")
        assertOutcome(binop(AD_OP_FLOORDIV, ad_float(1e308), ad_float(1e-308)), "inf")
        assertOutcome(binop(AD_OP_MOD, ad_small(-1), ad_float(.infinity)), "inf")
        assertOutcome(binop(AD_OP_TRUEDIV, ad_float(1), ad_small(0)), "ZeroDivisionError: float division by zero")
        assertOutcome(binop(AD_OP_MOD, ad_float(1), ad_small(0)), "ZeroDivisionError: float modulo")
        assertOutcome(binop(AD_OP_FLOORDIV, ad_float(1), ad_small(0)), "ZeroDivisionError: float floor division by zero")
        assertOutcome(binop(AD_OP_POW, ad_float(2), ad_small(10000)), "OverflowError: (34, 'Numerical result out of range')")
        assertOutcome(binop(AD_OP_POW, ad_float(0), ad_small(-1)), "ZeroDivisionError: 0.0 cannot be raised to a negative power")
        assertOutcome(binop(AD_OP_POW, ad_float(-2), ad_float(0.5)), "(8.659560562354934e-17+1.4142135623730951j)")
        assertOutcome(binop(AD_OP_MUL, ad_float(1e308), ad_small(10)), "inf")
    }

    func testRoundingFloats() {
        let round = builtin("round")
        assertOutcome(invoke(round, [ad_float(2.675), ad_small(2)]), "2.67")
        assertOutcome(invoke(round, [ad_float(0.5)]), "0")
        assertOutcome(invoke(round, [ad_float(1.5)]), "2")
        assertOutcome(invoke(round, [ad_float(2.5)]), "2")
        assertOutcome(invoke(round, [ad_float(-0.4), ad_small(0)]), "-0.0")
        assertOutcome(invoke(round, [ad_float(155.0), ad_small(-1)]), "160.0")
        assertOutcome(invoke(round, [ad_float(1e300), ad_small(300)]), "1e+300")
        assertOutcome(invoke(round, [ad_float(1.7976931348623157e308), ad_small(-308)]), "OverflowError: rounded value too large to represent")
        assertOutcome(invoke(round, [ad_float(.nan)]), "ValueError: cannot convert float NaN to integer")
        assertOutcome(invoke(round, [ad_float(.infinity)]), "OverflowError: cannot convert float infinity to integer")
        assertOutcome(invoke(round, [ad_float(.infinity), ad_small(2)]), "inf")
    }

    func testFloatMethods() {
        assertOutcome(call(ad_float(0.1), "hex"), "'0x1.999999999999ap-4'")
        assertOutcome(call(ad_float(Double.leastNonzeroMagnitude), "hex"), "'0x0.0000000000001p-1022'")
        assertOutcome(call(ad_float(-0.0), "hex"), "'-0x0.0p+0'")
        let fromhex = ad_getattr(typeValue(&ad_float_type), ad_str_intern_cstr("fromhex"))
        assertOutcome(invoke(fromhex, [str(" -0x1.8p1 ")]), "-3.0")
        assertOutcome(invoke(fromhex, [str("zz")]), "ValueError: invalid hexadecimal floating-point string")
        assertOutcome(invoke(fromhex, [str("0x1p99999")]), "OverflowError: hexadecimal value too large to represent as a float")
        assertOutcome(call(ad_float(2.5), "as_integer_ratio"), "(5, 2)")
        assertOutcome(call(ad_float(.infinity), "as_integer_ratio"), "OverflowError: cannot convert Infinity to integer ratio")
        assertOutcome(call(ad_float(3.0), "is_integer"), "True")
        assertOutcome(call(ad_float(3.0), "is_integer", ad_small(1)), "TypeError: float.is_integer() takes no arguments (1 given)")
        assertOutcome(call(ad_float(-3.5), "__floor__"), "-4")
        assertOutcome(call(ad_float(-3.5), "__ceil__"), "-3")
        assertOutcome(call(ad_float(-3.5), "__trunc__"), "-3")
        assertOutcome(ad_format(ad_float(1.5), str("")), "'1.5'")
    }

    // MARK: - complex

    func testComplex() {
        let complex = typeValue(&ad_complex_type)
        assertOutcome(ad_complex(0, 1), "1j")
        assertOutcome(ad_complex(1, 2), "(1+2j)")
        assertOutcome(ad_complex(-0.0, -1), "(-0-1j)")
        assertOutcome(ad_complex(.nan, .infinity), "(nan+infj)")
        assertOutcome(ad_complex(1e16, 1.5), "(1e+16+1.5j)")
        assertOutcome(invoke(complex, [str(" ( 1+2j ) ")]), "(1+2j)")
        assertOutcome(invoke(complex, [str("-j")]), "-1j")
        assertOutcome(invoke(complex, [str("1+2")]), "ValueError: complex() arg is a malformed string")
        assertOutcome(invoke(complex, [ad_complex(1, 2), ad_complex(0, 3)]), "(-2+2j)")
        assertOutcome(invoke(complex, [], [("imag", ad_small(2))]), "2j")
        assertOutcome(invoke(complex, [str("1"), ad_small(2)]), "TypeError: complex() can't take second arg if first is a string")
        assertOutcome(binop(AD_OP_TRUEDIV, ad_complex(1, 2), ad_complex(3, 4)), "(0.44+0.08j)")
        assertOutcome(binop(AD_OP_TRUEDIV, ad_complex(1, 2), ad_float(0)), "ZeroDivisionError: complex division by zero")
        assertOutcome(binop(AD_OP_POW, ad_complex(1, 1), ad_small(101)), "(-1125899906842634.5-1125899906842629.5j)")
        assertOutcome(binop(AD_OP_POW, ad_complex(0, 0), ad_complex(0, 1)), "ZeroDivisionError: 0.0 to a negative or complex power")
        assertOutcome(binop(AD_OP_POW, ad_complex(1, 2), ad_small(1000)), "OverflowError: complex exponentiation")
        assertOutcome(binop(AD_OP_ADD, ad_complex(1, 2), ad_small(1)), "(2+2j)")
        assertOutcome(binop(AD_OP_FLOORDIV, ad_complex(1, 2), ad_small(1)), "TypeError: unsupported operand type(s) for //: 'complex' and 'int'")
        assertOutcome(ad_abs(ad_complex(3, 4)), "5.0")
        assertOutcome(ad_compare(ad_complex(1, 0), ad_small(1), Int32(AD_EQ.rawValue)), "True")
        assertOutcome(call(ad_complex(2, 3), "conjugate"), "(2-3j)")
        assertOutcome(ad_getattr(ad_complex(2, 3), ad_str_intern_cstr("imag")), "3.0")
    }

    func testComplexFormat() {
        let cases: [(Double, Double, String, String)] = [
            (1, 2, "", "'(1+2j)'"), (1, 2, "g", "'1+2j'"), (1, 2, ".2f", "'1.00+2.00j'"), (1, 2, "10", "'    (1+2j)'"),
            (1234567.891, -2.5e-7, ",", "'(1,234,567.891-2.5e-07j)'"), (0, 1e20, "g", "'0+1e+20j'"), (0, 1e20, "", "'1e+20j'"),
            (-0.0, 1, "#", "'(-0.+1.j)'"), (-1e-10, 3, "z.1f", "'0.0+3.0j'"), (.infinity, -.nan, "E", "'INF+NANj'"),
            (1, 2, "*^12", "'***(1+2j)***'"), (1, 2, "+", "'(+1+2j)'"), (0, 2, " ", "' 2j'"),
            (1, 2, "010", "ValueError: Zero padding is not allowed in complex format specifier"),
            (1, 2, "=10", "ValueError: '=' alignment flag is not allowed in complex format specifier"),
            (1, 2, "x", "ValueError: Unknown format code 'x' for object of type 'complex'"),
            (1, 2, ",n", "ValueError: Cannot specify ',' with 'n'."),
            (1, 2, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'complex'"),
        ]
        for (re, im, spec, expected) in cases {
            assertOutcome(ad_format(ad_complex(re, im), str(spec)), expected)
        }
    }

    // MARK: - math

    func testMathFunctions() {
        assertOutcome(mathCall("sqrt", ad_small(2)), "1.4142135623730951")
        assertOutcome(mathCall("sqrt", ad_small(-1)), "ValueError: math domain error")
        assertOutcome(mathCall("exp", ad_small(1000)), "OverflowError: math range error")
        assertOutcome(mathCall("log", big("1" + String(repeating: "0", count: 400))), "921.0340371976182")
        assertOutcome(mathCall("log", ad_small(8), ad_small(2)), "3.0")
        assertOutcome(mathCall("log", ad_small(2), ad_small(1)), "ZeroDivisionError: float division by zero")
        assertOutcome(mathCall("log2", big("1" + String(repeating: "0", count: 400))), "1328.771237954945")
        assertOutcome(mathCall("floor", ad_float(-1.5)), "-2")
        assertOutcome(mathCall("ceil", big("1267650600228229401496703205376")), "1267650600228229401496703205376")
        assertOutcome(mathCall("trunc", str("x")), "TypeError: type str doesn't define __trunc__ method")
        assertOutcome(mathCall("gamma", ad_float(0.5)), "1.7724538509055159")
        assertOutcome(mathCall("lgamma", ad_float(-2.5)), "-0.05624371649767457")
        assertOutcome(mathCall("gamma", ad_small(0)), "ValueError: math domain error")
        assertOutcome(mathCall("hypot", ad_small(3), ad_small(4)), "5.0")
        assertOutcome(mathCall("hypot", ad_float(1e308), ad_float(1e308)), "1.4142135623730951e+308")
        assertOutcome(mathCall("fsum", tuple([ad_float(0.1), ad_float(0.1), ad_float(0.1), ad_float(0.1), ad_float(0.1),
                                              ad_float(0.1), ad_float(0.1), ad_float(0.1), ad_float(0.1), ad_float(0.1)])), "1.0")
        assertOutcome(mathCall("fsum", tuple([ad_float(.infinity), ad_float(-.infinity)])), "ValueError: -inf + inf in fsum")
        assertOutcome(mathCall("factorial", ad_small(25)), "15511210043330985984000000")
        assertOutcome(mathCall("factorial", ad_small(-1)), "ValueError: factorial() not defined for negative values")
        assertOutcome(mathCall("factorial", ad_float(5)), "TypeError: 'float' object cannot be interpreted as an integer")
        assertOutcome(mathCall("isqrt", big("1" + String(repeating: "0", count: 40))), "100000000000000000000")
        assertOutcome(mathCall("isqrt", ad_small(-1)), "ValueError: isqrt() argument must be nonnegative")
        assertOutcome(mathCall("gcd", ad_small(12), ad_small(-18), ad_small(27)), "3")
        assertOutcome(mathCall("lcm", ad_small(-4), ad_small(6)), "12")
        assertOutcome(mathCall("comb", ad_small(52), ad_small(5)), "2598960")
        assertOutcome(mathCall("perm", ad_small(5)), "120")
        assertOutcome(mathCall("comb", ad_small(-1), ad_small(2)), "ValueError: n must be a non-negative integer")
        assertOutcome(mathCall("pow", ad_small(0), ad_small(-1)), "ValueError: math domain error")
        assertOutcome(mathCall("fmod", ad_small(-7), ad_small(3)), "-1.0")
        assertOutcome(mathCall("remainder", ad_small(7), ad_small(2)), "-1.0")
        assertOutcome(mathCall("frexp", ad_float(8)), "(0.5, 4)")
        assertOutcome(mathCall("ldexp", ad_float(1), ad_float(2)), "TypeError: Expected an int as second argument to ldexp.")
        assertOutcome(mathCall("modf", ad_float(-1.5)), "(-0.5, -1.0)")
        assertOutcome(mathCall("nextafter", ad_small(0), ad_small(1)), "5e-324")
        assertOutcome(mathCall("ulp", ad_float(1)), "2.220446049250313e-16")
        assertOutcome(mathCall("atan2", ad_float(.infinity), ad_float(-.infinity)), "2.356194490192345")
        assertOutcome(mathCall("sqrt"), "TypeError: math.sqrt() takes exactly one argument (0 given)")
        assertOutcome(mathCall("pow", ad_small(1)), "TypeError: pow expected 2 arguments, got 1")
        assertOutcome(mathCall("sqrt", str("4")), "TypeError: must be real number, not str")
        let isclose = ad_getattr(math, ad_str_intern_cstr("isclose"))
        assertOutcome(invoke(isclose, [ad_float(1), ad_float(1.0000001)], [("rel_tol", ad_float(1e-6))]), "True")
        assertOutcome(invoke(isclose, [ad_small(1), ad_small(1)], [("abs_tol", ad_small(-1))]), "ValueError: tolerances must be non-negative")
        let prod = ad_getattr(math, ad_str_intern_cstr("prod"))
        assertOutcome(invoke(prod, [tuple([ad_small(2), ad_float(2.5)])], [("start", ad_small(3))]), "15.0")
        for name in ["pi", "e", "tau", "inf", "nan"] {
            XCTAssertNotEqual(ad_getattr(math, ad_str_intern_cstr(name)), 0, name)
        }
        assertOutcome(ad_getattr(math, ad_str_intern_cstr("tau")), "6.283185307179586")
    }

    // MARK: - The table of CPython results

    /// A value written in the table's notation: i:DIGITS (int), f:HEX (float.hex()), c:HEX,HEX
    /// (complex), s:UTF8HEX (str), b:HEX (bytes), T / F / N, L:a;b; (list), P:a;b; (tuple).
    private func decode(_ token: Substring) -> AdValue {
        switch token {
        case "T": return trueValue
        case "F": return falseValue
        case "N": return none
        default: break
        }
        let body = token.dropFirst(2)
        switch token.first! {
        case "i": return big(String(body))
        case "f": return ad_float(Double(String(body))!)
        case "c":
            let parts = body.split(separator: ",")
            return ad_complex(Double(String(parts[0]))!, Double(String(parts[1]))!)
        case "s", "b":
            var bytes: [UInt8] = []
            var i = body.startIndex
            while i < body.endIndex {
                let j = body.index(i, offsetBy: 2)
                bytes.append(UInt8(body[i..<j], radix: 16)!)
                i = j
            }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { p in
                    token.first == "s" ? ad_str_from_utf8(p, buffer.count) : ad_bytes_from(p, buffer.count)
                }
            }
        case "L", "P":
            let items = body.split(separator: ";").map { decode($0) }
            return token.first == "L"
                ? items.withUnsafeBufferPointer { ad_list_from_array($0.baseAddress, $0.count) }
                : tuple(items)
        default:
            XCTFail("bad token \(token)")
            return 0
        }
    }

    /// Run one table line: "OP ARG... k:NAME=ARG...".
    private func evaluate(_ line: String) -> AdValue {
        let tokens = line.split(separator: " ")
        let op = String(tokens[0])
        var args: [AdValue] = []
        var kwargs: [(String, AdValue)] = []
        for token in tokens.dropFirst() {
            if token.hasPrefix("k:"), let eq = token.firstIndex(of: "=") {
                kwargs.append((String(token[token.index(token.startIndex, offsetBy: 2)..<eq]), decode(token[token.index(after: eq)...])))
            } else {
                args.append(decode(token))
            }
        }
        let binops: [String: AdBinOp] = [
            "add": AD_OP_ADD, "sub": AD_OP_SUB, "mul": AD_OP_MUL, "truediv": AD_OP_TRUEDIV, "floordiv": AD_OP_FLOORDIV,
            "mod": AD_OP_MOD, "pow": AD_OP_POW, "lshift": AD_OP_LSHIFT, "rshift": AD_OP_RSHIFT, "and": AD_OP_AND,
            "or": AD_OP_OR, "xor": AD_OP_XOR,
        ]
        let comparisons: [String: AdCmpOp] = ["lt": AD_LT, "le": AD_LE, "eq": AD_EQ, "ne": AD_NE, "gt": AD_GT, "ge": AD_GE]
        if let b = binops[op] { return binop(b, args[0], args[1]) }
        if let c = comparisons[op] { return ad_compare(args[0], args[1], Int32(c.rawValue)) }
        switch op {
        case "neg": return ad_neg(args[0])
        case "pos": return ad_pos(args[0])
        case "abs": return ad_abs(args[0])
        case "invert": return ad_invert(args[0])
        case "hash":
            let h = ad_hash(args[0])
            return h == -1 ? 0 : ad_int_from_i64(h)
        case "repr": return ad_repr(args[0])
        case "str": return ad_str(args[0])
        case "truth":
            let t = ad_truth(args[0])
            return t < 0 ? 0 : (t == 1 ? trueValue : falseValue)
        case "divmod": return invoke(builtin("divmod"), args)
        case "pow3": return invoke(builtin("pow"), args)
        case "hex", "oct", "bin": return invoke(builtin(op), args)
        case "int": return invoke(typeValue(&ad_int_type), args, kwargs)
        case "float": return invoke(typeValue(&ad_float_type), args, kwargs)
        case "complex": return invoke(typeValue(&ad_complex_type), args, kwargs)
        case "bool": return invoke(typeValue(&ad_bool_type), args, kwargs)
        default: break
        }
        if op.hasPrefix("m:") {
            let method = ad_getattr(args[0], ad_str_intern_cstr(String(op.dropFirst(2))))
            return method == 0 ? 0 : invoke(method, Array(args.dropFirst()), kwargs)
        }
        if op.hasPrefix("cm:") {
            let method = ad_getattr(AdValue(UInt(bitPattern: ad_type(args[0]))), ad_str_intern_cstr(String(op.dropFirst(3))))
            return method == 0 ? 0 : invoke(method, Array(args.dropFirst()), kwargs)
        }
        if op.hasPrefix("g:") { return ad_getattr(args[0], ad_str_intern_cstr(String(op.dropFirst(2)))) }
        if op.hasPrefix("math.") {
            let f = ad_getattr(math, ad_str_intern_cstr(String(op.dropFirst(5))))
            if f == 0 || ad_isinstance_type(f, &ad_float_type) != 0 { return f }
            return invoke(f, args, kwargs)
        }
        XCTFail("unknown operation \(op)")
        return 0
    }

    func testResultsMatchCPythonOnGeneratedOperands() {
        var failures = 0
        for (line, expected) in cpythonCases {
            var got = outcome(evaluate(line))
            if expected.hasPrefix("!! ") { got = "!! " + got }
            if got != expected {
                failures += 1
                if failures <= 20 { XCTFail("\(line)\n  expected \(expected)\n  got      \(got)") }
            }
        }
        XCTAssertEqual(failures, 0, "of \(cpythonCases.count) cases")
    }

    /// Operations and CPython 3.11's results ("!! Type: message" for exceptions), from operands
    /// drawn at random and from edge cases (overflow boundaries, subnormals, infinities, NaNs).
    private let cpythonCases: [(String, String)] = [
        ("oct i:-85", "'-0o125'"),
        ("bin i:-73", "'-0b1001001'"),
        ("truediv i:232095078233734081586408296403461018963 i:4611686018427387904", "5.032759760884152e+19"),
        ("float i:-340282366920938463463374607431768211453", "-3.402823669209385e+38"),
        ("sub i:-340282366920938463463374607431768211454 i:-2305843009213693952", "-340282366920938463461068764422554517502"),
        ("and T F", "False"),
        ("lt i:1045842260749154365838420075930693412623605492131202996693167376217308393493899 f:0x1.aad4d9fe1357bp+376", "True"),
        ("mul i:-3005113675182342801662158889585293724212943 i:-532103930233850088181593", "1599032797364014169308747165265020439839782767315496694549984958199"),
        ("add F i:-44274549690759094", "-44274549690759094"),
        ("pow i:44 i:57", "4751191767009583628825719775876179479552481804899361178637384749837905656952367488126800625664"),
        ("and i:-2305843009213693952 i:-1", "-2305843009213693952"),
        ("invert i:-4516798019356476158207817540656161787", "4516798019356476158207817540656161786"),
        ("abs i:-962396", "962396"),
        ("m:bit_count i:-33313762878130887681407117958218357540772882327791707514158633177755422296331258669938372744515944", "185"),
        ("and i:-340282366920938463463374607431768211458 i:-89", "-340282366920938463463374607431768211546"),
        ("lt f:-0x1.cf9924dc000a6p+361 i:-83088798777658866062895", "True"),
        ("lt f:0x1.ba538af17b6bbp+367 i:51", "False"),
        ("lshift i:-108349 i:51", "-243980258012982935552"),
        ("gt i:-2305843009213693950 i:-6410613656880975579647534680865867335626697915452721947218126937224100753251430819457978767141", "True"),
        ("pos i:-36", "-36"),
        ("xor F i:7695237620003218132818789", "7695237620003218132818789"),
        ("ne i:-4611686018427387906 i:-64", "True"),
        ("add i:8646389196743517513232676856438694121022038665515908932327725272008214838659 i:-9223372036854775811", "8646389196743517513232676856438694121022038665515908932318501899971360062848"),
        ("xor F i:9223372036854775808", "9223372036854775808"),
        ("add F i:2305843009213693951", "2305843009213693951"),
        ("float i:-52", "-52.0"),
        ("and F F", "False"),
        ("ge i:-5872664288336703685588404328367516637143552998040047179566552368939347772220415 f:-0x1.95bd119101ab7p+261", "True"),
        ("mod i:84 i:-2", "0"),
        ("xor F i:-26247771584131724461665293809509596496450428", "-26247771584131724461665293809509596496450428"),
        ("or i:-69349885748386936721982196337966271051970731491173733739779320389483257574750776430741816322027389 i:-7894009", "-2122617"),
        ("and F T", "False"),
        ("add T i:-2305843009213693950", "-2305843009213693949"),
        ("pos i:42", "42"),
        ("xor T i:367226289509944841744339740284613612950653651002209277422546417774826", "367226289509944841744339740284613612950653651002209277422546417774827"),
        ("xor F i:44215451290228188209920510074166099754659969797238198830663709757186400", "44215451290228188209920510074166099754659969797238198830663709757186400"),
        ("le i:1553886194117539 i:515724544662735833160157036006060528834019437127700096356578646497003169419435742", "True"),
        ("hash i:0", "0"),
        ("mod i:85393074273407873083414214113116075103205401 i:-22", "-5"),
        ("float i:199116337242852086813495112826652028026256076615354714280002539835975296695055325584506059073396358452162686959601", "1.991163372428521e+113"),
        ("pow3 i:74 i:-340282366920938463463374607431768211455 i:36893488147419103234", "!! ValueError: base is not invertible for the given modulus"),
        ("pow3 i:-9223372036854775808 i:88 i:-66", "-50"),
        ("mod i:340282366920938463463374607431768211459 i:-2305843009213693950", "-2305843009213693691"),
        ("add T i:-186502492204887523983275301518383129815386336809984522892753873", "-186502492204887523983275301518383129815386336809984522892753872"),
        ("le i:21084291327155794207368417176707259434844322439872 i:6", "False"),
        ("ge i:2369682961614771008298661899874933747280400054505449063656711611 i:12", "True"),
        ("float i:65308194998338634861875866266960339405887510569931915572492806056245140525830443386952285870203178469125808833", "6.530819499833864e+109"),
        ("m:bit_count i:63", "6"),
        ("pos i:2200726672430333", "2200726672430333"),
        ("mod i:4611686018427387903 i:15277925709216899641042653921545615094245035437052350215785997197059355488799344247269297549177560", "4611686018427387903"),
        ("lt i:2881395782567571404632270773250525650906107798048542654986013053 f:-0x1.5c00000000000p+6", "False"),
        ("invert i:-5071900054548037316372667947833226265722078417665599106604450049057481611188222531", "5071900054548037316372667947833226265722078417665599106604450049057481611188222530"),
        ("m:__round__ i:2305843009213693954 i:-11", "2305843000000000000"),
        ("xor F i:11", "11"),
        ("xor i:-32461710269931051723270599724880195875649 i:-2", "32461710269931051723270599724880195875649"),
        ("pow i:-9223372036854775808 i:8", "52374249726338269920211035149241586435466272736689036631732661889538140742474792878132321477214466514414186946040961136147476104734166288853256441430016"),
        ("divmod i:-2 i:-6226952", "(0, -2)"),
        ("m:as_integer_ratio i:-971892587137870739346254142397", "(-971892587137870739346254142397, 1)"),
        ("gt i:-44 i:340282366920938463463374607431768211458", "False"),
        ("lshift i:-33313762878130887681407117958218357540772882327791707514158633177755422296331258669938372744515944 i:173", "-398853070782805976673146754646655842955125548727901827836744283451468042307398767082377577241988508056394201798438216359953435373311160369948338946048"),
        ("ne i:14 i:241797137078636505325", "True"),
        ("xor F i:4611686018427387903", "4611686018427387903"),
        ("repr i:-1197051821293027483965423575841381470303136631532058061781173574435743160350738754796", "'-1197051821293027483965423575841381470303136631532058061781173574435743160350738754796'"),
        ("abs i:5733219850249762220816688449953752897802362813", "5733219850249762220816688449953752897802362813"),
        ("oct i:-46", "'-0o56'"),
        ("m:bit_count i:-9223372036854775808", "1"),
        ("hex i:340282366920938463463374607431768211453", "'0xfffffffffffffffffffffffffffffffd'"),
        ("add T i:-11494916013274703019765818697", "-11494916013274703019765818696"),
        ("neg i:-135931662781917964421568715122673256888176394363211962482478259042534152613216293499083602231039671935524856609651", "135931662781917964421568715122673256888176394363211962482478259042534152613216293499083602231039671935524856609651"),
        ("sub i:-70 i:184402644255780405020417409734637244731784693186148665140243746938346631455951800492963123", "-184402644255780405020417409734637244731784693186148665140243746938346631455951800492963193"),
        ("add T i:-2305843009213693950", "-2305843009213693949"),
        ("eq i:-471228337903302 f:-0x1.ac9465b056c60p+48", "True"),
        ("mul i:67 i:-28", "-1876"),
        ("add F i:7757985139911174021199213214294354286732043428739", "7757985139911174021199213214294354286732043428739"),
        ("pow i:40 i:54", "324518553658426726783156020576256000000000000000000000000000000000000000000000000000000"),
        ("ge i:-43 f:-0x1.5800000000000p+5", "True"),
        ("eq i:-38433996153701450831455094737256764965020873 f:-0x1.b9335d077cdd0p+144", "False"),
        ("abs i:-8003942245710441253813562913696565488663115892338792530278817324344543238339782529764063", "8003942245710441253813562913696565488663115892338792530278817324344543238339782529764063"),
        ("and T T", "True"),
        ("abs i:-12761484", "12761484"),
        ("or i:-358221720445771344063429888753914778928826527559870655342772379188 i:-1299456034541739841384337761810703201451168769394689372230368204832", "-29119980257532033755690735924668965318496547637172117285743106068"),
        ("oct i:-262970693457", "'-0o3647221453521'"),
        ("m:bit_count i:-18446744073709551616", "1"),
        ("abs i:-18446744073709551617", "18446744073709551617"),
        ("ne i:50 i:300818900646552980035669381474459735210358535409", "True"),
        ("add T i:1332515806832659802069791455051477563395401289161411787477135529362300080472225234496500572693", "1332515806832659802069791455051477563395401289161411787477135529362300080472225234496500572694"),
        ("or i:-35 i:816900988576480308885197819712683593220071455197897886127432664740794037601904682323060447684585682783144737", "-3"),
        ("eq i:-340282366920938463463374607431768211456 i:-3309837432504231653059370913", "False"),
        ("le i:75 i:8753662617749921346454927803", "True"),
        ("pow3 i:-4611686018427387904 i:-54200535597111752952276485630434622424094931872791266347798552775268026484678642449642059 i:78", "!! ValueError: base is not invertible for the given modulus"),
        ("ge i:4611686018427387903 f:0x1.0000000000000p+62", "False"),
        ("invert i:7628553519151051230804548", "-7628553519151051230804549"),
        ("add F i:1211980", "1211980"),
        ("mod i:1141646601712216116486765809098718010059007337709 i:-18446744073709551613", "-9790285766258335277"),
        ("ne i:46 i:854645177681588137118642826960638844806740495632118963304573385237777", "True"),
        ("ne i:-4001457303359151115914852 i:340282366920938463463374607431768211459", "True"),
        ("add F i:74", "74"),
        ("le i:28 i:-6859531112788655853053702275002681426231751271636593625163513991803757515052451236638849746199404560581721872401521", "False"),
        ("xor T i:197917026467687392702532696886571646274211660536", "197917026467687392702532696886571646274211660537"),
        ("xor i:-340282366920938463463374607431768211454 i:874145354200", "-340282366920938463463374606557622857254"),
        ("hex i:128660941180827882390218552420728296604656032972517550084161688055162154180197184251274656663022181", "'0x3c3c21a8f19b05d8e5528b9d02d32aa3a5defa31c62db11d1381fe8e04a281350f368f89f7f0752a65'"),
        ("and i:-18446744073709551617 i:-51", "-18446744073709551667"),
        ("or i:81514266522 i:9223372036854775806", "9223372036854775806"),
        ("m:to_bytes i:-23218200397395884964656395739152286417 i:4 s:626967 k:signed=T", "!! OverflowError: int too big to convert"),
        ("neg i:32", "-32"),
        ("pow i:-42 i:7", "-230539333248"),
        ("bin i:403271218", "'0b11000000010010110111000110010'"),
        ("hex i:1142668153365529820237826620220125222938948539715864314455989217153937057053920509237961316858481650919489106694773006", "'0x1d001096bfa8d6f1fa519573f49740d2a882d1016e74d15840c7ae3ca26cbe491766b50a03658b695ab8da8a6f13ea190e'"),
        ("rshift i:807270615924419562555894199693149794277332799859827688144037786173763861816 i:393", "0"),
        ("pow i:30 i:-1", "0.03333333333333333"),
        ("hex i:-1814849130656384176165284925496617038229736530861551157614008658141438655052390857169914867120621979178", "'-0xcf6f5a050ca6cbf40a81ab4b578e175ca4d9b73f3a2559aa9550554d888af1e8752b80705277479ff862a'"),
        ("floordiv i:4611686018427387903 i:-503", "-9168361865660811"),
        ("oct i:-36893488147419103230", "'-0o3777777777777777777776'"),
        ("or i:361605879141671231797851376011338288651689168966899242581317646 i:-5315781653830136269381309091710182", "-41047853395437675820940033295586"),
        ("lshift i:21 i:15", "688128"),
        ("pos i:-2305843009213693954", "-2305843009213693954"),
        ("and F F", "False"),
        ("lshift i:465965967957209338615490032331144102341451860330541 i:140", "649461770162525647086020722702704278243288004481357454625820014521293281352206764207627042816"),
        ("ne i:-31 i:-61", "True"),
        ("le i:-52439 i:-82", "True"),
        ("xor F i:-28", "-28"),
        ("pow3 i:-4611686018427387905 i:-15 i:-4294011437882737331552410610195", "!! ValueError: base is not invertible for the given modulus"),
        ("xor F i:-43533840899330139467520", "-43533840899330139467520"),
        ("pos i:2", "2"),
        ("float i:-16394549698", "-16394549698.0"),
        ("ne i:3461970283514437353325807753685660632 i:85", "True"),
        ("eq i:99 i:9591862734760911097977417643490546086395913203316044336831794580768919945382767099981572275569266471409264003124891832", "False"),
        ("eq i:18446744073709551619 i:37202900092331621726233953874622", "False"),
        ("neg i:-8462463611386967697535421677250063083254295183205989770982859524626065928361106983062854598767754303", "8462463611386967697535421677250063083254295183205989770982859524626065928361106983062854598767754303"),
        ("le i:7 i:64865463899009258335428514507576534", "True"),
        ("rshift i:84268268448187542979548115850067567683319785598849200435703374550303062072959644382 i:157", "461269512374049373790349903023893329"),
        ("float i:22314181603156382122229868713946113", "2.231418160315638e+34"),
        ("lt i:-53 i:75914949194451605701031272374746060", "True"),
        ("and i:9143753606499331022250790557 i:898016011898116749134379086599167748820272679860637054295491090779467329328381171", "1248253690891658613809171601"),
        ("eq i:30932413661621529739196387781765225136754800445090 f:0x1.52a31667f55edp+164", "False"),
        ("neg i:4611686018427387903", "-4611686018427387903"),
        ("invert i:4611686018427387904", "-4611686018427387905"),
        ("hex i:-475404625379978432274509271906834400111504262995088139733166963527208956040660506", "'-0x1009acaa807ea768c1de34c1c45f771e35b3a1e7d7ef39453e7a3e80f2199121461a'"),
        ("lt f:-0x1.0000000000000p+63 i:2", "True"),
        ("m:to_bytes i:-15 i:40 s:626967 k:signed=F", "!! OverflowError: can't convert negative int to unsigned"),
        ("add T i:-9223372036854775811", "-9223372036854775810"),
        ("and T F", "False"),
        ("sub i:-135931662781917964421568715122673256888176394363211962482478259042534152613216293499083602231039671935524856609651 i:49", "-135931662781917964421568715122673256888176394363211962482478259042534152613216293499083602231039671935524856609700"),
        ("gt i:-465797867614767528340315025181025272384580079 i:3020689347168837265293341577776", "False"),
        ("bin i:4041103380448105330", "'0b11100000010100111000100001110100100100001111010101001101110010'"),
        ("ge i:-201056140443356 i:38", "False"),
        ("neg i:-36893488147419103230", "36893488147419103230"),
        ("abs i:-340282366920938463463374607431768211457", "340282366920938463463374607431768211457"),
        ("m:to_bytes i:21048577450136718467556130920154 i:8 s:6c6974746c65 k:signed=F", "!! OverflowError: int too big to convert"),
        ("oct i:86", "'0o126'"),
        ("m:as_integer_ratio i:6229672766848706255736146365937055293788267187", "(6229672766848706255736146365937055293788267187, 1)"),
        ("and i:-3318 i:64", "0"),
        ("invert i:39468913684969062698957187493472336", "-39468913684969062698957187493472337"),
        ("m:bit_length i:-99", "7"),
        ("ge i:14917690482100731824143161211510964256041341399733196188024354571831201497143837372621427660528 f:0x1.c9b3bd2dd8e61p+312", "False"),
        ("bin i:-476437996020876297036", "'-0b110011101001111100111110010010001101010110011010011011100001101001100'"),
        ("truediv i:10 i:-9802219538204229635441298075372201432934752556765661149236101380475337172", "-1.0201771099927848e-72"),
        ("truediv i:-17924847781809793309 i:-49", "3.658132200369345e+17"),
        ("m:bit_length i:238140854514096661121800360471696741470577984120706680955342473905353204862799167377755207428798847", "327"),
        ("pow i:2 i:56", "72057594037927936"),
        ("pow i:4925825914658806405166661622137615121328164508876 i:1", "4925825914658806405166661622137615121328164508876"),
        ("mul i:11043275030009 i:2", "22086550060018"),
        ("xor F i:-9223372036854775808", "-9223372036854775808"),
        ("hex i:38645735554220652378143601", "'0x1ff78d85b2c95c9f6b3b71'"),
        ("ge i:2723412533328 f:0x1.3d0c04b028000p+41", "True"),
        ("or i:-4516798019356476158207817540656161787 i:-9223372036854775808", "-8216900342644728827"),
        ("xor i:-26247771584131724461665293809509596496450428 i:-35", "26247771584131724461665293809509596496450393"),
        ("repr i:-1", "'-1'"),
        ("eq i:-15816344913187815555875767153632771953 i:-320609714685707598443113298", "False"),
        ("repr i:-1882017593278918611075719351025600912399879812841830066025782955544239232955814150560555163552106128454224488", "'-1882017593278918611075719351025600912399879812841830066025782955544239232955814150560555163552106128454224488'"),
        ("floordiv i:-6406883925781963451640777767959461333745877425738647398899628247129758503366384009130 i:-18446744073709551619", "347317873559763106285103962185728142713723615684179159689498942163"),
        ("xor F i:9223372036854775805", "9223372036854775805"),
        ("add T i:1", "2"),
        ("and i:-14796003071354803347952693939255031658119304761962425 i:7", "7"),
        ("ge i:2305843009213693951 i:-59", "True"),
        ("m:bit_count i:340282366920938463463374607431768211453", "127"),
        ("rshift i:-3884321225421584844240715658446507900085764084792477473273157418449798928141025992193143272729822634713583170472150 i:189", "-4950464579567377256943023193550627848824106409994296787684"),
        ("truediv i:58 i:158898307354278925385295530681942214660634058325126901639820067399787335347991898944455038897599991921961582862959303212", "3.6501332811987398e-118"),
        ("abs i:4611686018427387904", "4611686018427387904"),
        ("and i:759089312033039694393856055370948003178242557185157187333857485566055622 i:-67", "759089312033039694393856055370948003178242557185157187333857485566055556"),
        ("m:bit_count i:-9223372036854775806", "62"),
        ("floordiv i:-340282366920938463463374607431768211456 i:-1", "340282366920938463463374607431768211456"),
        ("xor i:-57957737846636841439806801344960853505762678864716568 i:-2305843009213693952", "57957737846636841439806801344960853991262557336919272"),
        ("pos i:53", "53"),
        ("hex i:0", "'0x0'"),
        ("eq i:-2305843009213693949 f:-0x1.0000000000000p+61", "False"),
        ("add T i:-55", "-54"),
        ("xor F i:-1701332314304752997380952957852539881305676452301056400527088270417753141700776305381177142411975497819", "-1701332314304752997380952957852539881305676452301056400527088270417753141700776305381177142411975497819"),
        ("m:bit_count i:18074299824358219776271157904058297920593715256552615954032202969089077930413060350661178129191511907718740", "187"),
        ("xor i:82 i:4611686018427387903", "4611686018427387821"),
        ("m:bit_length i:-36893488147419103230", "65"),
        ("add T i:-80", "-79"),
        ("truediv i:-11365506774186726171686296758418385299789055406415604713001569034703485886104587480654643071301269770011 i:13", "-8.742697518605174e+101"),
        ("pow3 i:56 i:36893488147419103232 i:91603338176198075866217933075038750487113609875054371385", "45085579377588455213068392825252171638162300542024617646"),
        ("m:as_integer_ratio i:-23", "(-23, 1)"),
        ("ge i:-272646822870472356645930899198854983009376189773032159015572477840553623767795863148087311369259671593631704483531 f:-0x1.c57bec173042cp+376", "True"),
        ("add i:-17 i:-2777132009324661998217300250273250387103737146", "-2777132009324661998217300250273250387103737163"),
        ("add i:1952899523269020901191548099162659912327454627851928273 i:-656601381290318", "1952899523269020901191548099162659912326798026470637955"),
        ("or i:-9322464859011080425422004450904117421398241778088276469181401653467098358770867926946595832321 i:-103320670306591848697217305931925225421444", "-3277211788402470776823998333095281754625"),
        ("abs i:4", "4"),
        ("oct i:-1803436222075525874335818960771817930920981362463770132079534288494170676699149265370831646766", "'-0o15652455672323464043773251127403375745454673004635552227425477631574276731311764133465067614134416770056'"),
        ("or i:-186478681577394222948514829307899231517069795398432476 i:39", "-186478681577394222948514829307899231517069795398432473"),
        ("gt i:1220635207014694136061575433946286711134930633782943374804 i:-61", "True"),
        ("repr i:-106783322466301412045973486049391036", "'-106783322466301412045973486049391036'"),
        ("xor F i:535917583889989537242320434758937974199405", "535917583889989537242320434758937974199405"),
        ("pow3 i:13896018647 i:4611686018427387904 i:-79609515001257335674401235644333306", "-77945707824764297411004449904405539"),
        ("pow i:-1 i:18", "1"),
        ("eq i:9223372036854775811 i:-26929895628637084760715534521101138326763008915784725883322", "False"),
        ("pos i:-42", "-42"),
        ("lt f:-0x1.1005916c5c34ep+388 i:-34", "True"),
        ("sub i:-35475350549188818092811558342185154601028818458977950463200453468257110110 i:-4611686018427387904", "-35475350549188818092811558342185154601028818458977950458588767449829722206"),
        ("pow3 i:-51 i:-9223372036854775808 i:-445296", "!! ValueError: base is not invertible for the given modulus"),
        ("add F i:1", "1"),
        ("m:as_integer_ratio i:18446744073709551617", "(18446744073709551617, 1)"),
        ("ge i:-18446744073709551617 f:-0x1.0000000000000p+64", "False"),
        ("mul i:2 i:7", "14"),
        ("xor T i:-340282366920938463463374607431768211456", "-340282366920938463463374607431768211455"),
        ("add i:441475805221851001759609062698378720834122518640264355122750284098820259951479659 i:4611686018427387902", "441475805221851001759609062698378720834122518640264355122750288710506278378867561"),
        ("lt f:0x1.0000000000000p+62 i:-19550065522345664973506748268391199743898711396745459835303533203", "False"),
        ("pos i:18446744073709551619", "18446744073709551619"),
        ("m:as_integer_ratio i:45175129374232052697032695838434455159393432355323103855478464392213987", "(45175129374232052697032695838434455159393432355323103855478464392213987, 1)"),
        ("pos i:41383716855221070772592418032347316683", "41383716855221070772592418032347316683"),
        ("neg i:-1471871854589243074555969719066379051093422619914259606450", "1471871854589243074555969719066379051093422619914259606450"),
        ("add i:-34699331800194070727 i:36893488147419103234", "2194156347225032507"),
        ("invert i:85893410319636954979662", "-85893410319636954979663"),
        ("add T i:1221436872925014383396670832429246367781346461027099844815391546398691447910260", "1221436872925014383396670832429246367781346461027099844815391546398691447910261"),
        ("lt f:-0x1.ddb95875d756ep+82 i:-40644122411910302", "True"),
        ("truediv i:-4611686018427387902 i:-119401986063721697366952919919991986389909993324966531496358596724473617482028983197766870968180697610079967743643721526", "3.862319355363363e-101"),
        ("float i:21981224757259704340383", "2.1981224757259705e+22"),
        ("neg i:14921464809710038242458286149478743679450083", "-14921464809710038242458286149478743679450083"),
        ("xor T i:0", "1"),
        ("add T i:-22513004590015920433974584075173462678454693688", "-22513004590015920433974584075173462678454693687"),
        ("le i:2565729561527859297492328497396861727924480628592916015359177055802917569899718708976 i:-65", "False"),
        ("lt i:3339269861874310589620822862 f:-0x1.0000000000000p+128", "False"),
        ("m:as_integer_ratio i:81528250146051602903533956803096483875889173523493", "(81528250146051602903533956803096483875889173523493, 1)"),
        ("le i:482741489724620441836631987015762 i:2305843009213693952", "False"),
        ("ne i:998825192705578485187242659701530452783 i:-47439102186579313833738985477513340312854459298230017", "True"),
        ("gt i:-56 i:-1439947673669651703548432991354514767550444985", "True"),
        ("add F i:53", "53"),
        ("ne i:-228909433217540176333179530182397736507419598785019094556968557924296004423987014951848783096320232805021407547776985 i:-1", "True"),
        ("m:bit_count i:2305843009213693952", "1"),
        ("invert i:17689790448163319797759393637346394305609780352562865692212057172395003334713052830050114207149784373302918338", "-17689790448163319797759393637346394305609780352562865692212057172395003334713052830050114207149784373302918339"),
        ("add T i:-9223372036854775806", "-9223372036854775805"),
        ("oct i:60", "'0o74'"),
        ("pow i:-48 i:5", "-254803968"),
        ("floordiv i:29 i:-22", "-2"),
        ("m:as_integer_ratio i:-44859040137487983473971739621589644625672388328965079028738754", "(-44859040137487983473971739621589644625672388328965079028738754, 1)"),
        ("xor i:70 i:-386465379836444891284736973759274298591760148116831", "-386465379836444891284736973759274298591760148116761"),
        ("m:bit_length i:2", "2"),
        ("oct i:-53285234704628910194", "'-0o5615731352260656204162'"),
        ("lt i:-36893488147419103233 i:2305843009213693950", "True"),
        ("hash i:61", "61"),
        ("mod i:-8506094983334020211681146991259230484935437405705444471768636477394332327184476169516445945705948266037255157 i:-83088798777658866062895", "-21591141286915076448952"),
        ("m:bit_count i:40688571262855935638197287093212446467037216309", "73"),
        ("eq i:-39638937509871586840457453771645127373 i:87", "False"),
        ("lshift i:1384886027474097790049065770125734112942505969818205276449889 i:194", "34772281945481702769623410684356303941423798074364162616977387157146865612128018239295056238160632381904309049073074176"),
        ("eq i:-228909433217540176333179530182397736507419598785019094556968557924296004423987014951848783096320232805021407547776985 f:-0x1.73d04b574aa6ep+386", "False"),
        ("lt f:-0x1.675b79be79c81p+154 i:-18446744073709551613", "True"),
        ("hex i:6935497981", "'0x19d634cfd'"),
        ("xor T i:-2739519088821715361950933860467340985098399881736996864041393343883820610860602807099", "-2739519088821715361950933860467340985098399881736996864041393343883820610860602807100"),
        ("le f:-0x1.889060768eb17p-32 f:0x1.653d600000000p+19", "True"),
        ("ne f:0x1.22e731c25aebap+170 i:364", "True"),
        ("pow i:3 f:-0x1.0000000000000p+801", "0.0"),
        ("add i:1125899906842621 f:0x1.9558b4ebaf827p+698", "2.082204817511868e+210"),
        ("gt f:0x1.ccccccccccccdp+4 f:-0x1.f58f5c28f5c29p+6", "True"),
        ("truediv i:60 f:-0x1.a900000000000p+7", "-0.2823529411764706"),
        ("mod f:0x1.176c000000000p+18 f:-0x1.3c54bd3ed0be5p-421", "-1.3316737653043062e-128"),
        ("lt i:-575013593584611708291252223 f:-0x1.dba3dd5e60483p+88", "False"),
        ("eq f:-0x1.a9b3f7ced9168p+8 f:-0x1.84b4000000000p+15", "False"),
        ("float s:3433312e3438343835", "431.48485"),
        ("lt i:-486 f:-0x1.2a813c68661aep+7", "True"),
        ("divmod i:-7844973857313480969091008074684727956837927342277564467060401123485909305707508913119369485864774838600 f:0x1.c6bf526340000p+49", "(-7.844973857313482e+87, 851163265564672.0)"),
        ("add f:0x1.ff7df9e034940p-669 f:0x1.2366666666666p+7", "145.7"),
        ("ne f:-0x1.c087d2204fd68p-270 f:0x1.4c1c528a31f84p-486", "True"),
        ("pow i:-1 f:0x1.702affa08f874p-441", "(1+7.956605292058702e-133j)"),
        ("eq i:-51572799057747869695 f:-0x1.65dbb1bfd2d4cp+65", "False"),
        ("m:__round__ f:0x1.440cccccccccdp+9", "648"),
        ("mul f:0x1.0000000000000p-791 f:0x1.c17f64ecab333p+726", "4.7592413185847907e-20"),
        ("float s:2d312e33393536343538313337313230373832652d323732", "-1.3956458137120782e-272"),
        ("abs f:0x1.8000000000000p+0", "1.5"),
        ("ge f:0x1.0000000000000p+1012 f:-0x1.fab7bca06fc84p-536", "True"),
        ("pow f:0x1.005b019e5a8e5p+52 i:4", "4.136659271532788e+62"),
        ("mod f:0x1.1440800000000p+17 f:-0x1.44d851a59b698p-117", "-7.260101739678798e-36"),
        ("mod f:0x1.2de4a0a240bc4p-522 f:0x1.d94e767e53095p+102", "8.589254096124502e-158"),
        ("neg f:-0x1.bb6fce4f3aba9p-806", "4.058964043067665e-243"),
        ("truediv i:-187 f:0x1.241d6526e52adp-48", "-4.612833360529688e+16"),
        ("int f:0x1.ba62fa79e9f07p-101", "0"),
        ("sub f:0x1.0e70a3d70a3d7p+6 f:0x1.4000000000000p+1", "65.11"),
        ("m:__floor__ f:0x1.4000000000000p+1", "2"),
        ("gt f:0x1.bfaf1ad46a752p-28 f:0x1.8a0264144cd22p-900", "True"),
        ("truth f:-0x0.0p+0", "False"),
        ("gt i:63378307939054411775 f:0x1.b7c67da392543p+65", "False"),
        ("mod i:-68 f:0x1.0000000000000p+326", "1.3670317029893825e+98"),
        ("repr f:0x1.0000000000000p+999", "'5.357543035931337e+300'"),
        ("le f:0x1.402e6cd1ba864p-701 f:0x1.a36e2eb1c432dp-14", "True"),
        ("abs f:0x1.f0e021a99b81bp+223", "2.6163549508206508e+67"),
        ("cm:fromhex f:-0x1.c0279bec18c78p+350 s:2d3078312e63303237396265633138633738702b333530", "-4.015008737501209e+105"),
        ("mul f:0x1.130918a8c451dp-109 i:-965", "-1.597374053051259e-30"),
        ("neg f:0x1.784c8549bb37fp+99", "-9.316709719196921e+29"),
        ("m:__round__ f:0x1.520e0a9b32405p-742 i:-257", "0.0"),
        ("m:__round__ f:-0x1.e3346f7364183p-904", "0"),
        ("m:__floor__ f:-0x1.c16b000000000p+19", "-920408"),
        ("int f:0x1.0000000000000p-252", "0"),
        ("gt i:1180591620717411303423 f:-0x1.4ea29467b250dp+126", "True"),
        ("mod f:-0x1.a33c710c2afdep-127 f:0x1.1374f30eed465p-545", "8.089653375752506e-165"),
        ("sub f:0x1.0000000000000p+835 i:547", "2.291112313477997e+251"),
        ("m:__ceil__ f:0x1.0000000000001p+53", "9007199254740994"),
        ("floordiv f:0x1.0aae147ae147bp+7 i:-89", "-2.0"),
        ("gt f:-0x1.b0cf31bc7ee82p-870 i:-288230376151711745", "True"),
        ("add i:884 f:0x1.32f22e143bdbep-18", "884.000004573852"),
        ("truediv i:406 f:-0x1.4b99df9439ceap+532", "-2.22942252795753e-158"),
        ("truediv f:0x1.2fb017df1764bp+74 f:-0x1.0000000000000p-270", "-4.251145607599185e+103"),
        ("gt i:17 f:-0x1.2be59ce5a1aa7p+11", "True"),
        ("le f:0x1.d0fb872fc66fep+127 f:-0x1.6afd4fdf3b646p+9", "False"),
        ("abs f:0x1.54ed3a479422ep-150", "9.33085976280698e-46"),
        ("mod i:-12 f:0x1.4e3e760c17c3ep+67", "1.926785412122751e+20"),
        ("pow f:0x1.2ab1c229be483p+801 f:0x1.5555555555555p-2", "2.496536187656819e+80"),
        ("m:hex f:-0x1.0000000000000p+885", "'-0x1.0000000000000p+885'"),
        ("pow i:4 f:0x1.3e6ea7bd48cb5p+8", "5.19177505405744e+191"),
        ("lt i:49286708808940170891478377 f:-0x1.1a4e412366855p+225", "False"),
        ("ge i:633 f:-0x1.c4e3ccc32bbdcp+855", "True"),
        ("divmod f:-0x1.3b4bf653e9831p-219 f:nan", "(nan, nan)"),
        ("lt i:135362494580686099383844865 f:0x1.bfe07e23b572ep+86", "False"),
        ("m:__round__ f:0x1.84de000000000p+18 i:-12", "0.0"),
        ("floordiv i:144115188075855870 f:-0x1.52c28f5c28f5cp+7", "-850839462013555.0"),
        ("neg f:-0x1.cd27b10849e6ap+520", "6.183078269950505e+156"),
        ("floordiv i:-944 f:0x1.86f5ed9803907p+36", "-1.0"),
        ("floordiv f:-0x1.baf7748c0a66ep+250 i:-36028797018963965", "8.689207976270336e+58"),
        ("le i:778 f:0x1.fffffffffffffp+1023", "True"),
        ("ne f:-0x1.4879acbafe5e4p+214 f:0x1.3a03fef7cbfecp-395", "True"),
        ("repr f:0x1.8f4888511c2a3p-159", "'2.1343807876637375e-48'"),
        ("eq f:0x1.4f8b588e368f1p-17 f:0x1.73332354a3af8p+32", "False"),
        ("pow i:-3 f:-0x1.ed0a9ddba9e51p-528", "(1-6.885819709582159e-159j)"),
        ("gt f:0x1.78170a0e52c87p+69 f:-0x1.480853b8e4b88p+9", "True"),
        ("divmod f:0x1.2fb017df1764bp+74 f:-0x1.0000000000000p-270", "(-4.251145607599185e+103, -0.0)"),
        ("sub i:-18014398509481987 f:0x1.95d999999999ap+9", "-1.80143985094828e+16"),
        ("divmod f:0x1.0e4bba5e7fd1fp+334 i:-299", "(-1.235795802329462e+98, -115.0)"),
        ("m:__round__ f:0x1.a36e2eb1c432dp-14 i:-301", "0.0"),
        ("sub f:0x1.0000000000000p+416 f:0x1.7d80cf889136bp-74", "1.6923032801030364e+125"),
        ("m:__round__ f:0x1.fffffffffffffp+1023 i:18", "1.7976931348623157e+308"),
        ("float i:332", "332.0"),
        ("m:hex f:0x1.0000000000000p-696", "'0x1.0000000000000p-696'"),
        ("ge f:0x1.9bc27920aa642p+1010 i:-544", "True"),
        ("truediv i:-736 f:-0x1.158b800000000p+19", "0.001294835436268059"),
        ("ne i:749 f:0x1.a36e2eb1c432dp-14", "True"),
        ("eq i:-784 f:0x1.b078826aa8eb4p+8", "False"),
        ("hash f:0x1.0450b5fd19e90p+143", "1726118511264172566"),
        ("lt f:0x1.bf0ce8c95d243p-107 i:-144115188075855875", "False"),
        ("ge i:-767 f:-0x1.0000000000000p+966", "True"),
        ("eq i:18446744073709551617 f:0x1.5d4c000000000p+19", "False"),
        ("str f:-0x1.b0e64e7ab7564p+9", "'-865.79927'"),
        ("floordiv f:0x1.a2ccccccccccdp+6 f:-0x1.d7d1daa6e1d3ap-323", "-9.707315324133623e+98"),
        ("float s:372e32383938373232333339383630393135452b3337", "7.2898722339860915e+37"),
        ("gt i:-111990058968349933569 f:-0x1.848b27521be30p+66", "False"),
        ("divmod f:0x1.0000000000000p+926 f:0x0.0p+0", "!! ZeroDivisionError: float divmod()"),
        ("hash f:-0x1.0cf5000000000p-21", "-1155161653248"),
        ("float s:302e30", "0.0"),
        ("m:is_integer f:-0x1.4400000000000p+9", "True"),
        ("eq i:-572398451727097387393440204980223 f:-0x1.c38af25ec8ce8p+108", "False"),
        ("add i:631 f:-0x1.f373acc4ef88cp+9", "-367.90371000000005"),
        ("hash f:-0x1.17f999999999ap+9", "-2190550858753114671"),
        ("add f:0x1.a346617c1bda5p+8 f:-0x1.0451566774083p+1005", "-3.486658532366969e+302"),
        ("sub f:0x1.f91eb851eb852p+5 f:0x1.c6bf526340000p+49", "-999999999999936.9"),
        ("m:__round__ f:-0x1.16147ae147ae1p+4 i:0", "-17.0"),
        ("lt f:0x1.0000000000000p-589 f:-0x1.0000000000000p-1", "False"),
        ("eq i:-172917305631581511348646595002368 f:-0x1.10d0be5963210p+107", "True"),
        ("ne f:0x1.8f935088f74e1p-493 i:-448", "True"),
        ("le i:-306 f:0x1.d1af0d2b1f87ap+584", "True"),
        ("pow i:2 f:0x1.241e9a1876d20p-449", "1.0"),
        ("ge f:-0x1.0000000000000p+676 i:-1152921504606846979", "False"),
        ("truediv f:-0x1.0000000000000p-241 i:-974", "2.9054411828884474e-76"),
        ("pow f:0x1.0000000000001p+53 f:0x1.5555555555555p-2", "208063.8306835757"),
        ("pow f:0x1.5381fef95bb40p-828 f:0x1.b8b8ffd7bea40p-914", "1.0"),
        ("gt f:-0x1.3d35aab8bbd1bp+158 i:-2251799813685246", "False"),
        ("eq i:3757030741732885972031373312 f:0x1.8477c693a68d5p+91", "True"),
        ("eq f:0x1.93b94b54d2067p-216 i:-985", "False"),
        ("mod f:-0x1.a298489d27c39p+7 f:0x1.2533ba0a580efp-913", "6.348690743947802e-277"),
        ("le i:-300 f:0x1.569bf1dfe77c8p+127", "True"),
        ("ge f:0x1.a2ccccccccccdp+6 i:-594", "True"),
        ("le f:-0x1.e1d34d8f1aacep+185 i:-97", "True"),
        ("truth f:0x1.0000000000000p+63", "True"),
        ("eq f:0x1.3035400000000p+19 i:-4611686018427387905", "False"),
        ("le f:0x1.dd1fe86833c60p+4 f:-0x1.0000000000000p+129", "False"),
        ("gt f:0x1.7933333333333p+7 f:-0x1.33f842091c1fcp-694", "True"),
        ("truth f:0x1.08f3e00000000p+19", "True"),
        ("gt f:0x1.a90e0f1b25f63p+9 i:72057594037927939", "False"),
        ("le i:-4611686018427387906 f:0x1.7abd1b00b4d5ep-525", "True"),
        ("m:__round__ f:0x1.3e8b52aac8abbp-169", "0"),
        ("eq f:-0x1.0000000000000p+1000 i:2305843009213693950", "False"),
        ("mod f:0x1.73f91a90b2a44p-462 f:0x1.a147ae147ae14p+5", "1.2201508511731291e-139"),
        ("cm:fromhex f:0x1.bf01970ad2087p+257 s:3078312e62663031393730616432303837702b323537", "4.043733052384035e+77"),
        ("ne i:168 f:-0x1.019829aecc2a9p-422", "True"),
        ("ge f:-0x1.0000000000000p+586 i:-592", "False"),
        ("truediv f:0x1.4f8b588e368f1p-17 f:-0x1.0000000000000p+416", "-5.909106315382871e-131"),
        ("le f:-0x1.3f1563e904ee2p+886 f:0x1.aa596e7db9c63p+98", "True"),
        ("repr f:-0x1.27099318247d7p-18", "'-4.396399866506452e-06'"),
        ("lt i:-836932471120635387347177831959540600775953642728398936308481303629403150725690142195973673731340265206546459408050512225405 f:-0x1.f9a3000000000p+17", "True"),
        ("gt i:-144115188075855874 f:0x1.632a000000000p+17", "False"),
        ("neg f:0x1.60b7e72b23c48p+125", "-5.860539168698765e+37"),
        ("floordiv i:-36028797018963971 f:0x1.ddd52dc8261d7p-483", "-4.820607126783096e+161"),
        ("mod i:-144115188075855869 f:0x1.543cb6c25e2e5p+51", "2529941251962602.5"),
        ("eq f:0x1.32335df0e188ap-488 f:0x1.0000000000000p-536", "False"),
        ("cm:fromhex f:-inf s:2d696e66", "-inf"),
        ("float i:8", "8.0"),
        ("neg f:0x1.a36e2eb1c432dp-14", "-0.0001"),
        ("add f:0x1.e8d2ded5f4e0dp+304 f:0x1.4745c73601b1ap+157", "6.223446805396205e+91"),
        ("lt f:0x1.2894d13e5835ap+453 f:-0x1.50f3acc7d64a7p-634", "False"),
        ("m:__ceil__ f:0x1.b6de848beb5b3p+9", "878"),
        ("abs f:-0x1.120f5c28f5c29p+8", "274.06"),
        ("truediv f:0x1.0000000000000p+53 i:9223372036854775810", "0.0009765625"),
        ("neg f:0x1.2fd3cc00e65d8p+881", "-1.913432093763693e+265"),
        ("m:is_integer f:-0x1.3933333333333p+9", "False"),
        ("truth f:0x1.9266843808851p+9", "True"),
        ("float s:392e393938393130373537333637383632452d3335", "9.998910757367862e-35"),
        ("str f:0x1.0000000000000p-431", "'1.8033161362862765e-130'"),
        ("divmod f:0x1.1c058a00b32a1p+121 i:-2184403892907211738929721023490865167662214195761209122158405801794761271881", "(-1.0, -2.184403892907212e+75)"),
        ("cm:fromhex f:-0x1.174d9e83e425bp+9 s:2d3078312e31373464396538336534323562702b39", "-558.6064"),
        ("gt f:-0x1.cd27b10849e6ap+520 f:0x1.79b6994796bcap-139", "False"),
        ("ne f:0x1.93d8f9da5c04ap+627 f:0x1.0000000000000p+10", "True"),
        ("divmod f:-0x1.71b3333333333p+9 f:-0x1.5a53262b82f63p-404", "(2.2581566513824316e+124, -9.599380352223956e-123)"),
        ("sub f:-0x1.0000000000000p+470 f:0x1.d8c4200000000p+19", "-3.048582568667961e+141"),
        ("gt i:21569231623072538623 f:0x1.2b554de1eb5c6p+64", "False"),
        ("truth f:-0x1.aba6052db2b37p-684", "True"),
        ("pow f:0x1.602c63a0eb779p+46 f:0x0.0p+0", "1.0"),
        ("m:__round__ f:0x1.4c4e73d5bab22p+9", "665"),
        ("add i:-1665373330737307826311806287805655252104060834349436477844965839864945690024339897877261146660629489046643615035131 f:-0x1.bb55e00d1b717p+9", "-1.6653733307373078e+114"),
        ("truediv f:-0x1.4ec9a78966450p+932 i:-147573952589676412925", "3.2171832151713567e+260"),
        ("mul f:0x1.e7c999a48b0cap+323 f:-0x1.52cf2ef883eb2p-239", "-4.877819312876726e+25"),
        ("sub i:-937 f:-0x1.8dd1eb851eb85p+8", "-539.1800000000001"),
        ("lt f:0x1.a36e2eb1c432dp-14 f:-0x1.a2147ae147ae1p+5", "False"),
        ("le f:0x1.5144fa2216287p+12 i:17", "False"),
        ("cm:fromhex f:0x1.83cf128beab19p+73 s:3078312e38336366313238626561623139702b3733", "1.4307622197762292e+22"),
        ("lt f:-0x1.c8d761db31215p-610 f:0x1.f483126e978d5p+5", "True"),
        ("divmod f:-0x1.f0f5d616f86a1p+7 f:-0x1.97c5778136f92p+713", "(0.0, -248.480149)"),
        ("add f:-0x1.0a89adf202388p+839 f:0x1.a073a218a1a51p-875", "-3.8166753719925195e+252"),
        ("m:hex f:0x1.fffffffffffffp+1023", "'0x1.fffffffffffffp+1023'"),
        ("hash f:0x1.8129ccca1845ep+83", "455077069489982067"),
        ("m:__round__ f:0x0.0000000000001p-1022 i:250", "0.0"),
        ("ge i:36893488147419103230 f:-0x1.d9d0ee1d776cfp+835", "True"),
        ("gt f:0x1.9165b25030297p-922 i:-36893488147419103229", "True"),
        ("gt f:0x1.39a47d37cca0ep+35 i:526", "True"),
        ("str f:0x1.3c074421c5e9fp+22", "'5177809.032981544'"),
        ("float s:2d3132332e3837363236", "-123.87626"),
        ("le i:31960294654117198667143580420119912527107 f:0x1.2663126e978d5p+8", "False"),
        ("gt i:313622347805019560350675107839 f:0x1.faaf29b2c152ap+97", "False"),
        ("divmod f:0x1.4300000000000p+9 i:72057594037927937", "(0.0, 646.0)"),
        ("lt i:9007199254740995 f:0x1.898bb0a832072p-752", "False"),
        ("le f:0x1.616549fc51564p-936 f:0x1.869b11f151908p+677", "True"),
        ("eq f:0x1.5acfe637cc20bp+285 i:-576460752303423488", "False"),
        ("cm:fromhex f:0x1.2feeb076c124ep-522 s:3078312e32666565623037366331323465702d353232", "8.647274971841242e-158"),
        ("add f:0x1.8380000000000p+9 i:-9223372036854775808", "-9.223372036854775e+18"),
        ("m:__round__ f:-0x1.6ac083126e979p+6 i:3", "-90.688"),
        ("float s:2d3633373832362e30", "-637826.0"),
        ("ge f:0x1.bbeb276fff68fp-923 i:369", "False"),
        ("sub i:-1180591620717411303424 f:-0x1.0000000000000p+487", "3.99583814440447e+146"),
        ("gt i:352 f:-0x1.9b5dc26f36400p+576", "True"),
        ("le f:0x1.833731ebef9d5p+333 f:-0x1.0000000000000p-458", "False"),
        ("hash f:0x1.0000000000000p+853", "1152921504606846976"),
        ("lt i:4210995355481868861441 f:0x1.c88e999a00992p+71", "False"),
        ("add i:2251799813685246 f:-0x1.f8ef6f7517778p+846", "-9.254907765080118e+254"),
        ("gt i:-45895109116144476225537 f:-0x1.36ff52be4d8ffp+75", "False"),
        ("add f:0x0.0p+0 f:0x1.d6af559b3d07dp+9", "941.3698"),
        ("gt i:4759689048837619216540294758484222699903367537908068683424819672926948340952975888231764473740481041341006788090493181552557206 f:-0x1.4c42800000000p+19", "True"),
        ("truediv i:-259 f:0x1.9140814895d40p+487", "-4.135372738680968e-145"),
        ("add i:-30 f:0x1.44f62be418195p+6", "51.24040180584991"),
        ("ne i:-2 f:-0x0.0p+0", "True"),
        ("truediv f:0x1.da11eb851eb85p+9 f:-0x1.22fd180a04f2fp+535", "-7.416324212906433e-159"),
        ("lt i:1180591620717411303421 f:0x1.0000000000000p-427", "False"),
        ("m:__round__ f:0x1.0822cf85fa329p+826 i:103", "4.617044021953534e+248"),
        ("m:as_integer_ratio f:-0x1.0000000000000p-229", "(-1, 862718293348820473429344482784628181556388621521298319395315527974912)"),
        ("float s:2d302e38303432383533383737323037353031", "-0.8042853877207501"),
        ("mul f:0x1.5a00000000000p+9 f:0x1.20edcdb37c99bp+7", "99969.40632"),
        ("lt i:20542227134283608227841 f:0x1.16662ad54fcf4p+74", "False"),
        ("pow f:0x1.c9dfc00000000p+18 i:-5", "4.413368488228452e-29"),
        ("le f:0x1.4d06ab76467b5p-101 i:576460752303423491", "True"),
        ("sub f:-0x1.3c1a21a31e31ap-1014 i:710", "-710.0"),
        ("m:__trunc__ f:0x1.4000000000000p+1", "2"),
        ("str f:-0x1.936c800000000p+17", "'-206553.0'"),
        ("m:__round__ f:0x1.a36e2eb1c432dp-14", "0"),
        ("ne f:0x1.0000000000000p+62 i:26213088181704049848048669787850600448615103918", "True"),
        ("mod f:0x1.c32a0382855f5p+423 i:907", "538.0"),
        ("eq i:-181236883214515077120 f:-0x1.3a65582195041p+67", "True"),
        ("eq f:0x1.5556f44fb07f6p+19 f:0x1.cd2befb7b54a5p-679", "False"),
        ("eq f:0x1.8eb2389a65379p-571 f:-0x1.046b71a840a8fp+565", "False"),
        ("pow f:-0x1.1076cf41f212dp+8 f:-0x1.0000000000000p-202", "(1-4.887544770026402e-61j)"),
        ("divmod i:-697 f:0x1.b075e00000000p+19", "(-1.0, 884982.0)"),
        ("abs f:0x1.ebd02fd430b48p+135", "8.367768496149302e+40"),
        ("eq i:-45383856873530727120699916287 f:-0x1.25494b05ce298p+95", "False"),
        ("lt i:-76359915627506459746476717244415 f:-0x1.e1e618e441ceep+105", "False"),
        ("gt f:0x1.6051aa0c1e2f6p+954 i:-264", "True"),
        ("truediv f:0x1.a755bbe2ae374p+60 i:-144115188075855873", "-13.229215567336475"),
        ("m:hex f:-0x1.1805e353f7ceep+9", "'-0x1.1805e353f7ceep+9'"),
        ("floordiv i:584 f:0x1.5af4000000000p+19", "0.0"),
        ("eq i:2348624447581166019543040 f:0x1.f1572fb94970ep+80", "True"),
        ("add f:-0x1.becee8d18b4c8p-550 f:0x1.9b86000000000p+17", "210700.0"),
        ("neg f:-0x1.0000000000000p+95", "3.961408125713217e+28"),
        ("eq i:-592 f:-0x1.0000000000000p+586", "False"),
        ("m:__round__ f:0x1.4e9e63ffd5294p+775 i:-69", "2.5975080326382606e+233"),
        ("le f:0x1.c158da57e41ddp+137 i:-7077649232181306660842522950147", "False"),
        ("m:__round__ f:0x1.abc8c00000000p+19", "876102"),
        ("floordiv i:-674 f:0x1.5c00000000000p+6", "-8.0"),
        ("m:__floor__ f:-0x1.ffa8ac28b95c6p-666", "-1"),
        ("eq f:0x1.ef53d07c84b5ep+9 i:976", "False"),
        ("add f:0x1.ed2d82d0c0a9ep+96 f:0x1.d32cc369ec52fp+5", "1.5263112926225419e+29"),
        ("str f:-0x1.08b4400000000p+18", "'-271057.0'"),
        ("mod f:-0x1.eaf251af3f535p+82 i:-143", "-64.0"),
        ("ne i:-140 f:0x1.ec3e8459054acp+50", "True"),
        ("pow i:3 f:-0x1.c14dc00000000p+19", "0.0"),
        ("mod f:-0x1.0000000000000p+818 f:0x1.2b0f2e01e6697p-944", "5.933526593795715e-285"),
        ("eq i:-29036796503627343935183356166144 f:-0x1.6e7ef31e529d0p+104", "True"),
        ("pow f:-0x1.6ca5e1d9f4dffp-778 f:0x1.0000000000000p-1", "(5.796014518265962e-134+9.465610039239677e-118j)"),
        ("m:__trunc__ f:-0x1.9233333333333p+8", "-402"),
        ("pow f:-0x1.c575000000000p+16 f:-0x1.cd8f6b65a9a80p+9", "(-0+0j)"),
        ("add f:0x1.fffffffffffffp+1023 i:362", "1.7976931348623157e+308"),
        ("lt i:1235556081843409591031321067521 f:0x1.f309812c03af1p+99", "False"),
        ("float i:-245", "-245.0"),
        ("le f:-0x1.3933333333333p+9 f:-0x1.f0f3333333333p+9", "False"),
        ("ne f:0x1.db28b45a93dd4p-46 f:-0x1.a2f2177ee108fp+457", "True"),
        ("divmod f:0x1.571331fab70f6p+150 i:-61", "(-3.1355851408287653e+43, -8.0)"),
        ("m:__round__ f:-0x1.2af6804ab91b4p-764", "0"),
        ("eq i:2 c:0x1.2aaad9854c2a0p-1,0x1.beed33603ec60p-2", "False"),
        ("repr c:-0x0.0p+0,-0x1.0000000000000p+1", "'(-0-2j)'"),
        ("g:real c:-0x1.0000000000000p+1,-0x1.0000000000000p+1", "-2.0"),
        ("pow i:2 c:-0x1.33384d03936cdp+2,-0x1.27cc7b4314740p+1", "(-0.001112984023818443-0.03587181601989147j)"),
        ("hash c:0x1.1c37937e08000p+53,0x1.0f0cf064dd592p+73", "-8364619900711121200"),
        ("repr c:0x0.0p+0,0x1.0f0cf064dd592p+73", "'1e+22j'"),
        ("float f:nan", "nan"),
        ("ne c:0x1.8000000000000p+0,0x0.0p+0 c:-0x1.10d6fcdd769eap+2,0x1.69f85adb01b64p+1", "True"),
        ("pow c:0x0.0p+0,0x0.0p+0 i:1", "0j"),
        ("complex s:3062096e616e2b315f3030302d322e356a", "!! ValueError: complex() arg is a malformed string"),
        ("g:real c:0x1.ad7f29abcaf48p-24,inf", "1e-07"),
        ("ne c:nan,-0x1.0000000000000p+1 c:0x1.12dbb3f4a2c74p+2,-0x1.f7ce9f7302a1ep+0", "True"),
        ("ne i:2 c:0x1.20bd4109aec58p+1,-0x1.12c0b9d8fb2fap+2", "True"),
        ("eq c:0x1.b9f306c1b4db8p-1,0x1.d193bb7b68948p+1 i:2", "False"),
        ("float b:45090a45", "!! ValueError: could not convert string to float: b'E\\t\\nE'"),
        ("float T", "1.0"),
        ("pow c:0x0.0p+0,0x0.0p+0 f:0x1.0000000000000p-1", "0j"),
        ("ne c:0x0.0p+0,0x1.0f0cf064dd592p+73 c:-0x1.c9650640a8734p+0,-0x1.bff9d659e5a0ap+1", "True"),
        ("mul c:-0x1.27feb5d2e335bp+2,-0x1.68362b6370ac0p-1 i:0", "-0j"),
        ("g:real c:0x1.1c37937e08000p+53,-0x1.0000000000000p+1", "1e+16"),
        ("truediv c:0x1.42f2f9c080cc6p+1,0x1.ff02550c4b0a0p-3 f:0x0.0p+0", "!! ZeroDivisionError: complex division by zero"),
        ("eq f:0x1.8000000000000p+0 c:-0x1.062dd22af48b8p+2,0x1.7c053507fa930p+0", "False"),
        ("eq c:nan,nan c:-0x1.016eecd042270p-1,-0x1.dd7fc1659931cp+1", "False"),
        ("truediv c:-0x1.7a86a5b09c655p+1,0x1.7b7735d369bb0p+1 i:-3", "(0.9857447024141316-0.9881918361120251j)"),
        ("mul f:0x0.0p+0 c:-0x1.3b67030f82dbap+2,0x1.b18de9286996cp+1", "(-0+0j)"),
        ("repr c:nan,-0x1.0000000000000p+1", "'(nan-2j)'"),
        ("pow c:0x1.c4fef607c67b8p-1,-0x1.ad6204d5309e0p-3 i:-1", "(1.0701592091610166+0.2535939109737794j)"),
        ("truediv c:0x1.d9e7bfe0c1804p+0,0x1.fce62d84454e8p-1 f:0x0.0p+0", "!! ZeroDivisionError: complex division by zero"),
        ("ne i:0 c:-0x1.a11ecf68f79f1p+1,0x1.67430f0ea9eacp+1", "True"),
        ("ne f:0x1.8000000000000p+0 c:-0x1.658b37ba526fap+1,-0x1.c18f160b9866ep+1", "True"),
        ("eq c:0x1.ad7f29abcaf48p-24,0x0.0p+0 c:-0x1.310954bb0a5b4p+2,-0x1.323acb565fcc0p-1", "False"),
        ("m:conjugate c:nan,0x1.0f0cf064dd592p+73", "(nan-1e+22j)"),
        ("repr c:0x1.8000000000000p+0,-0x1.0000000000000p+1", "'(1.5-2j)'"),
        ("str c:0x1.8000000000000p+0,-0x1.0000000000000p+1", "'(1.5-2j)'"),
        ("add c:inf,inf c:-0x1.8f4636795aa08p+1,0x1.ab52e8136a3e0p+0", "(inf+infj)"),
        ("ne c:-0x1.c714930dd3c30p-1,-0x1.d79bcdd07567bp+1 f:0x0.0p+0", "True"),
        ("int s:323935393436333233322e30363830383437 i:0", "!! ValueError: invalid literal for int() with base 0: '2959463232.0680847'"),
        ("float b:2d313838363630353030313734343032323232303232333139303737363331", "-1.8866050017440224e+29"),
        ("pow c:0x1.2c41b58682d60p+2,-0x1.edb18e6a3e5b0p+0 i:100", "(8.845782800977179e+69-3.202369846967655e+70j)"),
        ("truth c:0x1.ad7f29abcaf48p-24,0x1.0f0cf064dd592p+73", "True"),
        ("abs c:nan,0x1.8000000000000p+0", "nan"),
        ("hash c:-0x1.0000000000000p+1,inf", "314159942475"),
        ("truediv c:-0x1.c3e95ff5c7192p+0,-0x1.04660171a1e27p+1 i:1180591620717411303424", "(-1.4952501242086516e-21-1.72317245810707e-21j)"),
        ("float s:343032373932373732393031393432303131313630363837353538343232", "4.02792772901942e+29"),
        ("truediv c:-0x1.8a7977eaced56p+1,-0x1.3619053ad115dp+2 i:2", "(-1.5409159610997754-2.422638562888251j)"),
        ("pow c:-0x1.fd52bed1b12b0p-1,0x1.5f3979c77b200p+0 f:-0x1.8000000000000p+1", "(0.19559822102493946-0.06292771230462305j)"),
        ("sub c:nan,0x0.0p+0 c:0x1.5e6b9a45db5e2p+1,0x1.13887f062ae5ep+2", "(nan-4.305206066153543j)"),
        ("truth c:0x1.1c37937e08000p+53,inf", "True"),
        ("sub c:0x0.0p+0,-0x1.0000000000000p+1 c:0x1.cdf76839d5c00p-3,-0x1.576eef5bb872cp+1", "(-0.22556954790590567+0.6830729673246392j)"),
        ("truth c:nan,0x0.0p+0", "True"),
        ("g:real c:-0x1.0000000000000p+1,inf", "-2.0"),
        ("ne i:0 c:-0x1.14c0119ecdf00p-4,0x1.2ec29ed7dae50p+1", "True"),
        ("abs c:0x0.0p+0,0x1.8000000000000p+0", "1.5"),
        ("eq i:2 c:0x1.38f447fdb6feep+2,-0x1.98af8ce34dec4p+1", "False"),
        ("eq c:0x1.1c37937e08000p+53,-0x1.0000000000000p+1 c:0x1.05ff9f87bac14p+2,-0x1.414db603226f7p+1", "False"),
        ("add c:0x1.104194c26d960p-1,0x1.40c62b94a699cp+0 i:-3", "(-2.468249655977349+1.253023837844558j)"),
        ("float b:3058", "!! ValueError: could not convert string to float: b'0X'"),
        ("float b:343337303134313338373636323534383336363739393034303436333937", "4.370141387662548e+29"),
        ("complex s:28287830785a", "!! ValueError: complex() arg is a malformed string"),
        ("eq c:0x1.291fc3845f24ep+2,0x1.5ed748fa1219cp+1 f:0x1.8000000000000p+0", "False"),
        ("sub i:2 c:0x1.167cd40fcd624p+2,0x1.50c8f10bd8266p+1", "(-2.35136891883079-2.6311322505792303j)"),
        ("add f:0x1.8000000000000p+0 c:0x1.d91a40ba5b7c0p-2,0x1.bbdfa35c4a960p+1", "(1.9620142091506487+3.4677623940125812j)"),
        ("sub c:0x1.06e6d449003e6p+2,0x1.368f955aacee6p+1 i:0", "(4.107838698663704+2.426256818080094j)"),
        ("int T", "1"),
        ("int s:31696e6629652d61 i:0", "!! ValueError: invalid literal for int() with base 0: '1inf)e-a'"),
        ("mul c:-0x1.c2f338534fb28p-1,0x1.7c532f1888ea8p+0 i:1180591620717411303424", "(-1.0398200853401216e+21+1.753939196153753e+21j)"),
        ("mul i:0 c:-0x1.28cdbb5340a16p+2,-0x1.9b6a0c8409690p+0", "-0j"),
        ("g:imag c:-0x1.0000000000000p+1,-0x1.0000000000000p+1", "-2.0"),
        ("abs c:0x1.8000000000000p+0,0x1.0f0cf064dd592p+73", "1e+22"),
        ("add c:0x1.75ba99cb595a0p-2,-0x1.fb2153f5d0284p+1 i:-3", "(-2.6350303620944597-3.961954588914809j)"),
        ("pow c:0x1.1c37937e08000p+53,0x0.0p+0 c:0x1.bb93979e558c0p-4,-0x1.c53276d76eee0p-1", "(19.872455283334354-50.254163395834496j)"),
        ("int s:353234313337333837333534363133353037303230383436353138383333 i:16", "427091074043616999846392362360211507"),
        ("ne i:0 c:0x1.d69a197790bbcp+0,0x1.20ca4c9fb9962p+1", "True"),
        ("pow i:0 c:-0x1.14e86fe7612a8p+2,-0x1.d6bde6d0be2fep+1", "!! ZeroDivisionError: 0.0 to a negative or complex power"),
        ("complex s:333830303338393537363330383539363134353536303437383332323833", "(3.800389576308596e+29+0j)"),
        ("m:conjugate c:0x0.0p+0,inf", "-infj"),
        ("g:real c:-0x1.0000000000000p+1,nan", "-2.0"),
        ("truediv i:0 c:0x1.36167fe10b754p+1,-0x1.f567ce97f3308p+1", "(-0+0j)"),
        ("mul c:nan,inf c:0x1.3be86ab3e05a0p-1,0x1.1d26f83e8aa2ap+1", "(nan+nanj)"),
        ("mul i:0 c:0x1.0cd814081d660p-3,0x1.0b32167e83584p+1", "0j"),
        ("ne c:-0x1.721e6b90a8a00p+0,0x1.0e897eb8e63d6p+2 f:0x1.8000000000000p+0", "True"),
        ("mul f:0x1.8000000000000p+0 c:0x1.3d30c61e66290p+1,-0x1.501913e05fce0p+0", "(3.717076442017497-1.969323981684017j)"),
        ("sub c:inf,-0x0.0p+0 c:0x1.c2e0e574b5b00p-1,0x1.060d4ea68db14p+2", "(inf-4.094562208795441j)"),
        ("eq f:0x1.8000000000000p+0 c:0x1.adfd46c8dd9d8p+0,-0x1.924d2d6d34d22p+1", "False"),
        ("float s:306530", "0.0"),
        ("abs c:0x1.1c37937e08000p+53,0x1.0f0cf064dd592p+73", "1.0000000000005e+22"),
        ("repr c:-0x1.0000000000000p+1,-0x0.0p+0", "'(-2-0j)'"),
        ("int i:-5117828420812988419688768178710928817837", "-5117828420812988419688768178710928817837"),
        ("ne c:-0x1.a695cb623b4e0p-1,-0x1.d18266f0ed0bcp+1 f:0x0.0p+0", "True"),
        ("mul c:0x0.0p+0,0x1.8000000000000p+0 c:-0x1.0cff9a9297f8ep+2,0x1.e53635d3ad848p+1", "(-5.686075298821882-6.304651226746349j)"),
        ("float s:2d393532373331393937302e393936353034", "-9527319970.996504"),
        ("sub f:0x0.0p+0 c:0x1.60b2f35f81c68p+1,-0x1.26cd1c61bbc2ap+1", "(-2.755461141237493+2.303134486886411j)"),
        ("str c:-0x1.0000000000000p+1,inf", "'(-2+infj)'"),
        ("complex s:28", "!! ValueError: complex() arg is a malformed string"),
        ("truth c:0x0.0p+0,nan", "True"),
        ("float s:2d363634333030383132342e303130333037", "-6643008124.010307"),
        ("pow c:-0x1.5f26f8d1f5554p+1,0x1.1ec2b4193c914p+1 i:-1", "(-0.21868051464438648-0.17858051540699335j)"),
        ("int s:2d333238303038333433362e34353935373537", "!! ValueError: invalid literal for int() with base 10: '-3280083436.4595757'"),
        ("int T", "1"),
        ("ne i:2 c:0x1.d120bb9566370p+1,0x1.0d6b6c0dcafc8p+2", "True"),
        ("sub f:0x1.8000000000000p+0 c:-0x1.3e36a4c6c9cecp+2,0x1.030c399e04abep+1", "(6.472085184220514-2.023810579449985j)"),
        ("hash c:0x1.8000000000000p+0,0x1.8000000000000p+0", "4611686018428387908"),
        ("complex f:0x1.92c4aaa127c64p+65 f:0x0.0p+0", "(5.804501901563216e+19+0j)"),
        ("abs c:0x1.1c37937e08000p+53,-0x1.0000000000000p+1", "1e+16"),
        ("m:conjugate c:0x0.0p+0,0x1.8000000000000p+0", "-1.5j"),
        ("sub c:0x1.23b3c1d60a9e6p+2,-0x1.0ca437b20fe1ep+2 i:2", "(2.557846507096178-4.197523044480048j)"),
        ("str c:-0x0.0p+0,0x1.0f0cf064dd592p+73", "'(-0+1e+22j)'"),
        ("mul c:nan,0x1.0f0cf064dd592p+73 c:0x1.34c1496d96de0p-2,0x1.27af1d2e246bcp+0", "(nan+nanj)"),
        ("pow c:0x0.0p+0,0x0.0p+0 i:1", "0j"),
        ("complex s:2e6e616e", "!! ValueError: complex() arg is a malformed string"),
        ("neg c:0x1.ad7f29abcaf48p-24,inf", "(-1e-07-infj)"),
        ("neg c:0x1.8000000000000p+0,nan", "(-1.5+nanj)"),
        ("hash c:-0x0.0p+0,-0x0.0p+0", "0"),
        ("pow c:0x1.786c3ef9a20c6p+1,-0x1.9153b29906f27p+1 c:0x1.82a5705bc18f8p-2,-0x1.3c84593c3dde0p-2", "(0.9770022737404347-0.9274837030612898j)"),
        ("pow c:0x1.58e8f963a740cp+1,-0x1.43449143d1ebcp+0 i:-2", "(0.07225654727587917+0.08678056888002385j)"),
        ("g:real c:-0x1.0000000000000p+1,0x1.0f0cf064dd592p+73", "-2.0"),
        ("eq c:0x1.38f447fdb6feep+2,-0x1.98af8ce34dec4p+1 f:0x0.0p+0", "False"),
        ("truediv i:2 c:0x1.6e4aeb54b8ea8p-1,0x1.70bf38bf170c0p-4", "(2.7520006890148756-0.3463050233386563j)"),
        ("add c:-0x1.d6600efbbcb0ap+1,-0x1.2ae0103d3c2c2p+0 i:1180591620717411303424", "(1.1805916207174113e+21-1.1674814366817121j)"),
        ("str c:0x1.ad7f29abcaf48p-24,-0x1.0000000000000p+1", "'(1e-07-2j)'"),
        ("float b:315f3030304a31", "!! ValueError: could not convert string to float: b'1_000J1'"),
        ("sub c:0x0.0p+0,-0x0.0p+0 c:-0x1.12db90929edddp+2,0x1.5eebbbca28a58p-1", "(4.294651168045189-0.6853922542835091j)"),
        ("pow c:0x0.0p+0,0x0.0p+0 c:0x1.1a74e4eaf5dc2p+1,0x1.6153d82e0dbb2p+1", "!! ZeroDivisionError: 0.0 to a negative or complex power"),
        ("repr c:inf,-0x0.0p+0", "'(inf-0j)'"),
        ("float f:inf", "inf"),
        ("str c:-0x1.0000000000000p+1,nan", "'(-2+nanj)'"),
        ("add c:-0x1.1b3d9b00e928cp+0,-0x1.c7394cba7287ep+1 f:0x1.8000000000000p+0", "(0.3935912249351903-3.5564361486804605j)"),
        ("pow c:-0x1.ca5e53ad27ed0p-1,-0x1.327c65122754ap+1 f:0x1.8000000000000p+0", "(-3.9613997567543717-1.0060360993404656j)"),
        ("float s:5f3058", "!! ValueError: could not convert string to float: '_0X'"),
        ("neg c:0x1.1c37937e08000p+53,-0x0.0p+0", "(-1e+16+0j)"),
        ("mul c:0x1.ee988664e27c8p+1,0x1.01911bb7bc674p+1 f:0x1.8000000000000p+0", "(5.796044539346857+3.018361279556493j)"),
        ("sub c:0x1.0022117476eecp+2,0x1.6c0327ea98fb0p-1 i:0", "(4.002079356894438+0.7109615777849196j)"),
        ("pow c:0x1.ad7f29abcaf48p-24,-0x1.0000000000000p+1 c:-0x1.a5df0d7159c54p+1,-0x1.02a474bc3feacp+2", "(-0.00012847421321872962+0.00012350010313456395j)"),
        ("add c:0x1.e7597fd2c8730p+1,-0x1.1c5f639d93facp+2 i:1180591620717411303424", "(1.1805916207174113e+21-4.4433220900390715j)"),
        ("int s:2d313835353736343937323431373336373130313837363937323031363732 i:8", "!! ValueError: invalid literal for int() with base 8: '-185576497241736710187697201672'"),
        ("pow c:-0x1.e109b71704320p+0,0x1.3e9127aa46d64p+2 i:1180591620717411303424", "!! OverflowError: complex exponentiation"),
        ("float s:2d4e614e", "nan"),
        ("ne c:0x1.2171f3cb31f98p+1,0x1.86fbf3b0e272cp+1 i:2", "True"),
        ("truediv c:0x1.22e65258b98b8p+2,0x1.b7dfb76173280p-2 f:0x1.8000000000000p+0", "(3.0302051459282544+0.2863762317167063j)"),
        ("truediv c:0x1.de27cf497f980p+0,-0x1.e67be4947d75ap+1 f:0x0.0p+0", "!! ZeroDivisionError: complex division by zero"),
        ("mul c:-0x1.3a946c99f5de8p+2,0x1.5aae4b7c7a1d8p+1 f:0x1.8000000000000p+0", "(-7.372963643577545+4.062666085881888j)"),
        ("eq i:0 c:0x1.b3b3856eb1a30p-1,-0x1.3e417fda106a0p-1", "False"),
        ("pow c:0x1.8b553decc6c5cp+0,-0x1.36be0dcad5e80p+1 i:-3", "(-0.041635830933053376+0.005394691938322779j)"),
        ("add c:-0x1.a78a711c05248p+0,0x1.27bcd6bcf16f6p+1 i:2", "(0.3455437952605802+2.3104504034589537j)"),
        ("g:real c:nan,0x1.8000000000000p+0", "nan"),
        ("float s:3058", "!! ValueError: could not convert string to float: '0X'"),
        ("truediv c:-0x1.2f88a880cb606p+1,0x1.e9343d63b90ecp+1 i:2", "(-1.1856789888801145+1.910953366133124j)"),
        ("ne f:0x1.8000000000000p+0 c:-0x1.c2aa17b8a0fc1p+1,-0x1.7e922d07c7b60p-1", "True"),
        ("abs c:-0x1.0000000000000p+1,nan", "nan"),
        ("ne c:0x1.22f177c028550p-1,-0x1.30bbcbf972f90p-1 i:-3", "True"),
        ("pow c:0x1.ad7f29abcaf48p-24,0x1.8000000000000p+0 c:0x1.853a0ff4ee4e8p-1,0x1.05c99c710526ap+2", "(-0.0021136692868435844+0.0006282906709297595j)"),
        ("float s:315f322e335f3465315f30", "123400000000.0"),
        ("pow c:-0x0.0p+0,0x1.0f0cf064dd592p+73 c:0x1.354c67f7672e6p+2,0x1.34e860c1d7334p+0", "(2.903404008271868e+105-1.2191407166392328e+105j)"),
        ("mul c:-0x1.0000000000000p+1,-0x1.0000000000000p+1 c:0x1.fc194f14be738p-1,-0x1.6652fd9590878p+0", "(-4.784168854326262+0.8146464876796085j)"),
        ("eq c:inf,-0x0.0p+0 c:0x1.16732126781e6p+1,-0x1.71d479c06ae97p+1", "False"),
        ("mul c:nan,0x1.0f0cf064dd592p+73 c:0x1.022f1e0493746p+2,0x1.fc3326f6eb7f8p+1", "(nan+nanj)"),
        ("mul c:0x1.5604251056ea8p+1,0x1.7e2f6e8339040p-1 i:-3", "(-8.01600446599468-2.239366875224299j)"),
        ("pow c:0x1.1c37937e08000p+53,0x1.0f0cf064dd592p+73 c:0x1.9863f177bd7c4p+1,0x1.34dec6a06c1e4p+1", "(-5.1642497270109125e+66+3.5148073260246153e+68j)"),
        ("sub c:-0x1.1fceaf8dc8b88p+0,-0x1.338a9f6126080p-4 i:-3", "(1.8757524756286141-0.07508337266551912j)"),
        ("abs c:0x0.0p+0,inf", "inf"),
        ("float b:2d393731343232343932343737343433393831393137313432393639353334", "-9.71422492477444e+29"),
        ("add c:0x1.d52f675e42368p+1,-0x1.78e0da12312a6p+1 f:0x1.8000000000000p+0", "(5.1655091486213-2.944361933596457j)"),
        ("eq c:-0x1.0000000000000p+1,0x0.0p+0 c:0x1.1ee5324a51756p+1,0x1.82cea06848f28p+1", "False"),
        ("int s:353838343033373831333338323530383139333735353538353738353434 i:0", "588403781338250819375558578544"),
        ("mul c:0x1.dfd4cab4d7ec0p+1,0x1.b7eaf71cb5dfcp+1 i:1180591620717411303424", "(4.425661839013841e+21+4.057525840625042e+21j)"),
        ("mul c:0x1.8000000000000p+0,0x0.0p+0 c:0x1.a51e4d6171040p-3,-0x1.a8292d7a24cdcp+1", "(0.3084363048594154-4.970634962998166j)"),
        ("ne c:nan,-0x1.0000000000000p+1 c:-0x1.51e16cbe4bc7cp+0,-0x1.39118998b4623p+2", "True"),
        ("truth c:-0x0.0p+0,0x1.0f0cf064dd592p+73", "True"),
        ("complex f:nan i:1", "(nan+1j)"),
        ("float f:nan", "nan"),
        ("complex s:30786a287a2d322e356a", "!! ValueError: complex() arg is a malformed string"),
        ("ne c:inf,-0x0.0p+0 c:-0x1.e710eb160d1eap+1,0x1.1e1cba34b4f38p+2", "True"),
        ("truediv c:-0x1.93511cffdb310p+1,0x1.37d43fde4d770p+2 f:0x0.0p+0", "!! ZeroDivisionError: complex division by zero"),
        ("complex s:3139652d", "!! ValueError: complex() arg is a malformed string"),
        ("add c:-0x1.61e6de84e4db4p+1,0x1.ca3dde27324b4p+0 i:0", "(-2.7648580693146076+1.7900065274900898j)"),
        ("mul c:0x1.823b6ffe6c218p+1,-0x1.050e2529a61bfp+2 f:0x1.8000000000000p+0", "(4.5261583317227565-6.11848252869518j)"),
        ("neg c:0x1.8000000000000p+0,-0x1.0000000000000p+1", "(-1.5+2j)"),
        ("ne c:0x1.845b5906cf30cp+1,0x1.0e73080ede740p+2 i:1180591620717411303424", "True"),
        ("int s:373330343432363035312e303732333338", "!! ValueError: invalid literal for int() with base 10: '7304426051.072338'"),
        ("hash c:0x1.ad7f29abcaf48p-24,0x1.8000000000000p+0", "4310508023932286908"),
        ("eq c:-0x1.0000000000000p+1,nan c:-0x1.c090ff142dd58p-1,0x1.d57b97e3f28ecp+1", "False"),
        ("truediv c:0x1.ac83c77c68470p-1,0x1.48ddbf1849326p+1 f:0x0.0p+0", "!! ZeroDivisionError: complex division by zero"),
        ("hash c:-0x1.0000000000000p+1,0x0.0p+0", "-2"),
        ("truediv c:0x1.ad7f29abcaf48p-24,inf c:-0x1.5e151ecc79c66p+1,-0x1.b3725ee6ad708p+0", "(-inf-infj)"),
        ("mul f:0x0.0p+0 c:-0x1.40f50ef84445ep+1,0x1.705545ca60810p-1", "(-0+0j)"),
        ("mul c:-0x1.3229961b44dcdp+2,0x1.5b7497f0af2e4p+1 i:1180591620717411303424", "(-5.647700299139761e+21+3.2047108209211416e+21j)"),
        ("complex f:inf f:0x0.0p+0", "(inf+0j)"),
        ("sub c:-0x1.0000000000000p+1,-0x0.0p+0 c:-0x1.16a528a52e359p+2,-0x1.7e4504fdfbacep+0", "(2.353830491360747+1.4932406539989418j)"),
        ("repr c:-0x1.0000000000000p+1,-0x1.0000000000000p+1", "'(-2-2j)'"),
        ("str c:inf,-0x1.0000000000000p+1", "'(inf-2j)'"),
        ("pow c:0x1.5948b33c2fd98p+1,0x1.0c07b6ce745dap+2 f:0x0.0p+0", "(1+0j)"),
        ("pow c:0x1.1c37937e08000p+53,0x0.0p+0 c:0x1.03d9b15712b50p+1,-0x1.70d2367f8ea2ep+1", "(2.3949212764394554e+32+1.8544606724843914e+32j)"),
        ("hash c:0x0.0p+0,-0x1.0000000000000p+1", "-2000006"),
        ("mul i:2 c:0x1.29a53bdd7ea52p+2,-0x1.6c3ff2e8b9e0fp+1", "(9.301420147520876-5.6914031288829525j)"),
        ("int s:2d343539353936303738373835383539383934333437343634353430353835 i:0", "-459596078785859894347464540585"),
        ("int s: i:0", "!! ValueError: invalid literal for int() with base 0: ''"),
        ("complex f:inf f:0x0.0p+0", "(inf+0j)"),
        ("float f:nan", "nan"),
        ("hash c:0x1.8000000000000p+0,-0x1.0000000000000p+1", "1152921504604846971"),
        ("eq c:0x1.35628359f3a2cp+2,-0x1.3139363d549c8p+0 i:-3", "False"),
        ("truth c:0x1.1c37937e08000p+53,-0x0.0p+0", "True"),
        ("neg c:-0x0.0p+0,0x1.0f0cf064dd592p+73", "-1e+22j"),
        ("mul c:0x1.e6f69a64b9e90p-1,-0x1.366b9bc06c8e0p-2 i:2", "(1.902200364676819-0.6062897369759206j)"),
        ("pow c:-0x1.45e12342996eep+1,0x1.57f47b529b910p+1 f:0x1.8000000000000p+0", "(-6.684730009778545-2.457033247345767j)"),
        ("eq i:2 c:0x1.3384ea7adbeb0p-1,0x1.d3039ac856f30p+1", "False"),
        ("pow c:-0x1.1969e925883bep+0,0x1.0aeb2239155c0p+0 i:1", "(-1.099272319472433+1.0426503552783828j)"),
        ("float s:2d393833353838383736372e313936323135", "-9835888767.196215"),
        ("pow c:0x1.ad7f29abcaf48p-24,0x0.0p+0 c:-0x1.613fbb04ef5efp+1,0x1.74d7a89466abcp+1", "(-2.0495027794352964e+19-3.615139800809413e+18j)"),
        ("m:conjugate c:inf,inf", "(inf-infj)"),
        ("sub i:2 c:0x1.5113cb11fd680p+0,-0x1.7d0cbcb46f40cp+1", "(0.6832917290763305+2.976951206305335j)"),
        ("add c:0x0.0p+0,nan c:-0x1.07b7399e720a9p+2,-0x1.0c2083f1f8ab8p+2", "(-4.120558171016605+nanj)"),
        ("sub c:-0x1.2e539a2f3a324p+1,-0x1.438c311b57140p-1 i:1180591620717411303424", "(-1.1805916207174113e+21-0.6319289537309842j)"),
        ("pow i:0 c:0x1.8daddd394e9a0p+0,0x1.99aa633e8c8fcp+1", "!! ZeroDivisionError: 0.0 to a negative or complex power"),
        ("g:real c:nan,0x1.8000000000000p+0", "nan"),
        ("ne f:0x1.8000000000000p+0 c:-0x1.22368d0d65e66p+2,0x1.faea9300c3eb8p+1", "True"),
        ("pow c:0x1.1c37937e08000p+53,-0x1.0000000000000p+1 c:0x1.27bb72094cd08p+2,-0x1.201e6e047b666p+1", "(2.7363535983378725e+73-8.122894522553002e+73j)"),
        ("abs c:0x1.ad7f29abcaf48p-24,0x1.8000000000000p+0", "1.5000000000000033"),
        ("g:real c:-0x1.0000000000000p+1,-0x0.0p+0", "-2.0"),
        ("repr c:0x1.8000000000000p+0,-0x0.0p+0", "'(1.5-0j)'"),
        ("eq i:2 c:0x1.a7825c257fa10p+0,0x1.23aeaa48d2b5cp+1", "False"),
        ("math.erf f:-0x1.b6f77bdcb9800p-7", "-0.015115090612466901"),
        ("math.isclose f:0x1.a524eb23fb6b4p-31 f:0x1.a524eb6aa36cdp-31 k:rel_tol=f:0x1.12e0be826d695p-30", "False"),
        ("math.perm i:12 i:45", "0"),
        ("math.copysign f:-0x1.a68fd1f4ac786p+28 f:0x1.5200000000000p+7", "443088159.292107"),
        ("math.asinh f:-0x1.d7f10acdc91f5p-21", "-8.79059678136575e-07"),
        ("math.expm1 f:-0x1.0000000000000p+0", "-0.6321205588285577"),
        ("math.tanh f:0x1.6280000000000p+9", "1.0"),
        ("math.floor f:-0x0.0p+0", "0"),
        ("math.sin f:0x1.c9e4bb55f1141p+62", "-0.3003911833130859"),
        ("math.radians f:0x1.649d8bf104c1ap+2", "0.09725176848161234"),
        ("math.asinh f:-0x1.9d4e485cced5cp+45", "-32.36378059591929"),
        ("math.comb i:1051232465786479645190 i:7", "281488604749960998651275486439020472911650787888154845469148842716810538510220375443238882262569481546368355469143342478833828355689259863170560"),
        ("math.log1p f:0x1.76c11f0f25280p+3", "2.5424736119573126"),
        ("math.cosh f:0x1.4000000000000p+5", "1.1769263341851e+17"),
        ("math.cbrt f:-0x1.aace6131540f3p-319", "-1.1600428612397675e-32"),
        ("math.exp2 f:0x1.758f4c1faf5d1p-688", "1.0"),
        ("math.copysign f:-0x1.83c7d87f50bcbp+479 f:0x1.56e1fc2f8f359p-997", "2.364362643267151e+144"),
        ("math.sqrt i:129", "11.357816691600547"),
        ("math.hypot f:0x1.59e4cce8f9dc8p+7 f:0x1.dbab4e3e9e838p+6", "209.88554948421927"),
        ("math.tanh f:0x1.1a6e8e4a55f30p-57", "7.655330868966908e-18"),
        ("math.floor i:959956558769781241942", "959956558769781241942"),
        ("math.fsum L:f:0x1.249ad2594c37dp+332;f:-0x0.0p+0;f:0x1.249ad2594c37dp+332;i:2;", "2e+100"),
        ("math.fmod f:-0x1.0000000000000p+0 f:-0x1.04a1dd4d2112dp+38", "-1.0"),
        ("math.sqrt f:-0x1.1ce527c1ffe37p+59", "!! ValueError: math domain error"),
        ("math.erfc f:-0x0.0p+0", "1.0"),
        ("math.ldexp f:0x1.65c4efb70409cp+2 i:-328", "1.0223144479546033e-98"),
        ("math.gcd i:735672597303675643671 i:56", "1"),
        ("math.asinh f:0x1.dab11394720c8p+0", "1.3764942509180316"),
        ("math.trunc f:0x1.1005a90062f38p+5", "34"),
        ("math.sqrt i:70", "8.366600265340756"),
        ("math.hypot f:-0x1.771673bb34d25p+9 f:0x1.450b5a1923022p+9", "992.6623001264929"),
        ("math.isnan f:0x1.690dfc36e50fcp+7", "False"),
        ("math.dist P:f:-0x1.1216563874bfep+5;f:-0x1.eaeedf3552e08p+3;f:-0x1.9314c219f8ee0p+4; P:f:0x1.47b59fe3a6550p+5;f:0x1.e748d7ba27d14p+5;f:0x1.3a673c4fbab70p+5;", "125.02993668024331"),
        ("math.log2 f:-0x1.570a89c3f3880p+2", "!! ValueError: math domain error"),
        ("math.comb i:138 i:2", "9453"),
        ("math.sin f:0x1.12214da4fc33ep+56", "0.8749664482727963"),
        ("math.sqrt i:289", "17.0"),
        ("math.log1p f:0x1.0000000000000p-1", "0.4054651081081644"),
        ("math.lgamma f:0x1.e400000000000p+6", "457.8123879812781"),
        ("math.ldexp f:0x1.ed4f6ad8ceba3p+0 i:644", "1.4066866272138215e+194"),
        ("math.floor i:67", "67"),
        ("math.cosh f:0x1.d51b65fa9a0ebp+32", "!! OverflowError: math range error"),
        ("math.cos f:0x1.528c06ce5663fp-511", "1.0"),
        ("math.prod L:i:-2;i:4;", "-8"),
        ("math.pow f:-0x1.4a1dad291e151p+2 f:-0x1.06a01d294885cp+3", "!! ValueError: math domain error"),
        ("math.hypot f:0x1.dbc120bd38136p+9 f:0x1.c511f2cce8700p+4 f:-0x1.a4adf00a1bc60p+7", "974.8916160450476"),
        ("math.log i:78", "4.356708826689592"),
        ("math.isqrt i:145429165629781944065", "12059401545"),
        ("math.frexp f:0x1.19d7874cf667ap+917", "(0.5504724770973575, 918)"),
        ("math.log i:494972055374645993719 i:2", "68.74590897503961"),
        ("math.copysign f:-0x1.3a53e7a497cd0p-4 f:-0x1.3d3c145838159p+3", "-0.07674017415546364"),
        ("math.cbrt f:0x1.2cb541e25ee13p-26", "0.0025964206875050285"),
        ("math.hypot f:0x1.dd51b7d31cd00p+2 f:0x1.5b11b9c05789ep+9 f:0x1.7207ea7e0494ap+9", "1014.6799430886541"),
        ("math.radians f:0x1.97df7cb267a7bp-27", "2.0718221548128702e-10"),
        ("math.erf f:0x1.a65c7c8b48c00p-1", "0.756635824549048"),
        ("math.sqrt f:-0x1.a1a1b438addd8p+1", "!! ValueError: math domain error"),
        ("math.fmod f:0x1.0000000000000p+1 f:-0x1.1a9d7c8428626p+6", "2.0"),
        ("math.prod L:i:3;", "3"),
        ("math.nextafter f:0x1.aa112f6ed21c2p+45 f:-0x1.812d7568580d0p+7", "58558220458563.51"),
        ("math.radians f:0x1.a4a485e79c226p+7", "3.670799767441212"),
        ("math.exp2 f:0x1.402d8de8e6195p+705", "!! OverflowError: math range error"),
        ("math.gamma f:-0x1.2e1b51b789c88p+0", "5.375897629000565"),
        ("math.sin f:-0x1.f85d2a1750302p-700", "-3.7454765676795323e-211"),
        ("math.cosh f:-0x1.4df1052312f96p+2", "92.2698912027051"),
        ("math.gcd i:221 i:44 i:590749864863259829072", "1"),
        ("math.log i:290 i:10", "2.4623979978989556"),
        ("math.ceil f:0x1.048ef456b500ap+46", "71621751975233"),
        ("math.isqrt i:741849688489385243020", "27236917749"),
        ("math.isnan f:-0x1.71ed7b86fd4a0p-1", "False"),
        ("math.comb i:189 i:29", "12221968838458673797730193388569147"),
        ("math.remainder f:0x1.b0e69cb3560d4p+2 f:0x1.662eac65d35a0p-11", "-7.542372413019485e-05"),
        ("math.asinh f:0x1.2a4297ce7ff7dp-297", "4.5755839052208326e-90"),
        ("math.tanh f:0x1.07796fdcd8165p+29", "1.0"),
        ("math.exp f:0x1.7940a188624f4p+5", "3.0187904544503674e+20"),
        ("math.comb i:141 i:60", "39349707693707417946654498477149309918680"),
        ("math.isinf f:-0x1.85cb84e1cac10p+1", "False"),
        ("math.gcd i:542926372723427950674 i:62", "2"),
        ("math.asin f:-0x1.0acb791bc2ba0p-1", "-0.5481200777052917"),
        ("math.exp f:-0x1.aaab2cb09aca2p+15", "0.0"),
        ("math.asin f:0x1.24085f27c5efdp-455", "1.226149694434983e-137"),
        ("math.log2 f:-0x1.e53be3fe9f45bp-1015", "!! ValueError: math domain error"),
        ("math.prod L:f:0x1.e3494a98ceb60p+0;i:-9;f:0x1.7646ad489e7c4p+0;i:9;i:9;i:1;f:-0x1.d06e653cdb3f0p+0;i:-9;", "-32852.47645713273"),
        ("math.asinh f:-0x1.7641a324712b4p+848", "-588.8617199631918"),
        ("math.copysign f:0x1.8800000000000p+5 f:0x1.ec773517a6ac4p+2", "49.0"),
        ("math.log f:0x1.378a5f2a6ee9cp+9 f:-inf", "!! ValueError: math domain error"),
        ("math.lcm i:250 i:806979339441986964019", "201744834860496741004750"),
        ("math.lgamma f:0x1.1dcf341b6e068p+12", "33964.18523170602"),
        ("math.exp f:-0x1.45090814e81acp+5", "2.2639741175250766e-18"),
        ("math.modf f:-0x1.c4c2aacf33177p-689", "(-6.885912110535748e-208, -0.0)"),
        ("math.degrees f:0x1.388c6a4a25b62p+3", "559.6159300853012"),
        ("math.atanh f:-0x1.2303ea8ee654fp+3", "!! ValueError: math domain error"),
        ("math.log i:240 i:3", "4.988692535003756"),
        ("math.comb i:165 i:46", "176819530858185863555888692075556473512000"),
        ("math.isclose f:-0x1.da8dda86903d0p+2 f:-0x1.da8dda875c0ecp+2 k:rel_tol=f:0x1.ad7f29abcaf48p-24", "True"),
        ("math.lcm i:874641810904647663187 i:1078103567164107010915", "942954456327174995768963668115858252686105"),
        ("math.erfc f:-0x1.ed4e232e1f81ap+2", "2.0"),
        ("math.ldexp f:0x1.d4de93ac6118cp-524 i:-209", "4.0534529927297733e-221"),
        ("math.cosh f:0x1.e4a276594f8f1p+55", "!! OverflowError: math range error"),
        ("math.radians f:-0x1.1c0c8cdc9ccc0p+1", "-0.038731177441473474"),
        ("math.dist P:f:-0x1.3362645e284d2p+6;f:0x1.7a1655af46e14p+5;f:-0x1.7a2517aa1979ep+5; P:f:0x1.0cf9079984720p+6;f:0x1.74106d4161344p+4;f:-0x1.59e4e68dedd00p+0;", "153.12223484120287"),
        ("math.erfc f:0x1.f3d8fee306969p+263", "0.0"),
        ("math.frexp f:-0x1.e198c834ab6bbp+18", "(-0.9406187595647774, 19)"),
        ("math.log10 f:-0x1.e6246acafe5a7p-26", "!! ValueError: math domain error"),
        ("math.asinh f:0x1.2a5844c2a3500p-1", "0.5539378255708967"),
        ("math.frexp f:-0x1.63013fbd77daap+52", "(-0.6933689039978408, 53)"),
        ("math.log i:187 i:10", "2.271841606536499"),
        ("math.erf f:0x1.0800000000000p+7", "1.0"),
        ("math.comb i:59402594565850159618 i:5", "6163761498915910921427790091956510471857031398127041826680627442930170818205338520058602282681088"),
        ("math.cosh f:inf", "inf"),
        ("math.log f:0x1.5800000000000p+7 f:-0x1.b498bfb49d6ddp-894", "!! ValueError: math domain error"),
        ("math.frexp f:0x1.0bc9e78fc66bap+3", "(0.523024784374875, 4)"),
        ("math.trunc f:0x1.8400000000000p+6", "97"),
        ("math.trunc f:0x1.403b5be803193p+26", "83946863"),
        ("math.log10 i:1093220840166488882025", "21.03870790209402"),
        ("math.log i:-19 i:3", "!! ValueError: math domain error"),
        ("math.modf f:-0x1.82b8a428c6206p-83", "(-1.5619547094339185e-25, -0.0)"),
        ("math.expm1 f:-0x1.0000000000000p+0", "-0.6321205588285577"),
        ("math.radians f:-0x1.61ebfdf7938fdp+321", "-1.0307975518873786e+95"),
        ("math.erf f:0x1.1a93ca1384d18p+3", "1.0"),
        ("math.atan f:0x1.d2369e5e14dfcp+2", "1.43437281322935"),
        ("math.ldexp f:0x1.a363397942220p+1 i:-476", "1.679297631475174e-143"),
        ("math.trunc i:178", "178"),
        ("math.gcd i:229018413347136820662 i:218", "2"),
        ("math.comb i:122 i:33", "688906179949298067232724378130"),
        ("math.prod L:f:-0x1.12e25654ef82ap+1;f:0x1.fe4b6b093d8c8p+0;f:0x1.1f18a714d0542p+1;f:-0x1.1b067b0f38528p+0;i:2;", "21.23017844219665"),
        ("math.trunc i:524056747639289313689", "524056747639289313689"),
        ("math.acosh f:0x1.0324e6a4e99fcp+3", "2.7809617050693904"),
        ("math.hypot f:0x1.9feeca14a7a37p-994 f:0x1.bf94e1def2321p-64 f:0x1.1aca1ad3b5089p+818 f:0x1.165d2762698c4p+743 f:inf", "inf"),
        ("math.sinh f:-0x1.82637c85f2f3ap+28", "!! OverflowError: math range error"),
        ("math.log f:-0x1.0853c5dc232a0p-27", "!! ValueError: math domain error"),
        ("math.tan f:0x1.d0347f6f01fdcp+70", "0.18599029046939616"),
        ("math.floor f:-0x1.1a474622368afp-21", "-1"),
        ("math.cos f:0x1.0000000000000p-1", "0.8775825618903728"),
        ("math.isnan f:0x1.0000000000000p-1", "False"),
        ("math.fabs f:0x1.75fdd52351e88p+2", "5.843617710582869"),
        ("math.radians f:-0x1.1294ee51ba990p-1", "-0.009360069928630567"),
        ("math.exp i:811485685027553382558", "!! OverflowError: math range error"),
        ("math.trunc f:-0x1.15124b586ae32p+2", "-4"),
        ("math.acos f:0x1.3fd6d58f366c7p-24", "1.5707962523265306"),
        ("math.exp f:-0x1.2de36746fae16p+36", "0.0"),
        ("math.copysign f:0x1.cf026877a0e54p+1 f:-0x1.96fe4491bebfcp+5", "-3.6172609886287237"),
        ("math.erf f:0x1.71049ad9766a0p+1", "0.9999544013260249"),
        ("math.copysign f:0x1.d000000000000p+4 f:0x1.d800000000000p+6", "29.0"),
        ("math.ldexp f:0x1.6300000000000p+9 i:-979", "1.3896089214905964e-292"),
        ("math.fmod f:0x1.50da959bae544p+6 f:-0x1.33d17b42d82c8p+6", "7.258889568396569"),
        ("math.log2 f:0x1.0000000000000p-1", "-1.0"),
        ("math.gcd i:73085388661929696444 i:141 i:365045875348461739309", "1"),
        ("math.floor f:-0x1.7e3035e8e2feep-843", "-1"),
        ("math.sin f:0x1.020a1deae8d2ap+3", "0.9780823047352907"),
        ("math.isfinite f:0x1.375cfe14a6bf0p+6", "True"),
        ("math.atanh f:-0x1.b702bcd761d9ep-660", "-3.5845776774072027e-199"),
        ("math.isclose f:-0x1.0f37d095382a4p+7 f:-0x1.0f37d095382a4p+7 k:rel_tol=f:0x1.ad7f29abcaf48p-24", "True"),
        ("math.fabs f:0x1.f800000000000p+6", "126.0"),
        ("math.comb i:180743192614097072037 i:6", "48421607095920393070110607137574605927172788910956670685388995385257725199953693053387693174703555031196821738927401584"),
        ("math.modf f:-0x1.e79bcf3b6c19cp+222", "(-0.0, -1.2837795588339582e+67)"),
        ("math.fmod f:-inf f:0x1.0c3793d596b6ep+9", "!! ValueError: math domain error"),
        ("math.prod L:f:-0x1.17119e27bf910p+1;i:-4;", "8.720900609620486"),
        ("math.acos f:-0x1.526a7f8816a8bp+382", "!! ValueError: math domain error"),
        ("math.log f:0x1.96201318f17b4p+2", "1.8477786281515953"),
        ("math.hypot f:0x1.51f9d5dee1158p+9 f:0x1.f48962c921650p+7 f:-0x1.e7afcdd39e500p+8 f:-0x1.7ef864afb9902p+9 f:-0x1.4d7b35fcf565ep+9", "1337.4930013723615"),
        ("math.lgamma f:0x1.dfb70cbd7c334p+2", "7.525697656756334"),
        ("math.hypot f:-0x1.4f5a9801f30f0p+9 f:0x1.4bfd931f03478p+9", "943.7794987970684"),
        ("math.exp f:-0x1.aa521bfc8157cp+5", "7.184671438197931e-24"),
        ("math.cosh f:0x1.01477e7716090p+7", "3.685143374637392e+55"),
        ("math.expm1 f:0x1.083cf286f3890p-1", "0.6754637481835435"),
        ("math.erfc f:0x1.01d3a051313c0p-1", "0.4763704845469851"),
        ("math.gamma f:0x1.fa93a03b47357p+54", "!! OverflowError: math range error"),
        ("math.exp2 f:0x1.af81180e15ca4p+6", "2.978052709211054e+32"),
        ("math.hypot f:-0x1.8a092166ae9e2p+31 f:-0x1.66a6f42a7c8eep+6", "3305410739.3410516"),
        ("math.trunc i:43", "43"),
        ("math.exp2 f:-0x1.65f510cb43f1fp-826", "1.0"),
        ("math.log10 f:-0x1.0d62da5eca2ecp+1", "!! ValueError: math domain error"),
        ("math.cbrt f:-0x1.12552a2a4b8cbp+402", "-2.228599060554518e+40"),
        ("math.erfc f:-0x1.dc4d4bc984a40p-2", "1.4893367722905806"),
        ("math.ulp f:-0x1.3b7e0aa8df697p+3", "1.7763568394002505e-15"),
        ("math.gcd i:14 i:70063380914685638083 i:811939866804044583165", "1"),
        ("math.gamma f:-inf", "!! ValueError: math domain error"),
        ("math.expm1 f:0x1.362a8499edae1p+55", "!! OverflowError: math range error"),
        ("math.fmod f:0x1.0000000000000p+1 f:-0x1.5a4ad1e4156b3p-976", "1.611368749780627e-294"),
        ("math.modf f:-0x1.e7280d439a518p+1", "(-0.8059097843257739, -3.0)"),
        ("math.log1p f:0x1.9626059c84d40p+2", "1.9941655680699475"),
        ("math.pow f:0x1.6800000000000p+6 f:0x1.2400000000000p+6", "4.5677590745077405e+142"),
        ("math.sqrt f:0x1.af0f21ddcd330p+4", "5.190490767442192"),
        ("math.atan f:0x1.4000000000000p+4", "1.5208379310729538"),
        ("math.ulp f:-0x1.0770cb0087532p+2", "8.881784197001252e-16"),
        ("math.atanh f:0x1.03ac4ccd1f43ap+2", "!! ValueError: math domain error"),
        ("math.exp2 f:-0x1.5cf43a8016bd4p+58", "0.0"),
        ("math.atan2 f:0x1.8000000000000p+4 f:0x1.7110eb8922daep+2", "1.3349890659371488"),
        ("math.cosh f:0x1.a60c29a04652cp+2", "365.52951811350874"),
        ("math.sqrt i:271", "16.46207763315433"),
        ("math.sqrt f:0x1.f370b591eea15p-408", "5.432536844604788e-62"),
        ("math.modf f:-0x1.dc85f68fd6944p+1", "(-0.7228382303557357, -3.0)"),
        ("math.perm i:29 i:46", "0"),
        ("math.perm i:37 i:57", "0"),
        ("math.expm1 f:0x1.8917302791508p+2", "464.00134103794994"),
        ("math.fmod f:-0x1.f0a61cac06683p+179 f:0x1.621483dca6f37p-47", "-8.230849290491797e-15"),
        ("math.radians f:0x1.f1affa4440b00p-1", "0.016965398426026776"),
        ("math.fsum L:f:0x1.249ad2594c37dp+332;f:-0x1.ccab3945b2e8dp+39;", "1e+100"),
        ("math.log2 f:-0x1.4df1052312f96p+2", "!! ValueError: math domain error"),
        ("math.nextafter f:0x1.175ea03464b20p+1 f:-0x1.3afeacabc75dfp+6", "2.1825752502276283"),
        ("math.exp2 f:0x1.ba81a5749b57fp-18", "1.0000045705256746"),
        ("math.log2 i:572364599637606357758", "68.95549634286105"),
        ("math.radians f:0x1.d4de93ac6118cp-524", "5.820651563786798e-160"),
        ("math.acosh f:-0x1.bd0393a7c0bdbp-580", "!! ValueError: math domain error"),
        ("math.frexp f:-0x1.5fb7c6130a069p-904", "(-0.6869489572755018, -903)"),
        ("math.isfinite f:0x1.743b688d66e14p+242", "True"),
        ("math.prod L:i:8;i:-6;f:-0x1.b3a8384abaac4p-1;f:0x1.24848b8d66e9ap+1;i:0;f:0x1.f966386956af0p-2;", "0.0"),
        ("math.exp2 f:0x1.03c96e0cf155cp+3", "277.8839325410913"),
        ("math.isqrt i:255", "15"),
        ("math.trunc i:207754774990854088897", "207754774990854088897"),
        ("math.gamma f:0x1.faecb30c50e08p+621", "!! OverflowError: math range error"),
        ("math.atan2 f:-0x1.ae291b1e43b9fp+121 f:-0x1.871851e2c1948p+5", "-1.5707963267948966"),
        ("math.cos f:-0x1.e000000000000p+4", "0.15425144988758405"),
        ("math.trunc f:-0x1.128fdf82eadafp-42", "0"),
        ("math.cos f:0x1.eda22f2c2142cp+2", "0.14049137233513298"),
        ("math.isqrt i:235", "15"),
        ("math.lgamma f:0x1.94ce30e8924ecp-42", "28.65395248673391"),
        ("math.fsum L:f:-0x1.249ad2594c37dp+332;i:-1;f:0x1.999999999999ap-4;f:0x1.d76d63202061ap-399;f:-0x1.249ad2594c37dp+332;f:0x1.999999999999ap-4;", "-2e+100"),
        ("math.degrees f:-0x1.8c1104c162a97p+15", "-2904696.018243222"),
        ("math.prod L:f:-0x1.7d29c28a06215p+1;f:0x1.501d45e586dd6p+1;f:0x1.233c5decee090p-3;i:-1;", "1.1119693334097465"),
        ("math.ldexp f:0x1.67c76f8840a38p+5 i:-838", "2.4536324799011395e-251"),
        ("math.comb i:172 i:23", "21677538778984809356280886800"),
        ("math.acosh f:-0x1.069e7f7447c07p+7", "!! ValueError: math domain error"),
        ("math.nextafter f:0x1.6b3b858c9c2b4p+5 f:0x1.979b481852e4dp-132", "45.404063318744555"),
        ("math.gamma f:-0x1.7e3035e8e2feep-843", "-3.9287002689101125e+253"),
        ("math.log1p f:0x1.09cb6218b5016p+3", "2.2306676329389523"),
        ("math.tanh f:-0x1.f3c5be99781b6p-51", "-8.669669835637639e-16"),
        ("math.isqrt i:-42", "!! ValueError: isqrt() argument must be nonnegative"),
        ("math.trunc i:990720719583863157477", "990720719583863157477"),
        ("math.sqrt i:34", "5.830951894845301"),
        ("math.cbrt f:-0x1.7000000000000p+4", "-2.843866979851566"),
        ("math.log2 i:1122253222227718197919", "69.92688823117835"),
        ("math.log f:-0x1.0000000000000p+0", "!! ValueError: math domain error"),
        ("math.modf f:0x1.3e00000000000p+7", "(0.0, 159.0)"),
        ("math.cos f:0x1.fb7e3789568bbp-8", "0.9999700174790933"),
        ("math.log f:0x1.c9c6024a44aeap-48 f:-0x1.1c204bfe12065p+3", "!! ValueError: math domain error"),
        ("math.prod L:i:3;i:-5;i:1;", "-15"),
        ("math.sinh f:0x1.94ce30e8924ecp-42", "3.5953945046448997e-13"),
        ("math.log i:218 i:3", "4.901178621729164"),
        ("math.atanh f:0x1.0bc566dfd402cp+2", "!! ValueError: math domain error"),
        ("math.sinh f:-0x1.906d3947952fcp+1", "-11.396047618214498"),
        ("math.log f:-0x1.03fb8a34c3e06p+7 f:0x1.60c2496ec272fp-429", "!! ValueError: math domain error"),
        ("math.radians f:0x1.7731bfa0f8f44p+6", "1.6370940995215462"),
        ("math.acos f:-0x1.0544c44ef8a3ep+2", "!! ValueError: math domain error"),
        ("math.expm1 f:0x1.2a00000000000p+7", "5.12717101690833e+64"),
        ("math.exp2 f:-0x1.0e01fd8750ceep+3", "0.002883940345220302"),
        ("math.log f:-0x1.0751f9ffcffa9p+699", "!! ValueError: math domain error"),
        ("math.trunc f:-0x1.85d9873ad4b9bp+384", "-60003363558636861304271890547795293218032941265923061944973768990347828660698793173280814058688976093907378390433792"),
        ("math.nextafter f:-0x1.507444af121fdp+6 f:0x1.997762a3b73d3p+82", "-84.11354325817223"),
        ("math.radians f:-0x1.9a6498ccee100p+5", "-0.8953385398504973"),
        ("math.acos f:0x1.5700000000000p+7", "!! ValueError: math domain error"),
        ("math.cosh f:-0x1.22b2741cea550p+1", "4.896487158125664"),
        ("math.isfinite f:0x0.0p+0", "True"),
        ("math.perm i:17 i:42", "0"),
        ("math.pow f:0x1.75f069f3e4498p-543 f:-0x1.7addc7d09ade2p-360", "1.0"),
        ("math.fsum L:f:0x1.249ad2594c37dp+332;f:-0x1.249ad2594c37dp+332;f:-0x1.249ad2594c37dp+332;f:0x1.999999999999ap-4;", "-1e+100"),
        ("math.hypot f:-0x1.8bbbc528ab010p+9 f:0x1.60ce830ba0ac0p+7", "810.8872174234813"),
        ("math.log i:29 i:10", "1.462397997898956"),
        ("math.ceil i:-41", "-41"),
        ("math.floor f:-0x1.0000000000000p+0", "-1"),
        ("math.cos f:-0x1.38eb14ef2edfbp+18", "0.013598940987731964"),
        ("math.ceil f:0x1.ea3efe1ed9610p-1", "1"),
        ("math.exp i:271", "4.940883294133372e+117"),
        ("math.ldexp f:0x1.4800000000000p+6 i:-66", "1.111307226797642e-18"),
        ("math.tan f:-0x1.273d127527d86p+2", "-10.038752064440631"),
        ("math.cosh f:0x1.0000000000000p+2", "27.308232836016487"),
        ("math.log f:-0x1.0000000000000p+0 f:0x1.59f6dc843a418p+1", "!! ValueError: math domain error"),
        ("math.lcm i:92 i:-46", "92"),
        ("math.cos f:0x1.690dfc36e50fcp+7", "-0.11401424021153994"),
        ("math.exp f:-0x1.2897f7d807e69p+523", "0.0"),
        ("math.lgamma f:0x1.7e43c8800759cp+996", "6.897755278982137e+302"),
        ("math.fmod f:0x1.c32414b5f0828p+2 f:-0x1.f1bde7fec60cep+1", "3.160469225191208"),
        ("math.isnan f:0x1.2e3b40a0e9b4fp-70", "False"),
        ("math.fmod f:-0x1.193c92644a360p-45 f:0x1.69602eda30d78p+0", "-3.122353584138995e-14"),
        ("math.remainder f:-0x1.8000000000000p+4 f:-0x1.a3194ab91541dp+457", "-24.0"),
        ("math.acos f:0x1.c6a4e052eafa0p+0", "!! ValueError: math domain error"),
        ("math.acosh f:-0x1.cb985003573dep+6", "!! ValueError: math domain error"),
        ("math.remainder f:0x1.195b1423e4c16p+3 f:-0x1.1eca8d39c9872p+57", "8.792368002037659"),
        ("math.trunc f:0x1.e42410400d240p-2", "0"),
        ("math.frexp f:0x1.2bb6cdb9496b6p+3", "(0.5853790558509988, 4)"),
        ("math.exp i:87", "6.076030225056872e+37"),
        ("math.cosh f:0x1.a558284987f30p+0", "2.689198069271653"),
        ("math.degrees f:-0x1.bd73cb21ee3b5p+331", "-4.361264791438469e+101"),
        ("math.ceil i:704254209756453488675", "704254209756453488675"),
        ("math.isclose f:-0x1.e234f3f7a3cccp+2 f:-0x1.e234f4488a6d1p+2 k:rel_tol=f:0x1.12e0be826d695p-30", "False"),
        ("math.hypot f:0x1.98c9844846da4p+8 f:0x1.a9d03b93a7534p+8 f:0x1.a0cd04937a91cp+8 f:-0x1.d4109c3fd3ab6p+8", "860.9481394444729"),
        ("math.log1p f:0x1.2000000000000p+6", "4.290459441148391"),
        ("math.erf f:0x1.0ca4b045838f3p+64", "1.0"),
        ("math.log i:172 i:3", "4.685451391640594"),
        ("math.floor i:564546833620488336628", "564546833620488336628"),
        ("math.cosh f:0x1.4000000000000p+4", "242582597.70489514"),
        ("math.sinh f:0x1.04b470c396014p+2", "29.3730149921421"),
        ("math.isqrt i:149347349152368099364470589703981168257395328111333875607812879819957221933348336489970631128754252082780266285952357476590", "12220775308971526106203029075810709150078573443581085142930113"),
        ("math.ldexp f:0x1.2485134939a40p+7 i:795", "3.047697528981069e+241"),
        ("math.asinh f:0x1.dba2df2a2f070p+6", "5.471523813673169"),
        ("math.comb i:192 i:23", "321659903994073459948812225600"),
        ("math.expm1 f:0x1.19ba01f557560p+2", "80.61213841336215"),
        ("math.hypot f:-0x1.28d132a11abbbp+3 f:0x1.76d642c7e7188p+1 f:0x1.7a00000000000p+7 f:-0x1.aaa9e8ea6e5a6p+2", "189.3675131036974"),
        ("math.log10 f:0x1.6b3b858c9c2b4p+5", "1.657094720653228"),
        ("math.modf f:-0x1.0044fe57aa857p+2", "(-0.0042110305895084466, -4.0)"),
    ]
}
