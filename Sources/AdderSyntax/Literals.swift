// Number and string literals: from token text to `Constant` values.
//
// Numbers follow CPython's `parsenumber`: underscores are dropped; a trailing `j` makes an
// imaginary; `.`/`e` (outside hex) make a float, converted with the C library's correctly rounded
// `strtod`; integers that do not fit 64 bits are kept as decimal digit strings (hex, octal and binary
// ones are converted). Decimal literals longer than CPython's 4300-digit limit are an error.
//
// Strings follow `_PyPegen_parsestr` and `_PyPegen_concatenate_strings`: every STRING token of an
// implicit concatenation is decoded (escapes per the unicode-escape and bytes-escape codecs, with
// CPython's error messages and positions) and the pieces are joined; f-strings go through the
// f-string parser (FString.swift), which shares the concatenation state. Text is kept as WTF-8, so
// escapes like `\ud800` survive as lone surrogates.
import Foundation

extension Parser {
    // MARK: - Numbers

    /// The Constant for NUMBER token `i`.
    func numberConstant(_ i: Int) throws -> Expr {
        let t = tokens[i]
        var digits = [UInt8]()
        digits.reserveCapacity(Int(t.end - t.start))
        for k in Int(t.start)..<Int(t.end) where text[k] != UInt8(ascii: "_") { digits.append(text[k]) }
        let value = try Parser.numberValue(digits, tokenIndex: i, parser: self)
        return Expr(.constant(value: value, kind: nil), t.range)
    }

    static func numberValue(_ digits: [UInt8], tokenIndex: Int, parser: Parser) throws -> Constant {
        let last = digits[digits.count - 1] | 0x20
        if last == UInt8(ascii: "j") {
            return .imaginary(parseDouble(Array(digits.dropLast())))
        }
        if digits.count > 1 && digits[0] == UInt8(ascii: "0") {
            let radixLetter = digits[1] | 0x20
            let radix: UInt64
            switch radixLetter {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default: radix = 0
            }
            if radix != 0 { return radixInteger(digits[2...], radix: radix) }
        }
        if digits.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }) {
            return .float(parseDouble(digits))
        }
        // A decimal integer; leading zeros only occur in literals equal to zero.
        var start = 0
        while start < digits.count - 1 && digits[start] == UInt8(ascii: "0") { start += 1 }
        let significant = digits[start...]
        if significant.count <= 18 {
            var v: Int64 = 0
            for d in significant { v = v * 10 + Int64(d - 48) }
            return .int(v)
        }
        if significant.count > 4300 {
            throw parser.raiseNumberTooLong(tokenIndex, digitCount: significant.count)
        }
        if significant.count == 19, let v = Int64(String(decoding: significant, as: UTF8.self)) { return .int(v) }
        return .bigInt(String(decoding: significant, as: UTF8.self))
    }

    static func parseDouble(_ digits: [UInt8]) -> Double {
        var bytes = digits
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { strtod($0, nil) }
        }
    }

    /// A hex, octal or binary integer: Int64 when it fits, else decimal digits.
    static func radixInteger(_ digits: ArraySlice<UInt8>, radix: UInt64) -> Constant {
        // Little-endian base-2^32 limbs.
        var limbs: [UInt32] = [0]
        for d in digits {
            let v: UInt64
            if d <= UInt8(ascii: "9") { v = UInt64(d - 48) } else { v = UInt64((d | 0x20) - 87) }
            var carry = v
            for k in 0..<limbs.count {
                let x = UInt64(limbs[k]) * radix + carry
                limbs[k] = UInt32(truncatingIfNeeded: x)
                carry = x >> 32
            }
            if carry != 0 { limbs.append(UInt32(carry)) }
        }
        while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
        if limbs.count <= 2 {
            let v = UInt64(limbs[0]) | (limbs.count == 2 ? UInt64(limbs[1]) << 32 : 0)
            if v <= UInt64(Int64.max) { return .int(Int64(v)) }
        }
        return .bigInt(decimalString(limbs))
    }

    /// Decimal digits of a little-endian base-2^32 number.
    static func decimalString(_ input: [UInt32]) -> String {
        var limbs = input
        var chunks: [UInt32] = []
        while !(limbs.count == 1 && limbs[0] == 0) {
            var remainder: UInt64 = 0
            for k in stride(from: limbs.count - 1, through: 0, by: -1) {
                let x = remainder << 32 | UInt64(limbs[k])
                limbs[k] = UInt32(x / 1_000_000_000)
                remainder = x % 1_000_000_000
            }
            chunks.append(UInt32(remainder))
            while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
        }
        if chunks.isEmpty { return "0" }
        var s = String(chunks.last!)
        for chunk in chunks.dropLast().reversed() {
            let part = String(chunk)
            s += String(repeating: "0", count: 9 - part.count) + part
        }
        return s
    }

    // MARK: - Strings

    /// `strings`: one or more adjacent STRING tokens, concatenated.
    func strings() throws -> Expr? {
        guard kind == .string else { return nil }
        let first = pos
        while kind == .string { advance() }
        return try concatenateStrings(first: first, last: pos - 1)
    }

    /// `_PyPegen_concatenate_strings`.
    func concatenateStrings(first: Int, last: Int) throws -> Expr {
        var state = FStringState()
        var bytesMode = false
        var bytesValue: [UInt8] = []
        for i in first...last {
            let literal = try StringLiteral(parser: self, tokenIndex: i)
            if i != first && bytesMode != literal.isBytes {
                throw raiseAtLastToken("cannot mix bytes and nonbytes literals")
            }
            bytesMode = literal.isBytes
            if literal.isFString {
                try parseFString(literal, state: &state, first: first, token: i, last: last)
            } else if literal.isBytes {
                bytesValue += try literal.decodedBytes(parser: self)
            } else {
                state.append(try literal.decodedText(parser: self))
            }
        }
        if bytesMode {
            let range = SourceRange(from: tokens[first].range, to: tokens[last].range)
            return Expr(.constant(value: .bytes(bytesValue), kind: nil), range)
        }
        return finishFString(&state, first: first, last: last)
    }
}

/// One STRING token taken apart: prefix flags and the body between the quotes.
struct StringLiteral {
    var isBytes = false
    var isRaw = false
    var isFString = false
    /// Offsets of the body within the parser's text.
    var bodyStart: Int
    var bodyEnd: Int
    let tokenIndex: Int

    init(parser: Parser, tokenIndex: Int) throws {
        self.tokenIndex = tokenIndex
        let t = parser.tokens[tokenIndex]
        let text = parser.text
        var i = Int(t.start)
        while true {
            let c = text[i] | 0x20
            if c == UInt8(ascii: "b") { isBytes = true }
            else if c == UInt8(ascii: "r") { isRaw = true }
            else if c == UInt8(ascii: "f") { isFString = true }
            else if c != UInt8(ascii: "u") { break }
            i += 1
        }
        let quote = text[i]
        var quoteSize = 1
        if Int(t.end) - i >= 6 && text[i + 1] == quote && text[i + 2] == quote { quoteSize = 3 }
        bodyStart = i + quoteSize
        bodyEnd = Int(t.end) - quoteSize
        if isBytes {
            for k in bodyStart..<bodyEnd where text[k] >= 0x80 {
                throw parser.raise(at: tokenIndex, "bytes can only contain ASCII literal characters")
            }
        }
    }

    /// The value of a str literal as WTF-8.
    func decodedText(parser: Parser) throws -> [UInt8] {
        let body = parser.text[bodyStart..<bodyEnd]
        if isRaw || !body.contains(UInt8(ascii: "\\")) { return Array(body) }
        return try UnicodeEscape.decode(body, parser: parser, tokenIndex: tokenIndex)
    }

    /// The value of a bytes literal.
    func decodedBytes(parser: Parser) throws -> [UInt8] {
        let body = parser.text[bodyStart..<bodyEnd]
        if isRaw || !body.contains(UInt8(ascii: "\\")) { return Array(body) }
        return try BytesEscape.decode(body, parser: parser)
    }
}

/// CPython's unicode-escape decoding of a str literal body (`decode_unicode_with_escapes`).
enum UnicodeEscape {
    /// Decodes `body` (UTF-8 with escapes) to WTF-8. Error positions are those CPython reports,
    /// which count bytes of its intermediate buffer where every non-ASCII character has become a
    /// ten-byte `\UXXXXXXXX` escape.
    static func decode(_ body: ArraySlice<UInt8>, parser: Parser, tokenIndex: Int) throws -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(body.count)
        var i = body.startIndex
        let end = body.endIndex
        // Position in CPython's intermediate buffer.
        var bufferPos = 0
        while i < end {
            let c = body[i]
            if c != UInt8(ascii: "\\") {
                if c < 0x80 {
                    out.append(c)
                    i += 1
                    bufferPos += 1
                } else {
                    let (scalar, length) = decodeUTF8(body, i)
                    UTF8Writer.append(scalar, to: &out)
                    i += length
                    bufferPos += 10
                }
                continue
            }
            let escapeStart = bufferPos
            i += 1
            bufferPos += 1
            if i >= end || body[i] >= 0x80 {
                // CPython turns a backslash before a non-ASCII character (or at the end) into `\u005c`.
                out.append(UInt8(ascii: "\\"))
                bufferPos += 5
                continue
            }
            let e = body[i]
            i += 1
            bufferPos += 1
            switch e {
            case 10: continue
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "'"): out.append(UInt8(ascii: "'"))
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "v"): out.append(11)
            case UInt8(ascii: "a"): out.append(7)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = UInt32(e - 48)
                for _ in 0..<2 {
                    guard i < end, body[i] >= UInt8(ascii: "0"), body[i] <= UInt8(ascii: "7") else { break }
                    value = value << 3 | UInt32(body[i] - 48)
                    i += 1
                    bufferPos += 1
                }
                UTF8Writer.append(value, to: &out)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
                let message = e == UInt8(ascii: "x") ? "truncated \\xXX escape"
                    : e == UInt8(ascii: "u") ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"
                var value: UInt32 = 0
                for _ in 0..<count {
                    guard i < end, let d = hexValue(body[i]) else {
                        throw parser.raiseDecodeError(start: escapeStart, end: bufferPos, message)
                    }
                    value = value << 4 | d
                    i += 1
                    bufferPos += 1
                }
                if value > 0x10FFFF {
                    throw parser.raiseDecodeError(start: escapeStart, end: bufferPos, "illegal Unicode character")
                }
                UTF8Writer.append(value, to: &out)
            case UInt8(ascii: "N"):
                let malformed = "malformed \\N character escape"
                guard i < end else { throw parser.raiseDecodeError(start: escapeStart, end: bufferPos, malformed) }
                guard body[i] == UInt8(ascii: "{") else {
                    throw parser.raiseDecodeError(start: escapeStart, end: bufferPos, malformed)
                }
                i += 1
                bufferPos += 1
                let nameStart = i
                var namePos = bufferPos
                while i < end && body[i] != UInt8(ascii: "}") {
                    namePos += body[i] < 0x80 ? 1 : (body[i] & 0xC0 == 0x80 ? 0 : 10)
                    i += 1
                }
                guard i < end else { throw parser.raiseDecodeError(start: escapeStart, end: namePos, malformed) }
                guard i > nameStart else {
                    throw parser.raiseDecodeError(start: escapeStart, end: namePos, malformed)
                }
                let name = String(decoding: body[nameStart..<i], as: UTF8.self)
                i += 1
                bufferPos = namePos + 1
                guard let scalar = UnicodeNames.lookup(name) else {
                    throw parser.raiseDecodeError(start: escapeStart, end: bufferPos, "unknown Unicode character name")
                }
                UTF8Writer.append(scalar, to: &out)
            default:
                out.append(UInt8(ascii: "\\"))
                out.append(e)
            }
        }
        return out
    }

    @inline(__always)
    static func hexValue(_ c: UInt8) -> UInt32? {
        if c >= 48 && c <= 57 { return UInt32(c - 48) }
        let l = c | 0x20
        if l >= 97 && l <= 102 { return UInt32(l - 87) }
        return nil
    }

    static func decodeUTF8(_ s: ArraySlice<UInt8>, _ i: Int) -> (UInt32, Int) {
        let c = s[i]
        if c < 0xE0 { return (UInt32(c & 0x1F) << 6 | UInt32(s[i + 1] & 0x3F), 2) }
        if c < 0xF0 { return (UInt32(c & 0x0F) << 12 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F), 3) }
        return (UInt32(c & 0x07) << 18 | UInt32(s[i + 1] & 0x3F) << 12 | UInt32(s[i + 2] & 0x3F) << 6
                | UInt32(s[i + 3] & 0x3F), 4)
    }
}

/// CPython's bytes-escape decoding (`_PyBytes_DecodeEscape`).
enum BytesEscape {
    static func decode(_ body: ArraySlice<UInt8>, parser: Parser) throws -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(body.count)
        var i = body.startIndex
        let end = body.endIndex
        while i < end {
            let c = body[i]
            i += 1
            if c != UInt8(ascii: "\\") {
                out.append(c)
                continue
            }
            guard i < end else {
                throw parser.raiseAtLastToken("(value error) Trailing \\ in string")
            }
            let e = body[i]
            i += 1
            switch e {
            case 10: continue
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "'"): out.append(UInt8(ascii: "'"))
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "v"): out.append(11)
            case UInt8(ascii: "a"): out.append(7)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = UInt32(e - 48)
                for _ in 0..<2 {
                    guard i < end, body[i] >= UInt8(ascii: "0"), body[i] <= UInt8(ascii: "7") else { break }
                    value = value << 3 | UInt32(body[i] - 48)
                    i += 1
                }
                out.append(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "x"):
                if i + 1 < end, let hi = UnicodeEscape.hexValue(body[i]), let lo = UnicodeEscape.hexValue(body[i + 1]) {
                    out.append(UInt8(hi << 4 | lo))
                    i += 2
                } else {
                    let position = i - 2 - body.startIndex
                    throw parser.raiseAtLastToken("(value error) invalid \\x escape at position \(position)")
                }
            default:
                out.append(UInt8(ascii: "\\"))
                out.append(e)
            }
        }
        return out
    }
}

/// `\N{...}` lookups: Unicode character names and aliases, case-insensitive, as Python's
/// `unicodedata` resolves them (built once, on first use, from the standard library's tables).
enum UnicodeNames {
    static let table: [String: UInt32] = {
        var names: [String: UInt32] = [:]
        names.reserveCapacity(160_000)
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let properties = scalar.properties
            if let name = properties.name { names[name] = v }
            if let alias = properties.nameAlias, names[alias] == nil { names[alias] = v }
        }
        return names
    }()

    static func lookup(_ name: String) -> UInt32? {
        let upper = name.uppercased()
        if let v = UnicodeAliases.table[upper] { return v }
        if let v = table[upper] {
            // Python 3.11 knows Unicode 14.0: names of later characters are unknown to it.
            return UnicodeClass.isAssigned(v) ? v : nil
        }
        return nil
    }
}
