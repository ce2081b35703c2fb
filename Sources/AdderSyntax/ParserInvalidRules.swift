// The `invalid_*` rules of python.gram: recognisers for common mistakes, run only in the error
// pass, each throwing CPython's specific message at CPython's location.
//
// Each rule here is called where the grammar lists it among a rule's alternatives, so that, as in
// CPython's PEG parser, the first one that matches in parse order wins. A rule that does not
// match leaves `pos` where it was. Several rules match a syntactic shape and then decide in their
// action whether to raise (`RAISE_SYNTAX_ERROR_INVALID_TARGET` raises only if the expression holds
// an invalid target); when such a rule matches without raising, the alternatives after it in the
// same rule are not tried, which `return` reproduces.

extension Parser {
    // MARK: - Helpers

    /// A NAME that is a soft keyword (`_`, `case`, `match`).
    func isSoftKeyword(_ i: Int) -> Bool {
        guard tokens[i].kind == .name else { return false }
        let save = pos
        pos = i
        defer { pos = save }
        return atSoftKeyword("_") || atSoftKeyword("case") || atSoftKeyword("match")
    }

    /// `_PyPegen_check_legacy_stmt`: a bare `print` or `exec` name.
    func isLegacyName(_ e: Expr) -> Bool {
        if case .name(let id, _) = e.kind { return id == "print" || id == "exec" }
        return false
    }

    /// `_PyPegen_get_expr_name`: how CPython's messages call an expression.
    func exprName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let value, _):
            switch value {
            case .none: return "None"
            case .false: return "False"
            case .true: return "True"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    enum TargetsType { case star, del, `for` }

    /// `_PyPegen_get_invalid_target`: the first part of `e` that cannot be assigned (or deleted).
    func invalidTarget(_ e: Expr, _ type: TargetsType) -> Expr? {
        switch e.kind {
        case .list(let elts, _), .tuple(let elts, _):
            for elt in elts {
                if let bad = invalidTarget(elt, type) { return bad }
            }
            return nil
        case .starred(let value, _):
            if type == .del { return e }
            return invalidTarget(value, type)
        case .compare(let left, let ops, _):
            if type == .for {
                if ops[0] == .in { return invalidTarget(left, type) }
                return nil
            }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    /// RAISE_SYNTAX_ERROR_INVALID_TARGET: raises if `e` holds an invalid target.
    func raiseInvalidTarget(_ type: TargetsType, _ e: Expr) throws {
        guard let bad = invalidTarget(e, type) else { return }
        let verb = type == .del ? "cannot delete" : "cannot assign to"
        throw raise(range: bad.range, "\(verb) \(exprName(bad))")
    }

    /// `NEWLINE !INDENT`: the line ends and no indented block follows.
    func atMissingIndent() -> Bool {
        kind == .newline && kind(at: pos + 1) != .indent
    }

    func raiseMissingBlock(_ what: String, line: Int32) -> SyntaxError {
        raiseAtLastToken("expected an indented block after \(what) on line \(line)", kind: .indentationError)
    }

    /// `list`: `'[' [star_named_expressions] ']'`.
    func listRule() throws -> Expr? {
        let start = pos
        guard accept(.lsqb) else { return nil }
        let elts = try starNamedExpressionList() ?? []
        guard accept(.rsqb) else {
            pos = start
            return nil
        }
        return Expr(.list(elts: elts, ctx: .load), range(from: start))
    }

    /// `tuple`: `'(' [star_named_expression ',' [star_named_expressions]] ')'`.
    func tupleRule() throws -> Expr? {
        let start = pos
        guard accept(.lpar) else { return nil }
        var elts: [Expr] = []
        if let first = try starNamedExpression(), accept(.comma) {
            elts = [first]
            if let rest = try starNamedExpressionList() { elts += rest }
        } else {
            pos = start + 1
        }
        guard accept(.rpar) else {
            pos = start
            return nil
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    /// `(star_targets '=')*`.
    func skipStarTargetAssignments() throws {
        while true {
            let save = pos
            guard try starTargets() != nil, accept(.equal) else {
                pos = save
                return
            }
        }
    }

    // MARK: - Expressions

    /// `invalid_expression`.
    func invalidExpression() throws {
        let start = pos
        defer { pos = start }
        let blocked = kind == .name && (kind(at: pos + 1) == .string || isSoftKeyword(pos))
        if !blocked, let a = try disjunction() {
            if let b = try expressionWithoutInvalid() {
                if !isLegacyName(a) && tokens[pos - 1].level != 0 {
                    throw raise(from: a.range, to: b.range, "invalid syntax. Perhaps you forgot a comma?")
                }
                return
            }
        }
        pos = start
        if let a = try disjunction(), accept(.kwIf), let b = try disjunction(), kind != .kwElse, kind != .colon {
            throw raise(from: a.range, to: b.range, "expected 'else' after 'if' expression")
        }
    }

    /// `invalid_legacy_expression`: `print x` and `exec x`.
    func invalidLegacyExpression() throws {
        guard kind == .name, kind(at: pos + 1) != .lpar else { return }
        let start = pos
        defer { pos = start }
        let a = Expr(.name(id: identifier(pos), ctx: .load), tokens[pos].range)
        advance()
        if let b = try starExpressions(), isLegacyName(a), case .name(let id, _) = a.kind {
            throw raise(from: a.range, to: b.range, "Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?")
        }
    }

    /// `invalid_named_expression` (memoized, as in CPython).
    func invalidNamedExpression() throws {
        if memoEnabled {
            let key = pos &* 8 &+ MemoRule.invalidNamedExpression.rawValue
            if memo[key] != nil { return }
            memo[key] = (nil, pos)
        }
        let start = pos
        defer { pos = start }
        if let a = try expression(), accept(.colonEqual), try expression() != nil {
            throw raise(range: a.range, "cannot use assignment expressions with \(exprName(a))")
        }
        pos = start
        if kind == .name && kind(at: pos + 1) == .equal {
            let a = tokens[pos].range
            pos += 2
            if let b = try bitwiseOr(), kind != .equal, kind != .colonEqual {
                throw raise(from: a, to: b.range, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            }
        }
        pos = start
        if try startsWithListTupleGenexpOrSingleton() { return }
        pos = start
        if let a = try bitwiseOr(), accept(.equal), try bitwiseOr() != nil, kind != .equal, kind != .colonEqual {
            throw raise(range: a.range, "cannot assign to \(exprName(a)) here. Maybe you meant '==' instead of '='?")
        }
    }

    /// The lookahead `(list | tuple | genexp | 'True' | 'None' | 'False')`.
    func startsWithListTupleGenexpOrSingleton() throws -> Bool {
        let start = pos
        defer { pos = start }
        switch kind {
        case .kwTrue, .kwNone, .kwFalse: return true
        case .lsqb: return try listRule() != nil
        case .lpar:
            if try tupleRule() != nil { return true }
            pos = start
            return try genexp() != nil
        default: return false
        }
    }

    /// `invalid_group`.
    func invalidGroup() throws {
        let start = pos
        defer { pos = start }
        guard accept(.lpar) else { return }
        if kind == .star, let a = try starredExpression(), kind == .rpar {
            throw raise(range: a.range, "cannot use starred expression here")
        }
        pos = start + 1
        if kind == .doubleStar {
            let a = pos
            advance()
            if try expression() != nil, kind == .rpar {
                throw raise(at: a, "cannot use double starred expression here")
            }
        }
    }

    /// `invalid_comprehension`.
    func invalidComprehension() throws {
        let start = pos
        defer { pos = start }
        let opener = kind
        guard opener == .lsqb || opener == .lpar || opener == .lbrace else { return }
        advance()
        if kind == .star, let a = try starredExpression(), try forIfClauses() != nil {
            throw raise(range: a.range, "iterable unpacking cannot be used in comprehension")
        }
        guard opener != .lpar else { return }
        pos = start + 1
        guard let a = try starNamedExpression(), kind == .comma else { return }
        let comma = pos
        advance()
        if let b = try starNamedExpressionList(), try forIfClauses() != nil {
            throw raise(from: a.range, to: b[b.count - 1].range, "did you forget parentheses around the comprehension target?")
        }
        pos = comma + 1
        if try forIfClauses() != nil {
            throw raise(from: a.range, to: tokens[comma].range, "did you forget parentheses around the comprehension target?")
        }
    }

    /// `invalid_dict_comprehension`.
    func invalidDictComprehension() throws {
        let start = pos
        defer { pos = start }
        guard accept(.lbrace), kind == .doubleStar else { return }
        let a = pos
        advance()
        if try bitwiseOr() != nil, try forIfClauses() != nil, kind == .rbrace {
            throw raise(at: a, "dict unpacking cannot be used in dict comprehension")
        }
    }

    /// `invalid_double_starred_kvpairs`, just inside a `{`.
    func invalidDoubleStarredKvpairs() throws {
        let start = pos
        defer { pos = start }
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        var count = 0
        while true {
            let itemStart = pos
            guard try doubleStarredKvpair() else {
                pos = itemStart
                break
            }
            count += 1
            let save = pos
            guard accept(.comma) else { break }
            if !(try startsKvpair()) {
                pos = save
                break
            }
        }
        if count > 0 && accept(.comma) {
            try invalidKvpair()
        }
        pos = start
        try kvpairValueErrors()
    }

    /// Whether a double_starred_kvpair can be parsed here (without consuming).
    func startsKvpair() throws -> Bool {
        let save = pos
        defer { pos = save }
        return try doubleStarredKvpair()
    }

    func doubleStarredKvpair() throws -> Bool {
        let start = pos
        if kind == .doubleStar {
            advance()
            if try bitwiseOr() != nil { return true }
            pos = start
            return false
        }
        if try expression() != nil, accept(.colon), try expression() != nil { return true }
        pos = start
        return false
    }

    /// `invalid_kvpair`.
    func invalidKvpair() throws {
        let start = pos
        defer { pos = start }
        if let a = try expression(), kind != .colon {
            throw checked(makeError(.syntaxError, "':' expected after dictionary key", line: a.range.lineno,
                                    offset: a.range.endColOffset, endLine: a.range.endLineno, endOffset: 0))
        }
        pos = start
        try kvpairValueErrors()
    }

    /// The last two alternatives shared by `invalid_double_starred_kvpairs` and `invalid_kvpair`.
    func kvpairValueErrors() throws {
        let start = pos
        defer { pos = start }
        if try expression() != nil, accept(.colon) {
            let colon = pos - 1
            if kind == .star {
                let a = pos
                advance()
                if try bitwiseOr() != nil {
                    throw raise(startingFrom: tokens[a].range, "cannot use a starred expression in a dictionary value")
                }
                pos = colon + 1
            }
            if kind == .rbrace || kind == .comma {
                throw raise(at: colon, "expression expected after dictionary key and ':'")
            }
        }
    }

    // MARK: - Calls

    /// `invalid_arguments`, at the start of a call's arguments.
    func invalidArguments() throws {
        let start = pos
        defer { pos = start }
        // (args with keywords) ',' '*'
        if let (_, keywords) = try args(), !keywords.isEmpty, accept(.comma), kind == .star {
            throw raise(at: pos, "iterable argument unpacking follows keyword argument unpacking")
        }
        pos = start
        // expression for_if_clauses ',' [args | expression for_if_clauses]
        if let a = try expression(), let b = try forIfClauses(), accept(.comma) {
            // The optional `[args | expression for_if_clauses]` is parsed (it may reach a lexer error).
            let save = pos
            if try args() == nil {
                pos = save
                if try expression() == nil || (try forIfClauses()) == nil { pos = save }
            }
            throw raise(from: a.range, to: lastComprehensionItem(b).range, "Generator expression must be parenthesized")
        }
        pos = start
        // NAME '=' expression for_if_clauses
        if kind == .name && kind(at: pos + 1) == .equal {
            pos += 2
            if try expression() != nil, try forIfClauses() != nil {
                throw raise(from: tokens[start].range, to: tokens[start + 1].range,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            }
        }
        pos = start
        // args for_if_clauses
        if let (positional, _) = try args(), let b = try forIfClauses() {
            if positional.count <= 1 { return }
            throw raise(from: positional[positional.count - 1].range, to: lastComprehensionItem(b).range,
                        "Generator expression must be parenthesized")
        }
        pos = start
        // args ',' expression for_if_clauses
        if try args() != nil, accept(.comma), let a = try expression(), let b = try forIfClauses() {
            throw raise(from: a.range, to: lastComprehensionItem(b).range, "Generator expression must be parenthesized")
        }
        pos = start
        // args ',' args
        if let (_, keywords) = try args(), accept(.comma), try args() != nil {
            let unpacking = keywords.contains { $0.arg == nil }
            throw raiseAtLastToken(unpacking ? "positional argument follows keyword argument unpacking"
                                             : "positional argument follows keyword argument")
        }
    }

    /// `_PyPegen_get_last_comprehension_item`.
    func lastComprehensionItem(_ clauses: [Comprehension]) -> Expr {
        let last = clauses[clauses.count - 1]
        return last.ifs.last ?? last.iter
    }

    /// `invalid_kwarg`, at an item of a call's keyword section.
    func invalidKwarg() throws {
        let start = pos
        defer { pos = start }
        if (kind == .kwTrue || kind == .kwFalse || kind == .kwNone) && kind(at: pos + 1) == .equal {
            throw raise(from: tokens[pos].range, to: tokens[pos + 1].range, "cannot assign to \(tokenText(pos))")
        }
        if kind == .name && kind(at: pos + 1) == .equal {
            pos += 2
            if try expression() != nil, try forIfClauses() != nil {
                throw raise(from: tokens[start].range, to: tokens[start + 1].range,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            }
            return
        }
        if let a = try expression(), kind == .equal {
            throw raise(from: a.range, to: tokens[pos].range, "expression cannot contain assignment, perhaps you meant \"==\"?")
        }
    }

    // MARK: - Assignments and simple statements

    /// `invalid_assignment`.
    func invalidAssignment() throws {
        let start = pos
        defer { pos = start }
        if let a = try invalidAnnAssignTarget(), accept(.colon), try expression() != nil {
            throw raise(range: a.range, "only single target (not \(exprName(a))) can be annotated")
        }
        pos = start
        if let a = try starNamedExpression(), accept(.comma) {
            while try starNamedExpressionList() != nil {}
            if accept(.colon), try expression() != nil {
                throw raise(range: a.range, "only single target (not tuple) can be annotated")
            }
        }
        pos = start
        if let a = try expression(), accept(.colon), try expression() != nil {
            throw raise(range: a.range, "illegal target for annotation")
        }
        pos = start
        try skipStarTargetAssignments()
        if let a = try starExpressions(), accept(.equal) {
            try raiseInvalidTarget(.star, a)
            return
        }
        pos = start
        try skipStarTargetAssignments()
        if let a = try yieldExpr(), kind == .equal {
            throw raise(range: a.range, "assignment to yield expression not possible")
        }
        pos = start
        if let a = try starExpressions(), augmentedOperator(kind) != nil {
            advance()
            if try annotatedRhs() != nil {
                throw raise(range: a.range, "'\(exprName(a))' is an illegal expression for augmented assignment")
            }
        }
    }

    /// `invalid_ann_assign_target`: a list, a tuple, or one of them in parentheses.
    func invalidAnnAssignTarget() throws -> Expr? {
        let start = pos
        if kind == .lsqb, let l = try listRule() { return l }
        pos = start
        if kind == .lpar {
            if let t = try tupleRule() { return t }
            pos = start + 1
            if let inner = try invalidAnnAssignTarget(), accept(.rpar) { return inner }
        }
        pos = start
        return nil
    }

    /// `invalid_del_stmt`.
    func invalidDelStatement() throws {
        let start = pos
        defer { pos = start }
        guard accept(.kwDel), let a = try starExpressions() else { return }
        try raiseInvalidTarget(.del, a)
    }

    /// `invalid_import_from_targets`.
    func invalidImportFromTargets() throws {
        let start = pos
        defer { pos = start }
        var count = 0
        while kind == .name {
            advance()
            if kind == .kwAs && kind(at: pos + 1) == .name { pos += 2 }
            count += 1
            guard kind == .comma, kind(at: pos + 1) == .name else { break }
            advance()
        }
        if count > 0 && accept(.comma) && kind == .newline {
            throw raiseAtLastToken("trailing comma not allowed without surrounding parentheses")
        }
    }

    /// `invalid_block`.
    func invalidBlock() throws {
        if atMissingIndent() {
            throw raiseAtLastToken("expected an indented block", kind: .indentationError)
        }
    }

    // MARK: - Compound statements

    /// `invalid_if_stmt` / `invalid_elif_stmt`.
    func invalidIfStatement(isElif: Bool) throws {
        let start = pos
        defer { pos = start }
        advance()
        guard try namedExpression() != nil else { return }
        if kind == .newline { throw raiseAtLastToken("expected ':'") }
        guard accept(.colon), atMissingIndent() else { return }
        throw raiseMissingBlock(isElif ? "'elif' statement" : "'if' statement", line: tokens[start].line)
    }

    /// `invalid_else_stmt`.
    func invalidElseStatement() throws {
        let start = pos
        defer { pos = start }
        guard accept(.kwElse), accept(.colon), atMissingIndent() else { return }
        throw raiseMissingBlock("'else' statement", line: tokens[start].line)
    }

    /// `invalid_while_stmt`.
    func invalidWhileStatement() throws {
        let start = pos
        defer { pos = start }
        advance()
        guard try namedExpression() != nil else { return }
        if kind == .newline { throw raiseAtLastToken("expected ':'") }
        guard accept(.colon), atMissingIndent() else { return }
        throw raiseMissingBlock("'while' statement", line: tokens[start].line)
    }

    /// `invalid_for_stmt`.
    func invalidForStatement() throws {
        let start = pos
        defer { pos = start }
        _ = accept(.kwAsync)
        let forToken = pos
        guard accept(.kwFor), try starTargets() != nil, accept(.kwIn), try starExpressions() != nil else { return }
        if kind == .newline { throw raiseAtLastToken("expected ':'") }
        guard accept(.colon), atMissingIndent() else { return }
        throw raiseMissingBlock("'for' statement", line: tokens[forToken].line)
    }

    /// `invalid_for_target`.
    func invalidForTarget() throws {
        let start = pos
        defer { pos = start }
        _ = accept(.kwAsync)
        guard accept(.kwFor), let a = try starExpressions() else { return }
        try raiseInvalidTarget(.for, a)
    }

    /// `invalid_def_raw`.
    func invalidDefRaw() throws {
        let start = pos
        defer { pos = start }
        _ = accept(.kwAsync)
        let def = pos
        guard accept(.kwDef), accept(.name), accept(.lpar) else { return }
        if kind != .rpar {
            let save = pos
            if try parameters() == nil { pos = save }
        }
        guard accept(.rpar) else { return }
        if kind == .rArrow {
            let save = pos
            advance()
            if try expression() == nil { pos = save }
        }
        guard accept(.colon), atMissingIndent() else { return }
        throw raiseMissingBlock("function definition", line: tokens[def].line)
    }

    /// `invalid_class_def_raw`.
    func invalidClassDefRaw() throws {
        let start = pos
        defer { pos = start }
        guard accept(.kwClass), accept(.name) else { return }
        if kind == .lpar {
            let save = pos
            advance()
            if kind != .rpar {
                let inner = pos
                if try arguments() == nil { pos = inner }
            }
            if !accept(.rpar) { pos = save }
        }
        if kind == .newline { throw raiseAtLastToken("expected ':'") }
        guard accept(.colon), atMissingIndent() else { return }
        throw raiseMissingBlock("class definition", line: tokens[start].line)
    }

    /// `','.(expression ['as' star_target])+` (or with `expressions` inside parentheses).
    func withItemsForErrors(parenthesized: Bool) throws -> Bool {
        var count = 0
        while true {
            let itemStart = pos
            let e = parenthesized ? try expressions() : try expression()
            guard e != nil else {
                pos = itemStart
                break
            }
            if kind == .kwAs {
                let save = pos
                advance()
                if try starTarget() == nil { pos = save }
            }
            count += 1
            guard kind == .comma else { break }
            let save = pos
            advance()
            if kind == .rpar || kind == .colon || kind == .newline {
                pos = save
                break
            }
        }
        return count > 0
    }

    /// `invalid_with_stmt_indent`.
    func invalidWithStatementIndent() throws {
        let start = pos
        defer { pos = start }
        _ = accept(.kwAsync)
        let with = pos
        guard accept(.kwWith) else { return }
        let afterWith = pos
        if try withItemsForErrors(parenthesized: false), accept(.colon), atMissingIndent() {
            throw raiseMissingBlock("'with' statement", line: tokens[with].line)
        }
        pos = afterWith
        if accept(.lpar), try withItemsForErrors(parenthesized: true) {
            _ = accept(.comma)
            if accept(.rpar), accept(.colon), atMissingIndent() {
                throw raiseMissingBlock("'with' statement", line: tokens[with].line)
            }
        }
    }

    /// `invalid_with_stmt`.
    func invalidWithStatement() throws {
        let start = pos
        defer { pos = start }
        _ = accept(.kwAsync)
        guard accept(.kwWith) else { return }
        let afterWith = pos
        if try withItemsForErrors(parenthesized: false), kind == .newline {
            throw raiseAtLastToken("expected ':'")
        }
        pos = afterWith
        if accept(.lpar), try withItemsForErrors(parenthesized: true) {
            _ = accept(.comma)
            if accept(.rpar), kind == .newline { throw raiseAtLastToken("expected ':'") }
        }
    }

    /// `invalid_with_item`: `expression 'as' expression` where the target cannot be assigned.
    func invalidWithItem() throws {
        let start = pos
        defer { pos = start }
        guard try expression() != nil, accept(.kwAs), let a = try expression(),
              kind == .comma || kind == .rpar || kind == .colon else { return }
        try raiseInvalidTarget(.star, a)
    }

    /// `invalid_try_stmt`.
    func invalidTryStatement() throws {
        let start = pos
        defer { pos = start }
        guard accept(.kwTry), accept(.colon) else { return }
        if atMissingIndent() { throw raiseMissingBlock("'try' statement", line: tokens[start].line) }
        let afterColon = pos
        if try block() != nil, kind != .kwExcept, kind != .kwFinally {
            throw raiseAtLastToken("expected 'except' or 'finally' block")
        }
        // 'try' ':' block* except_block+ 'except' '*' ...  /  block* except_star_block+ 'except' ...
        pos = afterColon
        while try block() != nil {}
        let handlersStart = pos
        var plain = 0
        while kind == .kwExcept, kind(at: pos + 1) != .star, try exceptBlock(star: false) != nil { plain += 1 }
        if plain > 0 && kind == .kwExcept && kind(at: pos + 1) == .star {
            let a = pos
            pos += 2
            if try expression() != nil {
                if kind == .kwAs && kind(at: pos + 1) == .name { pos += 2 }
                if kind == .colon {
                    throw raise(from: tokens[a].range, to: tokens[a + 1].range,
                                "cannot have both 'except' and 'except*' on the same 'try'")
                }
            }
        }
        pos = handlersStart
        var starred = 0
        while kind == .kwExcept, kind(at: pos + 1) == .star, try exceptBlock(star: true) != nil { starred += 1 }
        if starred > 0 && kind == .kwExcept {
            let a = pos
            advance()
            let save = pos
            if try expression() != nil {
                if kind == .kwAs && kind(at: pos + 1) == .name { pos += 2 }
            } else {
                pos = save
            }
            if kind == .colon {
                throw raise(at: a, "cannot have both 'except' and 'except*' on the same 'try'")
            }
        }
    }

    /// `invalid_except_stmt`.
    func invalidExceptStatement() throws {
        let start = pos
        defer { pos = start }
        guard accept(.kwExcept) else { return }
        let afterExcept = pos
        _ = accept(.star)
        if let a = try expression(), accept(.comma), try expressions() != nil {
            if kind == .kwAs && kind(at: pos + 1) == .name { pos += 2 }
            if kind == .colon {
                throw raise(startingFrom: a.range, "multiple exception types must be parenthesized")
            }
        }
        pos = afterExcept
        _ = accept(.star)
        if try expression() != nil {
            if kind == .kwAs && kind(at: pos + 1) == .name { pos += 2 }
            if kind == .newline { throw raiseAtLastToken("expected ':'") }
        }
        pos = afterExcept
        if kind == .newline { throw raiseAtLastToken("expected ':'") }
        if accept(.star) && (kind == .newline || kind == .colon) {
            throw raiseAtLastToken("expected one or more exception types")
        }
    }

    /// `invalid_except_stmt_indent` / `invalid_except_star_stmt_indent`.
    func invalidExceptStatementIndent(star: Bool) throws {
        let start = pos
        defer { pos = start }
        guard accept(.kwExcept) else { return }
        if star {
            guard accept(.star), try expression() != nil else { return }
        } else if kind != .colon {
            guard try expression() != nil else { return }
        }
        if kind == .kwAs && kind(at: pos + 1) == .name { pos += 2 }
        guard accept(.colon), atMissingIndent() else { return }
        throw raiseMissingBlock(star ? "'except*' statement" : "'except' statement", line: tokens[start].line)
    }

    /// `invalid_finally_stmt`.
    func invalidFinallyStatement() throws {
        let start = pos
        defer { pos = start }
        guard accept(.kwFinally), accept(.colon), atMissingIndent() else { return }
        throw raiseMissingBlock("'finally' statement", line: tokens[start].line)
    }

    // MARK: - Match

    /// `invalid_match_stmt`.
    func invalidMatchStatement() throws {
        let start = pos
        defer { pos = start }
        advance()
        guard try subjectExpression() != nil else { return }
        if kind == .newline { throw raiseAtLastToken("expected ':'") }
        guard accept(.colon), atMissingIndent() else { return }
        throw raiseMissingBlock("'match' statement", line: tokens[start].line)
    }

    /// `invalid_case_block`.
    func invalidCaseBlock() throws {
        let start = pos
        defer { pos = start }
        advance()
        guard try patterns() != nil else { return }
        if kind == .kwIf {
            let save = pos
            advance()
            if try namedExpression() == nil { pos = save }
        }
        if kind == .newline { throw raiseAtLastToken("expected ':'") }
        guard accept(.colon), atMissingIndent() else { return }
        throw raiseMissingBlock("'case' statement", line: tokens[start].line)
    }

    /// `invalid_as_pattern`.
    func invalidAsPattern() throws {
        let start = pos
        defer { pos = start }
        guard try orPattern() != nil, accept(.kwAs) else { return }
        if atSoftKeyword("_") { throw raise(at: pos, "cannot use '_' as a target") }
        if kind != .name, let a = try expression() {
            throw raise(range: a.range, "invalid pattern target")
        }
    }

    /// `invalid_class_pattern`: positional patterns after keyword patterns.
    func invalidClassPattern(start: Int) throws {
        let save = pos
        defer { pos = save }
        pos = start
        // name_or_attr '('
        guard kind == .name else { return }
        advance()
        while kind == .dot && kind(at: pos + 1) == .name { pos += 2 }
        guard accept(.lpar) else { return }
        // [positional_patterns ','] keyword_patterns ',' a=positional_patterns
        let afterParen = pos
        if try positionalPatterns() == nil || !accept(.comma) { pos = afterParen }
        if !(try keywordPatterns()) {
            pos = afterParen
            guard try keywordPatterns() else { return }
        }
        guard accept(.comma), let a = try positionalPatterns() else { return }
        throw raise(from: a[0].range, to: a[a.count - 1].range, "positional patterns follow keyword patterns")
    }

    func positionalPatterns() throws -> [Pattern]? {
        var out: [Pattern] = []
        while true {
            let save = pos
            if kind == .name && kind(at: pos + 1) == .equal { break }
            guard let p = try pattern() else {
                pos = save
                break
            }
            out.append(p)
            guard kind == .comma else { break }
            let comma = pos
            advance()
            if kind == .name && kind(at: pos + 1) == .equal || kind == .rpar {
                pos = comma
                break
            }
        }
        return out.isEmpty ? nil : out
    }

    func keywordPatterns() throws -> Bool {
        var count = 0
        while kind == .name && kind(at: pos + 1) == .equal {
            let save = pos
            pos += 2
            guard try pattern() != nil else {
                pos = save
                break
            }
            count += 1
            guard kind == .comma, kind(at: pos + 1) == .name, kind(at: pos + 2) == .equal else { break }
            advance()
        }
        return count > 0
    }

    // MARK: - Parameters

    /// The token that ends a parameter list.
    func closer(_ lambda: Bool) -> TokenKind { lambda ? .colon : .rpar }

    /// `param_no_default`: a parameter without default, followed by `,` or the closer.
    func paramNoDefault(_ lambda: Bool) throws -> Arg? {
        let start = pos
        guard let a = try parameter(lambda: lambda, starAnnotation: false) else { return nil }
        if accept(.comma) || kind == closer(lambda) { return a }
        pos = start
        return nil
    }

    /// `default`: `'=' expression | invalid_default`.
    func parameterDefault() throws -> Expr? {
        guard kind == .equal else { return nil }
        let start = pos
        advance()
        if let e = try expression() { return e }
        pos = start
        if callInvalidRules && (kind(at: pos + 1) == .rpar || kind(at: pos + 1) == .comma) {
            throw raise(at: pos, "expected default value expression")
        }
        return nil
    }

    /// `param_with_default` (`maybe`: `param_maybe_default`).
    func paramWithDefault(_ lambda: Bool, maybe: Bool = false) throws -> Bool {
        let start = pos
        guard try parameter(lambda: lambda, starAnnotation: false) != nil else { return false }
        let d = try parameterDefault()
        if d == nil && !maybe {
            pos = start
            return false
        }
        if accept(.comma) || kind == closer(lambda) { return true }
        pos = start
        return false
    }

    /// `slash_no_default | slash_with_default`.
    func slashGroup(_ lambda: Bool) throws -> Bool {
        let start = pos
        var plain = 0
        while try paramNoDefault(lambda) != nil { plain += 1 }
        if plain > 0 && kind == .slash {
            advance()
            if accept(.comma) || kind == closer(lambda) { return true }
        }
        pos = start
        while try paramNoDefault(lambda) != nil {}
        var withDefault = 0
        while try paramWithDefault(lambda) { withDefault += 1 }
        if withDefault > 0 && kind == .slash {
            advance()
            if accept(.comma) || kind == closer(lambda) { return true }
        }
        pos = start
        return false
    }

    /// `invalid_parameters` / `invalid_lambda_parameters`, at the start of a parameter list.
    func invalidParameters(lambda: Bool) throws {
        let start = pos
        defer { pos = start }
        // param_no_default* invalid_parameters_helper a=param_no_default
        while try paramNoDefault(lambda) != nil {}
        let helperStart = pos
        var helper = try slashGroupWithDefault(lambda)
        if !helper {
            pos = helperStart
            while try paramWithDefault(lambda) { helper = true }
        }
        if helper, let a = try paramNoDefault(lambda) {
            throw raise(range: a.range, "non-default argument follows default argument")
        }
        // param_no_default* '(' param_no_default+ ','? ')'
        pos = start
        while try paramNoDefault(lambda) != nil {}
        if kind == .lpar {
            let open = pos
            advance()
            var inner = 0
            if lambda {
                while kind == .name {
                    advance()
                    inner += 1
                    guard kind == .comma, kind(at: pos + 1) == .name else { break }
                    advance()
                }
            } else {
                while try paramNoDefault(lambda) != nil { inner += 1 }
            }
            _ = accept(.comma)
            if inner > 0 && kind == .rpar {
                let what = lambda ? "Lambda expression parameters" : "Function parameters"
                throw raise(from: tokens[open].range, to: tokens[pos].range, "\(what) cannot be parenthesized")
            }
        }
        // "/" ','
        pos = start
        if kind == .slash && kind(at: pos + 1) == .comma {
            throw raise(at: pos, "at least one argument must precede /")
        }
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        pos = start
        if try slashGroup(lambda) {
            while try paramWithDefault(lambda, maybe: true) {}
            if kind == .slash { throw raise(at: pos, "/ may appear only once") }
        }
        // [slash group] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
        pos = start
        if !(try slashGroup(lambda)) { pos = start }
        while try paramWithDefault(lambda, maybe: true) {}
        if accept(.star) {
            if try accept(.comma) || paramNoDefault(lambda) != nil {
                while try paramWithDefault(lambda, maybe: true) {}
                if kind == .slash { throw raise(at: pos, "/ must be ahead of *") }
            }
        }
        // param_maybe_default+ '/' '*'
        pos = start
        var maybeCount = 0
        while try paramWithDefault(lambda, maybe: true) { maybeCount += 1 }
        if maybeCount > 0 && kind == .slash && kind(at: pos + 1) == .star {
            throw raise(at: pos + 1, "expected comma between / and *")
        }
    }

    /// `slash_with_default` alone (the first alternative of `invalid_parameters_helper`).
    func slashGroupWithDefault(_ lambda: Bool) throws -> Bool {
        let start = pos
        while try paramNoDefault(lambda) != nil {}
        var withDefault = 0
        while try paramWithDefault(lambda) { withDefault += 1 }
        if withDefault > 0 && kind == .slash {
            advance()
            if accept(.comma) || kind == closer(lambda) { return true }
        }
        pos = start
        return false
    }

    /// `invalid_star_etc` / `invalid_lambda_star_etc`, at a `*`.
    func invalidStarEtc(lambda: Bool) throws {
        let start = pos
        defer { pos = start }
        let star = pos
        advance()
        let end = closer(lambda)
        if kind == end || (kind == .comma && (kind(at: pos + 1) == end || kind(at: pos + 1) == .doubleStar)) {
            if lambda { throw raiseAtLastToken("named arguments must follow bare *") }
            throw raise(at: star, "named arguments must follow bare *")
        }
        if try parameter(lambda: lambda, starAnnotation: false) != nil, kind == .equal {
            throw raise(at: pos, "var-positional argument cannot have default value")
        }
        pos = star + 1
        if try accept(.comma) || paramNoDefault(lambda) != nil {
            while try paramWithDefault(lambda, maybe: true) {}
            if kind == .star {
                let a = pos
                advance()
                if try accept(.comma) || paramNoDefault(lambda) != nil {
                    throw raise(at: a, "* argument may appear only once")
                }
            }
        }
    }

    /// `invalid_kwds` / `invalid_lambda_kwds`, at a `**`.
    func invalidKwds(lambda: Bool) throws {
        let start = pos
        defer { pos = start }
        advance()
        guard try parameter(lambda: lambda, starAnnotation: false) != nil else { return }
        if kind == .equal { throw raise(at: pos, "var-keyword argument cannot have default value") }
        guard accept(.comma) else { return }
        if let a = try parameter(lambda: lambda, starAnnotation: false) {
            throw raise(range: a.range, "arguments cannot follow var-keyword argument")
        }
        if kind == .star || kind == .doubleStar || kind == .slash {
            throw raise(at: pos, "arguments cannot follow var-keyword argument")
        }
    }
}
