// How the parser reports errors: CPython's locations, the second pass, and the final choice
// between a parser error and a lexer error further down the file.
//
// The helpers mirror pegen's macros. RAISE_SYNTAX_ERROR_KNOWN_LOCATION/RANGE take a token or node
// position and add one to the columns (CPython's offsets are 1-based); RAISE_SYNTAX_ERROR without a
// location uses the furthest token fetched so far (`p->tokens[p->fill-1]`), which for a token
// without text (INDENT, DEDENT, ENDMARKER) means the tokenizer's cursor column, not shifted.
// Errors inside an f-string field get the "f-string: " prefix and columns relative to `(expr)`.

extension Parser {
    // MARK: - Building errors

    func makeError(_ kind: SyntaxError.Kind = .syntaxError, _ message: String, line: Int32, offset: Int32,
                   endLine: Int32, endOffset: Int32) -> SyntaxError {
        var message = message
        var offset = offset
        var endOffset = endOffset
        if let fstring {
            message = "f-string: " + message
            offset -= fstring.startingColOffset
            endOffset -= fstring.startingColOffset
        }
        var text = lines.reportedLineText(Int(line))
        if fstring != nil, let buffer = lines as? BufferLines {
            let tokenizerLine = Int(tokens[min(furthest, tokens.count - 1)].endLine)
            text = buffer.errorText(Int(line), tokenizerLine: tokenizerLine)
        }
        if byteOrderMark && line == 1 { text = "\u{FEFF}" + text }
        var startColumn = Int(offset)
        var endColumn = Int(endOffset)
        if characterOffsets {
            startColumn = Parser.characterOffset(text, startColumn)
            if endColumn > 0 { endColumn = Parser.characterOffset(text, endColumn) }
        }
        return SyntaxError(kind: kind, message: message, filename: filename, lineno: Int(line), offset: startColumn,
                           text: text, endLineno: Int(endLine), endOffset: endColumn)
    }

    /// `_PyPegen_byte_offset_to_character_offset`: the characters in the first `offset` bytes.
    static func characterOffset(_ line: String, _ offset: Int) -> Int {
        let bytes = Array(line.utf8)
        let n = max(0, min(offset, bytes.count + 1))
        return String(decoding: bytes.prefix(n), as: UTF8.self).unicodeScalars.count
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION at token `i`.
    func raise(at i: Int, _ message: String, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        let t = tokens[i]
        return checked(makeError(kind, message, line: t.line, offset: t.col + 1, endLine: t.endLine,
                                 endOffset: t.endCol + 1))
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a node.
    func raise(range r: SourceRange, _ message: String) -> SyntaxError {
        checked(makeError(.syntaxError, message, line: r.lineno, offset: r.colOffset + 1, endLine: r.endLineno,
                          endOffset: r.endColOffset + 1))
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE from the start of `a` to the end of `b`.
    func raise(from a: SourceRange, to b: SourceRange, _ message: String) -> SyntaxError {
        checked(makeError(.syntaxError, message, line: a.lineno, offset: a.colOffset + 1, endLine: b.endLineno,
                          endOffset: b.endColOffset + 1))
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM: from `a` to the tokenizer's current position.
    func raise(startingFrom a: SourceRange, _ message: String) -> SyntaxError {
        let t = tokens[min(furthest, tokens.count - 1)]
        return checked(makeError(.syntaxError, message, line: a.lineno, offset: a.colOffset + 1, endLine: t.endLine,
                                 endOffset: t.endCol))
    }

    /// RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the furthest token fetched.
    func raiseAtLastToken(_ message: String, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        let t = tokens[min(furthest, tokens.count - 1)]
        let offset = t.col == -1 ? t.cursorCol : t.col + 1
        let endOffset = t.endCol == -1 ? -1 : t.endCol + 1
        return checked(makeError(kind, message, line: t.line, offset: offset, endLine: t.endLine, endOffset: endOffset))
    }

    /// A string decoding error: CPython's "(unicode error) ..." message, at the furthest token.
    func raiseDecodeError(start: Int, end: Int, _ reason: String) -> SyntaxError {
        let message: String
        if end - start == 1 {
            message = "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position \(start): \(reason)"
        } else {
            message = "(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
        }
        return raiseAtLastToken(message)
    }

    /// The error for a decimal literal longer than CPython's int/str conversion limit.
    func raiseNumberTooLong(_ i: Int, digitCount: Int) -> SyntaxError {
        let t = tokens[i]
        let message = "Exceeds the limit (4300 digits) for integer string conversion: value has \(digitCount) digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
        return checked(makeError(.syntaxError, message, line: t.line, offset: 0, endLine: t.endLine, endOffset: 0))
    }

    /// CPython would have raised the lexer's error when the parser fetched the error token, so once
    /// any rule has looked at it, that error is the one to report.
    func checked(_ error: SyntaxError) -> SyntaxError {
        furthest >= errorIndex ? lexerError() : error
    }

    // MARK: - Lexer errors

    /// The lexer's error as CPython reports it when the parser reaches the failing token.
    func lexerError() -> SyntaxError {
        guard let e = lexError else { return makeError(.syntaxError, "invalid syntax", line: 1, offset: 0, endLine: 1, endOffset: 0) }
        func plain(_ kind: SyntaxError.Kind, _ message: String, offset: Int32, endOffset: Int32) -> SyntaxError {
            SyntaxError(kind: kind, message: message, filename: filename, lineno: Int(e.line), offset: Int(offset),
                        text: lines.reportedLineText(Int(e.line)), endLineno: Int(e.line), endOffset: Int(endOffset))
        }
        switch e.kind {
        case .raised(let error):
            return error
        case .eof:
            if let open = e.openBracket {
                return unclosedBracketError(open)
            }
            return plain(.syntaxError, "unexpected EOF while parsing", offset: e.offset, endOffset: -1)
        case .dedent:
            return plain(.indentationError, "unindent does not match any outer indentation level", offset: e.offset,
                         endOffset: -1)
        case .tabSpace:
            return plain(.tabError, "inconsistent use of tabs and spaces in indentation", offset: 1, endOffset: 0)
        case .tooDeep:
            return plain(.indentationError, "too many levels of indentation", offset: 1, endOffset: 0)
        case .lineContinuation:
            return plain(.syntaxError, "unexpected character after line continuation character", offset: e.offset,
                         endOffset: 0)
        }
    }

    func unclosedBracketError(_ open: (char: UInt8, line: Int32, col: Int32)) -> SyntaxError {
        let message = "'\(Character(UnicodeScalar(open.char)))' was never closed"
        var error = makeError(.syntaxError, message, line: open.line, offset: open.col + 1, endLine: open.line,
                              endOffset: 0)
        if fstring != nil {
            // Raised by the tokenizer's own location logic, not shifted.
            error.offset = Int(open.col + 1)
            error.endOffset = 0
        }
        return error
    }

    // MARK: - The second pass and the final error

    /// After a failed first pass: runs the invalid rules, else reports "invalid syntax" at the first
    /// pass's furthest token, then lets a later lexer error take over as CPython does.
    func secondPass(fstringField: Bool = false) -> SyntaxError {
        if furthest >= errorIndex { return lexerError() }
        let lastToken = furthest
        callInvalidRules = true
        memoEnabled = true
        memo = [:]
        pos = 0
        do {
            if fstringField {
                _ = try starExpressions()
            } else {
                _ = try fileRule()
            }
        } catch let error as SyntaxError {
            return finalError(raised: error)
        } catch {
            return lexerError()
        }
        if furthest >= errorIndex { return lexerError() }
        let t = tokens[lastToken]
        // An unexpected INDENT or DEDENT is reported as is; only the generic "invalid syntax" gives
        // way to a lexer error later in the file.
        if t.kind == .indent { return raiseAtLastToken("unexpected indent", kind: .indentationError) }
        if t.kind == .dedent { return raiseAtLastToken("unexpected unindent", kind: .indentationError) }
        // CPython compares with the furthest token either pass fetched.
        let errorLine = tokens[min(furthest, tokens.count - 1)].line
        return laterLexerError(overriding: raise(at: lastToken, "invalid syntax"), errorLine: errorLine)
    }

    /// A raised parser error, unless the lexer failed earlier (already reached) or fails later in a
    /// way that CPython lets override it.
    func finalError(raised error: SyntaxError) -> SyntaxError {
        if error.kind == .memoryError { return error }
        if furthest >= errorIndex { return lexerError() }
        let line = tokens[min(furthest, tokens.count - 1)].line
        return laterLexerError(overriding: error, errorLine: line)
    }

    /// `_PyPegen_tokenize_full_source_to_check_for_errors`: a lexer error the tokenizer raises itself
    /// replaces the parser's error; an unclosed bracket does when it opened on an earlier line.
    func laterLexerError(overriding error: SyntaxError, errorLine: Int32) -> SyntaxError {
        guard let e = lexError else { return error }
        switch e.kind {
        case .raised(let lexical):
            return lexical
        default:
            if let open = e.openBracket, errorLine > open.line {
                return unclosedBracketError(open)
            }
            return error
        }
    }
}

