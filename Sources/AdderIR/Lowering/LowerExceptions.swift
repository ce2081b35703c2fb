// Lowering of `try`, `raise` and the cleanups that `return`, `break` and `continue` run.
//
// try:                      dispatch:  exc = get_exception; prev = enter_handler exc
//     BODY     (unwinds to dispatch)   test each `except` clause in order (unwinding to cleanup);
// except E as e:                       a clause binds e, runs its body (unwinding to a cleanup that
//     H                                also unbinds e), then exit_handler prev and unbinds e;
// else:                                no clause matched: exit_handler prev; reraise exc
//     ELSE     (unwinds outward)       cleanup: e2 = get_exception; exit_handler prev; reraise e2
// finally:
//     FIN      copied on every way out: the normal path, each return/break/continue (from the
//              cleanup stack), and the exceptional path, which handles the exception while FIN
//              runs (so a new exception gets it as __context__) and re-raises it afterwards.

import AdderSyntax

extension FunctionLowering {
    func lowerRaise(_ exc: Expr?, _ cause: Expr?) throws {
        guard let exc = exc else { return terminate(.reraiseCurrent) }
        let e = try expr(exc)
        if let cause = cause {
            let c = try expr(cause)
            terminate(.raiseFrom, [e, c])
        } else {
            terminate(.raise, [e])
        }
    }

    /// Emit the cleanups from the top of the stack down to `depth` (exclusive), for a jump out.
    func runCleanups(downTo depth: Int) throws {
        let savedCleanups = cleanups
        let savedHandlers = handlers
        defer {
            cleanups = savedCleanups
            handlers = savedHandlers
        }
        var i = savedCleanups.count - 1
        while i >= depth {
            cleanups = Array(savedCleanups[..<i])
            switch savedCleanups[i] {
            case .finally(let body, let handler):
                handlers.append(handler)
                let block = newBlock()
                jump(block)
                start(block)
                try lower(body)
            case .exceptClause(let previous, let name):
                emit(.exitHandler, [previous])
                if let n = name { unbind(n) }
            case .withExit(let exit, let handler, let exitLine):
                handlers.append(handler)
                let block = newBlock()
                jump(block)
                start(block)
                let saved = line
                line = exitLine
                emit(.withExit, [exit, unbound()])
                line = saved
            }
            i -= 1
        }
    }

    /// `with a as x, b: body` is `with a as x: with b: body`. For each manager: __enter__, then the
    /// body unwinding to a handler that calls __exit__ with the exception and re-raises it unless
    /// __exit__ returns true; every other way out calls __exit__ with None three times.
    func lowerWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], _ range: SourceRange) throws {
        guard let item = items.first else { return try lower(body) }
        let manager = try expr(item.contextExpr)
        let withLine = range.lineno
        let pair = at(range) { emit(.withEnter, [manager]) }
        let exit = emit(.tupleGet, [pair], imm: 0)
        let value = emit(.tupleGet, [pair], imm: 1)
        let outer = currentHandler
        let exceptional = newBlock()
        cleanups.append(.withExit(exit: exit, handler: outer, line: withLine))
        try withHandler(exceptional) {
            let block = newBlock()
            jump(block)
            start(block)
            if let target = item.optionalVars { try assign(target, value) }
            try lowerWith(items.dropFirst(), body, range)
        }
        cleanups.removeLast()

        let normal = newBlock()
        jump(normal)
        start(normal)
        at(range) { _ = emit(.withExit, [exit, unbound()]) }
        let after = newBlock()
        jump(after)

        start(exceptional)
        at(range) {
            let exc = emit(.getException)
            let previous = emit(.enterHandler, [exc])
            let cleanup = newBlock()
            let reraise = withHandler(outer) { newBlock() }
            withHandler(cleanup) {
                let call = newBlock()
                jump(call)
                start(call)
                let suppress = emit(.truth, [emit(.withExit, [exit, exc])])
                let swallowed = newBlock()
                branch(suppress, swallowed, reraise)
                start(swallowed)
                emit(.exitHandler, [previous])
                jump(after)
            }
            start(reraise)
            emit(.exitHandler, [previous])
            terminate(.reraise, [exc])
            start(cleanup)
            emitCleanup(previous: previous, name: nil)
        }
        start(after)
    }

    func lowerTry(_ t: Try) throws {
        guard !t.finalbody.isEmpty else {
            return try lowerTryExcept(t.body, t.handlers, t.orelse)
        }
        let outer = currentHandler
        let finallyPath = newBlock()
        cleanups.append(.finally(body: t.finalbody, handler: outer))
        try withHandler(finallyPath) {
            let block = newBlock()
            jump(block)
            start(block)
            if t.handlers.isEmpty {
                try lower(t.body)
            } else {
                try lowerTryExcept(t.body, t.handlers, t.orelse)
            }
        }
        cleanups.removeLast()

        // The normal way out.
        let normal = newBlock()
        jump(normal)
        start(normal)
        try lower(t.finalbody)
        let after = newBlock()
        jump(after)

        // The exceptional way out: handle the exception while the finally body runs.
        start(finallyPath)
        let exc = emit(.getException)
        let previous = emit(.enterHandler, [exc])
        let cleanup = newBlock()
        try withHandler(cleanup) {
            let body = newBlock()
            jump(body)
            start(body)
            cleanups.append(.exceptClause(previous: previous, name: nil))
            try lower(t.finalbody)
            cleanups.removeLast()
            emit(.exitHandler, [previous])
            terminate(.reraise, [exc])
        }
        start(cleanup)
        emitCleanup(previous: previous, name: nil)
        start(after)
    }

    /// `e2 = get_exception; [unbind name]; exit_handler previous; reraise e2`.
    private func emitCleanup(previous: Value, name: String?) {
        let e2 = emit(.getException)
        if let n = name { unbind(n) }
        emit(.exitHandler, [previous])
        terminate(.reraise, [e2])
    }

    private func lowerTryExcept(_ body: [Stmt], _ clauses: [ExceptHandler], _ orelse: [Stmt]) throws {
        let outer = currentHandler
        let dispatch = newBlock()
        try withHandler(dispatch) {
            let block = newBlock()
            jump(block)
            start(block)
            try lower(body)
        }
        let elseBlock = newBlock()
        jump(elseBlock)
        start(elseBlock)
        try lower(orelse)
        let after = newBlock()
        jump(after)

        start(dispatch)
        let exc = emit(.getException)
        let previous = emit(.enterHandler, [exc])
        let cleanup = newBlock()
        try withHandler(cleanup) {
            let first = newBlock()
            jump(first)
            start(first)
            for clause in clauses {
                try at(clause.range) {
                    try lowerClause(clause, exc: exc, previous: previous, outer: outer, after: after)
                }
            }
        }
        // No clause matched.
        withHandler(outer) {
            let unmatched = newBlock()
            jump(unmatched)
            start(unmatched)
            emit(.exitHandler, [previous])
            terminate(.reraise, [exc])
        }
        start(cleanup)
        emitCleanup(previous: previous, name: nil)
        start(after)
    }

    /// One `except` clause: test it, and run it if it matches; otherwise fall through to the next test.
    private func lowerClause(_ clause: ExceptHandler, exc: Value, previous: Value, outer: BlockID?, after: BlockID) throws {
        let matched = newBlock()
        var next: BlockID?
        if let type = clause.type {
            let t = try expr(type)
            let m = emit(.excMatch, [exc, t])
            next = newBlock()
            branch(m, matched, next!)
        } else {
            jump(matched)
        }
        start(matched)
        var bodyHandler = currentHandler
        var nameCleanup: BlockID?
        if let name = clause.name {
            store(name, exc)
            nameCleanup = withHandler(outer) { newBlock() }
            bodyHandler = nameCleanup
        }
        try withHandler(bodyHandler) {
            let body = newBlock()
            jump(body)
            start(body)
            cleanups.append(.exceptClause(previous: previous, name: clause.name))
            try lower(clause.body)
            cleanups.removeLast()
            emit(.exitHandler, [previous])
            if let n = clause.name { unbind(n) }
            jump(after)
        }
        if let cleanupBlock = nameCleanup {
            withHandler(outer) {
                start(cleanupBlock)
                emitCleanup(previous: previous, name: clause.name)
            }
        }
        if let n = next { start(n) }
    }
}
