// Tokens: what the lexer hands the parser.
//
// A token is 28 bytes of plain data: its kind, the bracket depth after it (CPython's `tok->level`,
// which one error message consults), the byte range of its text and its position. Positions follow
// CPython's tokenizer exactly: lines are 1-based, columns are 0-based byte offsets, a STRING token
// starts on the line of its opening quote and ends on the line of its closing one, and a NEWLINE
// token starts where the line's comment starts (if any) and ends at the `\n`.
//
// INDENT, DEDENT and ENDMARKER have no text in CPython (their columns are -1). When CPython reports
// an error at such a token it uses the tokenizer's cursor instead, so for these kinds `col` and
// `endCol` are -1 and `cursorCol` (stored in `start`) holds that cursor column.

/// The kind of a token: CPython's token types, with keywords split out of NAME.
public enum TokenKind: UInt8, Sendable {
    case endMarker, name, number, string, newline, indent, dedent
    case lpar, rpar, lsqb, rsqb, colon, comma, semi, plus, minus, star, slash, vbar, amper
    case less, greater, equal, dot, percent, lbrace, rbrace, eqEqual, notEqual, lessEqual
    case greaterEqual, tilde, circumflex, leftShift, rightShift, doubleStar, plusEqual, minEqual
    case starEqual, slashEqual, percentEqual, amperEqual, vbarEqual, circumflexEqual
    case leftShiftEqual, rightShiftEqual, doubleStarEqual, doubleSlash, doubleSlashEqual, at
    case atEqual, rArrow, ellipsis, colonEqual
    /// `<>`: CPython tokenizes it as NOTEQUAL but the grammar only accepts it under `barry_as_FLUFL`.
    case lessGreater
    /// Any other single character (`$`, `?`, `!`, a backquote): no rule of the grammar accepts it.
    case op
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal
    case kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise, kwReturn
    case kwTry, kwWhile, kwWith, kwYield
    /// The lexer stopped here with an error; the parser raises it when it reaches this token.
    case error

    /// True for the reserved keywords.
    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue && rawValue <= TokenKind.kwYield.rawValue }

    /// The `tokenize -e` style name of the kind (keywords are NAMEs).
    public var displayName: String {
        switch self {
        case .endMarker: return "ENDMARKER"
        case .name: return "NAME"
        case .number: return "NUMBER"
        case .string: return "STRING"
        case .newline: return "NEWLINE"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .lpar: return "LPAR"
        case .rpar: return "RPAR"
        case .lsqb: return "LSQB"
        case .rsqb: return "RSQB"
        case .colon: return "COLON"
        case .comma: return "COMMA"
        case .semi: return "SEMI"
        case .plus: return "PLUS"
        case .minus: return "MINUS"
        case .star: return "STAR"
        case .slash: return "SLASH"
        case .vbar: return "VBAR"
        case .amper: return "AMPER"
        case .less: return "LESS"
        case .greater: return "GREATER"
        case .equal: return "EQUAL"
        case .dot: return "DOT"
        case .percent: return "PERCENT"
        case .lbrace: return "LBRACE"
        case .rbrace: return "RBRACE"
        case .eqEqual: return "EQEQUAL"
        case .notEqual, .lessGreater: return "NOTEQUAL"
        case .lessEqual: return "LESSEQUAL"
        case .greaterEqual: return "GREATEREQUAL"
        case .tilde: return "TILDE"
        case .circumflex: return "CIRCUMFLEX"
        case .leftShift: return "LEFTSHIFT"
        case .rightShift: return "RIGHTSHIFT"
        case .doubleStar: return "DOUBLESTAR"
        case .plusEqual: return "PLUSEQUAL"
        case .minEqual: return "MINEQUAL"
        case .starEqual: return "STAREQUAL"
        case .slashEqual: return "SLASHEQUAL"
        case .percentEqual: return "PERCENTEQUAL"
        case .amperEqual: return "AMPEREQUAL"
        case .vbarEqual: return "VBAREQUAL"
        case .circumflexEqual: return "CIRCUMFLEXEQUAL"
        case .leftShiftEqual: return "LEFTSHIFTEQUAL"
        case .rightShiftEqual: return "RIGHTSHIFTEQUAL"
        case .doubleStarEqual: return "DOUBLESTAREQUAL"
        case .doubleSlash: return "DOUBLESLASH"
        case .doubleSlashEqual: return "DOUBLESLASHEQUAL"
        case .at: return "AT"
        case .atEqual: return "ATEQUAL"
        case .rArrow: return "RARROW"
        case .ellipsis: return "ELLIPSIS"
        case .colonEqual: return "COLONEQUAL"
        case .op: return "OP"
        case .error: return "ERRORTOKEN"
        default: return "NAME"
        }
    }

    /// The keyword spelled by `text`, if it is one.
    static func keyword(_ p: UnsafePointer<UInt8>, _ n: Int) -> TokenKind? {
        @inline(__always) func eq(_ s: StaticString) -> Bool {
            guard s.utf8CodeUnitCount == n else { return false }
            let q = s.utf8Start
            for i in 0..<n where p[i] != q[i] { return false }
            return true
        }
        switch (n, p[0]) {
        case (2, UInt8(ascii: "a")): return eq("as") ? .kwAs : nil
        case (2, UInt8(ascii: "i")): return eq("if") ? .kwIf : eq("in") ? .kwIn : eq("is") ? .kwIs : nil
        case (2, UInt8(ascii: "o")): return eq("or") ? .kwOr : nil
        case (3, UInt8(ascii: "a")): return eq("and") ? .kwAnd : nil
        case (3, UInt8(ascii: "d")): return eq("def") ? .kwDef : eq("del") ? .kwDel : nil
        case (3, UInt8(ascii: "f")): return eq("for") ? .kwFor : nil
        case (3, UInt8(ascii: "n")): return eq("not") ? .kwNot : nil
        case (3, UInt8(ascii: "t")): return eq("try") ? .kwTry : nil
        case (4, UInt8(ascii: "N")): return eq("None") ? .kwNone : nil
        case (4, UInt8(ascii: "T")): return eq("True") ? .kwTrue : nil
        case (4, UInt8(ascii: "e")): return eq("elif") ? .kwElif : eq("else") ? .kwElse : nil
        case (4, UInt8(ascii: "f")): return eq("from") ? .kwFrom : nil
        case (4, UInt8(ascii: "p")): return eq("pass") ? .kwPass : nil
        case (4, UInt8(ascii: "w")): return eq("with") ? .kwWith : nil
        case (5, UInt8(ascii: "F")): return eq("False") ? .kwFalse : nil
        case (5, UInt8(ascii: "a")): return eq("async") ? .kwAsync : eq("await") ? .kwAwait : nil
        case (5, UInt8(ascii: "b")): return eq("break") ? .kwBreak : nil
        case (5, UInt8(ascii: "c")): return eq("class") ? .kwClass : nil
        case (5, UInt8(ascii: "r")): return eq("raise") ? .kwRaise : nil
        case (5, UInt8(ascii: "w")): return eq("while") ? .kwWhile : nil
        case (5, UInt8(ascii: "y")): return eq("yield") ? .kwYield : nil
        case (6, UInt8(ascii: "a")): return eq("assert") ? .kwAssert : nil
        case (6, UInt8(ascii: "e")): return eq("except") ? .kwExcept : nil
        case (6, UInt8(ascii: "g")): return eq("global") ? .kwGlobal : nil
        case (6, UInt8(ascii: "i")): return eq("import") ? .kwImport : nil
        case (6, UInt8(ascii: "l")): return eq("lambda") ? .kwLambda : nil
        case (6, UInt8(ascii: "r")): return eq("return") ? .kwReturn : nil
        case (7, UInt8(ascii: "f")): return eq("finally") ? .kwFinally : nil
        case (8, UInt8(ascii: "c")): return eq("continue") ? .kwContinue : nil
        case (8, UInt8(ascii: "n")): return eq("nonlocal") ? .kwNonlocal : nil
        default: return nil
        }
    }
}

/// One token: kind, bracket depth, text range and position.
public struct Token: Sendable {
    public var kind: TokenKind
    /// The bracket nesting depth after this token (CPython's `tok->level`).
    public var level: UInt8
    /// Byte offset of the token's text (for INDENT/DEDENT/ENDMARKER: the tokenizer's cursor column).
    public var start: Int32
    /// Byte offset just past the token's text.
    public var end: Int32
    public var line: Int32
    /// 0-based byte column, or -1 for INDENT/DEDENT/ENDMARKER.
    public var col: Int32
    public var endLine: Int32
    public var endCol: Int32

    /// For INDENT/DEDENT/ENDMARKER: the column CPython's error reporting uses for this token.
    public var cursorCol: Int32 { start }

    /// The token's range as an AST node range.
    @inline(__always)
    var range: SourceRange { SourceRange(lineno: line, colOffset: col, endLineno: endLine, endColOffset: endCol) }
}
