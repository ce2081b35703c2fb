// The parser: tokens to AST, a hand-written recursive-descent version of CPython 3.11's PEG grammar
// (Grammar/python.gram).
//
// Each grammar rule is a method that either returns its node (consuming tokens) or returns nil
// having consumed nothing a caller can see: callers that try alternatives save `pos` and restore
// it, exactly as the PEG parser's `mark`/`reset`. Most rules decide on their first token, so
// backtracking is rare: only the few places where the grammar itself is ambiguous without
// unbounded lookahead (parenthesized `with` items, soft keywords, assignment targets) try and
// restore. A hard error is a thrown `SyntaxError`; it stops the parse at once.
//
// Error reporting copies CPython's two-pass scheme. The first pass runs with `callInvalidRules`
// off and records the furthest token any rule looked at (`furthest`, CPython's `p->fill - 1`).
// If it fails, the parse runs again with the `invalid_*` rules switched on (ParserErrors.swift):
// they recognise common mistakes and throw specific messages. If none fires, the error is the
// generic "invalid syntax" at the first pass's furthest token. Then, as CPython does, an error the
// lexer would have raised later in the file wins over a parser error (see `finalError`).
//
// Recursion: every rule that can nest without consuming a bracket (unary operators, `**`, `not`,
// `lambda`, conditional expressions, `await`) passes through `enter()`, which counts depth the way
// CPython's `p->level` does and reports a MemoryError past CPython's limit, so that no input can
// overflow the stack (parsing runs on a thread with a large stack; see `withLargeStack`).

/// Parses a whole file into a `Module`, or throws the `SyntaxError` CPython would raise.
public func parseModule(_ source: SourceFile) throws -> Module {
    var warnings: [SyntaxWarning] = []
    return try parseModule(source, warnings: &warnings)
}

/// Parses a whole file, also collecting the SyntaxWarnings CPython's tokenizer prints meanwhile
/// (they are printed even when the parse then fails).
public func parseModule(_ source: SourceFile, warnings: inout [SyntaxWarning]) throws -> Module {
    if let error = source.loadError { throw error }
    // Deeply nested input recurses deeply: parse on a large stack whatever the caller's thread.
    let (result, collected) = withLargeStack { () -> (Result<Module, Error>, [SyntaxWarning]) in
        var found: [SyntaxWarning] = []
        let result = Result { try parseOnCurrentStack(source, warnings: &found) }
        return (result, found)
    }
    warnings += collected
    return try result.get()
}

private func parseOnCurrentStack(_ source: SourceFile, warnings: inout [SyntaxWarning]) throws -> Module {
    let stream = Lexer.tokenize(source)
    let parser = Parser(stream: stream, text: source.bytes, filename: source.displayPath, lines: source)
    parser.characterOffsets = source.declaresEncoding
    parser.byteOrderMark = source.hasByteOrderMark
    do {
        let module = try parser.parseFile()
        warnings += stream.warnings.map { SyntaxWarning(message: $0.message, lineno: Int($0.line)) }
        return module
    } catch let error as SyntaxError {
        // After an unexpected indent CPython stops reading; otherwise it tokenizes the whole file.
        let stopped = error.kind == .indentationError
            && (error.message == "unexpected indent" || error.message == "unexpected unindent")
        for w in stream.warnings where !stopped || w.tokenIndex <= parser.furthest {
            warnings.append(SyntaxWarning(message: w.message, lineno: Int(w.line)))
        }
        throw error
    }
}

/// Tokenizes a file (for `adder dump tokens`); a lexer error is thrown as CPython would report it.
public func tokenize(_ source: SourceFile) throws -> [Token] {
    let (tokens, error) = tokenizeUntilError(source)
    if let error { throw error }
    return tokens
}

/// The tokens of a file up to the lexer's first error, and that error as CPython would report it.
public func tokenizeUntilError(_ source: SourceFile) -> ([Token], SyntaxError?) {
    if let error = source.loadError { return ([], error) }
    let stream = Lexer.tokenize(source)
    guard stream.error != nil else { return (stream.tokens, nil) }
    let parser = Parser(stream: stream, text: source.bytes, filename: source.displayPath, lines: source)
    return (Array(stream.tokens.dropLast()), parser.lexerError())
}

/// Where the text a parser works on comes from: a whole file, or the `(expr)` of an f-string field.
protocol SourceLines {
    func lineText(_ line: Int) -> String
    /// The line as error reports show it.
    func reportedLineText(_ line: Int) -> String
}

extension SourceFile: SourceLines {}

// The parser's state is only ever touched by the parser itself, one call at a time: the dynamic
// exclusivity checks Swift would make on every access to these hot properties are switched off.
final class Parser {
    @exclusivity(unchecked) var tokens: [Token]
    let lexError: LexError?
    /// Index of the `.error` token, or `Int.max`.
    let errorIndex: Int
    let text: [UInt8]
    let filename: String
    let lines: SourceLines
    /// Parser errors in files that declare their encoding use character offsets (see SourceFile).
    var characterOffsets = false
    /// Line 1 of a file with a byte-order mark is shown with the mark, as CPython reads it.
    var byteOrderMark = false
    @exclusivity(unchecked) var pos = 0
    /// The furthest token index any rule has examined.
    @exclusivity(unchecked) var furthest = 0
    /// True during the second pass, which runs the `invalid_*` rules.
    @exclusivity(unchecked) var callInvalidRules = false
    @exclusivity(unchecked) var depth = Parser.baseDepth
    /// f-string replacement fields are parsed by a sub-parser (see FString.swift).
    @exclusivity(unchecked) var fstring: FStringContext?
    /// The error pass memoizes the rules CPython memoizes, so that trying alternatives in the
    /// grammar's order (and the invalid rules) stays linear.
    @exclusivity(unchecked) var memoEnabled = false
    @exclusivity(unchecked) var memo: [Int: (Expr?, Int)] = [:]

    /// CPython's MAXSTACK: deeper nesting of rules raises MemoryError.
    static let maxDepth = 6000

    init(stream: TokenStream, text: [UInt8], filename: String, lines: SourceLines) {
        tokens = stream.tokens
        lexError = stream.error
        errorIndex = stream.error == nil ? Int.max : stream.tokens.count - 1
        self.text = text
        self.filename = filename
        self.lines = lines
        // Padding so that looking one token past the end never traps.
        if let last = tokens.last {
            tokens.append(last)
            tokens.append(last)
        }
    }

    // MARK: - Token access

    @inline(__always)
    var kind: TokenKind {
        if pos > furthest { furthest = pos }
        return tokens[pos].kind
    }

    @inline(__always)
    func kind(at i: Int) -> TokenKind {
        if i > furthest { furthest = i }
        return tokens[i].kind
    }

    @inline(__always)
    var token: Token { tokens[pos] }

    @inline(__always)
    func advance() { pos += 1 }

    /// Consumes the current token if it is of `k`.
    @inline(__always)
    func accept(_ k: TokenKind) -> Bool {
        if kind == k {
            pos += 1
            return true
        }
        return false
    }

    /// The text of token `i`.
    func tokenText(_ i: Int) -> String {
        let t = tokens[i]
        return text.withUnsafeBufferPointer { buf in
            String(decoding: UnsafeBufferPointer(rebasing: buf[Int(t.start)..<Int(t.end)]), as: UTF8.self)
        }
    }

    /// True if the current token is the NAME `word` (a soft keyword).
    func atSoftKeyword(_ word: StaticString) -> Bool {
        guard kind == .name else { return false }
        let t = tokens[pos]
        let n = Int(t.end - t.start)
        guard n == word.utf8CodeUnitCount else { return false }
        return text.withUnsafeBufferPointer { buf in
            let p = word.utf8Start
            for i in 0..<n where buf[Int(t.start) + i] != p[i] { return false }
            return true
        }
    }

    // MARK: - Positions

    /// CPython's EXTRA: from the start of token `start` to the end of the last token consumed that
    /// is not NEWLINE, INDENT, DEDENT or ENDMARKER.
    @inline(__always)
    func range(from start: Int) -> SourceRange {
        var m = pos - 1
        while m > 0 {
            let k = tokens[m].kind
            if k != .newline && k != .indent && k != .dedent && k != .endMarker { break }
            m -= 1
        }
        let s = tokens[start]
        let e = tokens[max(m, 0)]
        return SourceRange(lineno: s.line, colOffset: s.col, endLineno: e.endLine, endColOffset: e.endCol)
    }

    // MARK: - Memoization (error pass only)

    enum MemoRule: Int {
        case expression, disjunction, bitwiseOr, primary, starExpression, invalidNamedExpression
    }

    /// Runs `body` once per rule and position; later calls replay the result.
    func memoized(_ rule: MemoRule, _ body: (Parser) throws -> Expr?) rethrows -> Expr? {
        let key = pos &* 8 &+ rule.rawValue
        if let entry = memo[key] {
            pos = entry.1
            return entry.0
        }
        let start = pos
        let result = try body(self)
        if result == nil { pos = start }
        memo[key] = (result, pos)
        return result
    }

    // MARK: - Depth

    /// Counts `weight` levels of CPython's rule nesting (its `p->level`), whose rules nest more
    /// finely than these methods: a bracket costs CPython about 28 levels, `**` and `lambda` two.
    @inline(__always)
    func enter(_ weight: Int = 1) throws {
        depth += weight
        if depth > Parser.maxDepth { throw memoryError() }
    }

    @inline(__always)
    func leave(_ weight: Int = 1) { depth -= weight }

    /// The levels CPython's parser is already down when it reaches a statement's expression.
    static let baseDepth = 32

    /// The extra levels a bracket costs CPython (beyond the one `expression` counts).
    static let bracketDepth = 27

    func memoryError() -> SyntaxError {
        SyntaxError(kind: .memoryError, message: "", filename: nil, lineno: 0, offset: 0, text: nil,
                    endLineno: 0, endOffset: 0)
    }

    // MARK: - Identifiers

    /// The identifier of NAME token `i`, NFKC-normalized when it is not ASCII (as CPython does).
    func identifier(_ i: Int) -> String {
        let t = tokens[i]
        return text.withUnsafeBufferPointer { buf in
            let slice = UnsafeBufferPointer(rebasing: buf[Int(t.start)..<Int(t.end)])
            var ascii = true
            for c in slice where c >= 0x80 {
                ascii = false
                break
            }
            let s = String(decoding: slice, as: UTF8.self)
            return ascii ? s : normalizeIdentifier(s)
        }
    }
}

/// NFKC normalization of a non-ASCII identifier (PEP 3131).
func normalizeIdentifier(_ s: String) -> String {
    NFKC.normalize(s)
}
