// Removes block parameters that always receive the same value (or themselves): the trivial phis
// that SSA construction leaves behind, found by iterating to a fixed point.

public struct SimplifyBlockParams: IRPass {
    public init() {}
    public var name: String { "simplify-params" }

    public func run(_ function: IRFunction, in module: IRModule) {
        var changed = true
        while changed {
            changed = false
            var incoming = Array(repeating: [[Value]](), count: function.blocks.count)
            for block in function.blocks {
                for call in block.terminator?.targets ?? [] {
                    incoming[Int(call.block.index)].append(call.args)
                }
            }
            var substitution: [Value: Value] = [:]
            for b in function.blocks.indices.dropFirst() where !function.blocks[b].params.isEmpty {
                var remove: [Int] = []
                for (p, param) in function.blocks[b].params.enumerated() {
                    var unique: Value?
                    var trivial = true
                    for args in incoming[b] {
                        let v = args[p]
                        if v == param { continue }
                        if let u = unique, u != v {
                            trivial = false
                            break
                        }
                        unique = v
                    }
                    if trivial, let u = unique {
                        substitution[param] = u
                        remove.append(p)
                    }
                }
                if !remove.isEmpty {
                    removeParams(remove, of: b, in: function)
                    changed = true
                }
            }
            function.substitute(substitution)
        }
    }
}

/// Remove parameters (by position) from a block and the matching arguments from every jump to it.
func removeParams(_ positions: [Int], of block: Int, in function: IRFunction) {
    let drop = Set(positions)
    function.blocks[block].params = function.blocks[block].params.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    for b in function.blocks.indices {
        guard let last = function.blocks[b].instructions.indices.last else { continue }
        for t in function.blocks[b].instructions[last].targets.indices
        where Int(function.blocks[b].instructions[last].targets[t].block.index) == block {
            let args = function.blocks[b].instructions[last].targets[t].args
            function.blocks[b].instructions[last].targets[t].args = args.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        }
    }
}
