// Function and lambda parameter lists.
//
// The grammar spells the legal orders out as many small rules (`slash_no_default`,
// `param_with_default`, `star_etc`, `kwds`, …); they accept exactly this sequence: positional
// parameters (defaults, once started, continue up to `*`), an optional `/` after at least one of
// them, then `*name` or a bare `*` followed by keyword-only parameters, then `**name`, each
// separated by commas with an optional trailing comma. One loop with a little state accepts the
// same language and builds `arguments` directly. Lambdas differ only in having no annotations and
// ending at `:` instead of `)`.

extension Parser {
    /// `params` of a `def`: up to (not including) the closing `)`.
    func parameters() throws -> Arguments? {
        if callInvalidRules { try invalidParameters(lambda: false) }
        return try parameterList(lambda: false)
    }

    /// `lambda_params`: up to (not including) the `:`.
    func lambdaParameters() throws -> Arguments? {
        if callInvalidRules { try invalidParameters(lambda: true) }
        return try parameterList(lambda: true)
    }

    func parameterList(lambda: Bool) throws -> Arguments? {
        let start = pos
        let closer: TokenKind = lambda ? .colon : .rpar
        var args = Arguments()
        var positional: [Arg] = []
        var sawSlash = false
        var sawStar = false
        var bareStar = false
        var sawDefault = false
        func fail() -> Arguments? {
            pos = start
            return nil
        }
        while kind != closer {
            switch kind {
            case .slash:
                guard !sawSlash, !sawStar, !positional.isEmpty else { return fail() }
                sawSlash = true
                advance()
                args.posonlyargs = positional
                positional = []
            case .star:
                if callInvalidRules { try invalidStarEtc(lambda: lambda) }
                guard !sawStar else { return fail() }
                sawStar = true
                advance()
                if kind == .name {
                    guard let vararg = try parameter(lambda: lambda, starAnnotation: true) else { return fail() }
                    args.vararg = vararg
                } else {
                    bareStar = true
                    guard kind == .comma else { return fail() }
                }
            case .doubleStar:
                if callInvalidRules { try invalidKwds(lambda: lambda) }
                advance()
                guard kind == .name, let kwarg = try parameter(lambda: lambda, starAnnotation: false) else {
                    return fail()
                }
                args.kwarg = kwarg
                _ = accept(.comma)
                guard kind == closer else { return fail() }
                continue
            case .name:
                guard let arg = try parameter(lambda: lambda, starAnnotation: false) else { return fail() }
                var value: Expr?
                if kind == .equal {
                    guard let d = try parameterDefault() else { return fail() }
                    value = d
                }
                if sawStar {
                    args.kwonlyargs.append(arg)
                    args.kwDefaults.append(value)
                } else {
                    if let value {
                        args.defaults.append(value)
                        sawDefault = true
                    } else if sawDefault {
                        return fail()
                    }
                    positional.append(arg)
                }
            default:
                return fail()
            }
            if kind == .comma {
                advance()
            } else if kind != closer {
                return fail()
            }
        }
        if bareStar && args.kwonlyargs.isEmpty { return fail() }
        if pos == start { return fail() }
        args.args = positional
        return args
    }

    /// `param`: `NAME [':' expression]` (for `*args` the annotation may be starred; none in lambdas).
    func parameter(lambda: Bool, starAnnotation: Bool) throws -> Arg? {
        guard kind == .name else { return nil }
        let start = pos
        let name = identifier(pos)
        advance()
        var annotation: Expr?
        if !lambda && kind == .colon {
            advance()
            annotation = starAnnotation ? try starExpression() : try expression()
            if annotation == nil {
                pos = start
                return nil
            }
        }
        return Arg(arg: name, annotation: annotation, range: range(from: start))
    }
}
