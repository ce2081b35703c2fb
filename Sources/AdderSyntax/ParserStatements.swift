// Statements, following python.gram's rules: simple statements, compound statements, blocks.
//
// `statement` dispatches on the first token, as the grammar's `&'keyword'` lookaheads do. The one
// general case is a statement that starts with an expression: it is parsed once as
// `star_expressions` (or `yield_expr`) and the token after it decides between an expression
// statement, an assignment chain, an augmented assignment and an annotated assignment, the
// expression being converted into a target where needed (see ParserTargets.swift).

extension Parser {
    // MARK: - File and statement lists

    /// `file`: `[statements] ENDMARKER`.
    func fileRule() throws -> [Stmt]? {
        pos = 0
        let body = try statements() ?? []
        guard kind == .endMarker else { return nil }
        return body
    }

    /// Parses the whole file, running the error pass if the first pass fails.
    func parseFile() throws -> Module {
        let body: [Stmt]?
        do {
            body = try fileRule()
        } catch let error as SyntaxError {
            throw finalError(raised: error)
        }
        if let body { return Module(body: body) }
        throw secondPass()
    }

    /// `statements`: one or more statements.
    func statements() throws -> [Stmt]? {
        var out: [Stmt] = []
        while try statement(into: &out) {}
        return out.isEmpty ? nil : out
    }

    /// `statement`: a compound statement or a line of simple statements; false if none matches.
    func statement(into out: inout [Stmt]) throws -> Bool {
        if let s = try compoundStatement() {
            out.append(s)
            return true
        }
        return try simpleStatements(into: &out)
    }

    /// `simple_stmts`: simple statements separated by `;`, ending the line.
    func simpleStatements(into out: inout [Stmt]) throws -> Bool {
        let start = pos
        guard let first = try simpleStatement() else { return false }
        if kind == .newline {
            advance()
            out.append(first)
            return true
        }
        var list = [first]
        while kind == .semi {
            advance()
            guard let s = try simpleStatement() else { break }
            list.append(s)
        }
        guard accept(.newline) else {
            pos = start
            return false
        }
        out += list
        return true
    }

    // MARK: - Simple statements

    /// `simple_stmt`.
    func simpleStatement() throws -> Stmt? {
        let start = pos
        switch kind {
        case .kwReturn:
            advance()
            let value = try starExpressions()
            return Stmt(.return(value: value), range(from: start))
        case .kwImport:
            return try importName()
        case .kwFrom:
            return try importFrom()
        case .kwRaise:
            return try raiseStatement()
        case .kwPass:
            advance()
            return Stmt(.pass, range(from: start))
        case .kwBreak:
            advance()
            return Stmt(.break, range(from: start))
        case .kwContinue:
            advance()
            return Stmt(.continue, range(from: start))
        case .kwDel:
            return try delStatement()
        case .kwAssert:
            advance()
            guard let test = try expression() else {
                pos = start
                return nil
            }
            var msg: Expr?
            if kind == .comma {
                let save = pos
                advance()
                msg = try expression()
                if msg == nil { pos = save }
            }
            return Stmt(.assert(test: test, msg: msg), range(from: start))
        case .kwGlobal, .kwNonlocal:
            let isGlobal = kind == .kwGlobal
            advance()
            guard let names = nameList() else {
                pos = start
                return nil
            }
            return Stmt(isGlobal ? .global(names: names) : .nonlocal(names: names), range(from: start))
        default:
            return try expressionStatement()
        }
    }

    /// `','.NAME+`.
    func nameList() -> [String]? {
        var names: [String] = []
        while kind == .name {
            names.append(identifier(pos))
            advance()
            guard kind == .comma, kind(at: pos + 1) == .name else { break }
            advance()
        }
        return names.isEmpty ? nil : names
    }

    /// Assignments of every kind, and expression statements.
    func expressionStatement() throws -> Stmt? {
        if memoEnabled { return try expressionStatementInGrammarOrder() }
        let start = pos
        // `NAME ':' expression ['=' annotated_rhs]`: a simple annotated assignment.
        if kind == .name && kind(at: pos + 1) == .colon {
            let target = Expr(.name(id: identifier(pos), ctx: .store), tokens[pos].range)
            pos += 2
            if let annotation = try expression() {
                let value = try optionalAssignedValue()
                return Stmt(.annAssign(target: target, annotation: annotation, value: value, simple: true),
                            range(from: start))
            }
            pos = start
        }
        let e: Expr
        if kind == .kwYield {
            guard let y = try yieldExpr() else { return nil }
            e = y
        } else {
            guard let s = try starExpressions() else { return nil }
            e = s
        }
        switch kind {
        case .equal:
            return try assignment(first: e, start: start)
        case .colon:
            if let s = try annotatedAssignment(target: e, start: start) { return s }
            pos = start
            return nil
        default:
            if let op = augmentedOperator(kind) {
                if let s = try augmentedAssignment(target: e, op: op, start: start) { return s }
                pos = start
                return nil
            }
        }
        return Stmt(.expr(value: e), range(from: start))
    }

    /// The error pass follows `assignment`'s alternatives one by one, then `star_expressions`, so
    /// that the invalid rules met along the way run in CPython's order.
    func expressionStatementInGrammarOrder() throws -> Stmt? {
        let start = pos
        // NAME ':' expression ['=' annotated_rhs]
        if kind == .name && kind(at: pos + 1) == .colon {
            let target = Expr(.name(id: identifier(pos), ctx: .store), tokens[pos].range)
            pos += 2
            if let annotation = try expression() {
                let value = try optionalAssignedValue()
                return Stmt(.annAssign(target: target, annotation: annotation, value: value, simple: true),
                            range(from: start))
            }
        }
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        pos = start
        if let target = try parenthesizedSingleTarget() ?? singleSubscriptAttributeTarget(), accept(.colon),
           let annotation = try expression() {
            let value = try optionalAssignedValue()
            return Stmt(.annAssign(target: target, annotation: annotation, value: value, simple: false),
                        range(from: start))
        }
        // (star_targets '=')+ (yield_expr | star_expressions) !'='
        pos = start
        var targets: [Expr] = []
        while true {
            let save = pos
            guard let t = try starTargets(), accept(.equal) else {
                pos = save
                break
            }
            targets.append(t)
        }
        if !targets.isEmpty, let value = try annotatedRhs(), kind != .equal {
            return Stmt(.assign(targets: targets, value: value, typeComment: nil), range(from: start))
        }
        // single_target augassign ~ (yield_expr | star_expressions)
        pos = start
        var cut = false
        if let target = try singleTarget(), let op = augmentedOperator(kind) {
            advance()
            if let value = try annotatedRhs() {
                return Stmt(.augAssign(target: target, op: op, value: value), range(from: start))
            }
            cut = true
        }
        pos = start
        if !cut { try invalidAssignment() }
        pos = start
        guard let e = kind == .kwYield ? try yieldExpr() : try starExpressions() else { return nil }
        return Stmt(.expr(value: e), range(from: start))
    }

    /// `single_target`: a name, attribute or subscription, possibly parenthesized (context Store).
    func singleTarget() throws -> Expr? {
        if let t = try singleSubscriptAttributeTarget() { return t }
        if kind == .name {
            let i = pos
            advance()
            return Expr(.name(id: identifier(i), ctx: .store), tokens[i].range)
        }
        return try parenthesizedSingleTarget()
    }

    /// `'(' single_target ')'`.
    func parenthesizedSingleTarget() throws -> Expr? {
        guard kind == .lpar else { return nil }
        let start = pos
        advance()
        if let inner = try singleTarget(), accept(.rpar) { return inner }
        pos = start
        return nil
    }

    /// `single_subscript_attribute_target`: a primary ending in `.name` or `[...]`.
    func singleSubscriptAttributeTarget() throws -> Expr? {
        let start = pos
        guard let e = try primary() else { return nil }
        switch e.kind {
        case .attribute, .subscript:
            if kind != .lpar && kind != .lsqb && kind != .dot { return Parser.asStarTarget(e) }
        default:
            break
        }
        pos = start
        return nil
    }

    /// `['=' annotated_rhs]`.
    func optionalAssignedValue() throws -> Expr? {
        guard kind == .equal else { return nil }
        let save = pos
        advance()
        if let value = try annotatedRhs() { return value }
        pos = save
        return nil
    }

    /// `annotated_rhs`: `yield_expr | star_expressions`.
    func annotatedRhs() throws -> Expr? {
        if kind == .kwYield { return try yieldExpr() }
        return try starExpressions()
    }

    /// `(star_targets '=')+ (yield_expr | star_expressions) !'='`, the first target already parsed.
    func assignment(first: Expr, start: Int) throws -> Stmt? {
        guard let firstTarget = Parser.asStarTarget(first) else {
            pos = start
            return nil
        }
        var targets = [firstTarget]
        while true {
            advance()
            guard let value = try annotatedRhs() else {
                pos = start
                return nil
            }
            if kind != .equal {
                return Stmt(.assign(targets: targets, value: value, typeComment: nil), range(from: start))
            }
            guard let target = Parser.asStarTarget(value) else {
                pos = start
                return nil
            }
            targets.append(target)
        }
    }

    /// An annotated assignment whose target is parenthesized or an attribute or subscription.
    func annotatedAssignment(target e: Expr, start: Int) throws -> Stmt? {
        let target: Expr
        switch e.kind {
        case .attribute, .subscript:
            target = Parser.asStarTarget(e)!
        case .name:
            guard tokens[start].kind == .lpar else { return nil }
            target = Parser.asStarTarget(e)!
        default:
            return nil
        }
        advance()
        guard let annotation = try expression() else { return nil }
        let value = try optionalAssignedValue()
        return Stmt(.annAssign(target: target, annotation: annotation, value: value, simple: false),
                    range(from: start))
    }

    /// The operator of an augmented assignment token.
    func augmentedOperator(_ k: TokenKind) -> Operator? {
        switch k {
        case .plusEqual: return .add
        case .minEqual: return .sub
        case .starEqual: return .mult
        case .atEqual: return .matMult
        case .slashEqual: return .div
        case .percentEqual: return .mod
        case .amperEqual: return .bitAnd
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        case .doubleStarEqual: return .pow
        case .doubleSlashEqual: return .floorDiv
        default: return nil
        }
    }

    /// `single_target augassign ~ (yield_expr | star_expressions)`.
    func augmentedAssignment(target e: Expr, op: Operator, start: Int) throws -> Stmt? {
        guard let target = Parser.asSingleTarget(e) else { return nil }
        advance()
        guard let value = try annotatedRhs() else { return nil }
        return Stmt(.augAssign(target: target, op: op, value: value), range(from: start))
    }

    /// `raise_stmt`.
    func raiseStatement() throws -> Stmt? {
        let start = pos
        advance()
        guard let exc = try expression() else {
            return Stmt(.raise(exc: nil, cause: nil), range(from: start))
        }
        var cause: Expr?
        if kind == .kwFrom {
            let save = pos
            advance()
            cause = try expression()
            if cause == nil { pos = save }
        }
        return Stmt(.raise(exc: exc, cause: cause), range(from: start))
    }

    /// `del_stmt`: `del del_targets` followed by `;` or NEWLINE.
    func delStatement() throws -> Stmt? {
        let start = pos
        advance()
        if let targets = try delTargets(), kind == .semi || kind == .newline {
            return Stmt(.delete(targets: targets), range(from: start))
        }
        pos = start
        if callInvalidRules { try invalidDelStatement() }
        return nil
    }

    // MARK: - Imports

    /// `import_name`: `import dotted_as_names`.
    func importName() throws -> Stmt? {
        let start = pos
        advance()
        var names: [Alias] = []
        while true {
            let aliasStart = pos
            guard let name = dottedName() else { break }
            var asname: String?
            if kind == .kwAs {
                guard kind(at: pos + 1) == .name else { break }
                asname = identifier(pos + 1)
                pos += 2
            }
            names.append(Alias(name: name, asname: asname, range: range(from: aliasStart)))
            guard kind == .comma else { break }
            advance()
        }
        guard !names.isEmpty else {
            pos = start
            return nil
        }
        if tokens[pos - 1].kind == .comma { pos -= 1 }
        return Stmt(.import(names: names), range(from: start))
    }

    /// `dotted_name`: NAMEs joined by dots.
    func dottedName() -> String? {
        guard kind == .name else { return nil }
        var name = identifier(pos)
        advance()
        while kind == .dot && kind(at: pos + 1) == .name {
            name += "." + identifier(pos + 1)
            pos += 2
        }
        return name
    }

    /// `import_from`.
    func importFrom() throws -> Stmt? {
        let start = pos
        advance()
        var level = 0
        while true {
            if kind == .dot {
                level += 1
            } else if kind == .ellipsis {
                level += 3
            } else {
                break
            }
            advance()
        }
        let module = dottedName()
        guard module != nil || level > 0, accept(.kwImport) else {
            pos = start
            return nil
        }
        guard let names = try importFromTargets() else {
            pos = start
            return nil
        }
        return Stmt(.importFrom(module: module, names: names, level: level), range(from: start))
    }

    /// `import_from_targets`.
    func importFromTargets() throws -> [Alias]? {
        let start = pos
        if kind == .star {
            advance()
            return [Alias(name: "*", asname: nil, range: tokens[start].range)]
        }
        let parenthesized = accept(.lpar)
        var names: [Alias] = []
        while kind == .name {
            let aliasStart = pos
            let name = identifier(pos)
            advance()
            var asname: String?
            if kind == .kwAs && kind(at: pos + 1) == .name {
                asname = identifier(pos + 1)
                pos += 2
            }
            names.append(Alias(name: name, asname: asname, range: range(from: aliasStart)))
            guard kind == .comma else { break }
            if !parenthesized && kind(at: pos + 1) != .name { break }
            advance()
        }
        if names.isEmpty {
            pos = start
            return nil
        }
        if parenthesized {
            guard accept(.rpar) else {
                pos = start
                return nil
            }
        } else if kind == .comma {
            pos = start
            if callInvalidRules { try invalidImportFromTargets() }
            return nil
        }
        return names
    }

    // MARK: - Blocks

    /// `block`: an indented suite, or simple statements on the same line.
    func block() throws -> [Stmt]? {
        let start = pos
        if kind == .newline {
            if kind(at: pos + 1) == .indent {
                pos += 2
                if let body = try statements(), accept(.dedent) { return body }
                pos = start
            }
            if callInvalidRules { try invalidBlock() }
            return nil
        }
        var body: [Stmt] = []
        if try simpleStatements(into: &body) { return body }
        return nil
    }

    /// `&&token`: the token must be here, or CPython reports "expected '…'" at once.
    func expectForced(_ k: TokenKind, _ what: String) throws {
        if kind == k {
            advance()
            return
        }
        throw raise(at: pos, "expected '\(what)'")
    }

    // MARK: - Compound statements

    /// `compound_stmt`, dispatched on the first token.
    func compoundStatement() throws -> Stmt? {
        switch kind {
        case .kwDef, .at:
            return try decorated()
        case .kwIf:
            return try ifStatement(isElif: false)
        case .kwClass:
            return try classDef(decorators: [], start: pos)
        case .kwWith:
            return try withStatement()
        case .kwFor:
            return try forStatement()
        case .kwTry:
            return try tryStatement()
        case .kwWhile:
            return try whileStatement()
        case .kwAsync:
            switch kind(at: pos + 1) {
            case .kwDef: return try functionDef(decorators: [], start: pos)
            case .kwWith: return try withStatement()
            case .kwFor: return try forStatement()
            default: return nil
            }
        case .name:
            if atSoftKeyword("match") { return try matchStatement() }
            return nil
        default:
            return nil
        }
    }

    /// Decorators followed by a function or class definition.
    func decorated() throws -> Stmt? {
        let start = pos
        var decorators: [Expr] = []
        while kind == .at {
            let save = pos
            advance()
            guard let e = try namedExpression(), accept(.newline) else {
                pos = save
                break
            }
            decorators.append(e)
        }
        if decorators.isEmpty && kind == .at { return nil }
        switch kind {
        case .kwDef:
            if let f = try functionDef(decorators: decorators, start: pos) { return f }
        case .kwAsync where kind(at: pos + 1) == .kwDef:
            if let f = try functionDef(decorators: decorators, start: pos) { return f }
        case .kwClass:
            if let c = try classDef(decorators: decorators, start: pos) { return c }
        default:
            break
        }
        pos = start
        return nil
    }

    /// `function_def_raw` (the decorators already parsed).
    func functionDef(decorators: [Expr], start: Int) throws -> Stmt? {
        if callInvalidRules { try invalidDefRaw() }
        let isAsync = accept(.kwAsync)
        advance()
        guard kind == .name else {
            pos = start
            return nil
        }
        let name = identifier(pos)
        advance()
        try expectForced(.lpar, "(")
        var args = Arguments()
        if kind != .rpar {
            if let parsed = try parameters() { args = parsed }
        }
        guard accept(.rpar) else {
            pos = start
            return nil
        }
        var returns: Expr?
        if kind == .rArrow {
            let save = pos
            advance()
            returns = try expression()
            if returns == nil { pos = save }
        }
        try expectForced(.colon, ":")
        guard let body = try block() else {
            pos = start
            return nil
        }
        let def = FunctionDef(isAsync: isAsync, name: name, args: args, body: body, decoratorList: decorators,
                              returns: returns)
        return Stmt(.functionDef(def), range(from: start))
    }

    /// `class_def_raw` (the decorators already parsed).
    func classDef(decorators: [Expr], start: Int) throws -> Stmt? {
        if callInvalidRules { try invalidClassDefRaw() }
        advance()
        guard kind == .name else {
            pos = start
            return nil
        }
        let name = identifier(pos)
        advance()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if kind == .lpar {
            let save = pos
            advance()
            if accept(.rpar) {
            } else if let (a, k) = try arguments(), accept(.rpar) {
                bases = a
                keywords = k
            } else {
                pos = save
            }
        }
        guard accept(.colon), let body = try block() else {
            pos = start
            return nil
        }
        let def = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decoratorList: decorators)
        return Stmt(.classDef(def), range(from: start))
    }

    /// `if_stmt` / `elif_stmt`.
    func ifStatement(isElif: Bool) throws -> Stmt? {
        if callInvalidRules { try invalidIfStatement(isElif: isElif) }
        let start = pos
        advance()
        guard let test = try namedExpression(), accept(.colon), let body = try block() else {
            pos = start
            return nil
        }
        var orelse: [Stmt] = []
        if kind == .kwElif {
            guard let elif = try ifStatement(isElif: true) else {
                return Stmt(.if(test: test, body: body, orelse: []), range(from: start))
            }
            orelse = [elif]
        } else if let e = try elseBlock() {
            orelse = e
        }
        return Stmt(.if(test: test, body: body, orelse: orelse), range(from: start))
    }

    /// `else_block`: `else &&':' block`.
    func elseBlock() throws -> [Stmt]? {
        guard kind == .kwElse else { return nil }
        if callInvalidRules { try invalidElseStatement() }
        let start = pos
        advance()
        try expectForced(.colon, ":")
        guard let body = try block() else {
            pos = start
            return nil
        }
        return body
    }

    /// `while_stmt`.
    func whileStatement() throws -> Stmt? {
        if callInvalidRules { try invalidWhileStatement() }
        let start = pos
        advance()
        guard let test = try namedExpression(), accept(.colon), let body = try block() else {
            pos = start
            return nil
        }
        let orelse = try elseBlock() ?? []
        return Stmt(.while(test: test, body: body, orelse: orelse), range(from: start))
    }

    /// `for_stmt`.
    func forStatement() throws -> Stmt? {
        if callInvalidRules { try invalidForStatement() }
        let start = pos
        let isAsync = accept(.kwAsync)
        advance()
        guard let target = try starTargets(), accept(.kwIn) else {
            pos = start
            if callInvalidRules { try invalidForTarget() }
            return nil
        }
        // The cut after `in`: from here on this is a for statement or nothing.
        guard let iter = try starExpressions(), accept(.colon), let body = try block() else {
            pos = start
            return nil
        }
        let orelse = try elseBlock() ?? []
        let loop = For(isAsync: isAsync, target: target, iter: iter, body: body, orelse: orelse)
        return Stmt(.for(loop), range(from: start))
    }

    /// `with_stmt`.
    func withStatement() throws -> Stmt? {
        if callInvalidRules { try invalidWithStatementIndent() }
        let start = pos
        let isAsync = accept(.kwAsync)
        advance()
        if kind == .lpar {
            let save = pos
            advance()
            if let items = try withItems(), accept(.rpar) || (accept(.comma) && accept(.rpar)), accept(.colon),
               let body = try block() {
                return Stmt(.with(With(isAsync: isAsync, items: items, body: body)), range(from: start))
            }
            pos = save
        }
        if let items = try withItems(), accept(.colon), let body = try block() {
            return Stmt(.with(With(isAsync: isAsync, items: items, body: body)), range(from: start))
        }
        pos = start
        if callInvalidRules { try invalidWithStatement() }
        return nil
    }

    /// `','.with_item+`.
    func withItems() throws -> [WithItem]? {
        var items: [WithItem] = []
        while true {
            guard let item = try withItem() else { break }
            items.append(item)
            guard kind == .comma else { break }
            let save = pos
            advance()
            if kind == .rpar {
                pos = save
                break
            }
        }
        return items.isEmpty ? nil : items
    }

    /// `with_item`: `expression 'as' star_target &(',' | ')' | ':')` or an expression.
    func withItem() throws -> WithItem? {
        let start = pos
        guard let e = try expression() else { return nil }
        if kind == .kwAs {
            let save = pos
            advance()
            if let target = try starTarget(), kind == .comma || kind == .rpar || kind == .colon {
                return WithItem(contextExpr: e, optionalVars: target)
            }
            pos = save
            if callInvalidRules {
                pos = start
                try invalidWithItem()
                pos = save
            }
        }
        return WithItem(contextExpr: e, optionalVars: nil)
    }

    /// `try_stmt`.
    func tryStatement() throws -> Stmt? {
        if callInvalidRules { try invalidTryStatement() }
        let start = pos
        advance()
        try expectForced(.colon, ":")
        guard let body = try block() else {
            pos = start
            return nil
        }
        var handlers: [ExceptHandler] = []
        var isStar = false
        if kind == .kwExcept {
            isStar = kind(at: pos + 1) == .star
            while kind == .kwExcept {
                guard let handler = try exceptBlock(star: isStar) else { break }
                handlers.append(handler)
            }
        }
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        if !handlers.isEmpty {
            orelse = try elseBlock() ?? []
        }
        if kind == .kwFinally {
            guard let f = try finallyBlock() else {
                pos = start
                return nil
            }
            finalbody = f
        }
        if handlers.isEmpty && finalbody.isEmpty {
            pos = start
            return nil
        }
        let t = Try(isStar: isStar, body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
        return Stmt(.try(t), range(from: start))
    }

    /// `except_block` / `except_star_block`.
    func exceptBlock(star: Bool) throws -> ExceptHandler? {
        if callInvalidRules { try invalidExceptStatementIndent(star: star) }
        let start = pos
        advance()
        if star {
            guard accept(.star) else {
                pos = start
                return nil
            }
        }
        var type: Expr?
        var name: String?
        if star || kind != .colon {
            guard let e = try expression() else {
                pos = start
                if callInvalidRules { try invalidExceptStatement() }
                return nil
            }
            type = e
            if kind == .kwAs {
                guard kind(at: pos + 1) == .name else {
                    pos = start
                    if callInvalidRules { try invalidExceptStatement() }
                    return nil
                }
                name = identifier(pos + 1)
                pos += 2
            }
        }
        guard accept(.colon), let body = try block() else {
            pos = start
            if callInvalidRules { try invalidExceptStatement() }
            return nil
        }
        return ExceptHandler(type: type, name: name, body: body, range: range(from: start))
    }

    /// `finally_block`: `finally &&':' block`.
    func finallyBlock() throws -> [Stmt]? {
        if callInvalidRules { try invalidFinallyStatement() }
        let start = pos
        advance()
        try expectForced(.colon, ":")
        guard let body = try block() else {
            pos = start
            return nil
        }
        return body
    }

    // MARK: - Match

    /// `match_stmt`: `"match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`.
    func matchStatement() throws -> Stmt? {
        let start = pos
        advance()
        guard let subject = try subjectExpression(), accept(.colon) else {
            pos = start
            if callInvalidRules { try invalidMatchStatement() }
            return nil
        }
        guard accept(.newline), accept(.indent) else {
            pos = start
            if callInvalidRules { try invalidMatchStatement() }
            return nil
        }
        var cases: [MatchCase] = []
        while let c = try caseBlock() { cases.append(c) }
        guard !cases.isEmpty, accept(.dedent) else {
            pos = start
            if callInvalidRules { try invalidMatchStatement() }
            return nil
        }
        return Stmt(.match(subject: subject, cases: cases), range(from: start))
    }

    /// `subject_expr`: a tuple of star_named_expressions, or a named_expression.
    func subjectExpression() throws -> Expr? {
        let start = pos
        if let first = try starNamedExpression(), kind == .comma {
            var elts = [first]
            advance()
            if let rest = try starNamedExpressionList() { elts += rest }
            return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
        }
        pos = start
        return try namedExpression()
    }

    /// `case_block`: `"case" patterns guard? ':' block`.
    func caseBlock() throws -> MatchCase? {
        guard atSoftKeyword("case") else { return nil }
        if callInvalidRules { try invalidCaseBlock() }
        let start = pos
        advance()
        guard let pattern = try patterns() else {
            pos = start
            return nil
        }
        var guard_: Expr?
        if kind == .kwIf {
            advance()
            guard let g = try namedExpression() else {
                pos = start
                return nil
            }
            guard_ = g
        }
        guard accept(.colon), let body = try block() else {
            pos = start
            return nil
        }
        return MatchCase(pattern: pattern, guard_: guard_, body: body)
    }
}
