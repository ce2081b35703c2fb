// `match` patterns (PEP 634), following python.gram's pattern rules.
//
// A closed pattern is chosen by its first token: numbers and `-` start literals, strings are
// literals, `None`/`True`/`False` are singletons, `_` is always the wildcard, other names are
// captures, values (dotted names) or class patterns depending on what follows, and brackets start
// group, sequence and mapping patterns.

extension Parser {
    /// `patterns`: an open sequence (`case a, b:`) or a single pattern.
    func patterns() throws -> Pattern? {
        let start = pos
        if let first = try maybeStarPattern(), kind == .comma {
            advance()
            var items = [first]
            if let rest = try maybeSequencePattern() { items += rest }
            return Pattern(.matchSequence(patterns: items), range(from: start))
        }
        pos = start
        return try pattern()
    }

    /// `pattern`: an or-pattern, optionally `as NAME`.
    func pattern() throws -> Pattern? {
        try enter()
        defer { leave() }
        let start = pos
        guard let p = try orPattern() else { return nil }
        guard kind == .kwAs else { return p }
        let save = pos
        advance()
        if let name = captureTarget() {
            return Pattern(.matchAs(pattern: p, name: name), range(from: start))
        }
        pos = start
        if callInvalidRules { try invalidAsPattern() }
        pos = save
        return p
    }

    /// `or_pattern`: closed patterns separated by `|`.
    func orPattern() throws -> Pattern? {
        let start = pos
        guard let first = try closedPattern() else { return nil }
        guard kind == .vbar else { return first }
        var alternatives = [first]
        while kind == .vbar {
            let save = pos
            advance()
            guard let p = try closedPattern() else {
                pos = save
                break
            }
            alternatives.append(p)
        }
        if alternatives.count == 1 { return first }
        return Pattern(.matchOr(patterns: alternatives), range(from: start))
    }

    /// `pattern_capture_target`: a NAME other than `_`, not followed by `.`, `(` or `=`.
    func captureTarget() -> String? {
        guard kind == .name, !atSoftKeyword("_") else { return nil }
        let next = kind(at: pos + 1)
        if next == .dot || next == .lpar || next == .equal { return nil }
        let name = identifier(pos)
        advance()
        return name
    }

    /// `closed_pattern`.
    func closedPattern() throws -> Pattern? {
        let start = pos
        switch kind {
        case .number, .minus:
            guard let value = try numericLiteralPattern() else { return nil }
            return Pattern(.matchValue(value: value), range(from: start))
        case .string:
            guard let value = try strings() else { return nil }
            return Pattern(.matchValue(value: value), range(from: start))
        case .kwNone:
            advance()
            return Pattern(.matchSingleton(value: .none), range(from: start))
        case .kwTrue:
            advance()
            return Pattern(.matchSingleton(value: .true), range(from: start))
        case .kwFalse:
            advance()
            return Pattern(.matchSingleton(value: .false), range(from: start))
        case .name:
            return try namePattern()
        case .lpar:
            return try parenthesizedPattern()
        case .lsqb:
            advance()
            let items = try maybeSequencePattern() ?? []
            guard accept(.rsqb) else {
                pos = start
                return nil
            }
            return Pattern(.matchSequence(patterns: items), range(from: start))
        case .lbrace:
            return try mappingPattern()
        default:
            return nil
        }
    }

    /// `signed_number !('+' | '-')` or `complex_number`, as an expression.
    func numericLiteralPattern() throws -> Expr? {
        let start = pos
        guard let real = try signedNumber() else { return nil }
        guard kind == .plus || kind == .minus else { return real }
        let op: Operator = kind == .plus ? .add : .sub
        advance()
        guard kind == .number else {
            pos = start
            return nil
        }
        try ensureReal(real, start: start)
        let imagIndex = pos
        advance()
        let imag = try numberConstant(imagIndex)
        try ensureImaginary(imag, index: imagIndex)
        return Expr(.binOp(left: real, op: op, right: imag), range(from: start))
    }

    /// `signed_number`: NUMBER or `-` NUMBER.
    func signedNumber() throws -> Expr? {
        let start = pos
        if kind == .minus {
            advance()
            guard kind == .number else {
                pos = start
                return nil
            }
            let i = pos
            advance()
            let n = try numberConstant(i)
            return Expr(.unaryOp(op: .uSub, operand: n), range(from: start))
        }
        guard kind == .number else { return nil }
        advance()
        return try numberConstant(start)
    }

    /// `real_number` in a complex literal must not be imaginary.
    func ensureReal(_ e: Expr, start: Int) throws {
        var value = e
        if case .unaryOp(_, let operand) = e.kind { value = operand }
        if case .constant(.imaginary, _) = value.kind {
            throw raise(range: value.range, "real number required in complex literal")
        }
    }

    /// `imaginary_number` in a complex literal must be imaginary.
    func ensureImaginary(_ e: Expr, index: Int) throws {
        if case .constant(.imaginary, _) = e.kind { return }
        throw raise(range: e.range, "imaginary number required in complex literal")
    }

    /// A pattern that starts with a NAME: wildcard, capture, value or class pattern.
    func namePattern() throws -> Pattern? {
        let start = pos
        if atSoftKeyword("_") {
            advance()
            return Pattern(.matchAs(pattern: nil, name: nil), range(from: start))
        }
        let next = kind(at: pos + 1)
        if next != .dot && next != .lpar {
            guard next != .equal, let name = captureTarget() else { return nil }
            return Pattern(.matchAs(pattern: nil, name: name), range(from: start))
        }
        // name_or_attr
        var e = Expr(.name(id: identifier(pos), ctx: .load), tokens[pos].range)
        advance()
        while kind == .dot {
            guard kind(at: pos + 1) == .name else {
                pos = start
                return nil
            }
            let attr = identifier(pos + 1)
            pos += 2
            e = Expr(.attribute(value: e, attr: attr, ctx: .load), range(from: start))
        }
        if kind == .lpar { return try classPattern(cls: e, start: start) }
        if kind == .equal {
            pos = start
            return nil
        }
        return Pattern(.matchValue(value: e), range(from: start))
    }

    /// `class_pattern`: `name_or_attr '(' [positional patterns] [keyword patterns] ')'`.
    func classPattern(cls: Expr, start: Int) throws -> Pattern? {
        advance()
        var positional: [Pattern] = []
        var attrs: [String] = []
        var keywordPatterns: [Pattern] = []
        while kind != .rpar {
            if kind == .name && kind(at: pos + 1) == .equal {
                let name = identifier(pos)
                pos += 2
                guard let p = try pattern() else {
                    pos = start
                    return nil
                }
                attrs.append(name)
                keywordPatterns.append(p)
            } else {
                guard attrs.isEmpty, let p = try pattern() else {
                    if callInvalidRules && !attrs.isEmpty { try invalidClassPattern(start: start) }
                    pos = start
                    return nil
                }
                positional.append(p)
            }
            guard accept(.comma) else { break }
        }
        guard accept(.rpar) else {
            pos = start
            return nil
        }
        return Pattern(.matchClass(cls: cls, patterns: positional, kwdAttrs: attrs, kwdPatterns: keywordPatterns),
                       range(from: start))
    }

    /// `group_pattern` or a parenthesized `sequence_pattern`.
    func parenthesizedPattern() throws -> Pattern? {
        let start = pos
        advance()
        if accept(.rpar) {
            return Pattern(.matchSequence(patterns: []), range(from: start))
        }
        if kind != .star, let p = try pattern(), accept(.rpar) {
            return p
        }
        pos = start + 1
        guard let first = try maybeStarPattern(), accept(.comma) else {
            pos = start
            return nil
        }
        var items = [first]
        if let rest = try maybeSequencePattern() { items += rest }
        guard accept(.rpar) else {
            pos = start
            return nil
        }
        return Pattern(.matchSequence(patterns: items), range(from: start))
    }

    /// `maybe_sequence_pattern`: comma-separated maybe-star patterns, optional trailing comma.
    func maybeSequencePattern() throws -> [Pattern]? {
        guard let first = try maybeStarPattern() else { return nil }
        var items = [first]
        while kind == .comma {
            advance()
            guard let p = try maybeStarPattern() else { break }
            items.append(p)
        }
        return items
    }

    /// `maybe_star_pattern`: `*NAME`, `*_` or a pattern.
    func maybeStarPattern() throws -> Pattern? {
        guard kind == .star else { return try pattern() }
        let start = pos
        advance()
        if atSoftKeyword("_") {
            advance()
            return Pattern(.matchStar(name: nil), range(from: start))
        }
        guard let name = captureTarget() else {
            pos = start
            return nil
        }
        return Pattern(.matchStar(name: name), range(from: start))
    }

    /// `mapping_pattern`.
    func mappingPattern() throws -> Pattern? {
        let start = pos
        advance()
        var keys: [Expr] = []
        var values: [Pattern] = []
        var rest: String?
        while kind != .rbrace {
            if kind == .doubleStar {
                advance()
                guard let name = captureTarget() else {
                    pos = start
                    return nil
                }
                rest = name
                _ = accept(.comma)
                break
            }
            guard let key = try mappingKey(), accept(.colon), let value = try pattern() else {
                pos = start
                return nil
            }
            keys.append(key)
            values.append(value)
            guard accept(.comma) else { break }
        }
        guard accept(.rbrace) else {
            pos = start
            return nil
        }
        return Pattern(.matchMapping(keys: keys, patterns: values, rest: rest), range(from: start))
    }

    /// `literal_expr | attr`: the key of a mapping pattern.
    func mappingKey() throws -> Expr? {
        let start = pos
        switch kind {
        case .number, .minus:
            return try numericLiteralPattern()
        case .string:
            return try strings()
        case .kwNone:
            advance()
            return Expr(.constant(value: .none, kind: nil), tokens[start].range)
        case .kwTrue:
            advance()
            return Expr(.constant(value: .true, kind: nil), tokens[start].range)
        case .kwFalse:
            advance()
            return Expr(.constant(value: .false, kind: nil), tokens[start].range)
        case .name:
            guard kind(at: pos + 1) == .dot else { return nil }
            var e = Expr(.name(id: identifier(pos), ctx: .load), tokens[pos].range)
            advance()
            while kind == .dot && kind(at: pos + 1) == .name {
                let attr = identifier(pos + 1)
                pos += 2
                e = Expr(.attribute(value: e, attr: attr, ctx: .load), range(from: start))
            }
            return e
        default:
            return nil
        }
    }
}
