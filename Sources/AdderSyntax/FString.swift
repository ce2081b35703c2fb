// f-strings, as CPython 3.11 parses them (Parser/string_parser.c).
//
// In 3.11 an f-string is one STRING token; its body is split into literal text and replacement
// fields by hand. Each field's expression is parsed by a separate parser over the text
// `(expr)`, whose tokens are shifted so that columns on the field's first line match the source
// (`firstLineShift`); that is why a parenthesized tuple field gets the position of its braces, and
// why errors inside a field are reported against the text `(expr)` with an "f-string: " prefix.
//
// Node positions follow CPython's choices exactly: FormattedValue nodes and the Constant pieces
// between them span the whole implicit concatenation (first to last STRING token), while a format
// spec's JoinedStr, and the Constant that ends it, span only the token that contains them.

/// The concatenation state shared by the pieces of an implicit string concatenation.
struct FStringState {
    /// Pending literal text (WTF-8); nil when there is none (CPython's NULL `last_str`).
    var lastString: [UInt8]?
    var values: [Expr] = []
    var isFString = false

    /// `_PyPegen_FstringParser_ConcatAndDel`: empty strings are dropped.
    mutating func append(_ s: [UInt8]) {
        if s.isEmpty { return }
        if lastString == nil { lastString = s } else { lastString! += s }
    }
}

/// What a sub-parser for an f-string field needs to report errors as CPython does.
struct FStringContext {
    /// The column shift applied to tokens on the first line (CPython's `starting_col_offset`).
    var startingColOffset: Int32
}

/// The text of an f-string field parser: the `(expr)` buffer.
struct BufferLines: SourceLines {
    let bytes: [UInt8]
    let firstLine: Int

    /// The buffer's line `line` (numbered from `firstLine`), without its newline.
    func lineText(_ line: Int) -> String {
        var start = 0
        var current = firstLine
        while current < line, let nl = bytes[start...].firstIndex(of: 10) {
            start = nl + 1
            current += 1
        }
        let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func reportedLineText(_ line: Int) -> String { lineText(line) }

    /// What CPython shows for an error on `line` when its tokenizer is on `tokenizerLine`: the whole
    /// buffer up to the end of the tokenizer's line if the error is not before it, else that one line.
    func errorText(_ line: Int, tokenizerLine: Int) -> String {
        guard tokenizerLine <= line else { return lineText(line) }
        var end = 0
        var current = firstLine
        while end < bytes.count {
            if bytes[end] == 10 {
                if current >= tokenizerLine {
                    end += 1
                    break
                }
                current += 1
            }
            end += 1
        }
        return String(decoding: bytes[0..<min(end, bytes.count)], as: UTF8.self)
    }
}

extension Parser {
    /// `_PyPegen_FstringParser_ConcatFstring` at the top level of one STRING token.
    func parseFString(_ literal: StringLiteral, state: inout FStringState, first: Int, token: Int, last: Int) throws {
        var s = literal.bodyStart
        try concatFString(&s, end: literal.bodyEnd, raw: literal.isRaw, level: 0, state: &state,
                          first: first, token: token, last: last)
    }

    func concatFString(_ s: inout Int, end: Int, raw: Bool, level: Int, state: inout FStringState,
                       first: Int, token: Int, last: Int) throws {
        state.isFString = true
        while true {
            let (doubled, literal) = try findLiteral(&s, end: end, raw: raw, level: level, token: token)
            if let literal { state.append(literal) }
            if doubled { continue }
            if s >= end || text[s] == UInt8(ascii: "}") { break }
            let (exprText, expression) = try findExpression(&s, end: end, raw: raw, level: level,
                                                            first: first, token: token, last: last)
            if let exprText { state.append(exprText) }
            if let pending = state.lastString {
                state.values.append(stringNode(pending, first: first, last: last))
                state.lastString = nil
            }
            state.values.append(expression)
        }
        if level != 0 && (s >= end || text[s] != UInt8(ascii: "}")) {
            throw raiseAtLastToken("f-string: expecting '}'")
        }
    }

    /// A Constant for literal text; `kind='u'` when the first token starts with a lowercase `u`.
    func stringNode(_ value: [UInt8], first: Int, last: Int) -> Expr {
        let kind: String? = text[Int(tokens[first].start)] == UInt8(ascii: "u") ? "u" : nil
        let range = SourceRange(from: tokens[first].range, to: tokens[last].range)
        return Expr(.constant(value: .str(value), kind: kind), range)
    }

    /// `_PyPegen_FstringParser_Finish`.
    func finishFString(_ state: inout FStringState, first: Int, last: Int) -> Expr {
        if !state.isFString {
            return stringNode(state.lastString ?? [], first: first, last: last)
        }
        if let pending = state.lastString {
            state.values.append(stringNode(pending, first: first, last: last))
            state.lastString = nil
        }
        let range = SourceRange(from: tokens[first].range, to: tokens[last].range)
        return Expr(.joinedStr(values: state.values), range)
    }

    /// `fstring_find_literal`: literal text up to the next `{` (or `}` in a format spec). Returns
    /// whether it stopped at a doubled brace, and the decoded text (nil if empty).
    func findLiteral(_ s: inout Int, end: Int, raw: Bool, level: Int, token: Int) throws -> (Bool, [UInt8]?) {
        let literalStart = s
        var i = s
        var doubled = false
        scan: while i < end {
            var ch = text[i]
            i += 1
            if !raw && ch == UInt8(ascii: "\\") && i < end {
                ch = text[i]
                i += 1
                if ch == UInt8(ascii: "N") {
                    // Skip `\N{...}` so that its braces are not taken for a field.
                    if i < end {
                        let c2 = text[i]
                        i += 1
                        if c2 == UInt8(ascii: "{") {
                            while i < end {
                                let c3 = text[i]
                                i += 1
                                if c3 == UInt8(ascii: "}") { break }
                            }
                        }
                    }
                    continue
                }
            }
            if ch == UInt8(ascii: "{") || ch == UInt8(ascii: "}") {
                if level == 0 {
                    if i < end && text[i] == ch {
                        s = i + 1
                        doubled = true
                        break scan
                    }
                    if ch == UInt8(ascii: "}") {
                        s = i - 1
                        throw raiseAtLastToken("f-string: single '}' is not allowed")
                    }
                }
                i -= 1
                break
            }
        }
        if !doubled { s = i }
        guard literalStart != i else { return (doubled, nil) }
        let piece = text[literalStart..<i]
        if raw || !piece.contains(UInt8(ascii: "\\")) { return (doubled, Array(piece)) }
        return (doubled, try UnicodeEscape.decode(piece, parser: self, tokenIndex: token))
    }

    /// `fstring_find_expr`: one replacement field, from its `{` to its `}`.
    func findExpression(_ s: inout Int, end: Int, raw: Bool, level: Int, first: Int, token: Int,
                        last: Int) throws -> ([UInt8]?, Expr) {
        if level >= 2 { throw raiseAtLastToken("f-string: expressions nested too deeply") }
        s += 1
        let exprStart = s
        var quote: UInt8 = 0
        var stringType = 0
        var stack: [UInt8] = []
        while s < end {
            let ch = text[s]
            if ch == UInt8(ascii: "\\") {
                throw raiseAtLastToken("f-string expression part cannot include a backslash")
            }
            if quote != 0 {
                if ch == quote {
                    if stringType == 3 {
                        if s + 2 < end && text[s + 1] == ch && text[s + 2] == ch {
                            s += 3
                            stringType = 0
                            quote = 0
                            continue
                        }
                    } else {
                        stringType = 0
                        quote = 0
                        s += 1
                        continue
                    }
                }
            } else if ch == UInt8(ascii: "'") || ch == UInt8(ascii: "\"") {
                if s + 2 < end && text[s + 1] == ch && text[s + 2] == ch {
                    stringType = 3
                    s += 2
                } else {
                    stringType = 1
                }
                quote = ch
            } else if ch == UInt8(ascii: "[") || ch == UInt8(ascii: "{") || ch == UInt8(ascii: "(") {
                if stack.count >= 200 { throw raiseAtLastToken("f-string: too many nested parenthesis") }
                stack.append(ch)
            } else if ch == UInt8(ascii: "#") {
                throw raiseAtLastToken("f-string expression part cannot include '#'")
            } else if stack.isEmpty && (ch == UInt8(ascii: "!") || ch == UInt8(ascii: ":") || ch == UInt8(ascii: "}")
                                        || ch == UInt8(ascii: "=") || ch == UInt8(ascii: ">") || ch == UInt8(ascii: "<")) {
                if s + 1 < end {
                    let next = text[s + 1]
                    if next == UInt8(ascii: "=") && ch != UInt8(ascii: ":") && ch != UInt8(ascii: "}") {
                        s += 2
                        continue
                    }
                }
                if ch == UInt8(ascii: ">") || ch == UInt8(ascii: "<") {
                    s += 1
                    continue
                }
                break
            } else if ch == UInt8(ascii: "]") || ch == UInt8(ascii: "}") || ch == UInt8(ascii: ")") {
                guard let opening = stack.popLast() else {
                    throw raiseAtLastToken("f-string: unmatched '\(Character(UnicodeScalar(ch)))'")
                }
                let matches = (opening == UInt8(ascii: "(") && ch == UInt8(ascii: ")"))
                    || (opening == UInt8(ascii: "[") && ch == UInt8(ascii: "]"))
                    || (opening == UInt8(ascii: "{") && ch == UInt8(ascii: "}"))
                if !matches {
                    throw raiseAtLastToken("f-string: closing parenthesis '\(Character(UnicodeScalar(ch)))' does not match opening parenthesis '\(Character(UnicodeScalar(opening)))'")
                }
            }
            s += 1
        }
        let exprEnd = s
        if quote != 0 { throw raiseAtLastToken("f-string: unterminated string") }
        if let opening = stack.last {
            throw raiseAtLastToken("f-string: unmatched '\(Character(UnicodeScalar(opening)))'")
        }
        let expecting = "f-string: expecting '}'"
        if s >= end { throw raiseAtLastToken(expecting) }
        let expression = try compileFieldExpression(start: exprStart, end: exprEnd, token: token)
        var exprText: [UInt8]?
        if text[s] == UInt8(ascii: "=") {
            s += 1
            while s < end && Parser.isPySpace(text[s]) { s += 1 }
            if s >= end { throw raiseAtLastToken(expecting) }
            exprText = Array(text[exprStart..<s])
        }
        var conversion = -1
        if text[s] == UInt8(ascii: "!") {
            s += 1
            if s >= end { throw raiseAtLastToken(expecting) }
            conversion = Int(text[s])
            s += 1
            if conversion != Int(UInt8(ascii: "s")) && conversion != Int(UInt8(ascii: "r"))
                && conversion != Int(UInt8(ascii: "a")) {
                throw raiseAtLastToken("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
        }
        if s >= end { throw raiseAtLastToken(expecting) }
        var formatSpec: Expr?
        if text[s] == UInt8(ascii: ":") {
            s += 1
            if s >= end { throw raiseAtLastToken(expecting) }
            var specState = FStringState()
            try concatFString(&s, end: end, raw: raw, level: level + 1, state: &specState,
                              first: first, token: token, last: last)
            formatSpec = finishFString(&specState, first: token, last: token)
        }
        if s >= end || text[s] != UInt8(ascii: "}") { throw raiseAtLastToken(expecting) }
        s += 1
        if exprText != nil && formatSpec == nil && conversion == -1 { conversion = Int(UInt8(ascii: "r")) }
        let range = SourceRange(from: tokens[first].range, to: tokens[last].range)
        return (exprText, Expr(.formattedValue(value: expression, conversion: conversion, formatSpec: formatSpec), range))
    }

    @inline(__always)
    static func isPySpace(_ c: UInt8) -> Bool {
        c == 32 || c == 9 || c == 10 || c == 13 || c == 11 || c == 12
    }

    /// `fstring_compile_expr`: parses a field's expression with a sub-parser over `(expr)`.
    func compileFieldExpression(start: Int, end: Int, token: Int) throws -> Expr {
        var allSpace = true
        for k in start..<end {
            let c = text[k]
            if !(c == 32 || c == 9 || c == 10 || c == 12) {
                allSpace = false
                break
            }
        }
        if allSpace {
            let c = text[end]
            if c == UInt8(ascii: "!") || c == UInt8(ascii: ":") || c == UInt8(ascii: "=") {
                throw raiseAtLastToken("f-string: expression required before '\(Character(UnicodeScalar(c)))'")
            }
            throw raiseAtLastToken("f-string: empty expression not allowed")
        }
        let t = tokens[token]
        let (lines, cols) = fieldLocation(tokenStart: Int(t.start), brace: start - 1)
        var buffer: [UInt8] = [UInt8(ascii: "(")]
        buffer += text[start..<end]
        buffer += [UInt8(ascii: ")"), 10]
        let firstLine = t.line + lines
        let shift = lines != 0 ? cols : t.col + cols
        let lexer = Lexer(bytes: buffer, filename: filename, firstLine: firstLine, firstLineShift: shift)
        let sub = Parser(stream: lexer.run(), text: buffer, filename: filename,
                         lines: BufferLines(bytes: buffer, firstLine: Int(firstLine)))
        sub.fstring = FStringContext(startingColOffset: shift)
        sub.depth = depth
        return try sub.parseFStringField()
    }

    /// `fstring_find_expr_location`: the line and column shift of a field's sub-parser.
    func fieldLocation(tokenStart: Int, brace: Int) -> (Int32, Int32) {
        var newlineAfterBrace = true
        var k = brace + 1
        while k < text.count && text[k] != UInt8(ascii: "}") && text[k] != 10 {
            let c = text[k]
            if c != 32 && c != 9 && c != 12 {
                newlineAfterBrace = false
                break
            }
            k += 1
        }
        var cols: Int32 = 0
        if !newlineAfterBrace {
            var b = brace
            while b > tokenStart && text[b] != 10 { b -= 1 }
            cols += Int32(brace - b)
            if text[b] == 10 { cols -= 1 }
        }
        var lines: Int32 = 0
        for k in tokenStart..<brace where text[k] == 10 { lines += 1 }
        return (lines, cols)
    }

    /// The `fstring` start rule (`star_expressions`), with CPython's two-pass error handling.
    func parseFStringField() throws -> Expr {
        let result: Expr?
        do {
            pos = 0
            result = try starExpressions()
        } catch let error as SyntaxError {
            throw finalError(raised: error)
        }
        if let result { return result }
        throw secondPass(fstringField: true)
    }
}
