// Lowering of expressions, and of conditions (expressions whose truth decides a branch, lowered to
// short-circuit control flow instead of materialized booleans).

import AdderSema
import AdderSyntax

extension FunctionLowering {
    /// Displays longer than this are built element by element, so no instruction has huge operand lists.
    static let maxDisplayOperands = 32

    /// Builtins that Adder does not provide: using one (unless the program binds the name itself)
    /// is a compile-time error naming it, not a NameError at run time.
    static let unsupportedBuiltins: Set<String> = [
        "eval", "exec", "compile", "globals", "locals", "breakpoint", "help", "memoryview", "aiter", "anext",
        "copyright", "credits", "license", "BaseExceptionGroup", "ExceptionGroup", "__import__",
    ]

    /// Whether the program binds `name` where a load in this scope can see it: at module level, in
    /// this class body, or in a scope that declares it global.
    func programBinds(_ name: String) -> Bool {
        func declaresGlobal(_ scope: Scope) -> Bool {
            if let f = scope.flags[name], f.contains(.declaredGlobal) { return true }
            return scope.children.contains(where: declaresGlobal)
        }
        for scope in [scopes.module, scope] {
            if let f = scope.flags[name], !f.isDisjoint(with: [.bound, .parameter, .imported]) { return true }
        }
        return declaresGlobal(scopes.module)
    }

    func expr(_ e: Expr) throws -> Value {
        try at(e.range) {
            switch e.kind {
            case .constant(let value, _):
                return constant(IRConstant(value))
            case .name(let id, _):
                if Self.unsupportedBuiltins.contains(id), variable(id).isGlobalFallback, !programBinds(id) {
                    throw LoweringError.unsupported("the builtin '\(id)' is", e.range)
                }
                return load(id)
            case .binOp(let left, let op, let right):
                if let folded = foldConstant(e) { return constant(folded) }
                let l = try expr(left)
                let r = try expr(right)
                return emit(.binop, [l, r], imm: binaryOp(op).rawValue)
            case .unaryOp(let op, let operand):
                if op != .not, let folded = foldConstant(e) { return constant(folded) }
                let v = try expr(operand)
                switch op {
                case .not: return emit(.boxBool, [emit(.boolNot, [emit(.truth, [v])])])
                case .uSub: return emit(.unop, [v], imm: UnaryOp.neg.rawValue)
                case .uAdd: return emit(.unop, [v], imm: UnaryOp.pos.rawValue)
                case .invert: return emit(.unop, [v], imm: UnaryOp.invert.rawValue)
                }
            case .boolOp(let op, let values):
                return try boolOp(op, values)
            case .compare(let left, let ops, let comparators):
                return try compare(left, ops, comparators)
            case .ifExp(let test, let body, let orelse):
                let yes = newBlock(), no = newBlock(), result = function.newValue()
                let join = newBlock(params: [result])
                try condition(test, yes, no)
                start(yes)
                jump(join, [try expr(body)])
                start(no)
                jump(join, [try expr(orelse)])
                start(join)
                return result
            case .namedExpr(let target, let value):
                let v = try expr(value)
                guard case .name(let id, _) = target.kind else {
                    throw LoweringError(message: "cannot use assignment expressions with \(describe(target))",
                                        range: target.range, isSyntaxError: true)
                }
                store(id, v)
                return v
            case .call(let function, let args, let keywords):
                return try call(function, args, keywords, e.range)
            case .attribute(let value, let attr, _):
                let v = try expr(value)
                return at(attributeRange(e)) { emit(.getattr, [v], imm: name(attr)) }
            case .subscript(let value, let index, _):
                let v = try expr(value)
                let i = try subscriptIndex(index)
                return emit(.getitem, [v, i])
            case .slice:
                return try subscriptIndex(e)
            case .list(let elts, _):
                return try display(elts, build: .buildList, add: .listAppend, extend: .listExtend)
            case .tuple(let elts, _):
                if let folded = constantTuple(elts) { return constant(folded) }
                if !hasStar(elts) && elts.count <= Self.maxDisplayOperands {
                    return emit(.buildTuple, try elts.map { try expr($0) })
                }
                let list = try display(elts, build: .buildList, add: .listAppend, extend: .listExtend)
                return emit(.listToTuple, [list])
            case .set(let elts):
                // As CPython: three or more constants become a frozenset constant merged into a new set.
                if elts.count >= 3, case .tuple(let items)? = constantTuple(elts) {
                    let set = emit(.buildSet)
                    emit(.setUpdate, [set, constant(.frozenset(items))])
                    return set
                }
                return try display(elts, build: .buildSet, add: .setAdd, extend: .setUpdate)
            case .dict(let keys, let values):
                return try dictDisplay(keys, values)
            case .joinedStr(let values):
                return try joinedString(values)
            case .formattedValue:
                return try formatted(e)
            case .lambda(let args, let body):
                guard let childScope = scopes.scope(for: ScopeKey(e.range, .lambda)) else {
                    preconditionFailure("no scope for lambda")
                }
                return try makeFunction(childScope, args: args, firstLine: e.range.lineno, range: e.range) { child in
                    try child.at(body.range) {
                        var finder = YieldFinder()
                        finder.visit(body)
                        child.function.isGenerator = finder.found
                        try child.lowerReturn(try child.expr(body))
                    }
                }
            case .listComp(let elt, let generators):
                return try comprehension(e.range, generators, result: emit(.buildList)) { result in
                    emit(.listAppend, [result, try expr(elt)])
                }
            case .setComp(let elt, let generators):
                return try comprehension(e.range, generators, result: emit(.buildSet)) { result in
                    emit(.setAdd, [result, try expr(elt)])
                }
            case .dictComp(let key, let value, let generators):
                return try comprehension(e.range, generators, result: emit(.buildDict)) { result in
                    let k = try expr(key)
                    let v = try expr(value)
                    emit(.dictSet, [result, k, v])
                }
            case .generatorExp(let elt, let generators):
                return try generatorExpression(e.range, elt, generators)
            case .yield(let value):
                let v = try value.map { try expr($0) } ?? none
                return emit(.yield, [v])
            case .yieldFrom(let value):
                return try yieldFrom(value)
            case .await:
                throw LoweringError.unsupported("'await' is", e.range)
            case .starred:
                throw LoweringError(message: "can't use starred expression here", range: e.range, isSyntaxError: true)
            }
        }
    }

    /// `yield from x`: send what the caller sends to iter(x) and yield what it yields until it
    /// finishes; its return value is the expression's value.
    private func yieldFrom(_ value: Expr) throws -> Value {
        let iterator = emit(.getIter, [try expr(value)])
        let sent = function.newValue()
        let header = newBlock(params: [sent]), body = newBlock(), done = newBlock()
        jump(header, [none])
        start(header)
        let step = emit(.yieldFromStep, [iterator, sent])
        terminate(.branchStop, [step], targets: [BlockCall(done), BlockCall(body)])
        start(body)
        jump(header, [emit(.yield, [step])])
        start(done)
        return emit(.yieldFromResult)
    }

    /// `(elt for x in it …)`: a generator function of the first iterable's iterator (evaluated here),
    /// called at once, as CPython compiles it.
    private func generatorExpression(_ range: SourceRange, _ elt: Expr, _ generators: [Comprehension]) throws -> Value {
        guard let genScope = scopes.scope(for: ScopeKey(range, .comprehension)) else {
            preconditionFailure("no scope for generator expression")
        }
        if generators.contains(where: \.isAsync) {
            throw LoweringError.unsupported("asynchronous generator expressions are", range)
        }
        let iterator = emit(.getIter, [try expr(generators[0].iter)])
        let parameter = Arguments(args: [Arg(arg: ".0", annotation: nil, range: range)])
        let fn = try makeFunction(genScope, args: parameter, firstLine: range.lineno, range: range) { child in
            child.function.isGenerator = true
            let done = child.newBlock()
            try child.loop(generators, 0, iterable: child.load(".0"), exit: done, result: child.none) { _ in
                _ = child.emit(.yield, [try child.expr(elt)])
            }
            child.start(done)
            child.terminate(.return_, [child.none])
        }
        return at(range) { emit(.call, [fn, iterator], imm: -1) }
    }

    /// The line CPython gives an attribute access: the attribute's own line when the expression
    /// spans several lines (`obj\n .method()`).
    func attributeRange(_ e: Expr) -> SourceRange {
        guard e.range.lineno != e.range.endLineno else { return e.range }
        return SourceRange(lineno: e.range.endLineno, colOffset: 0, endLineno: e.range.endLineno, endColOffset: 0)
    }

    func binaryOp(_ op: Operator) -> BinaryOp {
        switch op {
        case .add: return .add
        case .sub: return .sub
        case .mult: return .mul
        case .matMult: return .matmul
        case .div: return .truediv
        case .mod: return .mod
        case .pow: return .pow
        case .lShift: return .lshift
        case .rShift: return .rshift
        case .bitOr: return .or
        case .bitXor: return .xor
        case .bitAnd: return .and
        case .floorDiv: return .floordiv
        }
    }

    /// What CPython calls an expression in "cannot assign to …" messages.
    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .tuple: return "tuple"
        case .list: return "list"
        case .constant: return "literal"
        case .binOp, .unaryOp, .boolOp: return "expression"
        default: return "expression"
        }
    }

    /// The index of a subscript: slices become slice objects.
    func subscriptIndex(_ index: Expr) throws -> Value {
        guard case .slice(let lower, let upper, let step) = index.kind else { return try expr(index) }
        let parts = try [lower, upper, step].map { part in try part.map { try expr($0) } ?? none }
        return at(index.range) { emit(.buildSlice, parts) }
    }

    // MARK: - Conditions

    /// Branch on the truth of `e` without building a bool object where possible.
    func condition(_ e: Expr, _ ifTrue: BlockID, _ ifFalse: BlockID) throws {
        try at(e.range) {
            switch e.kind {
            case .unaryOp(.not, let operand):
                try condition(operand, ifFalse, ifTrue)
            case .boolOp(let op, let values):
                for (i, value) in values.enumerated() {
                    if i == values.count - 1 {
                        try condition(value, ifTrue, ifFalse)
                    } else {
                        let next = newBlock()
                        if op == .and {
                            try condition(value, next, ifFalse)
                        } else {
                            try condition(value, ifTrue, next)
                        }
                        start(next)
                    }
                }
            case .compare(let left, let ops, let comparators):
                var l = try expr(left)
                for (i, (op, right)) in zip(ops, comparators).enumerated() {
                    let r = try expr(right)
                    let test = compareBool(op, l, r)
                    if i == ops.count - 1 {
                        branch(test, ifTrue, ifFalse)
                    } else {
                        let next = newBlock()
                        branch(test, next, ifFalse)
                        start(next)
                        l = r
                    }
                }
            case .constant(let c, _) where c == .true || c == .none || c == .false:
                jump(c == .true ? ifTrue : ifFalse)
            case .constant(.int(let i), _):
                jump(i != 0 ? ifTrue : ifFalse)
            default:
                let v = try expr(e)
                branch(emit(.truth, [v]), ifTrue, ifFalse)
            }
        }
    }

    /// The machine truth of `l OP r`.
    private func compareBool(_ op: CmpOperator, _ l: Value, _ r: Value) -> Value {
        switch op {
        case .is: return emit(.is_, [l, r])
        case .isNot: return emit(.boolNot, [emit(.is_, [l, r])])
        case .in: return emit(.contains, [r, l])
        case .notIn: return emit(.boolNot, [emit(.contains, [r, l])])
        default: return emit(.compareBool, [l, r], imm: compareOp(op).rawValue)
        }
    }

    private func compareOp(_ op: CmpOperator) -> CompareOp {
        switch op {
        case .lt: return .lt
        case .ltE: return .le
        case .eq: return .eq
        case .notEq: return .ne
        case .gt: return .gt
        case .gtE: return .ge
        default: preconditionFailure("not a rich comparison")
        }
    }

    /// `l OP r` as an object.
    private func compareObject(_ op: CmpOperator, _ l: Value, _ r: Value) -> Value {
        switch op {
        case .is, .isNot, .in, .notIn: return emit(.boxBool, [compareBool(op, l, r)])
        default: return emit(.compare, [l, r], imm: compareOp(op).rawValue)
        }
    }

    /// A chained comparison as a value: `a < b < c` is `a < b and b < c` with b evaluated once.
    private func compare(_ left: Expr, _ ops: [CmpOperator], _ comparators: [Expr]) throws -> Value {
        var l = try expr(left)
        if ops.count == 1 { return compareObject(ops[0], l, try expr(comparators[0])) }
        let result = function.newValue()
        let join = newBlock(params: [result])
        for (i, (op, right)) in zip(ops, comparators).enumerated() {
            let r = try expr(right)
            let v = compareObject(op, l, r)
            if i == ops.count - 1 {
                jump(join, [v])
            } else {
                let next = newBlock()
                let stop = newBlock()
                branch(emit(.truth, [v]), next, stop)
                start(stop)
                jump(join, [v])
                start(next)
                l = r
            }
        }
        start(join)
        return result
    }

    /// `a and b` / `a or b`: the first operand that decides, as an object.
    private func boolOp(_ op: BoolOperator, _ values: [Expr]) throws -> Value {
        let result = function.newValue()
        let join = newBlock(params: [result])
        for (i, e) in values.enumerated() {
            let v = try expr(e)
            if i == values.count - 1 {
                jump(join, [v])
            } else {
                let next = newBlock(), done = newBlock()
                let truth = emit(.truth, [v])
                if op == .and { branch(truth, next, done) } else { branch(truth, done, next) }
                start(done)
                jump(join, [v])
                start(next)
            }
        }
        start(join)
        return result
    }

    // MARK: - Calls

    private func hasStar(_ elts: [Expr]) -> Bool {
        elts.contains { if case .starred = $0.kind { return true } else { return false } }
    }

    private func call(_ callee: Expr, _ args: [Expr], _ keywords: [Keyword], _ range: SourceRange) throws -> Value {
        let simple = !hasStar(args) && !keywords.contains { $0.arg == nil }
        if simple, case .attribute(let object, let attr, _) = callee.kind {
            let o = try expr(object)
            let values = try args.map { try expr($0) } + keywords.map { try expr($0.value) }
            let kwnames = keywordNames(keywords)
            return at(attributeRange(callee)) { emit(.callMethod, [o] + values, imm: name(attr), aux: kwnames) }
        }
        if let zeroArgumentSuper = try implicitSuper(callee, args, keywords, range) { return zeroArgumentSuper }
        let f = try expr(callee)
        return try callValue(f, prefix: [], args: args, keywords: keywords, range: range)
    }

    /// `super()` in a method is `super(__class__, first_parameter)`, as CPython's runtime works it out.
    private func implicitSuper(_ callee: Expr, _ args: [Expr], _ keywords: [Keyword], _ range: SourceRange) throws -> Value? {
        guard case .name("super", .load) = callee.kind, args.isEmpty, keywords.isEmpty, inlineScopes.isEmpty,
              scope.kind == .function || scope.kind == .lambda, scope.kind(of: "__class__") == .free,
              scope.kind(of: "super") == .globalImplicit, let first = function.signature.names.first
        else { return nil }
        let superFn = load("super")
        let cls = load("__class__")
        let instance = load(first)
        return at(range) { emit(.call, [superFn, cls, instance], imm: -1) }
    }

    /// A call of the value `f` with `prefix` before the arguments of the call expression.
    func callValue(_ f: Value, prefix: [Value], args: [Expr], keywords: [Keyword], range: SourceRange) throws -> Value {
        let simple = !hasStar(args) && !keywords.contains { $0.arg == nil }
        if simple {
            let values = try prefix + args.map { try expr($0) } + keywords.map { try expr($0.value) }
            return at(range) { emit(.call, [f] + values, imm: keywordNames(keywords)) }
        }
        // f(*a, **k): build the argument tuple and the keyword dict. A lone `*a` is passed as it is
        // (call_ex checks it, naming the function in its error, as CPython does).
        let tuple: Value
        if prefix.isEmpty, args.count == 1, case .starred(let inner, _) = args[0].kind {
            tuple = try expr(inner)
        } else {
            let list = try display(args, build: .buildList, add: .listAppend, extend: .listExtend)
            if !prefix.isEmpty {
                let head = emit(.buildList, prefix)
                emit(.listExtend, [head, list])
                tuple = emit(.listToTuple, [head])
            } else {
                tuple = emit(.listToTuple, [list])
            }
        }
        var kwargs = unbound()
        if !keywords.isEmpty {
            // Named keywords before the first `**` go straight in (the parser rejects repeats among
            // them); after it, each is merged so that a name the mapping also gives is an error.
            kwargs = emit(.buildDict)
            var afterUnpacking = false
            for k in keywords {
                let v = try expr(k.value)
                if let n = k.arg {
                    if afterUnpacking {
                        let single = emit(.buildDict, [string(n), v])
                        at(k.range) { _ = emit(.dictMergeKwargs, [kwargs, single, f]) }
                    } else {
                        emit(.dictSet, [kwargs, string(n), v])
                    }
                } else {
                    afterUnpacking = true
                    at(k.range) { _ = emit(.dictMergeKwargs, [kwargs, v, f]) }
                }
            }
        }
        return at(range) { emit(.callEx, [f, tuple, kwargs]) }
    }

    private func keywordNames(_ keywords: [Keyword]) -> Int32 {
        if keywords.isEmpty { return -1 }
        return module.constant(.tuple(keywords.map { .string($0.arg!) }))
    }

    // MARK: - Displays

    /// A tuple of constants, folded at compile time as CPython does.
    private func constantTuple(_ elts: [Expr]) -> IRConstant? {
        var items: [IRConstant] = []
        for e in elts {
            guard let c = foldConstant(e) else { return nil }
            items.append(c)
        }
        return .tuple(items)
    }

    /// A list or set display: built whole when short and star-free, else element by element.
    private func display(_ elts: [Expr], build: Opcode, add: Opcode, extend: Opcode) throws -> Value {
        if !hasStar(elts) && elts.count <= Self.maxDisplayOperands {
            return emit(build, try elts.map { try expr($0) })
        }
        let result = emit(build)
        for e in elts {
            if case .starred(let inner, _) = e.kind {
                let v = try expr(inner)
                at(e.range) { _ = emit(extend, [result, v]) }
            } else {
                emit(add, [result, try expr(e)])
            }
        }
        return result
    }

    private func dictDisplay(_ keys: [Expr?], _ values: [Expr]) throws -> Value {
        if !keys.contains(where: { $0 == nil }) && keys.count * 2 <= Self.maxDisplayOperands {
            var operands: [Value] = []
            for (k, v) in zip(keys, values) {
                operands.append(try expr(k!))
                operands.append(try expr(v))
            }
            return emit(.buildDict, operands)
        }
        let result = emit(.buildDict)
        for (k, v) in zip(keys, values) {
            if let k = k {
                let key = try expr(k)
                emit(.dictSet, [result, key, try expr(v)])
            } else {
                let mapping = try expr(v)
                at(v.range) { _ = emit(.dictMerge, [result, mapping]) }
            }
        }
        return result
    }

    // MARK: - f-strings

    private func joinedString(_ values: [Expr]) throws -> Value {
        let parts = try values.map { part -> Value in
            if case .formattedValue = part.kind { return try formatted(part) }
            return try expr(part)
        }
        switch parts.count {
        case 0: return constant(.str([]))
        case 1: return parts[0]
        default: return emit(.buildString, parts)
        }
    }

    private func formatted(_ e: Expr) throws -> Value {
        guard case .formattedValue(let value, let conversion, let spec) = e.kind else { return try expr(e) }
        var v = try expr(value)
        switch conversion {
        case 115: v = emit(.convert, [v], imm: Conversion.str.rawValue)
        case 114: v = emit(.convert, [v], imm: Conversion.repr.rawValue)
        case 97: v = emit(.convert, [v], imm: Conversion.ascii.rawValue)
        default: break
        }
        let s = try spec.map { try expr($0) } ?? constant(.str([]))
        return emit(.format, [v, s])
    }
}
