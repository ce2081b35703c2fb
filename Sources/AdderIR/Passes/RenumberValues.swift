// Renumbers values densely in block order (parameters, then results), so that dumps read well and
// value tables stay small after the passes removed instructions.

public struct RenumberValues: IRPass {
    public init() {}
    public var name: String { "renumber" }

    public func run(_ function: IRFunction, in module: IRModule) {
        var map: [Value: Value] = [:]
        var types: [IRType] = []
        func define(_ v: Value) -> Value {
            let n = Value(types.count)
            types.append(function.type(of: v))
            map[v] = n
            return n
        }
        for b in function.blocks.indices {
            function.blocks[b].params = function.blocks[b].params.map(define)
            for i in function.blocks[b].instructions.indices {
                if let r = function.blocks[b].instructions[i].result {
                    function.blocks[b].instructions[i].result = define(r)
                }
            }
        }
        for b in function.blocks.indices {
            for i in function.blocks[b].instructions.indices {
                var instruction = function.blocks[b].instructions[i]
                instruction.operands = instruction.operands.map { map[$0] ?? $0 }
                for t in instruction.targets.indices {
                    instruction.targets[t].args = instruction.targets[t].args.map { map[$0] ?? $0 }
                }
                function.blocks[b].instructions[i] = instruction
            }
        }
        function.valueTypes = types
    }
}
