// Finds `s = s + t` and `s += t` where the value of `s` is referenced nowhere else, and turns them into
// `concat_unique`, which lets the runtime extend a str in place: building a string by appending in a
// loop becomes linear instead of quadratic (CPython gets the same effect from its reference counts).
//
// The values that a string variable holds through a loop form a web: block parameters, the values
// flowing into them, and the results of the additions. An addition may extend its left operand
// when every value of its web is used only inside the web (as a block argument, or as the left
// operand of a candidate addition), by `return`, or by operations that never keep their operand
// (comparisons, truth tests, indexing, method calls on it — the str methods that return their
// operand unchanged mark it as no longer extendable). Anything else — being stored, passed
// as an argument, captured — lets the object be seen again later, and the web is left alone.
// Within the web, values may share one object (a copy `t = s` is the same value; a block parameter
// receives its arguments' objects), so one more rule makes it safe: just after each addition, no
// value of the web but the addition's result may be live.

public struct MarkUniqueConcat: IRPass {
    public init() {}
    public var name: String { "unique-concat" }

    public func run(_ function: IRFunction, in module: IRModule) {
        var definer: [Value: (block: Int, index: Int)] = [:]
        var paramOf: [Value: (block: Int, position: Int)] = [:]
        var uses: [Value: [(block: Int, index: Int, operand: Int)]] = [:]
        for (b, block) in function.blocks.enumerated() {
            for (p, param) in block.params.enumerated() { paramOf[param] = (b, p) }
            for (i, instruction) in block.instructions.enumerated() {
                if let r = instruction.result { definer[r] = (b, i) }
                for (o, v) in instruction.operands.enumerated() { uses[v, default: []].append((b, i, o)) }
                for t in instruction.targets {
                    for v in t.args { uses[v, default: []].append((b, i, -1)) }
                }
            }
        }
        // Incoming arguments of each block parameter.
        var incoming: [Value: [Value]] = [:]
        for block in function.blocks {
            for call in block.terminator?.targets ?? [] {
                for (arg, param) in zip(call.args, function[call.block].params) { incoming[param, default: []].append(arg) }
            }
        }

        func isCandidate(_ at: (block: Int, index: Int)) -> Bool {
            let instruction = function.blocks[at.block].instructions[at.index]
            return (instruction.op == .binop || instruction.op == .inplace) && instruction.imm == BinaryOp.add.rawValue
        }

        let liveness = Liveness(function)
        var decided: [Value: Bool] = [:]
        for (b, block) in function.blocks.enumerated() {
            for (i, instruction) in block.instructions.enumerated() where isCandidate((b, i)) {
                let left = instruction.operands[0]
                if decided[left] == nil {
                    let web = collectWeb(left, definer: definer, paramOf: paramOf, uses: uses, incoming: incoming,
                                         function: function, isCandidate: isCandidate)
                    let safe = web.closed && noOtherLiveValue(web.values, liveness: liveness, function: function,
                                                              isCandidate: isCandidate)
                    for v in web.values { decided[v] = safe }
                }
                if decided[left] == true {
                    let inplace: Int32 = instruction.op == .inplace ? 1 : 0
                    function.blocks[b].instructions[i] = Instruction(
                        .concatUnique, result: instruction.result, operands: instruction.operands, imm: inplace,
                        line: instruction.line)
                }
            }
        }
    }

    /// Just after every candidate addition of the web, the only web value live is its result.
    private func noOtherLiveValue(_ web: Set<Value>, liveness: Liveness, function: IRFunction,
                                  isCandidate: ((block: Int, index: Int)) -> Bool) -> Bool {
        for (b, block) in function.blocks.enumerated() {
            for (i, instruction) in block.instructions.enumerated() where isCandidate((b, i)) {
                guard web.contains(instruction.operands[0]) else { continue }
                let live = liveness.liveAfter(function, block: b, index: i)
                for v in web where v != instruction.result && live.contains(v) { return false }
            }
        }
        return true
    }

    private struct Web {
        var values: Set<Value>
        var closed: Bool
    }

    private func collectWeb(_ start: Value, definer: [Value: (block: Int, index: Int)],
                            paramOf: [Value: (block: Int, position: Int)],
                            uses: [Value: [(block: Int, index: Int, operand: Int)]], incoming: [Value: [Value]],
                            function: IRFunction, isCandidate: ((block: Int, index: Int)) -> Bool) -> Web {
        var web = Set<Value>()
        var work = [start]
        var closed = true
        while let v = work.popLast() {
            if web.contains(v) { continue }
            web.insert(v)
            // Backwards: what flows into v.
            if paramOf[v] != nil {
                work.append(contentsOf: incoming[v] ?? [])
            } else if let d = definer[v], isCandidate(d) {
                work.append(function.blocks[d.block].instructions[d.index].operands[0])
            }
            // Forwards: every use of v must keep it inside the web.
            for use in uses[v] ?? [] {
                let instruction = function.blocks[use.block].instructions[use.index]
                if use.operand == -1 {
                    // A block argument: the parameters that receive it join the web.
                    for call in instruction.targets {
                        for (arg, param) in zip(call.args, function[call.block].params) where arg == v { work.append(param) }
                    }
                    continue
                }
                switch instruction.op {
                case .binop where use.operand == 0 && isCandidate((use.block, use.index)),
                     .inplace where use.operand == 0 && isCandidate((use.block, use.index)):
                    work.append(instruction.result!)
                case .return_, .compare, .compareBool, .is_, .truth, .getitem, .len:
                    // `format` and `convert` are not here: for an exact str they return the operand itself.
                    break
                case .contains where use.operand == 0:
                    break
                case .callMethod where use.operand == 0:
                    break
                default:
                    closed = false
                }
            }
        }
        return Web(values: web, closed: closed)
    }
}
