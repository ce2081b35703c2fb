// Expressions: from `star_expressions` down to atoms, following python.gram's rule structure.
//
// The binary operator levels (`bitwise_or` … `term`) are left-recursive in the grammar; here they
// are one precedence-climbing loop, which builds the same left-leaning trees with the same ranges.
// Comparisons, boolean operators, unary operators and `**` follow the grammar rule for rule.
//
// Convention for every method: on success it returns the node and leaves `pos` after it; on
// failure it returns nil with `pos` where it was (a rule that fails part-way restores `pos`).

extension Parser {
    // MARK: - Expression lists

    /// `star_expressions`: one star_expression, or a tuple of them.
    func starExpressions() throws -> Expr? {
        let start = pos
        guard let first = try starExpression() else { return nil }
        guard kind == .comma else { return first }
        var elts = [first]
        while accept(.comma) {
            guard let e = try starExpression() else { break }
            elts.append(e)
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    func starExpression() throws -> Expr? {
        if memoEnabled { return try memoized(.starExpression) { try $0.starExpressionRule() } }
        return try starExpressionRule()
    }

    func starExpressionRule() throws -> Expr? {
        if kind == .star {
            let start = pos
            advance()
            guard let value = try bitwiseOr() else {
                pos = start
                return nil
            }
            return Expr(.starred(value: value, ctx: .load), range(from: start))
        }
        return try expression()
    }

    /// `star_named_expression`: `*bitwise_or` or a named expression.
    func starNamedExpression() throws -> Expr? {
        if kind == .star {
            let start = pos
            advance()
            guard let value = try bitwiseOr() else {
                pos = start
                return nil
            }
            return Expr(.starred(value: value, ctx: .load), range(from: start))
        }
        return try namedExpression()
    }

    /// `star_named_expressions`: a comma-separated list with an optional trailing comma.
    func starNamedExpressionList() throws -> [Expr]? {
        guard let first = try starNamedExpression() else { return nil }
        var elts = [first]
        while kind == .comma {
            advance()
            guard let e = try starNamedExpression() else { break }
            elts.append(e)
        }
        return elts
    }

    /// `expressions`: an expression, or a tuple of them (used by `except` clauses in errors).
    func expressions() throws -> Expr? {
        let start = pos
        guard let first = try expression() else { return nil }
        guard kind == .comma else { return first }
        var elts = [first]
        while accept(.comma) {
            guard let e = try expression() else { break }
            elts.append(e)
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    // MARK: - Named and conditional expressions

    /// `named_expression`: `NAME := expression`, or an expression not followed by `:=`.
    func namedExpression() throws -> Expr? {
        if kind == .name && kind(at: pos + 1) == .colonEqual {
            return try assignmentExpression()
        }
        if callInvalidRules { try invalidNamedExpression() }
        let start = pos
        guard let e = try expression() else { return nil }
        if kind == .colonEqual {
            pos = start
            return nil
        }
        return e
    }

    /// `assignment_expression`: `NAME := expression` (the caller has checked the first two tokens).
    func assignmentExpression() throws -> Expr? {
        let start = pos
        let target = Expr(.name(id: identifier(pos), ctx: .store), tokens[pos].range)
        pos += 2
        guard let value = try expression() else {
            pos = start
            return nil
        }
        return Expr(.namedExpr(target: target, value: value), range(from: start))
    }

    /// `expression`: a conditional expression, a disjunction or a lambda.
    func expression() throws -> Expr? {
        if memoEnabled { return try memoized(.expression) { try $0.expressionRule() } }
        return try expressionRule()
    }

    func expressionRule() throws -> Expr? {
        try enter()
        defer { leave() }
        if callInvalidRules {
            try invalidExpression()
            try invalidLegacyExpression()
        }
        return try conditionalExpression()
    }

    /// The alternatives of `expression` after the invalid ones.
    func conditionalExpression() throws -> Expr? {
        if kind == .kwLambda { return try lambdef() }
        let start = pos
        guard let body = try disjunction() else { return nil }
        if kind == .kwIf {
            let save = pos
            advance()
            if let test = try disjunction(), accept(.kwElse), let orelse = try expression() {
                return Expr(.ifExp(test: test, body: body, orelse: orelse), range(from: start))
            }
            pos = save
        }
        return body
    }

    /// `expression_without_invalid`: an expression parsed with the invalid rules switched off.
    func expressionWithoutInvalid() throws -> Expr? {
        let saved = callInvalidRules
        callInvalidRules = false
        defer { callInvalidRules = saved }
        try enter()
        defer { leave() }
        return try conditionalExpression()
    }

    /// `yield_expr`: `yield from expression` or `yield [star_expressions]`.
    func yieldExpr() throws -> Expr? {
        guard kind == .kwYield else { return nil }
        let start = pos
        advance()
        if kind == .kwFrom {
            advance()
            guard let value = try expression() else {
                pos = start
                return nil
            }
            return Expr(.yieldFrom(value: value), range(from: start))
        }
        let value = try starExpressions()
        return Expr(.yield(value: value), range(from: start))
    }

    // MARK: - Boolean operators and comparisons

    /// `disjunction`: conjunctions joined by `or`.
    func disjunction() throws -> Expr? {
        if memoEnabled { return try memoized(.disjunction) { try $0.disjunctionRule() } }
        return try disjunctionRule()
    }

    func disjunctionRule() throws -> Expr? {
        let start = pos
        guard let first = try conjunction() else { return nil }
        guard kind == .kwOr else { return first }
        var values = [first]
        while kind == .kwOr {
            let save = pos
            advance()
            guard let next = try conjunction() else {
                pos = save
                break
            }
            values.append(next)
        }
        if values.count == 1 { return first }
        return Expr(.boolOp(op: .or, values: values), range(from: start))
    }

    /// `conjunction`: inversions joined by `and`.
    func conjunction() throws -> Expr? {
        let start = pos
        guard let first = try inversion() else { return nil }
        guard kind == .kwAnd else { return first }
        var values = [first]
        while kind == .kwAnd {
            let save = pos
            advance()
            guard let next = try inversion() else {
                pos = save
                break
            }
            values.append(next)
        }
        if values.count == 1 { return first }
        return Expr(.boolOp(op: .and, values: values), range(from: start))
    }

    /// `inversion`: `not inversion` or a comparison.
    func inversion() throws -> Expr? {
        if kind == .kwNot {
            try enter()
            defer { leave() }
            let start = pos
            advance()
            guard let operand = try inversion() else {
                pos = start
                return nil
            }
            return Expr(.unaryOp(op: .not, operand: operand), range(from: start))
        }
        return try comparison()
    }

    /// `comparison`: a bitwise_or followed by any number of comparison operators and operands.
    func comparison() throws -> Expr? {
        let start = pos
        guard let left = try bitwiseOr() else { return nil }
        var ops: [CmpOperator] = []
        var comparators: [Expr] = []
        scan: while true {
            let save = pos
            let op: CmpOperator
            switch kind {
            case .eqEqual: op = .eq
            case .notEqual: op = .notEq
            case .lessEqual: op = .ltE
            case .less: op = .lt
            case .greaterEqual: op = .gtE
            case .greater: op = .gt
            case .kwIn: op = .in
            case .kwNot:
                guard kind(at: pos + 1) == .kwIn else { break scan }
                op = .notIn
                advance()
            case .kwIs:
                if kind(at: pos + 1) == .kwNot {
                    op = .isNot
                    advance()
                } else {
                    op = .is
                }
            default:
                break scan
            }
            advance()
            guard let right = try bitwiseOr() else {
                pos = save
                break
            }
            ops.append(op)
            comparators.append(right)
        }
        if ops.isEmpty { return left }
        return Expr(.compare(left: left, ops: ops, comparators: comparators), range(from: start))
    }

    // MARK: - Binary operators

    /// The binary operator of a token and its precedence (1 = `|` … 6 = `*`), or 0.
    @inline(__always)
    func binaryOperator(_ k: TokenKind) -> (Operator, Int) {
        switch k {
        case .vbar: return (.bitOr, 1)
        case .circumflex: return (.bitXor, 2)
        case .amper: return (.bitAnd, 3)
        case .leftShift: return (.lShift, 4)
        case .rightShift: return (.rShift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mult, 6)
        case .slash: return (.div, 6)
        case .doubleSlash: return (.floorDiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matMult, 6)
        default: return (.add, 0)
        }
    }

    /// `bitwise_or`.
    func bitwiseOr() throws -> Expr? {
        if memoEnabled { return try memoized(.bitwiseOr) { try $0.binary(1) } }
        return try binary(1)
    }

    /// The left-recursive binary levels from `minPrecedence` up, by precedence climbing.
    func binary(_ minPrecedence: Int) throws -> Expr? {
        let start = pos
        guard var left = try factor() else { return nil }
        while true {
            let (op, precedence) = binaryOperator(kind)
            if precedence < minPrecedence { break }
            let save = pos
            advance()
            guard let right = try binary(precedence + 1) else {
                pos = save
                break
            }
            left = Expr(.binOp(left: left, op: op, right: right), range(from: start))
        }
        return left
    }

    /// `factor`: unary `+`, `-`, `~`, or a power.
    func factor() throws -> Expr? {
        let op: UnaryOperator
        switch kind {
        case .plus: op = .uAdd
        case .minus: op = .uSub
        case .tilde: op = .invert
        default: return try power()
        }
        try enter()
        defer { leave() }
        let start = pos
        advance()
        guard let operand = try factor() else {
            pos = start
            return nil
        }
        return Expr(.unaryOp(op: op, operand: operand), range(from: start))
    }

    /// `power`: `await_primary ** factor` or an await_primary.
    func power() throws -> Expr? {
        let start = pos
        guard let base = try awaitPrimary() else { return nil }
        guard kind == .doubleStar else { return base }
        try enter(2)
        defer { leave(2) }
        let save = pos
        advance()
        guard let exponent = try factor() else {
            pos = save
            return base
        }
        return Expr(.binOp(left: base, op: .pow, right: exponent), range(from: start))
    }

    /// `await_primary`: `await primary` or a primary.
    func awaitPrimary() throws -> Expr? {
        guard kind == .kwAwait else { return try primary() }
        try enter()
        defer { leave() }
        let start = pos
        advance()
        guard let value = try primary() else {
            pos = start
            return nil
        }
        return Expr(.await(value: value), range(from: start))
    }

    // MARK: - Primaries

    /// `primary`: an atom followed by attribute references, calls and subscriptions.
    func primary() throws -> Expr? {
        if memoEnabled { return try memoized(.primary) { try $0.primaryRule() } }
        return try primaryRule()
    }

    func primaryRule() throws -> Expr? {
        let start = pos
        guard var e = try atom() else { return nil }
        while true {
            if memoEnabled && (kind == .lpar || kind == .lsqb || kind == .lbrace) {
                // The grammar tries `primary genexp` (whose invalid rule looks at any bracket) first.
                if let g = try genexp() {
                    e = Expr(.call(func: e, args: [g], keywords: []), range(from: start))
                    continue
                }
            }
            switch kind {
            case .dot:
                guard kind(at: pos + 1) == .name else { return e }
                let attr = identifier(pos + 1)
                pos += 2
                e = Expr(.attribute(value: e, attr: attr, ctx: .load), range(from: start))
            case .lpar:
                guard let call = try callTrailer(e, start: start) else { return e }
                e = call
            case .lsqb:
                let save = pos
                advance()
                guard let slice = try slices(), accept(.rsqb) else {
                    pos = save
                    return e
                }
                e = Expr(.subscript(value: e, slice: slice, ctx: .load), range(from: start))
            default:
                return e
            }
        }
    }

    /// A call trailer `( ... )` on `callee`: a bare generator expression argument or an argument list.
    func callTrailer(_ callee: Expr, start: Int) throws -> Expr? {
        try enter(Parser.bracketDepth)
        defer { leave(Parser.bracketDepth) }
        let save = pos
        if memoEnabled {
            // `primary genexp` was tried by the caller; this is `primary '(' [arguments] ')'`.
            advance()
            if accept(.rpar) { return Expr(.call(func: callee, args: [], keywords: []), range(from: start)) }
            guard let (args, keywords) = try arguments(), accept(.rpar) else {
                pos = save
                return nil
            }
            return Expr(.call(func: callee, args: args, keywords: keywords), range(from: start))
        }
        advance()
        if accept(.rpar) {
            return Expr(.call(func: callee, args: [], keywords: []), range(from: start))
        }
        // Parse the first argument once: followed by `for` it is a generator expression.
        var first: Expr?
        if kind != .star && kind != .doubleStar && !(kind == .name && kind(at: pos + 1) == .equal) {
            let firstStart = pos
            first = try plainArgument()
            if let element = first, kind == .kwFor || (kind == .kwAsync && kind(at: pos + 1) == .kwFor) {
                guard let generators = try forIfClauses(), accept(.rpar) else {
                    pos = save
                    return nil
                }
                let genexp = Expr(.generatorExp(elt: element, generators: generators), range(from: save))
                return Expr(.call(func: callee, args: [genexp], keywords: []), range(from: start))
            }
            if first == nil { pos = firstStart }
        }
        guard let (args, keywords) = try arguments(first: first), accept(.rpar) else {
            pos = save
            return nil
        }
        return Expr(.call(func: callee, args: args, keywords: keywords), range(from: start))
    }

    /// `(assignment_expression | expression !':=') !'='`: a positional argument.
    func plainArgument() throws -> Expr? {
        let start = pos
        let e: Expr
        if kind == .name && kind(at: pos + 1) == .colonEqual {
            guard let named = try assignmentExpression() else { return nil }
            e = named
        } else {
            guard let plain = try expression() else { return nil }
            if kind == .colonEqual {
                pos = start
                return nil
            }
            e = plain
        }
        if kind == .equal {
            pos = start
            return nil
        }
        return e
    }

    /// `arguments`: the inside of a call's parentheses, up to (not including) `)`. `first` is a
    /// positional argument the caller has already parsed.
    func arguments(first: Expr? = nil) throws -> ([Expr], [Keyword])? {
        let start = pos
        if let parsed = try args(first: first) {
            _ = accept(.comma)
            if kind == .rpar { return parsed }
        }
        pos = start
        if callInvalidRules { try invalidArguments() }
        return nil
    }

    /// `args`: positional arguments, then keyword arguments (with `*x` among them), then `**x`.
    func args(first: Expr? = nil) throws -> ([Expr], [Keyword])? {
        var positional: [Expr] = []
        var keywords: [Keyword] = []
        // 0: positional section; 1: keywords seen; 2: `**` seen.
        var section = 0
        var lastGood = pos
        if let first {
            positional.append(first)
            lastGood = pos
            guard kind == .comma else { return (positional, keywords) }
            advance()
        }
        while true {
            let itemStart = pos
            if kind == .star {
                if callInvalidRules && section > 0 { try invalidKwarg() }
                guard section < 2, let e = try starredExpression() else { break }
                positional.append(e)
            } else if kind == .doubleStar {
                if callInvalidRules { try invalidKwarg() }
                advance()
                guard let value = try expression() else {
                    pos = itemStart
                    break
                }
                keywords.append(Keyword(arg: nil, value: value, range: range(from: itemStart)))
                section = 2
            } else if kind == .name && kind(at: pos + 1) == .equal {
                if callInvalidRules { try invalidKwarg() }
                let name = identifier(pos)
                pos += 2
                guard let value = try expression() else {
                    pos = itemStart
                    break
                }
                keywords.append(Keyword(arg: name, value: value, range: range(from: itemStart)))
                section = max(section, 1)
            } else {
                if section == 0, let e = try plainArgument() {
                    positional.append(e)
                } else {
                    pos = itemStart
                    if callInvalidRules { try invalidKwarg() }
                    break
                }
            }
            lastGood = pos
            guard kind == .comma else { break }
            advance()
        }
        pos = lastGood
        if positional.isEmpty && keywords.isEmpty { return nil }
        return (positional, keywords)
    }

    /// `starred_expression`: `*expression`.
    func starredExpression() throws -> Expr? {
        guard kind == .star else { return nil }
        let start = pos
        advance()
        guard let value = try expression() else {
            pos = start
            return nil
        }
        return Expr(.starred(value: value, ctx: .load), range(from: start))
    }

    /// `slices`: one slice, or a tuple of slices and starred expressions.
    func slices() throws -> Expr? {
        let start = pos
        var elts: [Expr] = []
        while true {
            let e: Expr
            if kind == .star {
                guard let s = try starredExpression() else { break }
                e = s
            } else {
                guard let s = try slice() else { break }
                e = s
            }
            if elts.isEmpty && kind != .comma {
                if case .starred = e.kind {} else { return e }
            }
            elts.append(e)
            guard accept(.comma) else { break }
        }
        if elts.isEmpty {
            pos = start
            return nil
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    /// `slice`: `[lower]:[upper][:[step]]` or a named expression.
    func slice() throws -> Expr? {
        let start = pos
        var lower: Expr?
        if kind != .colon {
            if kind == .name && kind(at: pos + 1) == .colonEqual { return try namedExpression() }
            guard let e = try expression() else {
                return try namedExpressionAfterFailedSlice(start)
            }
            if kind != .colon {
                if kind == .colonEqual {
                    pos = start
                    return nil
                }
                return e
            }
            lower = e
        }
        advance()
        let upper = try expression()
        var step: Expr?
        if accept(.colon) { step = try expression() }
        return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
    }

    /// The second alternative of `slice` when `expression` failed (only the invalid rules can differ).
    private func namedExpressionAfterFailedSlice(_ start: Int) throws -> Expr? {
        pos = start
        return callInvalidRules ? try namedExpression() : nil
    }

    // MARK: - Atoms

    /// `atom`: names, constants, strings, numbers, and bracketed displays.
    func atom() throws -> Expr? {
        let i = pos
        switch kind {
        case .name:
            advance()
            return Expr(.name(id: identifier(i), ctx: .load), tokens[i].range)
        case .number:
            advance()
            return try numberConstant(i)
        case .string:
            return try strings()
        case .kwTrue:
            advance()
            return Expr(.constant(value: .true, kind: nil), tokens[i].range)
        case .kwFalse:
            advance()
            return Expr(.constant(value: .false, kind: nil), tokens[i].range)
        case .kwNone:
            advance()
            return Expr(.constant(value: .none, kind: nil), tokens[i].range)
        case .ellipsis:
            advance()
            return Expr(.constant(value: .ellipsis, kind: nil), tokens[i].range)
        case .lpar:
            return try parenthesized()
        case .lsqb:
            return try listDisplay()
        case .lbrace:
            return try braceDisplay()
        default:
            return nil
        }
    }

    /// `tuple | group | genexp`, at a `(`.
    func parenthesized() throws -> Expr? {
        try enter(Parser.bracketDepth)
        defer { leave(Parser.bracketDepth) }
        if memoEnabled { return try parenthesizedInGrammarOrder() }
        let start = pos
        advance()
        if accept(.rpar) {
            return Expr(.tuple(elts: [], ctx: .load), range(from: start))
        }
        if kind == .kwYield {
            if let y = try yieldExpr(), accept(.rpar) { return y }
            pos = start
            return nil
        }
        guard let first = try starNamedExpression() else {
            pos = start
            return nil
        }
        switch kind {
        case .comma:
            var elts = [first]
            advance()
            if kind != .rpar, let rest = try starNamedExpressionList() { elts += rest }
            if accept(.rpar) { return Expr(.tuple(elts: elts, ctx: .load), range(from: start)) }
        case .rpar:
            if case .starred = first.kind { break }
            advance()
            return first
        case .kwFor, .kwAsync:
            if case .starred = first.kind { break }
            if let generators = try forIfClauses(), accept(.rpar) {
                return Expr(.generatorExp(elt: first, generators: generators), range(from: start))
            }
        default:
            break
        }
        pos = start
        return nil
    }

    /// The error pass tries `tuple`, `group` and `genexp` one after the other, as the grammar does,
    /// so that their invalid rules run in CPython's order (memoization keeps this linear).
    func parenthesizedInGrammarOrder() throws -> Expr? {
        let start = pos
        advance()
        if accept(.rpar) { return Expr(.tuple(elts: [], ctx: .load), range(from: start)) }
        if let first = try starNamedExpression(), accept(.comma) {
            var elts = [first]
            if let rest = try starNamedExpressionList() { elts += rest }
            if accept(.rpar) { return Expr(.tuple(elts: elts, ctx: .load), range(from: start)) }
        }
        pos = start + 1
        if kind == .kwYield {
            if let y = try yieldExpr(), accept(.rpar) { return y }
        } else if let e = try namedExpression(), accept(.rpar) {
            return e
        }
        pos = start
        if callInvalidRules { try invalidGroup() }
        return try genexp()
    }

    /// `genexp`: `( named_expression for_if_clauses )`, or (error pass) `invalid_comprehension`,
    /// which also looks at `[` and `{`.
    func genexp() throws -> Expr? {
        let start = pos
        if kind == .lpar {
            advance()
            var element: Expr?
            if kind == .name && kind(at: pos + 1) == .colonEqual {
                element = try assignmentExpression()
            } else if let e = try expression(), kind != .colonEqual {
                element = e
            }
            if let element, let generators = try forIfClauses(), accept(.rpar) {
                return Expr(.generatorExp(elt: element, generators: generators), range(from: start))
            }
            pos = start
        }
        if callInvalidRules { try invalidComprehension() }
        return nil
    }

    /// `list | listcomp`, at a `[`.
    func listDisplay() throws -> Expr? {
        try enter(Parser.bracketDepth)
        defer { leave(Parser.bracketDepth) }
        let start = pos
        advance()
        if accept(.rsqb) {
            return Expr(.list(elts: [], ctx: .load), range(from: start))
        }
        guard let elts = try starNamedExpressionList() else {
            pos = start
            return nil
        }
        if accept(.rsqb) {
            return Expr(.list(elts: elts, ctx: .load), range(from: start))
        }
        if elts.count == 1, kind == .kwFor || kind == .kwAsync, tokens[pos - 1].kind != .comma {
            if case .starred = elts[0].kind {} else {
                if let generators = try forIfClauses(), accept(.rsqb) {
                    return Expr(.listComp(elt: elts[0], generators: generators), range(from: start))
                }
            }
        }
        pos = start
        if callInvalidRules { try invalidComprehension() }
        return nil
    }

    /// `dict | set | dictcomp | setcomp`, at a `{`.
    func braceDisplay() throws -> Expr? {
        try enter(Parser.bracketDepth)
        defer { leave(Parser.bracketDepth) }
        if memoEnabled { return try braceDisplayInGrammarOrder() }
        let start = pos
        advance()
        if accept(.rbrace) {
            return Expr(.dict(keys: [], values: []), range(from: start))
        }
        if kind == .doubleStar { return try dictDisplay(start, firstKey: nil) }
        if kind == .star || (kind == .name && kind(at: pos + 1) == .colonEqual) {
            guard let first = try starNamedExpression() else {
                pos = start
                return nil
            }
            return try setDisplay(start, first: first)
        }
        guard let first = try expression() else {
            pos = start
            return nil
        }
        if kind == .colon { return try dictDisplay(start, firstKey: first) }
        if kind == .colonEqual {
            pos = start
            return nil
        }
        return try setDisplay(start, first: first)
    }

    /// The error pass tries `dict`, `set`, `dictcomp` and `setcomp` in the grammar's order.
    func braceDisplayInGrammarOrder() throws -> Expr? {
        let start = pos
        advance()
        if accept(.rbrace) { return Expr(.dict(keys: [], values: []), range(from: start)) }
        if let (keys, values) = try doubleStarredKvpairs(), accept(.rbrace) {
            return Expr(.dict(keys: keys, values: values), range(from: start))
        }
        pos = start + 1
        if callInvalidRules { try invalidDoubleStarredKvpairs() }
        pos = start + 1
        if let elts = try starNamedExpressionList(), accept(.rbrace) {
            return Expr(.set(elts: elts), range(from: start))
        }
        pos = start + 1
        if let key = try expression(), accept(.colon), let value = try expression(),
           let generators = try forIfClauses(), accept(.rbrace) {
            return Expr(.dictComp(key: key, value: value, generators: generators), range(from: start))
        }
        pos = start
        if callInvalidRules { try invalidDictComprehension() }
        pos = start + 1
        if let elt = try namedExpression(), let generators = try forIfClauses(), accept(.rbrace) {
            return Expr(.setComp(elt: elt, generators: generators), range(from: start))
        }
        pos = start
        if callInvalidRules { try invalidComprehension() }
        pos = start
        return nil
    }

    /// `double_starred_kvpairs`: `**bitwise_or` or `expression: expression` items.
    func doubleStarredKvpairs() throws -> ([Expr?], [Expr])? {
        var keys: [Expr?] = []
        var values: [Expr] = []
        while true {
            let itemStart = pos
            if kind == .doubleStar {
                advance()
                guard let value = try bitwiseOr() else {
                    pos = itemStart
                    break
                }
                keys.append(nil)
                values.append(value)
            } else {
                guard let key = try expression(), accept(.colon), let value = try expression() else {
                    pos = itemStart
                    break
                }
                keys.append(key)
                values.append(value)
            }
            guard kind == .comma else { break }
            advance()
        }
        return values.isEmpty ? nil : (keys, values)
    }

    /// A dict display or dict comprehension after its `{`; `firstKey` has been parsed (pos at `:`).
    func dictDisplay(_ start: Int, firstKey: Expr?) throws -> Expr? {
        var keys: [Expr?] = []
        var values: [Expr] = []
        if let firstKey {
            advance()
            guard let value = try expression() else {
                pos = start
                return nil
            }
            if kind == .kwFor || kind == .kwAsync {
                guard let generators = try forIfClauses(), accept(.rbrace) else {
                    pos = start
                    return nil
                }
                return Expr(.dictComp(key: firstKey, value: value, generators: generators), range(from: start))
            }
            keys.append(firstKey)
            values.append(value)
            guard accept(.comma) else { return finishDict(start, keys, values) }
        }
        if let (more, moreValues) = try doubleStarredKvpairs() {
            keys += more
            values += moreValues
        }
        return finishDict(start, keys, values)
    }

    private func finishDict(_ start: Int, _ keys: [Expr?], _ values: [Expr]) -> Expr? {
        guard !values.isEmpty, accept(.rbrace) else {
            pos = start
            return nil
        }
        return Expr(.dict(keys: keys, values: values), range(from: start))
    }

    /// A set display or set comprehension after its `{` and first element.
    func setDisplay(_ start: Int, first: Expr) throws -> Expr? {
        if kind == .kwFor || kind == .kwAsync {
            if case .starred = first.kind {
                pos = start
                return nil
            }
            guard let generators = try forIfClauses(), accept(.rbrace) else {
                pos = start
                return nil
            }
            return Expr(.setComp(elt: first, generators: generators), range(from: start))
        }
        var elts = [first]
        if accept(.comma), let rest = try starNamedExpressionList() { elts += rest }
        guard accept(.rbrace) else {
            pos = start
            return nil
        }
        return Expr(.set(elts: elts), range(from: start))
    }

    // MARK: - Comprehensions

    /// `for_if_clauses`: one or more `[async] for targets in disjunction (if disjunction)*`.
    func forIfClauses() throws -> [Comprehension]? {
        var clauses: [Comprehension] = []
        while kind == .kwFor || (kind == .kwAsync && kind(at: pos + 1) == .kwFor) {
            let start = pos
            let isAsync = accept(.kwAsync)
            advance()
            guard let target = try starTargets(), accept(.kwIn) else {
                pos = start
                if callInvalidRules { try invalidForTarget() }
                break
            }
            guard let iter = try disjunction() else {
                pos = start
                break
            }
            var ifs: [Expr] = []
            while kind == .kwIf {
                let save = pos
                advance()
                guard let condition = try disjunction() else {
                    pos = save
                    break
                }
                ifs.append(condition)
            }
            clauses.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return clauses.isEmpty ? nil : clauses
    }

    // MARK: - Lambdas

    /// `lambdef`: `lambda [params]: expression`.
    func lambdef() throws -> Expr? {
        guard kind == .kwLambda else { return nil }
        try enter()
        defer { leave() }
        let start = pos
        advance()
        var args = Arguments()
        if kind != .colon {
            guard let parsed = try lambdaParameters() else {
                pos = start
                return nil
            }
            args = parsed
        }
        guard accept(.colon), let body = try expression() else {
            pos = start
            return nil
        }
        return Expr(.lambda(args: args, body: body), range(from: start))
    }
}
