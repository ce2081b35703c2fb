// `ast.dump`: the AST as CPython 3.11 prints it.
//
// `ast.dump(node)` writes `Name(field=value, ...)` with the fields in Python.asdl order, leaving out
// optional fields whose value is None (`Return()`, `Constant(value=1)` without `kind`), lists as
// `[a, b]`, and every other value through `repr`. With `include_attributes=True` the position
// attributes follow the fields on stmt, expr, excepthandler, arg, keyword, alias and pattern nodes.
// Constants use Python's repr: ints in decimal, floats in shortest round-trip form with Python's
// choice of notation, complex as `1j`, strings with repr's quoting and escapes (non-printable
// characters per Python's Unicode database, lone surrogates as `\udXXX`), bytes as `b'...'`.

/// Prints a module exactly as `ast.dump(ast.parse(source), include_attributes=locations)` does.
public func dumpAST(_ module: Module, includeAttributes: Bool = false) -> String {
    var d = ASTDumper(attributes: includeAttributes)
    d.module(module)
    return String(decoding: d.out, as: UTF8.self)
}

struct ASTDumper {
    var out: [UInt8] = []
    var needComma: [Bool] = []
    let attributes: Bool

    init(attributes: Bool) {
        self.attributes = attributes
        out.reserveCapacity(1 << 16)
    }

    // MARK: - Output primitives

    @inline(__always) mutating func write(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    @inline(__always) mutating func write(_ s: String) { out.append(contentsOf: s.utf8) }

    mutating func begin(_ name: StaticString) {
        write(name)
        write("(")
        needComma.append(false)
    }

    mutating func key(_ name: StaticString) {
        if needComma[needComma.count - 1] { write(", ") } else { needComma[needComma.count - 1] = true }
        write(name)
        write("=")
    }

    mutating func end() {
        needComma.removeLast()
        write(")")
    }

    mutating func end(_ r: SourceRange) {
        if attributes {
            key("lineno")
            write(String(r.lineno))
            key("col_offset")
            write(String(r.colOffset))
            key("end_lineno")
            write(String(r.endLineno))
            key("end_col_offset")
            write(String(r.endColOffset))
        }
        end()
    }

    mutating func list<T>(_ items: [T], _ each: (inout ASTDumper, T) -> Void) {
        write("[")
        for (i, item) in items.enumerated() {
            if i > 0 { write(", ") }
            each(&self, item)
        }
        write("]")
    }

    mutating func str(_ s: String) { PyRepr.string(Array(s.utf8), into: &out) }

    mutating func strList(_ names: [String]) { list(names) { $0.str($1) } }

    mutating func stmts(_ body: [Stmt]) { list(body) { $0.stmt($1) } }

    mutating func exprs(_ values: [Expr]) { list(values) { $0.expr($1) } }

    mutating func optionalExpr(_ name: StaticString, _ e: Expr?) {
        if let e {
            key(name)
            expr(e)
        }
    }

    mutating func context(_ ctx: ExprContext) {
        switch ctx {
        case .load: write("Load()")
        case .store: write("Store()")
        case .del: write("Del()")
        }
    }

    // MARK: - Module and statements

    mutating func module(_ m: Module) {
        begin("Module")
        key("body")
        stmts(m.body)
        key("type_ignores")
        list(m.typeIgnores) { d, t in
            d.begin("TypeIgnore")
            d.key("lineno")
            d.write(String(t.lineno))
            d.key("tag")
            d.str(t.tag)
            d.end()
        }
        end()
    }

    mutating func stmt(_ s: Stmt) {
        switch s.kind {
        case .functionDef(let f):
            begin(f.isAsync ? "AsyncFunctionDef" : "FunctionDef")
            key("name")
            str(f.name)
            key("args")
            arguments(f.args)
            key("body")
            stmts(f.body)
            key("decorator_list")
            exprs(f.decoratorList)
            optionalExpr("returns", f.returns)
            typeComment(f.typeComment)
        case .classDef(let c):
            begin("ClassDef")
            key("name")
            str(c.name)
            key("bases")
            exprs(c.bases)
            key("keywords")
            list(c.keywords) { $0.keyword($1) }
            key("body")
            stmts(c.body)
            key("decorator_list")
            exprs(c.decoratorList)
        case .return(let value):
            begin("Return")
            optionalExpr("value", value)
        case .delete(let targets):
            begin("Delete")
            key("targets")
            exprs(targets)
        case .assign(let targets, let value, let typeComment):
            begin("Assign")
            key("targets")
            exprs(targets)
            key("value")
            expr(value)
            self.typeComment(typeComment)
        case .augAssign(let target, let op, let value):
            begin("AugAssign")
            key("target")
            expr(target)
            key("op")
            binaryOperator(op)
            key("value")
            expr(value)
        case .annAssign(let target, let annotation, let value, let simple):
            begin("AnnAssign")
            key("target")
            expr(target)
            key("annotation")
            expr(annotation)
            optionalExpr("value", value)
            key("simple")
            write(simple ? "1" : "0")
        case .for(let f):
            begin(f.isAsync ? "AsyncFor" : "For")
            key("target")
            expr(f.target)
            key("iter")
            expr(f.iter)
            key("body")
            stmts(f.body)
            key("orelse")
            stmts(f.orelse)
            typeComment(f.typeComment)
        case .while(let test, let body, let orelse):
            begin("While")
            key("test")
            expr(test)
            key("body")
            stmts(body)
            key("orelse")
            stmts(orelse)
        case .if(let test, let body, let orelse):
            begin("If")
            key("test")
            expr(test)
            key("body")
            stmts(body)
            key("orelse")
            stmts(orelse)
        case .with(let w):
            begin(w.isAsync ? "AsyncWith" : "With")
            key("items")
            list(w.items) { d, item in
                d.begin("withitem")
                d.key("context_expr")
                d.expr(item.contextExpr)
                d.optionalExpr("optional_vars", item.optionalVars)
                d.end()
            }
            key("body")
            stmts(w.body)
            typeComment(w.typeComment)
        case .match(let subject, let cases):
            begin("Match")
            key("subject")
            expr(subject)
            key("cases")
            list(cases) { d, c in
                d.begin("match_case")
                d.key("pattern")
                d.pattern(c.pattern)
                d.optionalExpr("guard", c.guard_)
                d.key("body")
                d.stmts(c.body)
                d.end()
            }
        case .raise(let exc, let cause):
            begin("Raise")
            optionalExpr("exc", exc)
            optionalExpr("cause", cause)
        case .try(let t):
            begin(t.isStar ? "TryStar" : "Try")
            key("body")
            stmts(t.body)
            key("handlers")
            list(t.handlers) { d, h in
                d.begin("ExceptHandler")
                d.optionalExpr("type", h.type)
                if let name = h.name {
                    d.key("name")
                    d.str(name)
                }
                d.key("body")
                d.stmts(h.body)
                d.end(h.range)
            }
            key("orelse")
            stmts(t.orelse)
            key("finalbody")
            stmts(t.finalbody)
        case .assert(let test, let msg):
            begin("Assert")
            key("test")
            expr(test)
            optionalExpr("msg", msg)
        case .import(let names):
            begin("Import")
            key("names")
            list(names) { $0.alias($1) }
        case .importFrom(let module, let names, let level):
            begin("ImportFrom")
            if let module {
                key("module")
                str(module)
            }
            key("names")
            list(names) { $0.alias($1) }
            key("level")
            write(String(level))
        case .global(let names):
            begin("Global")
            key("names")
            strList(names)
        case .nonlocal(let names):
            begin("Nonlocal")
            key("names")
            strList(names)
        case .expr(let value):
            begin("Expr")
            key("value")
            expr(value)
        case .pass:
            begin("Pass")
        case .break:
            begin("Break")
        case .continue:
            begin("Continue")
        }
        end(s.range)
    }

    mutating func typeComment(_ comment: String?) {
        if let comment {
            key("type_comment")
            str(comment)
        }
    }

    mutating func alias(_ a: Alias) {
        begin("alias")
        key("name")
        str(a.name)
        if let asname = a.asname {
            key("asname")
            str(asname)
        }
        end(a.range)
    }

    mutating func keyword(_ k: Keyword) {
        begin("keyword")
        if let arg = k.arg {
            key("arg")
            str(arg)
        }
        key("value")
        expr(k.value)
        end(k.range)
    }

    mutating func arguments(_ a: Arguments) {
        begin("arguments")
        key("posonlyargs")
        list(a.posonlyargs) { $0.arg($1) }
        key("args")
        list(a.args) { $0.arg($1) }
        if let vararg = a.vararg {
            key("vararg")
            arg(vararg)
        }
        key("kwonlyargs")
        list(a.kwonlyargs) { $0.arg($1) }
        key("kw_defaults")
        list(a.kwDefaults) { d, e in
            if let e { d.expr(e) } else { d.write("None") }
        }
        if let kwarg = a.kwarg {
            key("kwarg")
            arg(kwarg)
        }
        key("defaults")
        exprs(a.defaults)
        end()
    }

    mutating func arg(_ a: Arg) {
        begin("arg")
        key("arg")
        str(a.arg)
        optionalExpr("annotation", a.annotation)
        typeComment(a.typeComment)
        end(a.range)
    }

    // MARK: - Expressions

    mutating func expr(_ e: Expr) {
        switch e.kind {
        case .boolOp(let op, let values):
            begin("BoolOp")
            key("op")
            write(op == .and ? "And()" : "Or()")
            key("values")
            exprs(values)
        case .namedExpr(let target, let value):
            begin("NamedExpr")
            key("target")
            expr(target)
            key("value")
            expr(value)
        case .binOp(let left, let op, let right):
            begin("BinOp")
            key("left")
            expr(left)
            key("op")
            binaryOperator(op)
            key("right")
            expr(right)
        case .unaryOp(let op, let operand):
            begin("UnaryOp")
            key("op")
            switch op {
            case .invert: write("Invert()")
            case .not: write("Not()")
            case .uAdd: write("UAdd()")
            case .uSub: write("USub()")
            }
            key("operand")
            expr(operand)
        case .lambda(let args, let body):
            begin("Lambda")
            key("args")
            arguments(args)
            key("body")
            expr(body)
        case .ifExp(let test, let body, let orelse):
            begin("IfExp")
            key("test")
            expr(test)
            key("body")
            expr(body)
            key("orelse")
            expr(orelse)
        case .dict(let keys, let values):
            begin("Dict")
            key("keys")
            list(keys) { d, k in
                if let k { d.expr(k) } else { d.write("None") }
            }
            key("values")
            exprs(values)
        case .set(let elts):
            begin("Set")
            key("elts")
            exprs(elts)
        case .listComp(let elt, let generators):
            begin("ListComp")
            key("elt")
            expr(elt)
            key("generators")
            comprehensions(generators)
        case .setComp(let elt, let generators):
            begin("SetComp")
            key("elt")
            expr(elt)
            key("generators")
            comprehensions(generators)
        case .dictComp(let k, let value, let generators):
            begin("DictComp")
            key("key")
            expr(k)
            key("value")
            expr(value)
            key("generators")
            comprehensions(generators)
        case .generatorExp(let elt, let generators):
            begin("GeneratorExp")
            key("elt")
            expr(elt)
            key("generators")
            comprehensions(generators)
        case .await(let value):
            begin("Await")
            key("value")
            expr(value)
        case .yield(let value):
            begin("Yield")
            optionalExpr("value", value)
        case .yieldFrom(let value):
            begin("YieldFrom")
            key("value")
            expr(value)
        case .compare(let left, let ops, let comparators):
            begin("Compare")
            key("left")
            expr(left)
            key("ops")
            list(ops) { d, op in d.compareOperator(op) }
            key("comparators")
            exprs(comparators)
        case .call(let function, let args, let keywords):
            begin("Call")
            key("func")
            expr(function)
            key("args")
            exprs(args)
            key("keywords")
            list(keywords) { $0.keyword($1) }
        case .formattedValue(let value, let conversion, let formatSpec):
            begin("FormattedValue")
            key("value")
            expr(value)
            key("conversion")
            write(String(conversion))
            optionalExpr("format_spec", formatSpec)
        case .joinedStr(let values):
            begin("JoinedStr")
            key("values")
            exprs(values)
        case .constant(let value, let kind):
            begin("Constant")
            key("value")
            constant(value)
            if let kind {
                key("kind")
                str(kind)
            }
        case .attribute(let value, let attr, let ctx):
            begin("Attribute")
            key("value")
            expr(value)
            key("attr")
            str(attr)
            key("ctx")
            context(ctx)
        case .subscript(let value, let slice, let ctx):
            begin("Subscript")
            key("value")
            expr(value)
            key("slice")
            expr(slice)
            key("ctx")
            context(ctx)
        case .starred(let value, let ctx):
            begin("Starred")
            key("value")
            expr(value)
            key("ctx")
            context(ctx)
        case .name(let id, let ctx):
            begin("Name")
            key("id")
            str(id)
            key("ctx")
            context(ctx)
        case .list(let elts, let ctx):
            begin("List")
            key("elts")
            exprs(elts)
            key("ctx")
            context(ctx)
        case .tuple(let elts, let ctx):
            begin("Tuple")
            key("elts")
            exprs(elts)
            key("ctx")
            context(ctx)
        case .slice(let lower, let upper, let step):
            begin("Slice")
            optionalExpr("lower", lower)
            optionalExpr("upper", upper)
            optionalExpr("step", step)
        }
        end(e.range)
    }

    mutating func comprehensions(_ generators: [Comprehension]) {
        list(generators) { d, c in
            d.begin("comprehension")
            d.key("target")
            d.expr(c.target)
            d.key("iter")
            d.expr(c.iter)
            d.key("ifs")
            d.exprs(c.ifs)
            d.key("is_async")
            d.write(c.isAsync ? "1" : "0")
            d.end()
        }
    }

    mutating func binaryOperator(_ op: Operator) {
        switch op {
        case .add: write("Add()")
        case .sub: write("Sub()")
        case .mult: write("Mult()")
        case .matMult: write("MatMult()")
        case .div: write("Div()")
        case .mod: write("Mod()")
        case .pow: write("Pow()")
        case .lShift: write("LShift()")
        case .rShift: write("RShift()")
        case .bitOr: write("BitOr()")
        case .bitXor: write("BitXor()")
        case .bitAnd: write("BitAnd()")
        case .floorDiv: write("FloorDiv()")
        }
    }

    mutating func compareOperator(_ op: CmpOperator) {
        switch op {
        case .eq: write("Eq()")
        case .notEq: write("NotEq()")
        case .lt: write("Lt()")
        case .ltE: write("LtE()")
        case .gt: write("Gt()")
        case .gtE: write("GtE()")
        case .is: write("Is()")
        case .isNot: write("IsNot()")
        case .in: write("In()")
        case .notIn: write("NotIn()")
        }
    }

    mutating func constant(_ c: Constant) {
        PyRepr.constant(c, into: &out)
    }

    // MARK: - Patterns

    mutating func pattern(_ p: Pattern) {
        switch p.kind {
        case .matchValue(let value):
            begin("MatchValue")
            key("value")
            expr(value)
        case .matchSingleton(let value):
            begin("MatchSingleton")
            key("value")
            constant(value)
        case .matchSequence(let patterns):
            begin("MatchSequence")
            key("patterns")
            list(patterns) { $0.pattern($1) }
        case .matchMapping(let keys, let patterns, let rest):
            begin("MatchMapping")
            key("keys")
            exprs(keys)
            key("patterns")
            list(patterns) { $0.pattern($1) }
            if let rest {
                key("rest")
                str(rest)
            }
        case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            begin("MatchClass")
            key("cls")
            expr(cls)
            key("patterns")
            list(patterns) { $0.pattern($1) }
            key("kwd_attrs")
            strList(kwdAttrs)
            key("kwd_patterns")
            list(kwdPatterns) { $0.pattern($1) }
        case .matchStar(let name):
            begin("MatchStar")
            if let name {
                key("name")
                str(name)
            }
        case .matchAs(let pattern, let name):
            begin("MatchAs")
            if let pattern {
                key("pattern")
                self.pattern(pattern)
            }
            if let name {
                key("name")
                str(name)
            }
        case .matchOr(let patterns):
            begin("MatchOr")
            key("patterns")
            list(patterns) { $0.pattern($1) }
        }
        end(p.range)
    }
}

/// Python's `repr` of the values a `Constant` can hold.
public enum PyRepr {
    /// `repr(value)` of a constant, as UTF-8 appended to `out`.
    public static func constant(_ c: Constant, into out: inout [UInt8]) {
        switch c {
        case .none: out += Array("None".utf8)
        case .true: out += Array("True".utf8)
        case .false: out += Array("False".utf8)
        case .ellipsis: out += Array("Ellipsis".utf8)
        case .int(let v): out += Array(String(v).utf8)
        case .bigInt(let digits): out += Array(digits.utf8)
        case .float(let v): out += Array(float(v).utf8)
        case .imaginary(let v): out += Array((float(v, addDotZero: false) + "j").utf8)
        case .str(let s): string(s, into: &out)
        case .bytes(let b): bytes(b, into: &out)
        }
    }

    /// `repr(value)` of a constant.
    public static func constant(_ c: Constant) -> String {
        var out = [UInt8]()
        constant(c, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `repr(float)`: the shortest digits that round-trip, in fixed notation when the decimal
    /// exponent is in [-4, 16), else in exponent notation (`1e+16`, `1e-05`).
    public static func float(_ v: Double, addDotZero: Bool = true) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        if v == 0 { return (v.sign == .minus ? "-0" : "0") + (addDotZero ? ".0" : "") }
        // Swift's description gives the shortest round-trip digits; re-lay them out as Python does.
        let (negative, digits, exponent) = shortestDigits(v)
        var s = negative ? "-" : ""
        let decpt = exponent // value = 0.digits * 10^decpt
        if decpt > -4 && decpt <= 16 {
            if decpt <= 0 {
                s += "0." + String(repeating: "0", count: -decpt) + digits
            } else if decpt >= digits.count {
                s += digits + String(repeating: "0", count: decpt - digits.count)
                if addDotZero { s += ".0" }
            } else {
                let cut = digits.index(digits.startIndex, offsetBy: decpt)
                s += digits[..<cut] + "." + digits[cut...]
            }
        } else {
            let first = digits.prefix(1)
            let rest = digits.dropFirst()
            s += first
            if !rest.isEmpty { s += "." + rest }
            let e = decpt - 1
            s += e < 0 ? "e-" : "e+"
            let magnitude = String(abs(e))
            s += magnitude.count < 2 ? "0" + magnitude : magnitude
        }
        return s
    }

    /// The shortest round-trip digits of a finite non-zero double and its decimal point position.
    static func shortestDigits(_ v: Double) -> (Bool, String, Int) {
        let text = Array(String(describing: abs(v)).utf8)
        var digits = [UInt8]()
        var pointIndex: Int?
        var exponent = 0
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == UInt8(ascii: ".") {
                pointIndex = digits.count
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                exponent = Int(String(decoding: text[(i + 1)...], as: UTF8.self)) ?? 0
                break
            } else {
                digits.append(c)
            }
            i += 1
        }
        var decpt = (pointIndex ?? digits.count) + exponent
        // Strip leading zeros (moving the point) and trailing zeros.
        var lead = 0
        while lead < digits.count - 1 && digits[lead] == UInt8(ascii: "0") {
            lead += 1
            decpt -= 1
        }
        var trail = digits.count
        while trail > lead + 1 && digits[trail - 1] == UInt8(ascii: "0") { trail -= 1 }
        return (v < 0, String(decoding: digits[lead..<trail], as: UTF8.self), decpt)
    }

    /// `repr(str)` of WTF-8 text, appended to `out`.
    public static func string(_ s: [UInt8], into out: inout [UInt8]) {
        var hasSingle = false
        var hasDouble = false
        for c in s {
            if c == UInt8(ascii: "'") { hasSingle = true } else if c == UInt8(ascii: "\"") { hasDouble = true }
        }
        let quote: UInt8 = hasSingle && !hasDouble ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        out.append(quote)
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if c < 0x80 {
                i += 1
                switch c {
                case quote, UInt8(ascii: "\\"):
                    out.append(UInt8(ascii: "\\"))
                    out.append(c)
                case 9: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case 10: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 13: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                default:
                    if c < 0x20 || c == 0x7F { hexEscape(UInt32(c), "x", 2, into: &out) } else { out.append(c) }
                }
                continue
            }
            let (scalar, length) = Lexer.decodeWTF8(s, i)
            if UnicodeClass.isPrintable(scalar) {
                out.append(contentsOf: s[i..<(i + length)])
            } else if scalar <= 0xFF {
                hexEscape(scalar, "x", 2, into: &out)
            } else if scalar <= 0xFFFF {
                hexEscape(scalar, "u", 4, into: &out)
            } else {
                hexEscape(scalar, "U", 8, into: &out)
            }
            i += length
        }
        out.append(quote)
    }

    static func hexEscape(_ v: UInt32, _ letter: Character, _ width: Int, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        out.append(letter.asciiValue!)
        let hex = Array("0123456789abcdef".utf8)
        for k in stride(from: width - 1, through: 0, by: -1) {
            out.append(hex[Int((v >> (UInt32(k) * 4)) & 0xF)])
        }
    }

    /// `repr(bytes)`, appended to `out`.
    public static func bytes(_ b: [UInt8], into out: inout [UInt8]) {
        let quote: UInt8 = b.contains(UInt8(ascii: "'")) && !b.contains(UInt8(ascii: "\"")) ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        out.append(UInt8(ascii: "b"))
        out.append(quote)
        for c in b {
            switch c {
            case quote, UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(c)
            case 9: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 10: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 13: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            default:
                if c < 0x20 || c >= 0x7F { hexEscape(UInt32(c), "x", 2, into: &out) } else { out.append(c) }
            }
        }
        out.append(quote)
    }
}

extension Lexer {
    /// Decodes one WTF-8 sequence (UTF-8 that may encode surrogates); bad bytes decode as themselves.
    static func decodeWTF8(_ s: [UInt8], _ i: Int) -> (UInt32, Int) {
        let c = s[i]
        let n = s.count
        if c >= 0xC0 && c < 0xE0 && i + 1 < n { return (UInt32(c & 0x1F) << 6 | UInt32(s[i + 1] & 0x3F), 2) }
        if c >= 0xE0 && c < 0xF0 && i + 2 < n {
            return (UInt32(c & 0x0F) << 12 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F), 3)
        }
        if c >= 0xF0 && i + 3 < n {
            return (UInt32(c & 0x07) << 18 | UInt32(s[i + 1] & 0x3F) << 12 | UInt32(s[i + 2] & 0x3F) << 6
                    | UInt32(s[i + 3] & 0x3F), 4)
        }
        return (UInt32(c), 1)
    }
}

import Foundation

/// NFKC normalization of identifiers.
enum NFKC {
    static func normalize(_ s: String) -> String {
        s.precomposedStringWithCompatibilityMapping
    }
}
