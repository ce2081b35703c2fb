// Lowering of `match`. Each case's pattern becomes a chain of checks that jump to the next case on
// failure. Captured names are collected while matching and stored only once the whole pattern has
// matched (before the guard), as CPython does; the alternatives of an OR pattern meet in a block
// whose parameters are the names they bind.

import AdderSyntax

/// The names a pattern has captured so far, in capture order.
struct Captures {
    var names: [String] = []
    var values: [String: Value] = [:]

    mutating func add(_ name: String, _ value: Value, _ range: SourceRange) throws {
        if values[name] != nil {
            throw LoweringError(message: "multiple assignments to name '\(name)' in pattern", range: range,
                                isSyntaxError: true)
        }
        names.append(name)
        values[name] = value
    }
}

extension FunctionLowering {
    func lowerMatch(_ subjectExpr: Expr, _ cases: [MatchCase]) throws {
        let subject = try expr(subjectExpr)
        let end = newBlock()
        for (i, c) in cases.enumerated() {
            if i < cases.count - 1, c.guard_ == nil, let message = irrefutableMessage(c.pattern) {
                throw LoweringError(message: "\(message) makes remaining patterns unreachable", range: c.pattern.range,
                                    isSyntaxError: true)
            }
            let next = newBlock()
            var captures = Captures()
            try at(c.pattern.range) { try pattern(c.pattern, subject, fail: next, &captures) }
            for name in captures.names { store(name, captures.values[name]!) }
            if let g = c.guard_ {
                let body = newBlock()
                try condition(g, body, next)
                start(body)
            }
            try lower(c.body)
            jump(end)
            start(next)
        }
        jump(end)
        start(end)
    }

    /// "name capture 'x'" or "wildcard" for patterns that always match.
    private func irrefutableMessage(_ p: Pattern) -> String? {
        switch p.kind {
        case .matchAs(nil, let name): return name.map { "name capture '\($0)'" } ?? "wildcard"
        case .matchOr(let alternatives): return alternatives.lazy.compactMap { self.irrefutableMessage($0) }.first
        default: return nil
        }
    }

    private func pattern(_ p: Pattern, _ subject: Value, fail: BlockID, _ captures: inout Captures) throws {
        switch p.kind {
        case .matchValue(let valueExpr):
            let value = try expr(valueExpr)
            check(emit(.compareBool, [subject, value], imm: CompareOp.eq.rawValue), fail)
        case .matchSingleton(let c):
            check(emit(.is_, [subject, constant(IRConstant(c))]), fail)
        case .matchAs(let inner, let name):
            if let inner = inner { try pattern(inner, subject, fail: fail, &captures) }
            if let n = name { try captures.add(n, subject, p.range) }
        case .matchOr(let alternatives):
            try orPattern(alternatives, subject, fail: fail, &captures, p.range)
        case .matchSequence(let patterns):
            try sequencePattern(patterns, subject, fail: fail, &captures)
        case .matchMapping(let keys, let patterns, let rest):
            try mappingPattern(keys, patterns, rest, subject, fail: fail, &captures, p.range)
        case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            try classPattern(cls, patterns, kwdAttrs, kwdPatterns, subject, fail: fail, &captures)
        case .matchStar:
            throw LoweringError(message: "can't use starred name here", range: p.range, isSyntaxError: true)
        }
    }

    /// Continue if `condition` holds, else go to `fail`.
    private func check(_ condition: Value, _ fail: BlockID) {
        let ok = newBlock()
        branch(condition, ok, fail)
        start(ok)
    }

    private func orPattern(_ alternatives: [Pattern], _ subject: Value, fail: BlockID,
                           _ captures: inout Captures, _ range: SourceRange) throws {
        var names: [String]?
        var joinParams: [Value] = []
        var join = BlockID(0)
        for (i, alternative) in alternatives.enumerated() {
            if i < alternatives.count - 1, let message = irrefutableMessage(alternative) {
                throw LoweringError(message: "\(message) makes remaining patterns unreachable",
                                    range: alternative.range, isSyntaxError: true)
            }
            let next = newBlock()
            var local = Captures()
            try pattern(alternative, subject, fail: next, &local)
            if names == nil {
                names = local.names
                joinParams = local.names.map { _ in function.newValue() }
                join = newBlock(params: joinParams)
            } else if Set(local.names) != Set(names!) {
                throw LoweringError(message: "alternative patterns bind different names", range: range, isSyntaxError: true)
            }
            jump(join, names!.map { local.values[$0]! })
            start(next)
        }
        jump(fail)
        start(join)
        for (name, value) in zip(names ?? [], joinParams) { try captures.add(name, value, range) }
    }

    private func isWildcard(_ p: Pattern) -> Bool {
        if case .matchAs(nil, nil) = p.kind { return true }
        if case .matchStar(nil) = p.kind { return true }
        return false
    }

    private func sequencePattern(_ patterns: [Pattern], _ subject: Value, fail: BlockID,
                                 _ captures: inout Captures) throws {
        check(emit(.matchSequence, [subject]), fail)
        let star = patterns.firstIndex { if case .matchStar = $0.kind { return true } else { return false } }
        let fixed = star == nil ? patterns.count : patterns.count - 1
        let length = emit(.len, [subject])
        let op: CompareOp = star == nil ? .eq : .ge
        check(emit(.compareBool, [length, constant(.int(Int64(fixed)))], imm: op.rawValue), fail)
        if patterns.allSatisfy(isWildcard) { return }
        let items: Value
        if let s = star {
            items = emit(.unpackStar, [subject], imm: Int32(s), aux: Int32(patterns.count - s - 1))
        } else {
            items = emit(.unpack, [subject], imm: Int32(patterns.count))
        }
        for (i, sub) in patterns.enumerated() where !isWildcard(sub) {
            let item = emit(.tupleGet, [items], imm: Int32(i))
            if case .matchStar(let name) = sub.kind {
                if let n = name { try captures.add(n, item, sub.range) }
            } else {
                try at(sub.range) { try pattern(sub, item, fail: fail, &captures) }
            }
        }
    }

    private func classPattern(_ cls: Expr, _ patterns: [Pattern], _ kwdAttrs: [String], _ kwdPatterns: [Pattern],
                              _ subject: Value, fail: BlockID, _ captures: inout Captures) throws {
        let type = try expr(cls)
        let kwnames: Int32 = kwdAttrs.isEmpty ? -1 : module.constant(.tuple(kwdAttrs.map { .string($0) }))
        let values = emit(.matchClass, [subject, type], imm: Int32(patterns.count), aux: kwnames)
        check(emit(.boolNot, [emit(.is_, [values, none])]), fail)
        for (i, sub) in (patterns + kwdPatterns).enumerated() where !isWildcard(sub) {
            let value = emit(.tupleGet, [values], imm: Int32(i))
            try at(sub.range) { try pattern(sub, value, fail: fail, &captures) }
        }
    }

    private func mappingPattern(_ keys: [Expr], _ patterns: [Pattern], _ rest: String?, _ subject: Value,
                                fail: BlockID, _ captures: inout Captures, _ range: SourceRange) throws {
        check(emit(.matchMapping, [subject]), fail)
        if keys.isEmpty && rest == nil { return }
        let keyTuple = emit(.buildTuple, try keys.map { try expr($0) })
        if !keys.isEmpty {
            let length = emit(.len, [subject])
            check(emit(.compareBool, [length, constant(.int(Int64(keys.count)))], imm: CompareOp.ge.rawValue), fail)
            let values = emit(.matchKeys, [subject, keyTuple])
            check(emit(.boolNot, [emit(.is_, [values, none])]), fail)
            for (i, sub) in patterns.enumerated() {
                let value = emit(.tupleGet, [values], imm: Int32(i))
                try at(sub.range) { try pattern(sub, value, fail: fail, &captures) }
            }
        }
        if let r = rest {
            try captures.add(r, emit(.matchRest, [subject, keyTuple]), range)
        }
    }
}
