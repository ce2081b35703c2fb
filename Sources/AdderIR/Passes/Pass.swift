// IR passes share one protocol and run in the order of one pipeline (`Pipeline.standard`). After
// each pass the verifier checks every function when verification is on (debug builds, tests,
// `--verify-ir`).

import Foundation

/// A transformation of one function.
public protocol IRPass {
    /// The name `adder dump ir --after NAME` and `--time-passes` use.
    var name: String { get }
    func run(_ function: IRFunction, in module: IRModule)
}

/// The passes every program goes through, in order.
public struct Pipeline {
    public var passes: [IRPass]
    public var verify: Bool

    public init(passes: [IRPass] = Pipeline.standardPasses, verify: Bool = Pipeline.verifyByDefault) {
        self.passes = passes
        self.verify = verify
    }

    public static var standardPasses: [IRPass] {
        [RemoveUnreachableBlocks(), PromoteSlots(), SimplifyBlockParams(), RemoveRedundantChecks(),
         RemoveDeadCode(), SimplifyBlockParams(), RemoveDeadCode(), MarkUniqueConcat(), DemoteAcrossYields(),
         RenumberValues()]
    }

    /// Verify after every pass in debug builds, or when ADDER_VERIFY_IR is set.
    public static var verifyByDefault: Bool {
        #if DEBUG
        return true
        #else
        return ProcessInfo.processInfo.environment["ADDER_VERIFY_IR"] != nil
        #endif
    }

    /// The names of the passes, for `--after`.
    public var passNames: [String] { passes.map(\.name) }

    /// Run the pipeline over every function. `stopAfter` stops after the first pass of that name;
    /// `timings` receives the seconds spent in each pass.
    public func run(_ module: IRModule, stopAfter: String? = nil,
                    timings: ((String, Double) -> Void)? = nil) throws {
        for pass in passes {
            let start = DispatchTime.now().uptimeNanoseconds
            for function in module.functions { pass.run(function, in: module) }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            timings?(pass.name, seconds)
            if verify {
                do {
                    try Verifier.verify(module)
                } catch let error as VerifierError {
                    throw VerifierError(function: error.function, message: "after \(pass.name): \(error.message)")
                }
            }
            if pass.name == stopAfter { return }
        }
    }
}

// MARK: - Helpers shared by passes

extension IRFunction {
    /// Replace every use of values by their substitutes (followed transitively).
    func substitute(_ map: [Value: Value]) {
        guard !map.isEmpty else { return }
        func resolve(_ v: Value) -> Value {
            var v = v
            var steps = 0
            while let next = map[v], next != v, steps < 10_000 {
                v = next
                steps += 1
            }
            return v
        }
        for b in blocks.indices {
            for i in blocks[b].instructions.indices {
                var instruction = blocks[b].instructions[i]
                instruction.operands = instruction.operands.map(resolve)
                for t in instruction.targets.indices {
                    instruction.targets[t].args = instruction.targets[t].args.map(resolve)
                }
                blocks[b].instructions[i] = instruction
            }
        }
    }

    /// Blocks reachable from the entry, following terminators and handler edges.
    public func reachableBlocks() -> [Bool] {
        var seen = Array(repeating: false, count: blocks.count)
        var stack = [0]
        seen[0] = true
        while let b = stack.popLast() {
            var next = blocks[b].successors.map { Int($0.index) }
            if let h = blocks[b].handler { next.append(Int(h.index)) }
            for s in next where !seen[s] {
                seen[s] = true
                stack.append(s)
            }
        }
        return seen
    }

    /// The number of uses of every value.
    public func useCounts() -> [Int] {
        var counts = Array(repeating: 0, count: valueTypes.count)
        for block in blocks {
            for instruction in block.instructions {
                for v in instruction.operands { counts[Int(v.index)] += 1 }
                for t in instruction.targets { for v in t.args { counts[Int(v.index)] += 1 } }
            }
        }
        return counts
    }
}

/// Immediate dominators over blocks, counting handler edges as edges.
struct BlockDominators {
    /// idom[b] (the entry is its own), -1 for unreachable blocks.
    var idom: [Int]
    /// Blocks in reverse postorder.
    var order: [Int]
    var children: [[Int]]

    init(_ function: IRFunction) {
        let n = function.blocks.count
        var succs = Array(repeating: [Int](), count: n)
        var preds = Array(repeating: [Int](), count: n)
        for (b, block) in function.blocks.enumerated() {
            var next = block.successors.map { Int($0.index) }
            if let h = block.handler { next.append(Int(h.index)) }
            for s in next {
                succs[b].append(s)
                preds[s].append(b)
            }
        }
        var post: [Int] = []
        var visited = Array(repeating: false, count: n)
        var stack: [(Int, Int)] = [(0, 0)]
        visited[0] = true
        while let (node, next) = stack.popLast() {
            if next < succs[node].count {
                stack.append((node, next + 1))
                let s = succs[node][next]
                if !visited[s] {
                    visited[s] = true
                    stack.append((s, 0))
                }
            } else {
                post.append(node)
            }
        }
        order = post.reversed()
        var rpo = Array(repeating: -1, count: n)
        for (i, node) in order.enumerated() { rpo[node] = i }
        idom = Array(repeating: -1, count: n)
        idom[0] = 0
        var changed = true
        while changed {
            changed = false
            for node in order.dropFirst() {
                var newIdom = -1
                for p in preds[node] where idom[p] != -1 {
                    if newIdom == -1 {
                        newIdom = p
                    } else {
                        var a = p, b = newIdom
                        while a != b {
                            while rpo[a] > rpo[b] { a = idom[a] }
                            while rpo[b] > rpo[a] { b = idom[b] }
                        }
                        newIdom = a
                    }
                }
                if newIdom != idom[node] {
                    idom[node] = newIdom
                    changed = true
                }
            }
        }
        children = Array(repeating: [], count: n)
        for node in order.dropFirst() where idom[node] >= 0 { children[idom[node]].append(node) }
        self.preds = preds
    }

    var preds: [[Int]]

    /// The dominance frontier of every block.
    func frontiers() -> [Set<Int>] {
        var df = Array(repeating: Set<Int>(), count: idom.count)
        for b in order where preds[b].count >= 2 {
            for p in preds[b] where idom[p] != -1 {
                var runner = p
                while runner != idom[b] {
                    df[runner].insert(b)
                    runner = idom[runner]
                }
            }
        }
        return df
    }
}
