// The lexer: UTF-8 bytes to tokens, as CPython 3.11's C tokenizer (Parser/tokenizer.c) does it.
//
// The whole file is tokenized up front into an array (the parser backtracks cheaply over it). The
// scan works on a private copy of the bytes with a 0 sentinel at the end, so looking one byte ahead
// never needs a bounds check: the sentinel reads as end of input (`SourceFile` has already refused
// real NUL bytes).
//
// CPython's tokenizer is lazy: it reports an error only when the parser asks for the token that
// fails. To keep that behaviour the lexer stops at the first error and ends the array with an
// `.error` token; `error` says what went wrong. Errors come in two flavours, as in CPython: those
// the tokenizer raises itself with their own location and message (`.raised`), and those it only
// signals with a status code that the parser turns into a message (`.eof`, `.dedent`, `.tabSpace`,
// `.tooDeep`, `.lineContinuation`). The distinction matters: after a parse error CPython scans the
// rest of the file, and only errors of the first kind (and an unclosed bracket) replace it.
//
// Columns of error offsets: the tokenizer's own errors count *characters* from the line start
// (CPython decodes the line to measure it), while the parser's errors use bytes. Both are kept.
//
// For f-strings, CPython parses each replacement field by tokenizing `(expr)` on its own with a
// line and column shift; `firstLine`/`firstLineShift` reproduce that shift (see FString.swift).

/// What made the lexer stop.
public struct LexError: Sendable {
    public enum Kind: Sendable {
        /// The tokenizer raised this error itself.
        case raised(SyntaxError)
        /// End of input inside brackets or after a backslash.
        case eof
        /// `unindent does not match any outer indentation level`.
        case dedent
        /// `inconsistent use of tabs and spaces in indentation`.
        case tabSpace
        /// `too many levels of indentation`.
        case tooDeep
        /// `unexpected character after line continuation character`.
        case lineContinuation
    }
    public var kind: Kind
    /// The tokenizer's line when it stopped.
    public var line: Int32
    /// The column CPython reports for status-code errors (already 1-based where CPython adds 1).
    public var offset: Int32
    /// The innermost bracket still open when the lexer stopped: its character, line and column.
    public var openBracket: (char: UInt8, line: Int32, col: Int32)?
}

/// A warning the tokenizer emits (CPython prints them to stderr while compiling).
public struct LexWarning: Sendable {
    public var message: String
    public var line: Int32
    /// The index of the token being scanned when the warning was issued.
    public var tokenIndex: Int
}

/// The output of the lexer.
public struct TokenStream: Sendable {
    public var tokens: [Token]
    public var error: LexError?
    public var warnings: [LexWarning]
}

/// Tokenizes a buffer of UTF-8 source text.
final class Lexer {
    private let base: UnsafeMutablePointer<UInt8>
    private let count: Int
    private let filename: String
    @exclusivity(unchecked) private var pos = 0
    @exclusivity(unchecked) private var line: Int32
    @exclusivity(unchecked) private var lineStart = 0
    @exclusivity(unchecked) private var level = 0
    @exclusivity(unchecked) private var parens: [(char: UInt8, line: Int32, col: Int32)] = []
    @exclusivity(unchecked) private var indents: [Int] = [0]
    @exclusivity(unchecked) private var altIndents: [Int] = [0]
    @exclusivity(unchecked) private var atBOL = true
    @exclusivity(unchecked) private var blankLine = false
    @exclusivity(unchecked) private var tokens: [Token] = []
    @exclusivity(unchecked) private var error: LexError?
    @exclusivity(unchecked) private var warnings: [LexWarning] = []
    /// f-string sub-parsers: tokens ending on this line have their columns shifted.
    private let shiftLine: Int32
    private let shift: Int32

    static let maxIndent = 100
    static let maxLevel = 200

    init(bytes: [UInt8], filename: String, firstLine: Int32 = 1, firstLineShift: Int32 = 0) {
        let n = bytes.count
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: n + 4)
        bytes.withUnsafeBufferPointer { src in
            if let p = src.baseAddress { buffer.initialize(from: p, count: n) }
        }
        (buffer + n).initialize(repeating: 0, count: 4)
        count = n
        base = buffer
        self.filename = filename
        line = firstLine
        shiftLine = firstLineShift != 0 ? firstLine : -1
        shift = firstLineShift
        tokens.reserveCapacity(count / 4 + 16)
    }

    deinit { base.deallocate() }

    /// Tokenizes a whole source file (up to a line CPython cannot read, which is an error there).
    static func tokenize(_ source: SourceFile) -> TokenStream {
        guard let cut = source.readErrorLineStart else {
            return Lexer(bytes: source.bytes, filename: source.displayPath).run()
        }
        let lexer = Lexer(bytes: Array(source.bytes[..<cut]), filename: source.displayPath)
        lexer.truncation = source.readError
        return lexer.run()
    }

    /// The error to raise on reaching the end of the (truncated) input, if any.
    var truncation: SyntaxError?

    /// Raises the truncation error when at the end of the input.
    private func stoppedAtTruncation() -> Bool {
        guard atEnd, let e = truncation else { return false }
        stop(.raised(e), offset: 0)
        return true
    }

    /// Runs to ENDMARKER or to the first error.
    func run() -> TokenStream {
        while error == nil {
            if !step() { break }
        }
        return TokenStream(tokens: tokens, error: error, warnings: warnings)
    }

    // MARK: - Helpers

    @inline(__always) private func peek(_ k: Int = 0) -> UInt8 { base[pos + k] }
    @inline(__always) private var atEnd: Bool { pos >= count }

    @inline(__always)
    private func col(_ offset: Int) -> Int32 { Int32(offset - lineStart) }

    @inline(__always)
    private func newLine(at offset: Int) {
        line += 1
        lineStart = offset + 1
    }

    private func emit(_ kind: TokenKind, _ start: Int, _ end: Int, startLine: Int32? = nil, startLineStart: Int? = nil) {
        let l = startLine ?? line
        var c = Int32(start - (startLineStart ?? lineStart))
        var e = Int32(end - lineStart)
        if line == shiftLine {
            c += shift
            e += shift
        }
        tokens.append(Token(kind: kind, level: UInt8(truncatingIfNeeded: level), start: Int32(start), end: Int32(end),
                            line: l, col: c, endLine: line, endCol: e))
    }

    /// INDENT, DEDENT and ENDMARKER carry the tokenizer's cursor column instead of a text range.
    private func emitMarker(_ kind: TokenKind, cursorCol: Int32) {
        let l = reportedLine
        tokens.append(Token(kind: kind, level: UInt8(truncatingIfNeeded: level), start: cursorCol, end: cursorCol,
                            line: l, col: -1, endLine: l, endCol: -1))
    }

    /// CPython counts a line when it reads it, so at end of input it is still on the last line.
    private var reportedLine: Int32 {
        atEnd && count > 0 && base[count - 1] == 10 && lineStart >= count ? line - 1 : line
    }

    /// The start of the line the tokenizer reports (the last line at end of input).
    private var reportedLineStart: Int {
        guard atEnd && count > 0 && lineStart >= count else { return lineStart }
        var s = count - 1
        while s > 0 && base[s - 1] != 10 { s -= 1 }
        return s
    }

    private func stop(_ kind: LexError.Kind, offset: Int32) {
        let l = reportedLine
        error = LexError(kind: kind, line: l, offset: offset, openBracket: parens.last)
        tokens.append(Token(kind: .error, level: UInt8(truncatingIfNeeded: level), start: Int32(pos), end: Int32(pos),
                            line: l, col: -1, endLine: l, endCol: -1))
    }

    /// The current line's text, up to its newline (CPython's `errtext`).
    private func lineText(from start: Int) -> String {
        var e = start
        while e < count && base[e] != 10 { e += 1 }
        return String(decoding: UnsafeBufferPointer(start: base + start, count: e - start), as: UTF8.self)
    }

    private func characters(from start: Int, to end: Int) -> Int {
        var n = 0
        var i = start
        while i < end {
            if base[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    /// CPython's `syntaxerror()`: the caret goes just before the cursor, counted in characters.
    private func raise(_ message: String) {
        let offset = characters(from: lineStart, to: pos)
        raiseRange(message, offset: offset, endOffset: offset)
    }

    private func raiseRange(_ message: String, offset: Int, endOffset: Int) {
        // CPython's tokenizer reports the line without its newline.
        let text = lineText(from: lineStart)
        let e = SyntaxError(kind: .syntaxError, message: message, filename: filename, lineno: Int(line),
                            offset: offset, text: text, endLineno: Int(line), endOffset: endOffset)
        stop(.raised(e), offset: Int32(offset))
    }

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c &- 48 < 10 }
    @inline(__always) private static func isHexDigit(_ c: UInt8) -> Bool {
        c &- 48 < 10 || (c | 0x20) &- 97 < 6
    }
    @inline(__always) private static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c | 0x20) &- 97 < 26 || c == 95 || c >= 128
    }
    @inline(__always) private static func isIdentifierChar(_ c: UInt8) -> Bool {
        (c | 0x20) &- 97 < 26 || c == 95 || c &- 48 < 10 || c >= 128
    }

    // MARK: - The main loop

    /// Produces the next token(s); returns false after ENDMARKER.
    private func step() -> Bool {
        if stoppedAtTruncation() { return false }
        blankLine = false
        if atBOL {
            atBOL = false
            if !indentation() { return false }
        }
        // Skip spaces.
        while true {
            let c = peek()
            if c == 32 || c == 9 || c == 12 { pos += 1 } else { break }
        }
        let start = pos
        var c = peek()
        if c == UInt8(ascii: "#") {
            while !atEnd && peek() != 10 { pos += 1 }
            c = peek()
        }
        if atEnd {
            if level > 0 {
                stop(.eof, offset: 0)
                return false
            }
            emitMarker(.endMarker, cursorCol: 0)
            return false
        }
        if Lexer.isIdentifierStart(c) { return identifierOrString(start) }
        if c == 10 {
            let wasBlank = blankLine
            pos += 1
            atBOL = true
            if wasBlank || level > 0 {
                newLine(at: pos - 1)
                return true
            }
            emit(.newline, start, pos - 1)
            newLine(at: pos - 1)
            return true
        }
        if c == UInt8(ascii: ".") {
            let c1 = peek(1)
            if Lexer.isDigit(c1) { return number(start) }
            if c1 == UInt8(ascii: ".") && peek(2) == UInt8(ascii: ".") {
                pos += 3
                emit(.ellipsis, start, pos)
                return true
            }
            pos += 1
            emit(.dot, start, pos)
            return true
        }
        if Lexer.isDigit(c) { return number(start) }
        if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") { return string(start) }
        if c == UInt8(ascii: "\\") {
            pos += 1
            if peek() != 10 {
                // CPython reports the column of the character after the backslash, plus one.
                stop(.lineContinuation, offset: col(pos) + 1)
                return false
            }
            newLine(at: pos)
            pos += 1
            if stoppedAtTruncation() { return false }
            if atEnd {
                stop(.eof, offset: Int32(count - reportedLineStart))
                return false
            }
            return true
        }
        return operatorToken(start)
    }

    /// Processes the indentation at the start of a line; returns false on error.
    private func indentation() -> Bool {
        var column = 0
        var altColumn = 0
        // A backslash continuation inside the indentation: the first one fixes the indentation
        // (unless it is at column 0, CPython's `cont_line_col ? cont_line_col : col`).
        var continuationColumn = 0
        while true {
            let c = peek()
            if c == 32 {
                column += 1
                altColumn += 1
            } else if c == 9 {
                column = (column / 8 + 1) * 8
                altColumn += 1
            } else if c == 12 {
                column = 0
                altColumn = 0
            } else if c == UInt8(ascii: "\\") {
                if continuationColumn == 0 { continuationColumn = column }
                pos += 1
                if peek() != 10 {
                    stop(.lineContinuation, offset: col(pos) + 1)
                    return false
                }
                newLine(at: pos)
                pos += 1
                if stoppedAtTruncation() { return false }
                if atEnd {
                    // No token had started, so CPython's file reader had emptied its buffer: column 0.
                    stop(.eof, offset: 0)
                    return false
                }
                continue
            } else {
                break
            }
            pos += 1
        }
        let c = peek()
        blankLine = !atEnd && (c == UInt8(ascii: "#") || c == 10)
        if blankLine || level > 0 { return true }
        if continuationColumn != 0 {
            column = continuationColumn
            altColumn = continuationColumn
        }
        let cursor = col(pos)
        if column == indents.last! {
            if altColumn != altIndents.last! { return tabError() }
        } else if column > indents.last! {
            if indents.count >= Lexer.maxIndent {
                pos = lineEnd()
                stop(.tooDeep, offset: 1)
                return false
            }
            if altColumn <= altIndents.last! { return tabError() }
            indents.append(column)
            altIndents.append(altColumn)
            emitMarker(.indent, cursorCol: atEnd ? 0 : cursor)
        } else {
            var dedents = 0
            while indents.count > 1 && column < indents.last! {
                indents.removeLast()
                altIndents.removeLast()
                dedents += 1
            }
            if column != indents.last! {
                // CPython moves the cursor to the end of the line and reports that column.
                let end = lineEnd()
                pos = end
                stop(.dedent, offset: Int32(end + 1 - lineStart))
                return false
            }
            if altColumn != altIndents.last! { return tabError() }
            for _ in 0..<dedents { emitMarker(.dedent, cursorCol: atEnd ? 0 : cursor) }
        }
        return true
    }

    private func lineEnd() -> Int {
        var e = pos
        while e < count && base[e] != 10 { e += 1 }
        return e
    }

    private func tabError() -> Bool {
        pos = lineEnd()
        stop(.tabSpace, offset: 1)
        return false
    }

    // MARK: - Names and strings

    private func identifierOrString(_ start: Int) -> Bool {
        // String prefixes: the legal combinations of b, r, u and f, in any case.
        var sawB = false, sawR = false, sawU = false, sawF = false
        while true {
            let c = peek() | 0x20
            if !(sawB || sawU || sawF) && c == UInt8(ascii: "b") {
                sawB = true
            } else if !(sawB || sawU || sawR || sawF) && c == UInt8(ascii: "u") {
                sawU = true
            } else if !(sawR || sawU) && c == UInt8(ascii: "r") {
                sawR = true
            } else if !(sawF || sawB || sawU) && c == UInt8(ascii: "f") {
                sawF = true
            } else {
                break
            }
            pos += 1
            let q = peek()
            if q == UInt8(ascii: "'") || q == UInt8(ascii: "\"") { return string(start) }
        }
        var nonASCII = false
        while Lexer.isIdentifierChar(peek()) {
            if peek() >= 128 { nonASCII = true }
            pos += 1
        }
        if nonASCII && !verifyIdentifier(start) { return false }
        let kind = TokenKind.keyword(base + start, pos - start) ?? .name
        emit(kind, start, pos)
        return true
    }

    /// CPython's `verify_identifier`: reports the first character that cannot be in an identifier.
    private func verifyIdentifier(_ start: Int) -> Bool {
        var i = start
        var first = true
        while i < pos {
            let (scalar, length) = Lexer.decodeScalar(base + i)
            let ok: Bool
            if scalar < 128 {
                let c = UInt8(scalar)
                ok = first ? Lexer.isIdentifierStart(c) && !Lexer.isDigit(c) : Lexer.isIdentifierChar(c)
            } else {
                ok = first ? UnicodeClass.isIdentifierStart(scalar) : UnicodeClass.isIdentifierContinue(scalar)
            }
            if !ok {
                pos = i + length
                let hex = String(scalar, radix: 16, uppercase: true)
                let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                if UnicodeClass.isPrintable(scalar) {
                    var ch = [UInt8]()
                    UTF8Writer.append(scalar, to: &ch)
                    raise("invalid character '\(String(decoding: ch, as: UTF8.self))' (U+\(padded))")
                } else {
                    raise("invalid non-printable character U+\(padded)")
                }
                return false
            }
            first = false
            i += length
        }
        return true
    }

    /// Decodes one UTF-8 sequence (the source is valid UTF-8).
    @inline(__always)
    static func decodeScalar(_ p: UnsafePointer<UInt8>) -> (UInt32, Int) {
        let c = p[0]
        if c < 0x80 { return (UInt32(c), 1) }
        if c < 0xE0 { return (UInt32(c & 0x1F) << 6 | UInt32(p[1] & 0x3F), 2) }
        if c < 0xF0 { return (UInt32(c & 0x0F) << 12 | UInt32(p[1] & 0x3F) << 6 | UInt32(p[2] & 0x3F), 3) }
        return (UInt32(c & 0x07) << 18 | UInt32(p[1] & 0x3F) << 12 | UInt32(p[2] & 0x3F) << 6 | UInt32(p[3] & 0x3F), 4)
    }

    /// A string literal whose prefix (if any) starts at `start`; `pos` is at the opening quote.
    private func string(_ start: Int) -> Bool {
        let quote = peek()
        let firstLine = line
        let firstLineStart = lineStart
        var quoteSize = 1
        var endQuoteSize = 0
        pos += 1
        if peek() == quote {
            if peek(1) == quote {
                quoteSize = 3
                pos += 2
            } else {
                pos += 1
                endQuoteSize = 1
            }
        }
        while endQuoteSize != quoteSize {
            if stoppedAtTruncation() { return false }
            if atEnd || (quoteSize == 1 && peek() == 10) {
                let detectedAt = reportedLine
                line = firstLine
                lineStart = firstLineStart
                pos = start + 1
                let what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal"
                raise("\(what) (detected at line \(detectedAt))")
                return false
            }
            let c = peek()
            pos += 1
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if c == 10 {
                    newLine(at: pos - 1)
                } else if c == UInt8(ascii: "\\") {
                    if atEnd { continue }
                    if peek() == 10 { newLine(at: pos) }
                    pos += 1
                }
            }
        }
        emit(.string, start, pos, startLine: firstLine, startLineStart: firstLineStart)
        return true
    }

    // MARK: - Numbers

    private func number(_ start: Int) -> Bool {
        var c = peek()
        pos += 1
        if c == UInt8(ascii: "0") {
            c = peek()
            let lower = c | 0x20
            if lower == UInt8(ascii: "x") {
                pos += 1
                return radixNumber(start, kind: "hexadecimal", isDigit: Lexer.isHexDigit)
            }
            if lower == UInt8(ascii: "o") {
                pos += 1
                return radixNumber(start, kind: "octal", isDigit: { $0 &- 48 < 8 })
            }
            if lower == UInt8(ascii: "b") {
                pos += 1
                return radixNumber(start, kind: "binary", isDigit: { $0 &- 48 < 2 })
            }
            // Zeros, maybe with underscores; then a float, an imaginary, or the literal 0.
            var nonzero = false
            while true {
                if peek() == UInt8(ascii: "_") {
                    pos += 1
                    if !Lexer.isDigit(peek()) {
                        raise("invalid decimal literal")
                        return false
                    }
                }
                if peek() != UInt8(ascii: "0") { break }
                pos += 1
            }
            let zerosEnd = pos + 1
            if Lexer.isDigit(peek()) {
                nonzero = true
                if !decimalTail() { return false }
            }
            let n = peek()
            if n == UInt8(ascii: ".") {
                pos += 1
                return fraction(start)
            }
            if n | 0x20 == UInt8(ascii: "e") { return exponent(start) }
            if n | 0x20 == UInt8(ascii: "j") { return imaginary(start) }
            if nonzero {
                raiseRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                           offset: start + 1 - lineStart, endOffset: zerosEnd - lineStart)
                return false
            }
            if !verifyEndOfNumber("decimal") { return false }
            emit(.number, start, pos)
            return true
        }
        if c == UInt8(ascii: ".") {
            return fraction(start)
        }
        pos -= 1
        if !decimalTail() { return false }
        if peek() == UInt8(ascii: ".") {
            pos += 1
            return fraction(start)
        }
        return exponentOrEnd(start)
    }

    /// Digits with single underscores between them; `pos` is at the first digit.
    private func decimalTail() -> Bool {
        while true {
            while Lexer.isDigit(peek()) { pos += 1 }
            if peek() != UInt8(ascii: "_") { return true }
            pos += 1
            if !Lexer.isDigit(peek()) {
                raise("invalid decimal literal")
                return false
            }
        }
    }

    /// After the `.` of a float.
    private func fraction(_ start: Int) -> Bool {
        if Lexer.isDigit(peek()) {
            if !decimalTail() { return false }
        }
        return exponentOrEnd(start)
    }

    private func exponentOrEnd(_ start: Int) -> Bool {
        let c = peek()
        if c | 0x20 == UInt8(ascii: "e") { return exponent(start) }
        if c | 0x20 == UInt8(ascii: "j") { return imaginary(start) }
        if !verifyEndOfNumber("decimal") { return false }
        emit(.number, start, pos)
        return true
    }

    /// At an `e`/`E`.
    private func exponent(_ start: Int) -> Bool {
        let ePos = pos
        pos += 1
        var c = peek()
        if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            pos += 1
            c = peek()
            if !Lexer.isDigit(c) {
                raise("invalid decimal literal")
                return false
            }
        } else if !Lexer.isDigit(c) {
            // `1e` followed by a name character: CPython checks the `e` itself as a number end.
            pos = ePos
            if !verifyEndOfNumber("decimal") { return false }
            emit(.number, start, pos)
            return true
        }
        if !decimalTail() { return false }
        if peek() | 0x20 == UInt8(ascii: "j") { return imaginary(start) }
        if !verifyEndOfNumber("decimal") { return false }
        emit(.number, start, pos)
        return true
    }

    /// At a `j`/`J`.
    private func imaginary(_ start: Int) -> Bool {
        pos += 1
        if !verifyEndOfNumber("imaginary") { return false }
        emit(.number, start, pos)
        return true
    }

    /// `0x`, `0o`, `0b` literals; `pos` is just past the radix letter.
    private func radixNumber(_ start: Int, kind: String, isDigit: (UInt8) -> Bool) -> Bool {
        repeat {
            if peek() == UInt8(ascii: "_") { pos += 1 }
            let c = peek()
            if !isDigit(c) {
                if kind != "hexadecimal" && Lexer.isDigit(c) {
                    pos += 1
                    raise("invalid digit '\(Character(UnicodeScalar(c)))' in \(kind) literal")
                } else {
                    raise("invalid \(kind) literal")
                }
                return false
            }
            while isDigit(peek()) { pos += 1 }
        } while peek() == UInt8(ascii: "_")
        if kind != "hexadecimal" && Lexer.isDigit(peek()) {
            pos += 1
            raise("invalid digit '\(Character(UnicodeScalar(base[pos - 1])))' in \(kind) literal")
            return false
        }
        if !verifyEndOfNumber(kind) { return false }
        emit(.number, start, pos)
        return true
    }

    /// CPython's `verify_end_of_number`: a number glued to a keyword that can follow it in valid code
    /// only warns; glued to any other name character it is an error.
    private func verifyEndOfNumber(_ kind: String) -> Bool {
        let c = peek()
        var r = false
        switch c {
        case UInt8(ascii: "a"): r = lookahead("nd")
        case UInt8(ascii: "e"): r = lookahead("lse")
        case UInt8(ascii: "f"): r = lookahead("or")
        case UInt8(ascii: "i"):
            let c2 = peek(1)
            r = c2 == UInt8(ascii: "f") || c2 == UInt8(ascii: "n") || c2 == UInt8(ascii: "s")
        case UInt8(ascii: "o"): r = lookahead("r")
        case UInt8(ascii: "n"): r = lookahead("ot")
        default: break
        }
        if r {
            warnings.append(LexWarning(message: "invalid \(kind) literal", line: line, tokenIndex: tokens.count))
            return true
        }
        // Only an ASCII name character makes the literal invalid; a non-ASCII one starts a name
        // (usually an invalid character error).
        if c < 128 && Lexer.isIdentifierChar(c) {
            raise("invalid \(kind) literal")
            return false
        }
        return true
    }

    /// CPython's `lookahead`: the rest of a keyword, not followed by a name character.
    private func lookahead(_ s: StaticString) -> Bool {
        let p = s.utf8Start
        let n = s.utf8CodeUnitCount
        for i in 0..<n where peek(1 + i) != p[i] { return false }
        return !Lexer.isIdentifierChar(peek(1 + n))
    }

    // MARK: - Operators and brackets

    private func operatorToken(_ start: Int) -> Bool {
        let c = peek()
        let c2 = peek(1)
        let c3 = peek(2)
        var kind = TokenKind.op
        var length = 1
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            if level >= Lexer.maxLevel {
                pos += 1
                raise("too many nested parentheses")
                return false
            }
            parens.append((c, line, col(start)))
            level += 1
            kind = c == UInt8(ascii: "(") ? .lpar : c == UInt8(ascii: "[") ? .lsqb : .lbrace
            pos += 1
            emit(kind, start, pos)
            return true
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            pos += 1
            if level == 0 {
                raise("unmatched '\(Character(UnicodeScalar(c)))'")
                return false
            }
            let opening = parens.removeLast()
            level -= 1
            let matches = (opening.char == UInt8(ascii: "(") && c == UInt8(ascii: ")"))
                || (opening.char == UInt8(ascii: "[") && c == UInt8(ascii: "]"))
                || (opening.char == UInt8(ascii: "{") && c == UInt8(ascii: "}"))
            if !matches {
                let close = Character(UnicodeScalar(c))
                let open = Character(UnicodeScalar(opening.char))
                if opening.line != line {
                    raise("closing parenthesis '\(close)' does not match opening parenthesis '\(open)' on line \(opening.line)")
                } else {
                    raise("closing parenthesis '\(close)' does not match opening parenthesis '\(open)'")
                }
                return false
            }
            kind = c == UInt8(ascii: ")") ? .rpar : c == UInt8(ascii: "]") ? .rsqb : .rbrace
            emit(kind, start, pos)
            return true
        case UInt8(ascii: ":"):
            if c2 == UInt8(ascii: "=") { kind = .colonEqual; length = 2 } else { kind = .colon }
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: ";"): kind = .semi
        case UInt8(ascii: "+"):
            if c2 == UInt8(ascii: "=") { kind = .plusEqual; length = 2 } else { kind = .plus }
        case UInt8(ascii: "-"):
            if c2 == UInt8(ascii: "=") { kind = .minEqual; length = 2 }
            else if c2 == UInt8(ascii: ">") { kind = .rArrow; length = 2 }
            else { kind = .minus }
        case UInt8(ascii: "*"):
            if c2 == UInt8(ascii: "*") {
                if c3 == UInt8(ascii: "=") { kind = .doubleStarEqual; length = 3 } else { kind = .doubleStar; length = 2 }
            } else if c2 == UInt8(ascii: "=") { kind = .starEqual; length = 2 } else { kind = .star }
        case UInt8(ascii: "/"):
            if c2 == UInt8(ascii: "/") {
                if c3 == UInt8(ascii: "=") { kind = .doubleSlashEqual; length = 3 } else { kind = .doubleSlash; length = 2 }
            } else if c2 == UInt8(ascii: "=") { kind = .slashEqual; length = 2 } else { kind = .slash }
        case UInt8(ascii: "|"):
            if c2 == UInt8(ascii: "=") { kind = .vbarEqual; length = 2 } else { kind = .vbar }
        case UInt8(ascii: "&"):
            if c2 == UInt8(ascii: "=") { kind = .amperEqual; length = 2 } else { kind = .amper }
        case UInt8(ascii: "<"):
            if c2 == UInt8(ascii: "<") {
                if c3 == UInt8(ascii: "=") { kind = .leftShiftEqual; length = 3 } else { kind = .leftShift; length = 2 }
            } else if c2 == UInt8(ascii: "=") { kind = .lessEqual; length = 2 }
            else if c2 == UInt8(ascii: ">") { kind = .lessGreater; length = 2 }
            else { kind = .less }
        case UInt8(ascii: ">"):
            if c2 == UInt8(ascii: ">") {
                if c3 == UInt8(ascii: "=") { kind = .rightShiftEqual; length = 3 } else { kind = .rightShift; length = 2 }
            } else if c2 == UInt8(ascii: "=") { kind = .greaterEqual; length = 2 } else { kind = .greater }
        case UInt8(ascii: "="):
            if c2 == UInt8(ascii: "=") { kind = .eqEqual; length = 2 } else { kind = .equal }
        case UInt8(ascii: "!"):
            if c2 == UInt8(ascii: "=") { kind = .notEqual; length = 2 } else { kind = .op }
        case UInt8(ascii: "%"):
            if c2 == UInt8(ascii: "=") { kind = .percentEqual; length = 2 } else { kind = .percent }
        case UInt8(ascii: "~"): kind = .tilde
        case UInt8(ascii: "^"):
            if c2 == UInt8(ascii: "=") { kind = .circumflexEqual; length = 2 } else { kind = .circumflex }
        case UInt8(ascii: "@"):
            if c2 == UInt8(ascii: "=") { kind = .atEqual; length = 2 } else { kind = .at }
        default:
            if c < 32 || c == 127 {
                pos += 1
                let hex = String(c, radix: 16, uppercase: true)
                raise("invalid non-printable character U+\(String(repeating: "0", count: 4 - hex.count) + hex)")
                return false
            }
            kind = .op
        }
        pos += length
        emit(kind, start, pos)
        return true
    }
}

/// Character classes from Python's own Unicode database (see UnicodeTables.swift).
enum UnicodeClass {
    static func inRanges(_ table: [UInt32], _ c: UInt32) -> Bool {
        var lo = 0
        var hi = table.count / 2
        while lo < hi {
            let mid = (lo + hi) / 2
            if c < table[2 * mid] {
                hi = mid
            } else if c > table[2 * mid + 1] {
                lo = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    static func isIdentifierStart(_ c: UInt32) -> Bool { inRanges(UnicodeTables.identifierStart, c) }
    static func isIdentifierContinue(_ c: UInt32) -> Bool { inRanges(UnicodeTables.identifierContinue, c) }

    static func isPrintable(_ c: UInt32) -> Bool {
        if c < 128 { return c >= 32 && c < 127 }
        return inRanges(UnicodeTables.printable, c)
    }

    static func isAssigned(_ c: UInt32) -> Bool { inRanges(UnicodeTables.assigned, c) }
}
