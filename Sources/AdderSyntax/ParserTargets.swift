// Assignment and deletion targets.
//
// The grammar has separate target rules (`star_targets`, `single_target`, `del_targets`, built on
// `t_primary`), but a valid target always has the same tree and positions as the expression with
// the same text, with `ctx` set to Store or Del on the target nodes (a Name, the outer Attribute or
// Subscript, Starred, Tuple and List). So targets are parsed as expressions — a primary where an
// operator must not be swallowed (`for x in y`), a full star_expressions in assignments, which may
// turn out to be expression statements — and then checked and converted by the functions here.

extension Parser {
    /// `star_targets`: a target, or a tuple of targets with an optional trailing comma.
    func starTargets() throws -> Expr? {
        let start = pos
        guard let first = try starTarget() else { return nil }
        guard kind == .comma else { return first }
        var elts = [first]
        while accept(.comma) {
            guard let e = try starTarget() else { break }
            elts.append(e)
        }
        return Expr(.tuple(elts: elts, ctx: .store), range(from: start))
    }

    /// `star_target`: `*target` or a target built on a primary.
    func starTarget() throws -> Expr? {
        let start = pos
        if kind == .star {
            advance()
            guard kind != .star, let inner = try starTarget() else {
                pos = start
                return nil
            }
            return Expr(.starred(value: inner, ctx: .store), range(from: start))
        }
        guard let e = try primary(), let target = Parser.asStarTarget(e) else {
            pos = start
            return nil
        }
        return target
    }

    /// `e` as a `star_target` (context Store), or nil if it is not one.
    static func asStarTarget(_ e: Expr) -> Expr? {
        switch e.kind {
        case .name(let id, _):
            return Expr(.name(id: id, ctx: .store), e.range)
        case .attribute(let value, let attr, _):
            return Expr(.attribute(value: value, attr: attr, ctx: .store), e.range)
        case .subscript(let value, let slice, _):
            return Expr(.subscript(value: value, slice: slice, ctx: .store), e.range)
        case .starred(let value, _):
            if case .starred = value.kind { return nil }
            guard let inner = asStarTarget(value) else { return nil }
            return Expr(.starred(value: inner, ctx: .store), e.range)
        case .tuple(let elts, _):
            guard let converted = asStarTargets(elts) else { return nil }
            return Expr(.tuple(elts: converted, ctx: .store), e.range)
        case .list(let elts, _):
            guard let converted = asStarTargets(elts) else { return nil }
            return Expr(.list(elts: converted, ctx: .store), e.range)
        default:
            return nil
        }
    }

    static func asStarTargets(_ elts: [Expr]) -> [Expr]? {
        var out: [Expr] = []
        out.reserveCapacity(elts.count)
        for elt in elts {
            guard let t = asStarTarget(elt) else { return nil }
            out.append(t)
        }
        return out
    }

    /// `e` as a `single_target` (a name, attribute or subscription), or nil.
    static func asSingleTarget(_ e: Expr) -> Expr? {
        switch e.kind {
        case .name, .attribute, .subscript: return asStarTarget(e)
        default: return nil
        }
    }

    /// `e` as a `del_target` (context Del), or nil.
    static func asDelTarget(_ e: Expr) -> Expr? {
        switch e.kind {
        case .name(let id, _):
            return Expr(.name(id: id, ctx: .del), e.range)
        case .attribute(let value, let attr, _):
            return Expr(.attribute(value: value, attr: attr, ctx: .del), e.range)
        case .subscript(let value, let slice, _):
            return Expr(.subscript(value: value, slice: slice, ctx: .del), e.range)
        case .tuple(let elts, _):
            guard let converted = asDelTargets(elts) else { return nil }
            return Expr(.tuple(elts: converted, ctx: .del), e.range)
        case .list(let elts, _):
            guard let converted = asDelTargets(elts) else { return nil }
            return Expr(.list(elts: converted, ctx: .del), e.range)
        default:
            return nil
        }
    }

    static func asDelTargets(_ elts: [Expr]) -> [Expr]? {
        var out: [Expr] = []
        out.reserveCapacity(elts.count)
        for elt in elts {
            guard let t = asDelTarget(elt) else { return nil }
            out.append(t)
        }
        return out
    }

    /// `del_targets`: comma-separated del targets with an optional trailing comma.
    func delTargets() throws -> [Expr]? {
        var targets: [Expr] = []
        while true {
            let start = pos
            guard let e = try primary(), let t = Parser.asDelTarget(e) else {
                pos = start
                break
            }
            targets.append(t)
            guard accept(.comma) else { break }
        }
        return targets.isEmpty ? nil : targets
    }
}
