// The register allocator: parameters sit in r0.., frame slots right after them, and no two values
// that are live at the same time share a register. Interference is checked against a liveness
// analysis written here independently of the allocator's own: backwards over each block, with a
// block's handler counted as live from its first instruction to its last (an exception may leave
// from any of them), block arguments read at the end of the block, and block parameters all
// written together at its start. A write clobbers its register whether or not the value written
// is ever read, so dead results and dead parameters are checked too.

import XCTest
import AdderIR
@testable import AdderVM

final class RegisterAllocatorTests: XCTestCase {
    func testParametersAreInTheFirstRegistersAndSlotsFollow() throws {
        let module = try compileIR("""
        def f(a, b, /, c, *args, d, **kw):
            try:
                x = a
                y = b
            except ValueError:
                return x
            return (x, y, c, d, args, kw)
        """)
        let f = module.functions[1]
        let assignment = RegisterAllocator.allocate(f)
        XCTAssertEqual(f.blocks[0].params.map { assignment.register[Int($0.index)] }, [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(assignment.slotBase, 6)
        XCTAssertEqual(f.slots.count, 2, "x and y stay slots")
        let slots = assignment.slotBase..<(assignment.slotBase + f.slots.count)
        for (v, r) in assignment.register.enumerated() where r >= 0 {
            XCTAssertFalse(slots.contains(r), "%\(v) must not live in a slot's register")
        }
    }

    func testModuleBodyHasNoParameters() throws {
        let module = try compileIR("x = 1\nprint(x)\n")
        let assignment = RegisterAllocator.allocate(module.functions[0])
        XCTAssertEqual(assignment.slotBase, 0)
        XCTAssertEqual(assignment.register.filter { $0 >= 0 }.min(), 0)
    }

    func testRegistersAreReusedAfterValuesDie() throws {
        // A long straight line of short-lived temporaries needs only a few registers.
        let body = (0..<50).map { "    print(\($0) + n)" }.joined(separator: "\n")
        let module = try compileIR("def f(n):\n\(body)\n")
        let assignment = RegisterAllocator.allocate(module.functions[1])
        XCTAssertLessThanOrEqual(assignment.valueRegisters, 6, "temporaries should share registers")
    }

    func testNoInterferenceInSmallFunctions() throws {
        let module = try compileIR("""
        def swap_loop(a, b, n):
            while n > 0:
                a, b = b, a
                n -= 1
            return a, b

        def handler(items):
            total = 0
            for x in items:
                try:
                    total += 10 // x
                except ZeroDivisionError:
                    total -= 1
                finally:
                    total += 0
            return total

        def nested(xs):
            out = []
            for i in xs:
                for j in xs:
                    if i < j:
                        out.append((i, j))
                    elif i == j:
                        continue
                    else:
                        break
            return out
        """)
        for f in module.functions { try assertNoInterference(f, "\(f.qualname)") }
    }

    func testNoInterferenceInTheCorpus() throws {
        let programs = try corpusIR()
        XCTAssertGreaterThan(programs.count, 50, "the program corpus was not found")
        var functions = 0
        for (path, module) in programs {
            for f in module.functions {
                try assertNoInterference(f, "\(path): \(f.qualname)")
                functions += 1
            }
        }
        XCTAssertGreaterThan(functions, 200)
    }

    func testLayoutStartsAtTheEntryAndCoversReachableBlocks() throws {
        for (path, module) in try corpusIR().prefix(40) {
            for f in module.functions {
                let layout = RegisterAllocator.blockLayout(f)
                XCTAssertEqual(layout.first, 0, path)
                XCTAssertEqual(Set(layout).count, layout.count, "\(path): a block laid out twice")
                let reachable = f.reachableBlocks().enumerated().filter(\.element).map(\.offset)
                XCTAssertEqual(Set(layout), Set(reachable), "\(path): \(f.qualname)")
            }
        }
    }

    func testTheCheckFindsASharedRegister() throws {
        // Sabotage: give a loop-carried value the register of the loop bound.
        let module = try compileIR("""
        def f(n):
            i = 0
            while i < n:
                i = i + 1
            return i
        """)
        let f = module.functions[1]
        var assignment = RegisterAllocator.allocate(f)
        XCTAssertEqual(conflicts(f, assignment), [])
        let n = f.blocks[0].params[0]
        let header = f.blocks.firstIndex { !$0.params.isEmpty && $0.params != f.blocks[0].params }!
        let i = f.blocks[header].params[0]
        assignment.register[Int(i.index)] = assignment.register[Int(n.index)]
        XCTAssertFalse(conflicts(f, assignment).isEmpty, "i and n are live together")
    }

    // MARK: - The interference check

    private func assertNoInterference(_ f: IRFunction, _ what: String, file: StaticString = #filePath,
                                      line: UInt = #line) throws {
        for problem in conflicts(f, RegisterAllocator.allocate(f)) {
            XCTFail("\(what): \(problem)", file: file, line: line)
        }
    }

    /// Every write of a register that holds another live value, every value without a register,
    /// and every value placed in a frame slot's register.
    private func conflicts(_ f: IRFunction, _ assignment: RegisterAssignment) -> [String] {
        var problems: [String] = []
        let register = assignment.register
        let liveIn = independentLiveIn(f)
        let reachable = f.reachableBlocks()
        let slots = assignment.slotBase..<(assignment.slotBase + f.slots.count)
        func reg(_ v: Value) -> Int { register[Int(v.index)] }
        func check(_ written: Value, against live: Set<Value>, _ at: String) {
            if reg(written) < 0 { problems.append("\(written) has no register") }
            if slots.contains(reg(written)) { problems.append("\(written) is in slot register r\(reg(written))") }
            for other in live.sorted() where other != written && reg(other) == reg(written) {
                problems.append("\(written) and \(other) share r\(reg(written)) \(at)")
            }
        }
        for (b, block) in f.blocks.enumerated() where reachable[b] {
            // Values used in the block or later, walking backwards.
            var live = liveOut(of: b, f, liveIn)
            let handlerLive = block.handler.map { liveIn[Int($0.index)] } ?? []
            for (i, instruction) in block.instructions.enumerated().reversed() {
                if let r = instruction.result {
                    check(r, against: live.union(handlerLive), "after bb\(b)[\(i)]")
                    live.remove(r)
                }
                live.formUnion(instruction.operands)
                for t in instruction.targets { live.formUnion(t.args) }
            }
            // Parameters are written together (by the predecessors' moves) at the block's start.
            let atStart = live.union(handlerLive).union(block.params)
            for p in block.params { check(p, against: atStart, "at the start of bb\(b)") }
        }
        return problems
    }

    /// Live-in sets by a plain backwards fixed point (parameters are defined by their block).
    private func independentLiveIn(_ f: IRFunction) -> [Set<Value>] {
        var liveIn = Array(repeating: Set<Value>(), count: f.blocks.count)
        var changed = true
        while changed {
            changed = false
            for b in f.blocks.indices.reversed() {
                var live = liveOut(of: b, f, liveIn)
                let handlerLive = f.blocks[b].handler.map { liveIn[Int($0.index)] } ?? []
                for instruction in f.blocks[b].instructions.reversed() {
                    if let r = instruction.result { live.remove(r) }
                    live.formUnion(instruction.operands)
                    for t in instruction.targets { live.formUnion(t.args) }
                }
                live.formUnion(handlerLive)
                live.subtract(f.blocks[b].params)
                if live != liveIn[b] {
                    liveIn[b] = live
                    changed = true
                }
            }
        }
        return liveIn
    }

    /// Values live at the end of a block (before its terminator's arguments are read).
    private func liveOut(of b: Int, _ f: IRFunction, _ liveIn: [Set<Value>]) -> Set<Value> {
        var out = Set<Value>()
        for s in f.blocks[b].successors {
            out.formUnion(liveIn[Int(s.index)])
        }
        return out
    }
}
