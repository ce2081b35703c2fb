// The bytecode verifier: everything the dispatch loop relies on without checking. Each test takes
// the bytecode of a real snippet, breaks one thing, and expects the verifier's message for it
// (prefixed, as the cache loader shows it, with the function that is wrong).

import XCTest
import AdderIR
@testable import AdderVM

final class BytecodeVerifierTests: XCTestCase {
    /// A module whose function 1 has a call with keywords, a method call, a global load, an
    /// attribute, a dict display, a loop with a fused compare-and-jump, and a try/except.
    private func sample() throws -> BytecodeModule {
        try compileBytecode("""
        def f(a, b):
            d = {a: b, b: a}
            i = 0
            while i < a:
                i += 1
            try:
                r = g(a, k=b).real
            except ValueError:
                r = None
            a.sort(key=b)
            return d, r
        """)
    }

    /// The pcs of every instruction with this opcode in function `f`.
    private func pcs(of op: VMOp, in f: BytecodeFunction) -> [Int] {
        var out: [Int] = []
        var pc = 0
        while pc < f.code.count {
            if Instr.op(f.code[pc]) == op.rawValue { out.append(pc) }
            pc += vmShapes[Int(Instr.op(f.code[pc]))].length(f.code[pc])
        }
        return out
    }

    /// Break function 1 of the sample with `change` and expect `message` from the verifier.
    private func assertRejected(_ message: String, file: StaticString = #filePath, line: UInt = #line,
                                _ change: (inout BytecodeModule, inout BytecodeFunction) throws -> Void) throws {
        var module = try sample()
        var f = module.functions[1]
        try change(&module, &f)
        module.functions[1] = f
        XCTAssertThrowsError(try BytecodeVerifier.verify(module), file: file, line: line) { error in
            XCTAssertEqual("\(error)", "function 1 (f): \(message)", file: file, line: line)
        }
    }

    /// A one-function module (the module body) with this code, for instructions built by hand.
    private func assertTinyRejected(_ message: String, _ code: [Word], frameSize: Int = 4,
                                    file: StaticString = #filePath, line: UInt = #line) {
        let body = BytecodeFunction(name: "<module>", qualname: "<module>", firstLine: 1, signature: Signature(),
                                    freeVars: [], docstring: nil, frameSize: frameSize, slotBase: 0, slotCount: 0,
                                    code: code, lines: code.map { _ in 1 }, handlers: [])
        let module = BytecodeModule(filename: "t.py", constants: [.none], names: ["n"], globals: ["g"], functions: [body])
        XCTAssertThrowsError(try BytecodeVerifier.verify(module), file: file, line: line) { error in
            XCTAssertEqual("\(error)", "function 0 (<module>): \(message)", file: file, line: line)
        }
    }

    private func replaceField(_ word: Word, shift: Word, width: Word, with value: Word) -> Word {
        let mask: Word = ((Word(1) << width) - 1) << shift
        return (word & ~mask) | (value << shift)
    }

    // MARK: - Valid code

    func testSampleVerifies() throws {
        let module = try sample()
        XCTAssertNoThrow(try BytecodeVerifier.verify(module))
        let f = module.functions[1]
        for op: VMOp in [.callKw, .callMethod, .loadGlobal, .getattr, .buildDict, .jlt, .jmp] {
            XCTAssertFalse(pcs(of: op, in: f).isEmpty, "the sample should contain \(op.name)")
        }
        XCTAssertFalse(f.handlers.isEmpty)
    }

    func testNoModuleBody() {
        let empty = BytecodeModule(filename: "t.py", constants: [], names: [], globals: [], functions: [])
        XCTAssertThrowsError(try BytecodeVerifier.verify(empty)) { XCTAssertEqual("\($0)", "no module body") }
    }

    // MARK: - Instruction stream

    func testUnknownOpcode() throws {
        try assertRejected("unknown opcode 250 at 0") { _, f in
            f.code[0] = self.replaceField(f.code[0], shift: 0, width: 8, with: 250)
        }
        try assertRejected("unknown opcode \(VMOp.allCases.count) at 0") { _, f in
            f.code[0] = self.replaceField(f.code[0], shift: 0, width: 8, with: Word(VMOp.allCases.count))
        }
    }

    func testInstructionRunningPastTheEnd() throws {
        // A call with 40 arguments needs 10 register words after it.
        assertTinyRejected("instruction at 1 runs past the end",
                           [Instr.abcd(.move, 0, 0), Instr.abcd(.call, 0, 0, 40), Instr.abcd(.return_, 0)])
        try assertRejected("instruction at 0 runs past the end") { _, f in
            f.code = [Instr.abcd(.jlt, 0, 0, 0, 0)]  // its target word is missing
            f.lines = [1]
        }
    }

    func testCodeFallingOffTheEnd() throws {
        try assertRejected("the code falls off its end") { _, f in
            f.code[f.code.count - 1] = Instr.abcd(.move, 0, 0)
        }
        try assertRejected("the code falls off its end") { _, f in
            // A conditional jump is not a way out: its fall-through leaves the code.
            f.code += [Instr.abcd(.jtrue, 0, 0, 0, 0), 0]
            f.lines += [1, 1]
        }
    }

    func testEmptyCodeAndBadLineTable() throws {
        try assertRejected("empty code or bad line table") { _, f in
            f.code = []
            f.lines = []
        }
        try assertRejected("empty code or bad line table") { _, f in f.lines.removeLast() }
    }

    func testBadFrameLayout() throws {
        try assertRejected("bad frame layout") { _, f in f.frameSize = f.signature.count + f.slotCount + 1 }
        try assertRejected("bad frame layout") { _, f in f.frameSize = 0x1_0002 }
        try assertRejected("bad frame layout") { _, f in f.slotBase += 1 }
        try assertRejected("bad frame layout") { _, f in f.slotCount = f.frameSize }
    }

    func testBadLocalNamesConstant() throws {
        try assertRejected("bad local names constant") { m, f in f.localNamesConstant = m.constants.count }
        try assertRejected("bad local names constant") { m, f in
            m.constants.append(.int(3))
            f.localNamesConstant = m.constants.count - 1
        }
        try assertRejected("bad local names constant") { _, f in f.localNamesConstant = -2 }
    }

    // MARK: - Operands

    func testRegisterOutsideTheFrame() throws {
        assertTinyRejected("register 4 outside the frame at 0", [Instr.abcd(.move, 4, 0), Instr.abcd(.return_, 0)])
        assertTinyRejected("register 4 outside the frame at 0", [Instr.abcd(.move, 0, 4), Instr.abcd(.return_, 0)])
        assertTinyRejected("register 9 outside the frame at 1", [Instr.abcd(.move, 0, 0), Instr.abcd(.return_, 9)])
        let sample = try self.sample()
        let call = pcs(of: .callKw, in: sample.functions[1])[0]
        try assertRejected("register 65535 outside the frame at \(call)") { _, f in
            // The first argument register of the packed list.
            f.code[call + 2] = self.replaceField(f.code[call + 2], shift: 0, width: 16, with: 0xFFFF)
        }
        try assertRejected("register 65535 outside the frame at \(call)") { _, f in
            f.code[call] = self.replaceField(f.code[call], shift: 24, width: 16, with: 0xFFFF)  // the callee
        }
    }

    func testPoolIndexesOutOfRange() throws {
        let f1 = try sample().functions[1]
        let global = pcs(of: .loadGlobal, in: f1)[0]
        try assertRejected("global out of range at \(global)") { m, f in
            f.code[global] = self.replaceField(f.code[global], shift: 24, width: 32, with: Word(m.globals.count))
        }
        let attr = pcs(of: .getattr, in: f1)[0]
        try assertRejected("name out of range at \(attr)") { m, f in
            f.code[attr] = self.replaceField(f.code[attr], shift: 40, width: 16, with: Word(m.names.count))
        }
        let constant = pcs(of: .loadK, in: f1)[0]
        try assertRejected("constant out of range at \(constant)") { m, f in
            f.code[constant] = self.replaceField(f.code[constant], shift: 24, width: 32, with: Word(m.constants.count))
        }
    }

    func testBadSmallImmediates() throws {
        let f1 = try sample().functions[1]
        let jlt = pcs(of: .jlt, in: f1)[0]
        try assertRejected("bad immediate at \(jlt)") { _, f in
            f.code[jlt] = self.replaceField(f.code[jlt], shift: 56, width: 8, with: 2)
        }
        let ret = Instr.abcd(.return_, 0)
        assertTinyRejected("bad immediate at 0", [Instr.abcd(.compare, 0, 0, 0, 6), ret])
        assertTinyRejected("bad immediate at 0", [Instr.abcd(.inplace, 0, 0, 0, 13), ret])
        assertTinyRejected("bad immediate at 0", [Instr.abcd(.convert, 0, 0, 0, 3), ret])
        assertTinyRejected("bad immediate at 0", [Instr.abcd(.checkBound, 0, 0, 0, 3), ret])
        assertTinyRejected("bad immediate at 0", [Instr.abcd(.concatUnique, 0, 0, 0, 2), ret])
        assertTinyRejected("bad immediate at 0", [Instr.abcd(.loadClosure, 0, 0), ret])  // no free variables
    }

    func testKeywordNamesMustBeATupleOfStrs() throws {
        let f1 = try sample().functions[1]
        let callKw = pcs(of: .callKw, in: f1)[0]
        try assertRejected("bad extension word at \(callKw)") { m, f in
            m.constants.append(.int(7))
            f.code[callKw + 1] = Word(m.constants.count - 1)
        }
        try assertRejected("bad extension word at \(callKw)") { m, f in
            m.constants.append(.tuple([.string("k"), .int(1)]))
            f.code[callKw + 1] = Word(m.constants.count - 1)
        }
        try assertRejected("bad extension word at \(callKw)") { m, f in
            // More keyword names than arguments.
            m.constants.append(.tuple([.string("a"), .string("b"), .string("c"), .string("d")]))
            f.code[callKw + 1] = Word(m.constants.count - 1)
        }
        try assertRejected("bad extension word at \(callKw)") { m, f in
            f.code[callKw + 1] = Word(m.constants.count)
        }
        let method = pcs(of: .callMethod, in: f1)[0]
        try assertRejected("bad extension word at \(method)") { m, f in
            m.constants.append(.string("key"))
            f.code[method + 1] = (f.code[method + 1] & 0xFFFF_FFFF) | Word(m.constants.count) << 32
        }
        try assertRejected("bad extension word at \(method)") { m, f in
            f.code[method + 1] = (f.code[method + 1] & ~0xFFFF_FFFF) | Word(m.names.count)
        }
    }

    func testMakeFunctionExtension() throws {
        let module = try sample()
        let make = pcs(of: .makeFunction, in: module.functions[0])[0]
        var broken = module
        broken.functions[0].code[make + 1] = Word(0) | Word(module.functions.count) << 16
        XCTAssertThrowsError(try BytecodeVerifier.verify(broken)) {
            XCTAssertEqual("\($0)", "function 0 (<module>): bad extension word at \(make)")
        }
    }

    func testRegisterListWithGarbageAndOddDicts() throws {
        let f1 = try sample().functions[1]
        let call = pcs(of: .callKw, in: f1)[0]
        try assertRejected("garbage in a register list at \(call)") { _, f in
            f.code[call + 2] |= Word(1) << 63  // a fourth register in a list of two
        }
        let dict = pcs(of: .buildDict, in: f1)[0]
        try assertRejected("odd dict display at \(dict)") { _, f in
            f.code[dict] = self.replaceField(f.code[dict], shift: 40, width: 16, with: 3)
        }
    }

    // MARK: - Control flow

    func testJumpIntoTheMiddleOfAnInstruction() throws {
        let f1 = try sample().functions[1]
        let callKw = pcs(of: .callKw, in: f1)[0]
        let jmp = pcs(of: .jmp, in: f1)[0]
        try assertRejected("jump into the middle of an instruction at \(jmp)") { _, f in
            f.code[jmp] = Instr.abx(.jmp, 0, callKw + 1)
        }
        let jlt = pcs(of: .jlt, in: f1)[0]
        try assertRejected("jump into the middle of an instruction at \(jlt)") { _, f in
            f.code[jlt + 1] = Word(callKw + 2)
        }
        try assertRejected("jump into the middle of an instruction at \(jmp)") { _, f in
            f.code[jmp] = Instr.abx(.jmp, 0, f.code.count)  // past the end
        }
        try assertRejected("bad jump target at \(jlt)") { _, f in
            f.code[jlt + 1] = Word.max
        }
    }

    func testBadHandlerRanges() throws {
        let f1 = try sample().functions[1]
        let callKw = pcs(of: .callKw, in: f1)[0]
        for bad in [HandlerRange(start: 2, end: 2, handler: 0), HandlerRange(start: 3, end: 1, handler: 0),
                    HandlerRange(start: 0, end: f1.code.count + 1, handler: 0),
                    HandlerRange(start: callKw + 1, end: callKw + 3, handler: 0),
                    HandlerRange(start: 0, end: 1, handler: callKw + 1),
                    HandlerRange(start: 0, end: 1, handler: f1.code.count)] {
            try assertRejected("bad handler range") { _, f in f.handlers.append(bad) }
        }
    }
}
