// Unit tests of the strings part of the runtime (str, bytes, formatting, Unicode data), through
// the C API. Hand-written tests cover the representation and the operators; a table generated
// from CPython 3.11 (tools/gen_string_tests.py) checks methods, format specs, str.format and
// %-formatting result by result, message by message.
import AdderRuntime
import XCTest

final class StringTests: RuntimeTestCase {
    // MARK: - Helpers

    private func typeValue(_ type: UnsafeMutablePointer<AdType>) -> AdValue {
        AdValue(UInt(bitPattern: type))
    }

    private var none: AdValue { AdValue(UInt(bitPattern: withUnsafeMutablePointer(to: &ad_None) { $0 })) }
    private var trueValue: AdValue { AdValue(UInt(bitPattern: withUnsafeMutablePointer(to: &ad_True) { $0 })) }
    private var falseValue: AdValue { AdValue(UInt(bitPattern: withUnsafeMutablePointer(to: &ad_False) { $0 })) }

    private func tuple(_ items: [AdValue]) -> AdValue {
        items.withUnsafeBufferPointer { ad_tuple_from_array($0.baseAddress, $0.count) }
    }

    private func bytes(_ data: [UInt8]) -> AdValue {
        data.withUnsafeBufferPointer { ad_bytes_from($0.baseAddress, $0.count) }
    }

    /// repr of a result, or "!! Type: message" for an error (the table's notation).
    private func outcome(_ v: AdValue) -> String {
        if v == 0 { return "!! " + pendingError() }
        let r = ad_repr(v)
        return r == 0 ? "!! " + pendingError() : text(r)
    }

    /// obj.name(*args, **kw) through the type's method table.
    private func method(_ obj: AdValue, _ name: String, _ args: [AdValue], _ kw: [(String, AdValue)] = []) -> AdValue {
        let all = args + kw.map { $0.1 }
        let kwnames: AdValue = kw.isEmpty ? 0 : tuple(kw.map { ad_str_intern_cstr($0.0) })
        return all.withUnsafeBufferPointer {
            ad_call_method(obj, ad_str_intern_cstr(name), $0.baseAddress, args.count, kwnames)
        }
    }

    /// The kind of a str (1 or 4).
    private func kind(_ s: AdValue) -> UInt8 {
        UnsafeMutablePointer<AdStr>(bitPattern: UInt(s))!.pointee.kind
    }

    // MARK: - Representation, creation, interning

    func testKindIsCanonical() {
        XCTAssertEqual(kind(str("plain ascii")), 1)
        XCTAssertEqual(kind(str("é")), 4)
        let mixed = str("aé")
        let tail = ad_getitem(mixed, ad_slice_new(ad_small(0), ad_small(1), none))
        XCTAssertEqual(kind(tail), 1, "slicing non-ASCII text down to ASCII gives kind 1")
        XCTAssertEqual(kind(method(str("é"), "replace", [str("é"), str("e")])), 1)
        XCTAssertEqual(ad_str_eq(tail, str("a")), 1)
    }

    func testUTF8RoundTripAndSurrogates() {
        let s = str("héllo 😀 wörld")
        XCTAssertEqual(ad_str_len(s), 13)
        XCTAssertEqual(text(s), "héllo 😀 wörld")
        XCTAssertEqual(ad_str_char(s, 6), 0x1F600)
        // WTF-8: a lone surrogate survives the trip through UTF-8 bytes.
        let bytes: [CChar] = [0x61, CChar(bitPattern: 0xED), CChar(bitPattern: 0xA0), CChar(bitPattern: 0x80)]
        let lone = bytes.withUnsafeBufferPointer { ad_str_from_utf8($0.baseAddress, 4) }
        XCTAssertEqual(ad_str_len(lone), 2)
        XCTAssertEqual(ad_str_char(lone, 1), 0xD800)
        XCTAssertEqual(repr(lone), "'a\\ud800'")
        var n = 0
        let p = ad_str_utf8(lone, &n)!
        XCTAssertEqual(n, 4)
        XCTAssertEqual(UInt8(bitPattern: p[1]), 0xED)
    }

    func testInterning() {
        let a = ad_str_intern_cstr("identifier")
        let b = ad_str_intern(str("identifier"))
        XCTAssertEqual(a, b)
        XCTAssertEqual(ad_str_intern_cstr("héllo"), ad_str_intern(str("héllo")))
        XCTAssertNotEqual(ad_str_intern_cstr("x1"), ad_str_intern_cstr("x2"))
        XCTAssertEqual(ad_str_eq_cstr(a, "identifier"), 1)
        XCTAssertEqual(ad_str_eq_cstr(str("héllo"), "héllo"), 1)
        XCTAssertEqual(ad_str_eq_cstr(str("héllo"), "hello"), 0)
    }

    func testHashIsStableAndNeverMinusOne() {
        XCTAssertEqual(ad_hash(str("abc")), ad_hash(str("abc")))
        XCTAssertEqual(ad_hash(str("é")), ad_hash(method(str("xé"), "__getitem__", [ad_small(1)])))
        XCTAssertNotEqual(ad_hash(str("abc")), ad_hash(str("abd")))
        XCTAssertNotEqual(ad_hash(str("")), -1)
    }

    func testBuilderAndJoinArray() {
        var sb = AdStrBuilder()
        ad_sb_init(&sb)
        ad_sb_append_cstr(&sb, "abc")
        ad_sb_append_char(&sb, 0x20AC)
        ad_sb_append_str(&sb, str("déf"))
        ad_sb_append_utf8(&sb, "xyz", 2)
        XCTAssertEqual(repr(ad_sb_finish(&sb)), "'abc€défxy'")
        var ascii = AdStrBuilder()
        ad_sb_init(&ascii)
        for _ in 0..<1000 { ad_sb_append_char(&ascii, 0x61) }
        let long = ad_sb_finish(&ascii)
        XCTAssertEqual(ad_str_len(long), 1000)
        XCTAssertEqual(kind(long), 1)
        let parts = [str("a"), str("é"), str(""), str("bc")]
        let joined = parts.withUnsafeBufferPointer { ad_str_join_array($0.baseAddress, $0.count) }
        XCTAssertEqual(repr(joined), "'aébc'")
    }

    func testRepr() {
        XCTAssertEqual(repr(str("it's")), "\"it's\"")
        XCTAssertEqual(repr(str("it's \"q\"")), "'it\\'s \"q\"'")
        XCTAssertEqual(repr(str("a\tb\nc\\d\u{1}\u{7f}")), "'a\\tb\\nc\\\\d\\x01\\x7f'")
        XCTAssertEqual(repr(str("é\u{80}\u{2028}😀\u{3000}")), "'é\\x80\\u2028😀\\u3000'")
        XCTAssertEqual(repr(bytes([0x27, 0x00, 0x41, 0xFF, 0x5C])), "b\"'\\x00A\\xff\\\\\"")
    }

    // MARK: - Operators

    func testConcatenationAndRepetition() {
        XCTAssertEqual(repr(ad_add(str("ab"), str("cé"))), "'abcé'")
        XCTAssertEqual(outcome(ad_add(str("ab"), ad_small(1))),
                       "!! TypeError: can only concatenate str (not \"int\") to str")
        XCTAssertEqual(outcome(ad_add(ad_small(1), str("ab"))),
                       "!! TypeError: unsupported operand type(s) for +: 'int' and 'str'")
        XCTAssertEqual(repr(ad_mul(str("ab"), ad_small(3))), "'ababab'")
        XCTAssertEqual(repr(ad_mul(ad_small(2), str("é"))), "'éé'")
        XCTAssertEqual(repr(ad_mul(str("ab"), ad_small(-1))), "''")
        XCTAssertEqual(outcome(ad_mul(str("ab"), ad_float(2.0))),
                       "!! TypeError: can't multiply sequence by non-int of type 'float'")
        XCTAssertEqual(outcome(ad_mul(ad_float(2.0), str("ab"))),
                       "!! TypeError: can't multiply sequence by non-int of type 'float'")
        XCTAssertEqual(repr(ad_add(bytes([0x61]), bytes([0x62]))), "b'ab'")
        XCTAssertEqual(outcome(ad_add(bytes([0x61]), str("b"))), "!! TypeError: can't concat str to bytes")
    }

    func testComparisons() {
        XCTAssertEqual(ad_compare_bool(str("abc"), str("abd"), Int32(AD_LT.rawValue)), 1)
        XCTAssertEqual(ad_compare_bool(str("é"), str("z"), Int32(AD_GT.rawValue)), 1)
        XCTAssertEqual(ad_compare_bool(str("ab"), str("abc"), Int32(AD_LT.rawValue)), 1)
        XCTAssertEqual(ad_compare_bool(str("abc"), str("abc"), Int32(AD_EQ.rawValue)), 1)
        XCTAssertEqual(ad_compare_bool(str("1"), ad_small(1), Int32(AD_EQ.rawValue)), 0)
        XCTAssertEqual(outcome(ad_compare(str("a"), ad_small(1), Int32(AD_LT.rawValue))),
                       "!! TypeError: '<' not supported between instances of 'str' and 'int'")
    }

    func testIndexingSlicingAndContainment() {
        let s = str("héllo world")
        XCTAssertEqual(repr(ad_getitem(s, ad_small(1))), "'é'")
        XCTAssertEqual(repr(ad_getitem(s, ad_small(-1))), "'d'")
        XCTAssertEqual(outcome(ad_getitem(s, ad_small(11))), "!! IndexError: string index out of range")
        XCTAssertEqual(outcome(ad_getitem(s, str("x"))), "!! TypeError: string indices must be integers, not 'str'")
        XCTAssertEqual(repr(ad_getitem(s, ad_slice_new(none, none, ad_small(-2)))), "'drwolh'")
        XCTAssertEqual(repr(ad_getitem(s, ad_slice_new(ad_small(1), ad_small(-1), ad_small(3)))), "'éoo'")
        XCTAssertEqual(repr(ad_getitem(s, ad_slice_new(ad_small(20), none, none))), "''")
        XCTAssertEqual(ad_contains(s, str("lo w")), 1)
        XCTAssertEqual(ad_contains(s, str("")), 1)
        XCTAssertEqual(ad_contains(s, str("z")), 0)
        XCTAssertEqual(ad_contains(str("hello"), str("é")), 0)
        XCTAssertEqual(ad_contains(s, ad_small(1)), -1)
        XCTAssertEqual(pendingError(), "TypeError: 'in <string>' requires string as left operand, not int")
        XCTAssertEqual(ad_len(s), 11)
        XCTAssertEqual(repr(ad_getitem(bytes([1, 2, 3]), ad_small(-1))), "3")
        XCTAssertEqual(ad_contains(bytes([1, 2, 3]), ad_small(2)), 1)
    }

    func testIteration() {
        let it = ad_iter(str("hé"))
        XCTAssertEqual(text(ad_type(it).pointee.name_str), "str_iterator")
        XCTAssertEqual(repr(ad_next(it)), "'h'")
        XCTAssertEqual(repr(ad_next(it)), "'é'")
        XCTAssertEqual(ad_next(it), AdValue(2))
        XCTAssertEqual(text(ad_type(ad_iter(str("ab"))).pointee.name_str), "str_ascii_iterator")
        let bit = ad_iter(bytes([7, 200]))
        XCTAssertEqual(repr(ad_next(bit)), "7")
        XCTAssertEqual(repr(ad_next(bit)), "200")
        XCTAssertEqual(ad_next(bit), AdValue(2))
    }

    func testConstructors() {
        let strType = typeValue(&ad_str_type)
        let bytesType = typeValue(&ad_bytes_type)
        func call(_ t: AdValue, _ args: [AdValue], _ kw: [(String, AdValue)] = []) -> String {
            let all = args + kw.map { $0.1 }
            let kwnames: AdValue = kw.isEmpty ? 0 : tuple(kw.map { ad_str_intern_cstr($0.0) })
            return outcome(all.withUnsafeBufferPointer { ad_call(t, $0.baseAddress, args.count, kwnames) })
        }
        XCTAssertEqual(call(strType, []), "''")
        XCTAssertEqual(call(strType, [ad_small(42)]), "'42'")
        XCTAssertEqual(call(strType, [bytes([0x68, 0xC3, 0xA9])]), "\"b'h\\\\xc3\\\\xa9'\"")
        XCTAssertEqual(call(strType, [bytes([0x68, 0xC3, 0xA9]), str("utf-8")]), "'hé'")
        XCTAssertEqual(call(strType, [bytes([0xFF]), str("utf-8")]),
                       "!! UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")
        XCTAssertEqual(call(strType, [bytes([0xFF]), str("ascii"), str("replace")]), "'\u{FFFD}'")
        XCTAssertEqual(call(strType, [bytes([0x61])], [("encoding", str("latin-1"))]), "'a'")
        XCTAssertEqual(call(strType, [str("a"), str("utf-8")]), "!! TypeError: decoding str is not supported")
        XCTAssertEqual(call(strType, [ad_small(1), str("utf-8")]),
                       "!! TypeError: decoding to str: need a bytes-like object, int found")
        XCTAssertEqual(call(bytesType, []), "b''")
        XCTAssertEqual(call(bytesType, [ad_small(3)]), "b'\\x00\\x00\\x00'")
        XCTAssertEqual(call(bytesType, [tuple([ad_small(104), ad_small(105)])]), "b'hi'")
        XCTAssertEqual(call(bytesType, [str("hé"), str("utf-8")]), "b'h\\xc3\\xa9'")
        XCTAssertEqual(call(bytesType, [str("a")]), "!! TypeError: string argument without an encoding")
        XCTAssertEqual(call(bytesType, [ad_small(-1)]), "!! ValueError: negative count")
        XCTAssertEqual(call(bytesType, [tuple([ad_small(300)])]), "!! ValueError: bytes must be in range(0, 256)")
        XCTAssertEqual(call(bytesType, [ad_float(1.5)]), "!! TypeError: cannot convert 'float' object to bytes")
    }

    func testUnicodeProperties() {
        // Spot checks of the generated tables against CPython's str predicates and mappings.
        XCTAssertEqual(repr(method(str("ß straße"), "upper", [])), "'SS STRASSE'")
        XCTAssertEqual(repr(method(str("ΑΣ ΟΔΟΣ."), "lower", [])), "'ας οδος.'")
        XCTAssertEqual(repr(method(str("ǆungla"), "title", [])), "'ǅungla'")
        XCTAssertEqual(repr(method(str("İ"), "lower", [])), "'i̇'")
        XCTAssertEqual(repr(method(str("ﬁ"), "casefold", [])), "'fi'")
        XCTAssertEqual(repr(method(str("١٢٣"), "isdecimal", [])), "True")
        XCTAssertEqual(repr(method(str("½"), "isdigit", [])), "False")
        XCTAssertEqual(repr(method(str("½"), "isnumeric", [])), "True")
        XCTAssertEqual(repr(method(str("²"), "isdigit", [])), "True")
        XCTAssertEqual(repr(method(str("变量_1"), "isidentifier", [])), "True")
        XCTAssertEqual(repr(method(str("\u{0378}"), "isprintable", [])), "False")
    }

    // MARK: - The CPython table

    /// A value of the table's encoding (see tools/gen_string_tests.py).
    private func decode(_ field: Substring) -> AdValue {
        let tag = field.prefix(while: { $0 != ":" })
        let body = field.dropFirst(tag.count + 1)
        func hexBytes(_ h: Substring) -> [UInt8] {
            var out: [UInt8] = []
            var i = h.startIndex
            while i < h.endIndex {
                let j = h.index(i, offsetBy: 2)
                out.append(UInt8(h[i..<j], radix: 16)!)
                i = j
            }
            return out
        }
        switch tag {
        case "n": return none
        case "s":
            let b = hexBytes(body)
            return b.withUnsafeBufferPointer { p in
                p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(b.count, 1)) {
                    ad_str_from_utf8($0, b.count)
                }
            }
        case "b": return bytes(hexBytes(body))
        case "i": return ad_int_from_decimal(String(body))
        case "B": return body == "1" ? trueValue : falseValue
        case "f": return ad_float(Double(String(body)) ?? .nan)
        case "type": return typeValue(&ad_bytes_type)
        case "T": return tuple(body.isEmpty ? [] : body.split(separator: ";").map { decode($0) })
        case "D":
            let d = ad_dict_new()
            for pair in body.split(separator: ",") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                _ = ad_dict_set(d, decode(kv[0]), decode(kv[1]))
            }
            return d
        default:
            XCTFail("bad table field \(field)")
            return none
        }
    }

    /// Run one encoded call of the table.
    private func run(_ encoded: Substring) -> AdValue {
        let fields = encoded.split(separator: "|", omittingEmptySubsequences: false)
        let name = String(fields[0])
        let receiver = decode(fields[1])
        var args: [AdValue] = []
        var kw: [(String, AdValue)] = []
        for f in fields.dropFirst(2) {
            if f.hasPrefix("k:") {
                let kv = f.dropFirst(2).split(separator: "=", maxSplits: 1)
                kw.append((String(kv[0]), decode(kv[1])))
            } else {
                args.append(decode(f))
            }
        }
        switch name {
        case "format()": return ad_format(receiver, args[0])
        case "%": return ad_mod(receiver, args[0])
        default: return method(receiver, name, args, kw)
        }
    }

    func testCPythonTable() {
        var failures = 0
        for line in cpythonTable.split(separator: "\n") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            XCTAssertEqual(cols.count, 3, "bad table row: \(line)")
            guard cols.count == 3 else { continue }
            let got = outcome(run(cols[2]))
            if got != String(cols[1]) {
                failures += 1
                XCTFail("\(cols[0]): expected \(cols[1]), got \(got)")
            }
        }
        XCTAssertEqual(failures, 0)
    }
}

// BEGIN GENERATED by tools/gen_string_tests.py from CPython 3.11; do not edit.
private let cpythonTable = #"""
''.upper()	''	upper|s:
''.lower()	''	lower|s:
''.casefold()	''	casefold|s:
''.swapcase()	''	swapcase|s:
''.capitalize()	''	capitalize|s:
''.title()	''	title|s:
''.isalpha()	False	isalpha|s:
''.isalnum()	False	isalnum|s:
''.isdecimal()	False	isdecimal|s:
''.isdigit()	False	isdigit|s:
''.isnumeric()	False	isnumeric|s:
''.isspace()	False	isspace|s:
''.isprintable()	True	isprintable|s:
''.islower()	False	islower|s:
''.isupper()	False	isupper|s:
''.istitle()	False	istitle|s:
''.isidentifier()	False	isidentifier|s:
''.split()	[]	split|s:
''.splitlines()	[]	splitlines|s:
''.strip()	''	strip|s:
''.isascii()	True	isascii|s:
'Hello World'.upper()	'HELLO WORLD'	upper|s:48656c6c6f20576f726c64
'Hello World'.lower()	'hello world'	lower|s:48656c6c6f20576f726c64
'Hello World'.casefold()	'hello world'	casefold|s:48656c6c6f20576f726c64
'Hello World'.swapcase()	'hELLO wORLD'	swapcase|s:48656c6c6f20576f726c64
'Hello World'.capitalize()	'Hello world'	capitalize|s:48656c6c6f20576f726c64
'Hello World'.title()	'Hello World'	title|s:48656c6c6f20576f726c64
'Hello World'.isalpha()	False	isalpha|s:48656c6c6f20576f726c64
'Hello World'.isalnum()	False	isalnum|s:48656c6c6f20576f726c64
'Hello World'.isdecimal()	False	isdecimal|s:48656c6c6f20576f726c64
'Hello World'.isdigit()	False	isdigit|s:48656c6c6f20576f726c64
'Hello World'.isnumeric()	False	isnumeric|s:48656c6c6f20576f726c64
'Hello World'.isspace()	False	isspace|s:48656c6c6f20576f726c64
'Hello World'.isprintable()	True	isprintable|s:48656c6c6f20576f726c64
'Hello World'.islower()	False	islower|s:48656c6c6f20576f726c64
'Hello World'.isupper()	False	isupper|s:48656c6c6f20576f726c64
'Hello World'.istitle()	True	istitle|s:48656c6c6f20576f726c64
'Hello World'.isidentifier()	False	isidentifier|s:48656c6c6f20576f726c64
'Hello World'.split()	['Hello', 'World']	split|s:48656c6c6f20576f726c64
'Hello World'.splitlines()	['Hello World']	splitlines|s:48656c6c6f20576f726c64
'Hello World'.strip()	'Hello World'	strip|s:48656c6c6f20576f726c64
'Hello World'.isascii()	True	isascii|s:48656c6c6f20576f726c64
'  a  b\tc\n'.upper()	'  A  B\tC\n'	upper|s:20206120206209630a
'  a  b\tc\n'.lower()	'  a  b\tc\n'	lower|s:20206120206209630a
'  a  b\tc\n'.casefold()	'  a  b\tc\n'	casefold|s:20206120206209630a
'  a  b\tc\n'.swapcase()	'  A  B\tC\n'	swapcase|s:20206120206209630a
'  a  b\tc\n'.capitalize()	'  a  b\tc\n'	capitalize|s:20206120206209630a
'  a  b\tc\n'.title()	'  A  B\tC\n'	title|s:20206120206209630a
'  a  b\tc\n'.isalpha()	False	isalpha|s:20206120206209630a
'  a  b\tc\n'.isalnum()	False	isalnum|s:20206120206209630a
'  a  b\tc\n'.isdecimal()	False	isdecimal|s:20206120206209630a
'  a  b\tc\n'.isdigit()	False	isdigit|s:20206120206209630a
'  a  b\tc\n'.isnumeric()	False	isnumeric|s:20206120206209630a
'  a  b\tc\n'.isspace()	False	isspace|s:20206120206209630a
'  a  b\tc\n'.isprintable()	False	isprintable|s:20206120206209630a
'  a  b\tc\n'.islower()	True	islower|s:20206120206209630a
'  a  b\tc\n'.isupper()	False	isupper|s:20206120206209630a
'  a  b\tc\n'.istitle()	False	istitle|s:20206120206209630a
'  a  b\tc\n'.isidentifier()	False	isidentifier|s:20206120206209630a
'  a  b\tc\n'.split()	['a', 'b', 'c']	split|s:20206120206209630a
'  a  b\tc\n'.splitlines()	['  a  b\tc']	splitlines|s:20206120206209630a
'  a  b\tc\n'.strip()	'a  b\tc'	strip|s:20206120206209630a
'  a  b\tc\n'.isascii()	True	isascii|s:20206120206209630a
'a,b,,c'.upper()	'A,B,,C'	upper|s:612c622c2c63
'a,b,,c'.lower()	'a,b,,c'	lower|s:612c622c2c63
'a,b,,c'.casefold()	'a,b,,c'	casefold|s:612c622c2c63
'a,b,,c'.swapcase()	'A,B,,C'	swapcase|s:612c622c2c63
'a,b,,c'.capitalize()	'A,b,,c'	capitalize|s:612c622c2c63
'a,b,,c'.title()	'A,B,,C'	title|s:612c622c2c63
'a,b,,c'.isalpha()	False	isalpha|s:612c622c2c63
'a,b,,c'.isalnum()	False	isalnum|s:612c622c2c63
'a,b,,c'.isdecimal()	False	isdecimal|s:612c622c2c63
'a,b,,c'.isdigit()	False	isdigit|s:612c622c2c63
'a,b,,c'.isnumeric()	False	isnumeric|s:612c622c2c63
'a,b,,c'.isspace()	False	isspace|s:612c622c2c63
'a,b,,c'.isprintable()	True	isprintable|s:612c622c2c63
'a,b,,c'.islower()	True	islower|s:612c622c2c63
'a,b,,c'.isupper()	False	isupper|s:612c622c2c63
'a,b,,c'.istitle()	False	istitle|s:612c622c2c63
'a,b,,c'.isidentifier()	False	isidentifier|s:612c622c2c63
'a,b,,c'.split()	['a,b,,c']	split|s:612c622c2c63
'a,b,,c'.splitlines()	['a,b,,c']	splitlines|s:612c622c2c63
'a,b,,c'.strip()	'a,b,,c'	strip|s:612c622c2c63
'a,b,,c'.isascii()	True	isascii|s:612c622c2c63
'ß straße'.upper()	'SS STRASSE'	upper|s:c39f2073747261c39f65
'ß straße'.lower()	'ß straße'	lower|s:c39f2073747261c39f65
'ß straße'.casefold()	'ss strasse'	casefold|s:c39f2073747261c39f65
'ß straße'.swapcase()	'SS STRASSE'	swapcase|s:c39f2073747261c39f65
'ß straße'.capitalize()	'Ss straße'	capitalize|s:c39f2073747261c39f65
'ß straße'.title()	'Ss Straße'	title|s:c39f2073747261c39f65
'ß straße'.isalpha()	False	isalpha|s:c39f2073747261c39f65
'ß straße'.isalnum()	False	isalnum|s:c39f2073747261c39f65
'ß straße'.isdecimal()	False	isdecimal|s:c39f2073747261c39f65
'ß straße'.isdigit()	False	isdigit|s:c39f2073747261c39f65
'ß straße'.isnumeric()	False	isnumeric|s:c39f2073747261c39f65
'ß straße'.isspace()	False	isspace|s:c39f2073747261c39f65
'ß straße'.isprintable()	True	isprintable|s:c39f2073747261c39f65
'ß straße'.islower()	True	islower|s:c39f2073747261c39f65
'ß straße'.isupper()	False	isupper|s:c39f2073747261c39f65
'ß straße'.istitle()	False	istitle|s:c39f2073747261c39f65
'ß straße'.isidentifier()	False	isidentifier|s:c39f2073747261c39f65
'ß straße'.split()	['ß', 'straße']	split|s:c39f2073747261c39f65
'ß straße'.splitlines()	['ß straße']	splitlines|s:c39f2073747261c39f65
'ß straße'.strip()	'ß straße'	strip|s:c39f2073747261c39f65
'ß straße'.isascii()	False	isascii|s:c39f2073747261c39f65
'ΑΣ ΟΔΟΣ.'.upper()	'ΑΣ ΟΔΟΣ.'	upper|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.lower()	'ας οδος.'	lower|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.casefold()	'ασ οδοσ.'	casefold|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.swapcase()	'ας οδος.'	swapcase|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.capitalize()	'Ας οδος.'	capitalize|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.title()	'Ας Οδος.'	title|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.isalpha()	False	isalpha|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.isalnum()	False	isalnum|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.isdecimal()	False	isdecimal|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.isdigit()	False	isdigit|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.isnumeric()	False	isnumeric|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.isspace()	False	isspace|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.isprintable()	True	isprintable|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.islower()	False	islower|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.isupper()	True	isupper|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.istitle()	False	istitle|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.isidentifier()	False	isidentifier|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.split()	['ΑΣ', 'ΟΔΟΣ.']	split|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.splitlines()	['ΑΣ ΟΔΟΣ.']	splitlines|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.strip()	'ΑΣ ΟΔΟΣ.'	strip|s:ce91cea320ce9fce94ce9fcea32e
'ΑΣ ΟΔΟΣ.'.isascii()	False	isascii|s:ce91cea320ce9fce94ce9fcea32e
'İx'.upper()	'İX'	upper|s:c4b078
'İx'.lower()	'i̇x'	lower|s:c4b078
'İx'.casefold()	'i̇x'	casefold|s:c4b078
'İx'.swapcase()	'i̇X'	swapcase|s:c4b078
'İx'.capitalize()	'İx'	capitalize|s:c4b078
'İx'.title()	'İx'	title|s:c4b078
'İx'.isalpha()	True	isalpha|s:c4b078
'İx'.isalnum()	True	isalnum|s:c4b078
'İx'.isdecimal()	False	isdecimal|s:c4b078
'İx'.isdigit()	False	isdigit|s:c4b078
'İx'.isnumeric()	False	isnumeric|s:c4b078
'İx'.isspace()	False	isspace|s:c4b078
'İx'.isprintable()	True	isprintable|s:c4b078
'İx'.islower()	False	islower|s:c4b078
'İx'.isupper()	False	isupper|s:c4b078
'İx'.istitle()	True	istitle|s:c4b078
'İx'.isidentifier()	True	isidentifier|s:c4b078
'İx'.split()	['İx']	split|s:c4b078
'İx'.splitlines()	['İx']	splitlines|s:c4b078
'İx'.strip()	'İx'	strip|s:c4b078
'İx'.isascii()	False	isascii|s:c4b078
'ǅa ǆ'.upper()	'ǄA Ǆ'	upper|s:c7856120c786
'ǅa ǆ'.lower()	'ǆa ǆ'	lower|s:c7856120c786
'ǅa ǆ'.casefold()	'ǆa ǆ'	casefold|s:c7856120c786
'ǅa ǆ'.swapcase()	'ǅA Ǆ'	swapcase|s:c7856120c786
'ǅa ǆ'.capitalize()	'ǅa ǆ'	capitalize|s:c7856120c786
'ǅa ǆ'.title()	'ǅa ǅ'	title|s:c7856120c786
'ǅa ǆ'.isalpha()	False	isalpha|s:c7856120c786
'ǅa ǆ'.isalnum()	False	isalnum|s:c7856120c786
'ǅa ǆ'.isdecimal()	False	isdecimal|s:c7856120c786
'ǅa ǆ'.isdigit()	False	isdigit|s:c7856120c786
'ǅa ǆ'.isnumeric()	False	isnumeric|s:c7856120c786
'ǅa ǆ'.isspace()	False	isspace|s:c7856120c786
'ǅa ǆ'.isprintable()	True	isprintable|s:c7856120c786
'ǅa ǆ'.islower()	False	islower|s:c7856120c786
'ǅa ǆ'.isupper()	False	isupper|s:c7856120c786
'ǅa ǆ'.istitle()	False	istitle|s:c7856120c786
'ǅa ǆ'.isidentifier()	False	isidentifier|s:c7856120c786
'ǅa ǆ'.split()	['ǅa', 'ǆ']	split|s:c7856120c786
'ǅa ǆ'.splitlines()	['ǅa ǆ']	splitlines|s:c7856120c786
'ǅa ǆ'.strip()	'ǅa ǆ'	strip|s:c7856120c786
'ǅa ǆ'.isascii()	False	isascii|s:c7856120c786
'١٢٣'.upper()	'١٢٣'	upper|s:d9a1d9a2d9a3
'١٢٣'.lower()	'١٢٣'	lower|s:d9a1d9a2d9a3
'١٢٣'.casefold()	'١٢٣'	casefold|s:d9a1d9a2d9a3
'١٢٣'.swapcase()	'١٢٣'	swapcase|s:d9a1d9a2d9a3
'١٢٣'.capitalize()	'١٢٣'	capitalize|s:d9a1d9a2d9a3
'١٢٣'.title()	'١٢٣'	title|s:d9a1d9a2d9a3
'١٢٣'.isalpha()	False	isalpha|s:d9a1d9a2d9a3
'١٢٣'.isalnum()	True	isalnum|s:d9a1d9a2d9a3
'١٢٣'.isdecimal()	True	isdecimal|s:d9a1d9a2d9a3
'١٢٣'.isdigit()	True	isdigit|s:d9a1d9a2d9a3
'١٢٣'.isnumeric()	True	isnumeric|s:d9a1d9a2d9a3
'١٢٣'.isspace()	False	isspace|s:d9a1d9a2d9a3
'١٢٣'.isprintable()	True	isprintable|s:d9a1d9a2d9a3
'١٢٣'.islower()	False	islower|s:d9a1d9a2d9a3
'١٢٣'.isupper()	False	isupper|s:d9a1d9a2d9a3
'١٢٣'.istitle()	False	istitle|s:d9a1d9a2d9a3
'١٢٣'.isidentifier()	False	isidentifier|s:d9a1d9a2d9a3
'١٢٣'.split()	['١٢٣']	split|s:d9a1d9a2d9a3
'١٢٣'.splitlines()	['١٢٣']	splitlines|s:d9a1d9a2d9a3
'١٢٣'.strip()	'١٢٣'	strip|s:d9a1d9a2d9a3
'١٢٣'.isascii()	False	isascii|s:d9a1d9a2d9a3
'½'.upper()	'½'	upper|s:c2bd
'½'.lower()	'½'	lower|s:c2bd
'½'.casefold()	'½'	casefold|s:c2bd
'½'.swapcase()	'½'	swapcase|s:c2bd
'½'.capitalize()	'½'	capitalize|s:c2bd
'½'.title()	'½'	title|s:c2bd
'½'.isalpha()	False	isalpha|s:c2bd
'½'.isalnum()	True	isalnum|s:c2bd
'½'.isdecimal()	False	isdecimal|s:c2bd
'½'.isdigit()	False	isdigit|s:c2bd
'½'.isnumeric()	True	isnumeric|s:c2bd
'½'.isspace()	False	isspace|s:c2bd
'½'.isprintable()	True	isprintable|s:c2bd
'½'.islower()	False	islower|s:c2bd
'½'.isupper()	False	isupper|s:c2bd
'½'.istitle()	False	istitle|s:c2bd
'½'.isidentifier()	False	isidentifier|s:c2bd
'½'.split()	['½']	split|s:c2bd
'½'.splitlines()	['½']	splitlines|s:c2bd
'½'.strip()	'½'	strip|s:c2bd
'½'.isascii()	False	isascii|s:c2bd
'x\ty'.upper()	'X\tY'	upper|s:780979
'x\ty'.lower()	'x\ty'	lower|s:780979
'x\ty'.casefold()	'x\ty'	casefold|s:780979
'x\ty'.swapcase()	'X\tY'	swapcase|s:780979
'x\ty'.capitalize()	'X\ty'	capitalize|s:780979
'x\ty'.title()	'X\tY'	title|s:780979
'x\ty'.isalpha()	False	isalpha|s:780979
'x\ty'.isalnum()	False	isalnum|s:780979
'x\ty'.isdecimal()	False	isdecimal|s:780979
'x\ty'.isdigit()	False	isdigit|s:780979
'x\ty'.isnumeric()	False	isnumeric|s:780979
'x\ty'.isspace()	False	isspace|s:780979
'x\ty'.isprintable()	False	isprintable|s:780979
'x\ty'.islower()	True	islower|s:780979
'x\ty'.isupper()	False	isupper|s:780979
'x\ty'.istitle()	False	istitle|s:780979
'x\ty'.isidentifier()	False	isidentifier|s:780979
'x\ty'.split()	['x', 'y']	split|s:780979
'x\ty'.splitlines()	['x\ty']	splitlines|s:780979
'x\ty'.strip()	'x\ty'	strip|s:780979
'x\ty'.isascii()	True	isascii|s:780979
'l1\nl2\r\nl3\x85l4\u2028'.upper()	'L1\nL2\r\nL3\x85L4\u2028'	upper|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.lower()	'l1\nl2\r\nl3\x85l4\u2028'	lower|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.casefold()	'l1\nl2\r\nl3\x85l4\u2028'	casefold|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.swapcase()	'L1\nL2\r\nL3\x85L4\u2028'	swapcase|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.capitalize()	'L1\nl2\r\nl3\x85l4\u2028'	capitalize|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.title()	'L1\nL2\r\nL3\x85L4\u2028'	title|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.isalpha()	False	isalpha|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.isalnum()	False	isalnum|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.isdecimal()	False	isdecimal|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.isdigit()	False	isdigit|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.isnumeric()	False	isnumeric|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.isspace()	False	isspace|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.isprintable()	False	isprintable|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.islower()	True	islower|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.isupper()	False	isupper|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.istitle()	False	istitle|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.isidentifier()	False	isidentifier|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.split()	['l1', 'l2', 'l3', 'l4']	split|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.splitlines()	['l1', 'l2', 'l3', 'l4']	splitlines|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.strip()	'l1\nl2\r\nl3\x85l4'	strip|s:6c310a6c320d0a6c33c2856c34e280a8
'l1\nl2\r\nl3\x85l4\u2028'.isascii()	False	isascii|s:6c310a6c320d0a6c33c2856c34e280a8
'é'.upper()	'É'	upper|s:c3a9
'é'.lower()	'é'	lower|s:c3a9
'é'.casefold()	'é'	casefold|s:c3a9
'é'.swapcase()	'É'	swapcase|s:c3a9
'é'.capitalize()	'É'	capitalize|s:c3a9
'é'.title()	'É'	title|s:c3a9
'é'.isalpha()	True	isalpha|s:c3a9
'é'.isalnum()	True	isalnum|s:c3a9
'é'.isdecimal()	False	isdecimal|s:c3a9
'é'.isdigit()	False	isdigit|s:c3a9
'é'.isnumeric()	False	isnumeric|s:c3a9
'é'.isspace()	False	isspace|s:c3a9
'é'.isprintable()	True	isprintable|s:c3a9
'é'.islower()	True	islower|s:c3a9
'é'.isupper()	False	isupper|s:c3a9
'é'.istitle()	False	istitle|s:c3a9
'é'.isidentifier()	True	isidentifier|s:c3a9
'é'.split()	['é']	split|s:c3a9
'é'.splitlines()	['é']	splitlines|s:c3a9
'é'.strip()	'é'	strip|s:c3a9
'é'.isascii()	False	isascii|s:c3a9
'a,b,,c d'.split(',')	['a', 'b', '', 'c d']	split|s:612c622c2c632064|s:2c
'a,b,,c d'.rsplit(',')	['a', 'b', '', 'c d']	rsplit|s:612c622c2c632064|s:2c
'a,b,,c d'.split(',', 1)	['a', 'b,,c d']	split|s:612c622c2c632064|s:2c|i:1
'a,b,,c d'.rsplit(',', 1)	['a,b,', 'c d']	rsplit|s:612c622c2c632064|s:2c|i:1
'a,b,,c d'.split(None, 1)	['a,b,,c', 'd']	split|s:612c622c2c632064|n|i:1
'a,b,,c d'.rsplit(None, 1)	['a,b,,c', 'd']	rsplit|s:612c622c2c632064|n|i:1
'a,b,,c d'.split('')	!! ValueError: empty separator	split|s:612c622c2c632064|s:
'a,b,,c d'.rsplit('')	!! ValueError: empty separator	rsplit|s:612c622c2c632064|s:
'a,b,,c d'.split(1)	!! TypeError: must be str or None, not int	split|s:612c622c2c632064|i:1
'a,b,,c d'.rsplit(1)	!! TypeError: must be str or None, not int	rsplit|s:612c622c2c632064|i:1
'a b c'.split(maxsplit=1)	['a', 'b c']	split|s:6120622063|k:maxsplit=i:1
'a b c'.split(zz=1)	!! TypeError: 'zz' is an invalid keyword argument for split()	split|s:6120622063|k:zz=i:1
'a b c'.split(' ', sep=' ')	!! TypeError: argument for split() given by name ('sep') and position (1)	split|s:6120622063|s:20|k:sep=s:20
'ab\ncd\r\n'.splitlines(True)	['ab\n', 'cd\r\n']	splitlines|s:61620a63640d0a|B:1
'ab\ncd\r\n'.splitlines(keepends=True)	['ab\n', 'cd\r\n']	splitlines|s:61620a63640d0a|k:keepends=B:1
'-'.join(('a', 'b', 'c'))	'a-b-c'	join|s:2d|T:s:61;s:62;s:63
'-'.join(('a', 1))	!! TypeError: sequence item 1: expected str instance, int found	join|s:2d|T:s:61;i:1
'-'.join(5)	!! TypeError: can only join an iterable	join|s:2d|i:5
'é'.join(('x', 'y'))	'xéy'	join|s:c3a9|T:s:78;s:79
'hello world'.find('l')	2	find|s:68656c6c6f20776f726c64|s:6c
'hello world'.rfind('l')	9	rfind|s:68656c6c6f20776f726c64|s:6c
'hello world'.find('o', 5)	7	find|s:68656c6c6f20776f726c64|s:6f|i:5
'hello world'.rfind('o', 5)	7	rfind|s:68656c6c6f20776f726c64|s:6f|i:5
'hello world'.find('o', -3, -1)	-1	find|s:68656c6c6f20776f726c64|s:6f|i:-3|i:-1
'hello world'.rfind('o', -3, -1)	-1	rfind|s:68656c6c6f20776f726c64|s:6f|i:-3|i:-1
'hello world'.find('', 20)	-1	find|s:68656c6c6f20776f726c64|s:|i:20
'hello world'.rfind('', 20)	-1	rfind|s:68656c6c6f20776f726c64|s:|i:20
'hello world'.find('z')	-1	find|s:68656c6c6f20776f726c64|s:7a
'hello world'.rfind('z')	-1	rfind|s:68656c6c6f20776f726c64|s:7a
'hello world'.find('é')	-1	find|s:68656c6c6f20776f726c64|s:c3a9
'hello world'.rfind('é')	-1	rfind|s:68656c6c6f20776f726c64|s:c3a9
'hello world'.find(1)	!! TypeError: must be str, not int	find|s:68656c6c6f20776f726c64|i:1
'hello world'.rfind(1)	!! TypeError: must be str, not int	rfind|s:68656c6c6f20776f726c64|i:1
'hello world'.find()	!! TypeError: find() takes at least 1 argument (0 given)	find|s:68656c6c6f20776f726c64
'hello world'.rfind()	!! TypeError: rfind() takes at least 1 argument (0 given)	rfind|s:68656c6c6f20776f726c64
'hello'.index('z')	!! ValueError: substring not found	index|s:68656c6c6f|s:7a
'hello'.rindex('l')	3	rindex|s:68656c6c6f|s:6c
'hello'.count('l')	2	count|s:68656c6c6f|s:6c
'hello'.count('')	6	count|s:68656c6c6f|s:
'hello'.startswith(('x', 'he'))	True	startswith|s:68656c6c6f|T:s:78;s:6865
'hello'.startswith(1)	!! TypeError: startswith first arg must be str or a tuple of str, not int	startswith|s:68656c6c6f|i:1
'hello'.endswith('lo', 0, 5)	True	endswith|s:68656c6c6f|s:6c6f|i:0|i:5
'hello'.endswith(('a', 1))	!! TypeError: tuple for endswith must only contain str, not int	endswith|s:68656c6c6f|T:s:61;i:1
'hello'.replace('l', 'L')	'heLLo'	replace|s:68656c6c6f|s:6c|s:4c
'hello'.replace('l', 'L', 1)	'heLlo'	replace|s:68656c6c6f|s:6c|s:4c|i:1
'hello'.replace('', '-')	'-h-e-l-l-o-'	replace|s:68656c6c6f|s:|s:2d
'héllo'.replace('é', 'e')	'hello'	replace|s:68c3a96c6c6f|s:c3a9|s:65
'hello'.replace('l')	!! TypeError: replace expected at least 2 arguments, got 1	replace|s:68656c6c6f|s:6c
'hello'.removeprefix('he')	'llo'	removeprefix|s:68656c6c6f|s:6865
'hello'.removesuffix('lo')	'hel'	removesuffix|s:68656c6c6f|s:6c6f
'hello'.removesuffix(1)	!! TypeError: removesuffix() argument must be str, not int	removesuffix|s:68656c6c6f|i:1
'a=b=c'.partition('=')	('a', '=', 'b=c')	partition|s:613d623d63|s:3d
'a=b=c'.rpartition('=')	('a=b', '=', 'c')	rpartition|s:613d623d63|s:3d
'abc'.partition('')	!! ValueError: empty separator	partition|s:616263|s:
'abc'.center(9, '*')	'***abc***'	center|s:616263|i:9|s:2a
'abc'.center(8)	'  abc   '	center|s:616263|i:8
'abc'.ljust(6, 'é')	'abcééé'	ljust|s:616263|i:6|s:c3a9
'abc'.rjust(6)	'   abc'	rjust|s:616263|i:6
'abc'.center(6, 'ab')	!! TypeError: The fill character must be exactly one character long	center|s:616263|i:6|s:6162
'abc'.center(2.5)	!! TypeError: 'float' object cannot be interpreted as an integer	center|s:616263|f:2.5
'-42'.zfill(6)	'-00042'	zfill|s:2d3432|i:6
'a\tbc\td'.expandtabs()	'a       bc      d'	expandtabs|s:610962630964
'a\tbc\td'.expandtabs(4)	'a   bc  d'	expandtabs|s:610962630964|i:4
'xxhixx'.strip('x')	'hi'	strip|s:787868697878|s:78
'xxhixx'.lstrip('x')	'hixx'	lstrip|s:787868697878|s:78
'xxhixx'.rstrip('x')	'xxhi'	rstrip|s:787868697878|s:78
'hi'.strip(1)	!! TypeError: strip arg must be None or str	strip|s:6869|i:1
'abc'.translate({97: 'A', 98: None, 99: 120})	'Ax'	translate|s:616263|D:i:97=s:41,i:98=n,i:99=i:120
'abc'.upper(1)	!! TypeError: str.upper() takes no arguments (1 given)	upper|s:616263|i:1
'abc'.zfill()	!! TypeError: str.zfill() takes exactly one argument (0 given)	zfill|s:616263
'abc'.encode()	b'abc'	encode|s:616263
'héllo'.encode('ascii')	!! UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)	encode|s:68c3a96c6c6f|s:6173636969
'héllo'.encode('ascii', 'replace')	b'h?llo'	encode|s:68c3a96c6c6f|s:6173636969|s:7265706c616365
'héllo'.encode('latin-1')	b'h\xe9llo'	encode|s:68c3a96c6c6f|s:6c6174696e2d31
'héllo'.encode(encoding='utf-8', errors='strict')	b'h\xc3\xa9llo'	encode|s:68c3a96c6c6f|k:encoding=s:7574662d38|k:errors=s:737472696374
'abc'.encode('nope')	!! LookupError: unknown encoding: nope	encode|s:616263|s:6e6f7065
'abc'.__getitem__(-1)	'c'	__getitem__|s:616263|i:-1
'abc'.__getitem__(5)	!! IndexError: string index out of range	__getitem__|s:616263|i:5
'abc'.__getitem__(1.0)	!! TypeError: string indices must be integers, not 'float'	__getitem__|s:616263|f:1.0
'abc'.__contains__(1)	!! TypeError: 'in <string>' requires string as left operand, not int	__contains__|s:616263|i:1
'abc'.__len__()	3	__len__|s:616263
'abc'.__add__(1)	!! TypeError: can only concatenate str (not "int") to str	__add__|s:616263|i:1
'ab'.__mul__(3)	'ababab'	__mul__|s:6162|i:3
'ab'.__mul__(2.0)	!! TypeError: 'float' object cannot be interpreted as an integer	__mul__|s:6162|f:2.0
format(0, '')	'0'	format()|i:0|s:
format(-7, '')	'-7'	format()|i:-7|s:
format(1.5, '')	'1.5'	format()|f:1.5|s:
format(1e+16, '')	'1e+16'	format()|f:1e+16|s:
format(1e-05, '')	'1e-05'	format()|f:1e-05|s:
format('s', '')	's'	format()|s:73|s:
format(1234567, ',')	'1,234,567'	format()|i:1234567|s:2c
format(-1234.5, ',')	'-1,234.5'	format()|f:-1234.5|s:2c
format(1234567, '_')	'1_234_567'	format()|i:1234567|s:5f
format(11259375, '_x')	'ab_cdef'	format()|i:11259375|s:5f78
format(37, '#_b')	'0b10_0101'	format()|i:37|s:235f62
format(255, '#010_x')	'0x000_00ff'	format()|i:255|s:233031305f78
format(1234, '010,')	'00,001,234'	format()|i:1234|s:3031302c
format(-1234, '010,')	'-0,001,234'	format()|i:-1234|s:3031302c
format(1234.5678, '>10.3e')	' 1.235e+03'	format()|f:1234.5678|s:3e31302e3365
format(0.1, '.17g')	'0.10000000000000001'	format()|f:0.1|s:2e313767
format(123.456, ',.2f')	'123.46'	format()|f:123.456|s:2c2e3266
format(1234567.891, ',.2f')	'1,234,567.89'	format()|f:1234567.891|s:2c2e3266
format('mid', '^9')	'   mid   '	format()|s:6d6964|s:5e39
format(42, '^9')	'   42    '	format()|i:42|s:5e39
format('ab', '*<6')	'ab****'	format()|s:6162|s:2a3c36
format(-3, '0=8')	'-0000003'	format()|i:-3|s:303d38
format(3, '+')	'+3'	format()|i:3|s:2b
format(3.0, '+')	'+3.0'	format()|f:3.0|s:2b
format(nan, '+')	'+nan'	format()|f:nan|s:2b
format(3, ' ')	' 3'	format()|i:3|s:20
format(-0.04, 'z.1f')	'0.0'	format()|f:-0.04|s:7a2e3166
format(123.0, '.3')	'1.23e+02'	format()|f:123.0|s:2e33
format(1.0, '.3')	'1.0'	format()|f:1.0|s:2e33
format('abcdef', '.3')	'abc'	format()|s:616263646566|s:2e33
format(1e+20, 'g')	'1e+20'	format()|f:1e+20|s:67
format(0.0001, 'g')	'0.0001'	format()|f:0.0001|s:67
format(123456789.0, 'g')	'1.23457e+08'	format()|f:123456789.0|s:67
format(0.125, '%')	'12.500000%'	format()|f:0.125|s:25
format(0.5, '.0%')	'50%'	format()|f:0.5|s:2e3025
format(0.0, 'e')	'0.000000e+00'	format()|f:0.0|s:65
format(5, 'e')	'5.000000e+00'	format()|i:5|s:65
format(1e-10, 'E')	'1.000000E-10'	format()|f:1e-10|s:45
format(inf, 'F')	'INF'	format()|f:inf|s:46
format(97, 'c')	'a'	format()|i:97|s:63
format(128512, 'c')	'😀'	format()|i:128512|s:63
format(1234, 'n')	'1234'	format()|i:1234|s:6e
format(1.5, 'n')	'1.5'	format()|f:1.5|s:6e
format(-255, 'x')	'-ff'	format()|i:-255|s:78
format('s', 'x')	!! ValueError: Unknown format code 'x' for object of type 'str'	format()|s:73|s:78
format(255, 'X')	'FF'	format()|i:255|s:58
format(8, '#o')	'0o10'	format()|i:8|s:236f
format(5, 'b')	'101'	format()|i:5|s:62
format(True, 'd')	'1'	format()|B:1|s:64
format(1.5, 'd')	!! ValueError: Unknown format code 'd' for object of type 'float'	format()|f:1.5|s:64
format(1, 's')	!! ValueError: Unknown format code 's' for object of type 'int'	format()|i:1|s:73
format('x', 's')	'x'	format()|s:78|s:73
format('hello', '.2s')	'he'	format()|s:68656c6c6f|s:2e3273
format('s', '=5')	!! ValueError: '=' alignment not allowed in string format specifier	format()|s:73|s:3d35
format('s', '#')	!! ValueError: Alternate form (#) not allowed in string format specifier	format()|s:73|s:23
format(1.0, '#')	'1.0'	format()|f:1.0|s:23
format('ab', '05')	'ab000'	format()|s:6162|s:3035
format(1, 'abc')	!! ValueError: Invalid format specifier 'abc' for object of type 'int'	format()|i:1|s:616263
format(1.0, '.')	!! ValueError: Format specifier missing precision	format()|f:1.0|s:2e
format(1, '1_,')	!! ValueError: Cannot specify both ',' and '_'.	format()|i:1|s:315f2c
format('x', ',s')	!! ValueError: Cannot specify ',' with 's'.	format()|s:78|s:2c73
format(1, ',x')	!! ValueError: Cannot specify ',' with 'x'.	format()|i:1|s:2c78
format(1, '.5d')	!! ValueError: Precision not allowed in integer format specifier	format()|i:1|s:2e3564
format(65, '+c')	!! ValueError: Sign not allowed with integer format specifier 'c'	format()|i:65|s:2b63
format(1, 'z')	!! ValueError: Negative zero coercion (z) not allowed in integer format specifier	format()|i:1|s:7a
format('s', 'z')	!! ValueError: Negative zero coercion (z) not allowed in string format specifier	format()|s:73|s:7a
format(1, '10,.5x')	!! ValueError: Cannot specify ',' with 'x'.	format()|i:1|s:31302c2e3578
'{} {}'.format(1, 'a')	'1 a'	format|s:7b7d207b7d|i:1|s:61
'{0}{1}{0}'.format('a', 'b')	'aba'	format|s:7b307d7b317d7b307d|s:61|s:62
'{x}'.format(x=5)	'5'	format|s:7b787d|k:x=i:5
'{x!r:>6}'.format(x='q')	"   'q'"	format|s:7b7821723a3e367d|k:x=s:71
'{0!a}'.format('é')	"'\\xe9'"	format|s:7b3021617d|s:c3a9
'{:>{}}'.format('a', 5)	'    a'	format|s:7b3a3e7b7d7d|s:61|i:5
'{0:{1}}'.format(3.14159, '.2f')	'3.14'	format|s:7b303a7b317d7d|f:3.14159|s:2e3266
'{{}}{{'.format()	'{}{'	format|s:7b7b7d7d7b7b
'{'.format()	!! ValueError: Single '{' encountered in format string	format|s:7b
'}'.format()	!! ValueError: Single '}' encountered in format string	format|s:7d
'{0}{}'.format(1, 2)	!! ValueError: cannot switch from manual field specification to automatic field numbering	format|s:7b307d7b7d|i:1|i:2
'{}{0}'.format(1, 2)	!! ValueError: cannot switch from automatic field numbering to manual field specification	format|s:7b7d7b307d|i:1|i:2
'{1}'.format(1)	!! IndexError: Replacement index 1 out of range for positional args tuple	format|s:7b317d|i:1
'{a}'.format()	!! KeyError: 'a'	format|s:7b617d
'{0[1]}'.format((5, 6))	'6'	format|s:7b305b315d7d|T:i:5;i:6
'{0[k]}'.format({'k': 'v'})	'v'	format|s:7b305b6b5d7d|D:s:6b=s:76
'{0[}'.format((1,))	!! ValueError: expected '}' before end of string	format|s:7b305b7d|T:i:1
'{0.}'.format(1)	!! ValueError: Empty attribute in format string	format|s:7b302e7d|i:1
'{!x}'.format(1)	!! ValueError: Unknown conversion specifier x	format|s:7b21787d|i:1
'{0:{1:{2}}}'.format(1, 2, 3)	!! ValueError: Max string recursion exceeded	format|s:7b303a7b313a7b327d7d7d|i:1|i:2|i:3
'{0:{1:{2:{3}}}}'.format(1, 2, 3, 4)	!! ValueError: Max string recursion exceeded	format|s:7b303a7b313a7b323a7b337d7d7d7d|i:1|i:2|i:3|i:4
'{:d}'.format('a')	!! ValueError: Unknown format code 'd' for object of type 'str'	format|s:7b3a647d|s:61
'{0.real}'.format(5)	'5'	format|s:7b302e7265616c7d|i:5
'{:,}'.format(1234567)	'1,234,567'	format|s:7b3a2c7d|i:1234567
'é{}ü'.format('ä')	'éäü'	format|s:c3a97b7dc3bc|s:c3a4
'{0]}'.format(1)	!! KeyError: '0]'	format|s:7b305d7d|i:1
'{a}-{b}'.format_map({'a': 1, 'b': 'x'})	'1-x'	format_map|s:7b617d2d7b627d|D:s:61=i:1,s:62=s:78
'{0}'.format_map({})	!! ValueError: Format string contains positional fields	format_map|s:7b307d|D:
'{z}'.format_map({})	!! KeyError: 'z'	format_map|s:7b7a7d|D:
'%s|%r|%a' % ('é', 'é', 'é')	"é|'é'|'\\xe9'"	%|s:25737c25727c2561|T:s:c3a9;s:c3a9;s:c3a9
'%d %i %u' % (1, -2, 3)	'1 -2 3'	%|s:2564202569202575|T:i:1;i:-2;i:3
'%5d|%-5d|%05d|%+d|% d' % (1, 2, 3, 4, 5)	'    1|2    |00003|+4| 5'	%|s:2535647c252d35647c253035647c252b647c252064|T:i:1;i:2;i:3;i:4;i:5
'%x %X %#x %#X %o %#o' % (255, 255, 255, 255, 8, 8)	'ff FF 0xff 0XFF 10 0o10'	%|s:2578202558202523782025235820256f2025236f|T:i:255;i:255;i:255;i:255;i:8;i:8
'%.3f %10.2e %g %G' % (3.14159, 12345.678, 1e+20, 1e-20)	'3.142   1.23e+04 1e+20 1E-20'	%|s:252e3366202531302e3265202567202547|T:f:3.14159;f:12345.678;f:1e+20;f:1e-20
'%#.0f %.0e' % (1.0, 15.0)	'1. 2e+01'	%|s:25232e306620252e3065|T:f:1.0;f:15.0
'%c%c' % ('x', 128512)	'x😀'	%|s:25632563|T:s:78;i:128512
'%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159)	'    1|2    |3.14'	%|s:252a647c252d2a647c252e2a66|T:i:5;i:1;i:5;i:2;i:2;f:3.14159
'%%' % ()	'%'	%|s:2525|T:
'%(a)s-%(b)05.1f' % {'a': 'x', 'b': 2.25}	'x-002.2'	%|s:25286129732d2528622930352e3166|D:s:61=s:78,s:62=f:2.25
'%s|%s' % ('a', 2)	'a|2'	%|s:25737c2573|T:s:61;i:2
'%s %s' % (1,)	!! TypeError: not enough arguments for format string	%|s:2573202573|T:i:1
'%s' % (1, 2)	!! TypeError: not all arguments converted during string formatting	%|s:2573|T:i:1;i:2
'%d' % ('x',)	!! TypeError: %d format: a real number is required, not str	%|s:2564|T:s:78
'%x' % (1.5,)	!! TypeError: %x format: an integer is required, not float	%|s:2578|T:f:1.5
'%d' % (3.7,)	'3'	%|s:2564|T:f:3.7
'%c' % ('ab',)	!! TypeError: %c requires int or char	%|s:2563|T:s:6162
'%c' % (-1,)	!! OverflowError: %c arg not in range(0x110000)	%|s:2563|T:i:-1
'%f' % ('a',)	!! TypeError: must be real number, not str	%|s:2566|T:s:61
'%y' % (1,)	!! ValueError: unsupported format character 'y' (0x79) at index 1	%|s:2579|T:i:1
'%' % ()	!! ValueError: incomplete format	%|s:25|T:
'%(a' % {}	!! ValueError: incomplete format key	%|s:252861|D:
'%(a)s' % (1,)	!! TypeError: format requires a mapping	%|s:2528612973|T:i:1
'abc' % 5	!! TypeError: not all arguments converted during string formatting	%|s:616263|i:5
'%.3s|%-6.2s|' % ('abcdef', 'xyz')	'abc|xy    |'	%|s:252e33737c252d362e32737c|T:s:616263646566;s:78797a
'%-05d|' % (3,)	'3    |'	%|s:252d3035647c|T:i:3
'%#08X' % (-255,)	'-0X000FF'	%|s:2523303858|T:i:-255
'%.5x' % (255,)	'000ff'	%|s:252e3578|T:i:255
'%5%' % (1,)	!! ValueError: unsupported format character '%' (0x25) at index 2	%|s:253525|T:i:1
b'Hello, World \x00\xff'.upper()	b'HELLO, WORLD \x00\xff'	upper|b:48656c6c6f2c20576f726c642000ff
b'abc def'.upper()	b'ABC DEF'	upper|b:61626320646566
b'Hello, World \x00\xff'.lower()	b'hello, world \x00\xff'	lower|b:48656c6c6f2c20576f726c642000ff
b'abc def'.lower()	b'abc def'	lower|b:61626320646566
b'Hello, World \x00\xff'.swapcase()	b'hELLO, wORLD \x00\xff'	swapcase|b:48656c6c6f2c20576f726c642000ff
b'abc def'.swapcase()	b'ABC DEF'	swapcase|b:61626320646566
b'Hello, World \x00\xff'.capitalize()	b'Hello, world \x00\xff'	capitalize|b:48656c6c6f2c20576f726c642000ff
b'abc def'.capitalize()	b'Abc def'	capitalize|b:61626320646566
b'Hello, World \x00\xff'.title()	b'Hello, World \x00\xff'	title|b:48656c6c6f2c20576f726c642000ff
b'abc def'.title()	b'Abc Def'	title|b:61626320646566
b'Hello, World \x00\xff'.isalpha()	False	isalpha|b:48656c6c6f2c20576f726c642000ff
b'abc def'.isalpha()	False	isalpha|b:61626320646566
b'Hello, World \x00\xff'.isalnum()	False	isalnum|b:48656c6c6f2c20576f726c642000ff
b'abc def'.isalnum()	False	isalnum|b:61626320646566
b'Hello, World \x00\xff'.isdigit()	False	isdigit|b:48656c6c6f2c20576f726c642000ff
b'abc def'.isdigit()	False	isdigit|b:61626320646566
b'Hello, World \x00\xff'.isspace()	False	isspace|b:48656c6c6f2c20576f726c642000ff
b'abc def'.isspace()	False	isspace|b:61626320646566
b'Hello, World \x00\xff'.islower()	False	islower|b:48656c6c6f2c20576f726c642000ff
b'abc def'.islower()	True	islower|b:61626320646566
b'Hello, World \x00\xff'.isupper()	False	isupper|b:48656c6c6f2c20576f726c642000ff
b'abc def'.isupper()	False	isupper|b:61626320646566
b'Hello, World \x00\xff'.istitle()	True	istitle|b:48656c6c6f2c20576f726c642000ff
b'abc def'.istitle()	False	istitle|b:61626320646566
b'Hello, World \x00\xff'.isascii()	False	isascii|b:48656c6c6f2c20576f726c642000ff
b'abc def'.isascii()	True	isascii|b:61626320646566
b'Hello, World \x00\xff'.split()	[b'Hello,', b'World', b'\x00\xff']	split|b:48656c6c6f2c20576f726c642000ff
b'abc def'.split()	[b'abc', b'def']	split|b:61626320646566
b'Hello, World \x00\xff'.splitlines()	[b'Hello, World \x00\xff']	splitlines|b:48656c6c6f2c20576f726c642000ff
b'abc def'.splitlines()	[b'abc def']	splitlines|b:61626320646566
b'Hello, World \x00\xff'.strip()	b'Hello, World \x00\xff'	strip|b:48656c6c6f2c20576f726c642000ff
b'abc def'.strip()	b'abc def'	strip|b:61626320646566
b'Hello, World \x00\xff'.hex()	'48656c6c6f2c20576f726c642000ff'	hex|b:48656c6c6f2c20576f726c642000ff
b'abc def'.hex()	'61626320646566'	hex|b:61626320646566
b'Hello, World \x00\xff'.decode()	!! UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 14: invalid start byte	decode|b:48656c6c6f2c20576f726c642000ff
b'abc def'.decode()	'abc def'	decode|b:61626320646566
b'a,b,,c'.split(b',')	[b'a', b'b', b'', b'c']	split|b:612c622c2c63|b:2c
b'a,b,,c'.rsplit(b',', 1)	[b'a,b,', b'c']	rsplit|b:612c622c2c63|b:2c|i:1
b'a,b'.split(',')	!! TypeError: a bytes-like object is required, not 'str'	split|b:612c62|s:2c
b'-'.join((b'a', b'b'))	b'a-b'	join|b:2d|T:b:61;b:62
b'-'.join((b'a', 'b'))	!! TypeError: sequence item 1: expected a bytes-like object, str found	join|b:2d|T:b:61;s:62
b'hello'.find(b'l')	2	find|b:68656c6c6f|b:6c
b'hello'.find(108)	2	find|b:68656c6c6f|i:108
b'hello'.find(300)	!! ValueError: byte must be in range(0, 256)	find|b:68656c6c6f|i:300
b'hello'.rfind(b'l')	3	rfind|b:68656c6c6f|b:6c
b'hello'.index(b'z')	!! ValueError: subsection not found	index|b:68656c6c6f|b:7a
b'hello'.count(b'l')	2	count|b:68656c6c6f|b:6c
b'hello'.replace(b'l', b'L')	b'heLLo'	replace|b:68656c6c6f|b:6c|b:4c
b'hello'.startswith((b'x', b'he'))	True	startswith|b:68656c6c6f|T:b:78;b:6865
b'hello'.endswith('lo')	!! TypeError: endswith first arg must be bytes or a tuple of bytes, not str	endswith|b:68656c6c6f|s:6c6f
b'a=b'.partition(b'=')	(b'a', b'=', b'b')	partition|b:613d62|b:3d
b'ab'.center(6, b'*')	b'**ab**'	center|b:6162|i:6|b:2a
b'ab'.center(6, '*')	!! TypeError: center() argument 2 must be a byte string of length 1, not str	center|b:6162|i:6|s:2a
b'-4'.zfill(5)	b'-0004'	zfill|b:2d34|i:5
b'\xffab'.decode('utf-8', 'replace')	'�ab'	decode|b:ff6162|s:7574662d38|s:7265706c616365
b'\xffab'.decode()	!! UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte	decode|b:ff6162
b'\xffab'.decode('latin-1')	'ÿab'	decode|b:ff6162|s:6c6174696e2d31
b'abcdef'.hex(':', 2)	'6162:6364:6566'	hex|b:616263646566|s:3a|i:2
b'abc'.translate(None, b'b')	b'ac'	translate|b:616263|n|b:62
bytes.fromhex('61 62 ff')	b'ab\xff'	fromhex|type:bytes|s:3631203632206666
bytes.fromhex('6g')	!! ValueError: non-hexadecimal number found in fromhex() arg at position 1	fromhex|type:bytes|s:3667
b'abc'.__getitem__(1)	98	__getitem__|b:616263|i:1
b'abc'.__getitem__(9)	!! IndexError: index out of range	__getitem__|b:616263|i:9
b'abc'.__contains__(98)	True	__contains__|b:616263|i:98
b'abc'.__contains__('b')	!! TypeError: a bytes-like object is required, not 'str'	__contains__|b:616263|s:62
b'abc'.__add__('x')	!! TypeError: can't concat str to bytes	__add__|b:616263|s:78
'hé😀'.encode('utf-16')	b'\xff\xfeh\x00\xe9\x00=\xd8\x00\xde'	encode|s:68c3a9f09f9880|s:7574662d3136
'hé'.encode('utf-32-be')	b'\x00\x00\x00h\x00\x00\x00\xe9'	encode|s:68c3a9|s:7574662d33322d6265
'\ud800'.encode('utf-16')	!! UnicodeEncodeError: 'utf-16' codec can't encode character '\ud800' in position 0: surrogates not allowed	encode|s:eda080|s:7574662d3136
b'\xff\xfeh\x00\xe9\x00'.decode('utf-16')	'hé'	decode|b:fffe6800e900|s:7574662d3136
b'\x00\xd8a\x00'.decode('utf-16-le')	!! UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate	decode|b:00d86100|s:7574662d31362d6c65
b'a\xffb'.decode('utf-8', 'surrogateescape')	'a\udcffb'	decode|b:61ff62|s:7574662d38|s:737572726f67617465657363617065
b'%s|%5b|%-4s|' % (b'a', b'b', b'c')	b'a|    b|c   |'	%|b:25737c2535627c252d34737c|T:b:61;b:62;b:63
b'%d %x %.2f %c%c' % (42, 255, 1.5, 65, b'z')	b'42 ff 1.50 Az'	%|b:256420257820252e32662025632563|T:i:42;i:255;f:1.5;i:65;b:7a
b'%s' % 'x'	!! TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'	%|b:2573|s:78
b'%(k)s' % {b'k': b'v'}	b'v'	%|b:25286b2973|D:b:6b=b:76
b'%r' % ('é',)	b"'\\xe9'"	%|b:2572|T:s:c3a9
b'abc' % (1,)	!! TypeError: not all arguments converted during bytes formatting	%|b:616263|T:i:1
"""#
// END GENERATED
