// Constant folding of expressions, as CPython's AST optimizer does before compiling: `-1`, `2 ** 10`,
// `'a' * 3` and tuples of constants become constants. The result is observable (constant tuples and
// frozensets are built once; a set display of constants keeps CPython's iteration order), so the
// folds follow CPython's rules and limits; anything outside them is left to run time.

import AdderSyntax

extension FunctionLowering {
    /// The value of `e` if it is a constant expression that CPython folds.
    func foldConstant(_ e: Expr) -> IRConstant? {
        switch e.kind {
        case .constant(let c, _):
            return IRConstant(c)
        case .unaryOp(let op, let operand):
            guard let v = foldConstant(operand) else { return nil }
            return foldUnary(op, v)
        case .binOp(let left, let op, let right):
            guard let l = foldConstant(left), let r = foldConstant(right) else { return nil }
            return foldBinary(op, l, r)
        case .tuple(let elts, .load):
            var items: [IRConstant] = []
            for elt in elts {
                guard let c = foldConstant(elt) else { return nil }
                items.append(c)
            }
            return .tuple(items)
        default:
            return nil
        }
    }

    private func foldUnary(_ op: UnaryOperator, _ v: IRConstant) -> IRConstant? {
        switch (op, v) {
        case (.uSub, .int(let i)) where i != Int64.min: return .int(-i)
        case (.uSub, .bigInt(let s)): return normalizedBigInt(s.hasPrefix("-") ? String(s.dropFirst()) : "-" + s)
        case (.uSub, .float(let d)): return .float(-d)
        case (.uAdd, .int), (.uAdd, .bigInt), (.uAdd, .float): return v
        case (.invert, .int(let i)): return .int(~i)
        case (.not, _): return truthOfConstant(v).map { $0 ? .false : .true }
        default: return nil
        }
    }

    private func foldBinary(_ op: Operator, _ l: IRConstant, _ r: IRConstant) -> IRConstant? {
        switch (op, l, r) {
        case (.add, .int(let a), .int(let b)):
            let (v, o) = a.addingReportingOverflow(b)
            return o ? nil : .int(v)
        case (.sub, .int(let a), .int(let b)):
            let (v, o) = a.subtractingReportingOverflow(b)
            return o ? nil : .int(v)
        case (.mult, .int(let a), .int(let b)):
            let (v, o) = a.multipliedReportingOverflow(by: b)
            return o ? nil : .int(v)
        case (.pow, .int(let a), .int(let b)) where b >= 0 && b <= 128:
            var result: Int64 = 1
            for _ in 0..<b {
                let (v, o) = result.multipliedReportingOverflow(by: a)
                if o { return nil }
                result = v
            }
            return .int(result)
        case (.lShift, .int(let a), .int(let b)) where b >= 0 && b < 62 && a >= 0 && a < (Int64(1) << (62 - b)):
            return .int(a << b)
        case (.bitOr, .int(let a), .int(let b)): return .int(a | b)
        case (.bitAnd, .int(let a), .int(let b)): return .int(a & b)
        case (.bitXor, .int(let a), .int(let b)): return .int(a ^ b)
        case (.add, .float(let a), .float(let b)): return .float(a + b)
        case (.sub, .float(let a), .float(let b)): return .float(a - b)
        case (.mult, .float(let a), .float(let b)): return .float(a * b)
        case (.add, .str(let a), .str(let b)) where a.count + b.count <= 4096: return .str(a + b)
        case (.mult, .str(let a), .int(let n)) where n >= 0 && a.count * Int(n) <= 4096:
            return .str(Array([[UInt8]](repeating: a, count: Int(n)).joined()))
        default:
            return nil
        }
    }

    private func truthOfConstant(_ v: IRConstant) -> Bool? {
        switch v {
        case .none, .false: return false
        case .true, .ellipsis: return true
        case .int(let i): return i != 0
        case .bigInt: return true
        case .float(let d): return d != 0
        case .str(let s), .bytes(let s): return !s.isEmpty
        case .tuple(let t): return !t.isEmpty
        default: return nil
        }
    }

    private func normalizedBigInt(_ digits: String) -> IRConstant {
        if let i = Int64(digits) { return .int(i) }
        return .bigInt(digits)
    }
}
