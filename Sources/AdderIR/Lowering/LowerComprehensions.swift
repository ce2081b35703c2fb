// Lowering of list, set and dict comprehensions, inline in the enclosing function.
//
// The first iterable is evaluated in the enclosing scope; the comprehension's own variables are
// fresh slots `name.N` of the enclosing function (cells when a lambda inside captures them), so they
// never leak and never clash. The loops nest as the `for` clauses do; an `if` clause that fails
// continues the innermost loop.

import AdderSema
import AdderSyntax

extension FunctionLowering {
    func comprehension(_ range: SourceRange, _ generators: [Comprehension], result: Value,
                       element: (Value) throws -> Void) throws -> Value {
        guard let compScope = scopes.scope(for: ScopeKey(range, .comprehension)) else {
            preconditionFailure("no scope for comprehension")
        }
        if generators.contains(where: \.isAsync) {
            throw LoweringError.unsupported("asynchronous comprehensions are", range)
        }
        let firstIterable = try expr(generators[0].iter)
        inlineCounter += 1
        var variables: [String: Variable] = [:]
        for name in compScope.order {
            switch compScope.kind(of: name) {
            case .local: variables[name] = .slot(slotIndex("\(name).\(inlineCounter)"))
            case .cell: variables[name] = .cell(emit(.newCell, [unbound()]))
            default: break
            }
        }
        inlineScopes.append(InlineScope(scope: compScope, variables: variables))
        defer { inlineScopes.removeLast() }
        let done = newBlock()
        try loop(generators, 0, iterable: firstIterable, exit: done, result: result, element: element)
        start(done)
        return result
    }

    func loop(_ generators: [Comprehension], _ index: Int, iterable: Value, exit: BlockID, result: Value,
                      element: (Value) throws -> Void) throws {
        let generator = generators[index]
        let iterator = at(generator.iter.range) { emit(.getIter, [iterable]) }
        let header = newBlock(), body = newBlock()
        jump(header)
        start(header)
        let next = at(generator.iter.range) { emit(.iterNext, [iterator]) }
        terminate(.branchStop, [next], targets: [BlockCall(exit), BlockCall(body)])
        start(body)
        try assign(generator.target, next)
        for test in generator.ifs {
            let pass = newBlock()
            try condition(test, pass, header)
            start(pass)
        }
        if index + 1 < generators.count {
            let inner = try expr(generators[index + 1].iter)
            try loop(generators, index + 1, iterable: inner, exit: header, result: result, element: element)
        } else {
            try element(result)
            jump(header)
        }
    }
}
