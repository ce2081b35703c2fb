// Removes `check_bound` where the value cannot be unbound: after SSA construction, a value is
// possibly unbound only if it comes from `unbound`, from a slot that stayed in memory, or from a
// block parameter that may receive such a value. A check dominated by a check of the same value
// is removed too.

public struct RemoveRedundantChecks: IRPass {
    public init() {}
    public var name: String { "remove-checks" }

    public func run(_ function: IRFunction, in module: IRModule) {
        let maybeUnbound = possiblyUnbound(function)
        let dominators = BlockDominators(function)
        var checked = Set<Value>()
        var stack: [(block: Int, added: [Value]?, child: Int)] = [(0, nil, 0)]
        while !stack.isEmpty {
            let top = stack.count - 1
            let b = stack[top].block
            if stack[top].added == nil {
                var added: [Value] = []
                function.blocks[b].instructions.removeAll { instruction in
                    guard instruction.op == .checkBound else { return false }
                    let v = instruction.operands[0]
                    if !maybeUnbound.contains(v) || checked.contains(v) { return true }
                    checked.insert(v)
                    added.append(v)
                    return false
                }
                stack[top].added = added
            }
            if stack[top].child < dominators.children[b].count {
                let c = dominators.children[b][stack[top].child]
                stack[top].child += 1
                stack.append((c, nil, 0))
            } else {
                for v in stack[top].added! { checked.remove(v) }
                stack.removeLast()
            }
        }
    }

    private func possiblyUnbound(_ function: IRFunction) -> Set<Value> {
        var maybe = Set<Value>()
        for block in function.blocks {
            for instruction in block.instructions where instruction.op == .unbound || instruction.op == .loadSlot {
                maybe.insert(instruction.result!)
            }
        }
        var changed = true
        while changed {
            changed = false
            for block in function.blocks {
                for call in block.terminator?.targets ?? [] {
                    let params = function[call.block].params
                    for (arg, param) in zip(call.args, params) where maybe.contains(arg) && !maybe.contains(param) {
                        maybe.insert(param)
                        changed = true
                    }
                }
            }
        }
        return maybe
    }
}
