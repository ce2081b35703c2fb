// The IR verifier: every error it reports, each provoked by the smallest broken function (in IR
// text where the parser can express the breakage, through the API where the parser itself would
// refuse it), and valid IR that must pass — block parameters, handlers, and the rule that a
// block's handler does not see the values the block defines.

import XCTest
@testable import AdderIR

final class VerifierTests: XCTestCase {
    // MARK: - Valid IR

    func testStraightLineFunctionPasses() {
        assertAccepted(irModule("""
        bb0:
          %0 = const 1 !1
          return %0 !1
        """))
    }

    func testBlockParametersAtAJoinPass() {
        assertAccepted(irModule("""
        bb0(%0):
          %1: bool = truth %0 !1
          %2 = const 1 !2
          %3 = const 2 !3
          branch %1, bb1(%2), bb1(%3) !1
        bb1(%4):
          return %4 !4
        """, signature: "x"))
    }

    func testLoopCarriedParametersPass() {
        // A parameter used before the back edge that defines its next value.
        assertAccepted(irModule("""
        bb0:
          %0 = const 0 !1
          jump bb1(%0) !1
        bb1(%1):
          %2 = const 10 !2
          %3: bool = compare_bool lt, %1, %2 !2
          branch %3, bb2, bb3 !2
        bb2:
          %4 = const 1 !3
          %5 = binop add, %1, %4 !3
          jump bb1(%5) !3
        bb3:
          return %1 !4
        """))
    }

    func testHandlerWithoutParametersSeesValuesDefinedBeforeTheRegion() {
        // %0 is defined in bb0, which dominates the protected block bb1 and so its handler bb2.
        assertAccepted(irModule("""
        bb0:
          %0 = const 1 !1
          jump bb1 !1
        bb1 handler bb2:
          %1 = const 0 !2
          %2 = binop truediv, %0, %1 !2
          return %2 !2
        bb2:
          %3 = get_exception !3
          return %0 !3
        """))
    }

    func testValuesOfAProtectedBlockReachItsNormalSuccessors() {
        // The end of bb1 dominates bb3 (reached only by bb1's jump): its values are available there,
        // even though bb1 also has a handler edge.
        assertAccepted(irModule("""
        bb0:
          jump bb1 !1
        bb1 handler bb2:
          %0 = const 1 !2
          jump bb3 !2
        bb2:
          %1 = get_exception !3
          reraise %1 !3
        bb3:
          return %0 !4
        """))
    }

    func testUnreachableBlocksAreNotCheckedForDominance() {
        // bb1 has no predecessors: nothing executes it, so its use of %0 is not a dominance error.
        assertAccepted(irModule("""
        bb0:
          %0 = const 1 !1
          return %0 !1
        bb1:
          return %2 !2
        bb2:
          %2 = const 2 !3
          jump bb1 !3
        """))
    }

    func testSignatureParametersAreTheEntryParameters() {
        assertAccepted(irModule("""
        bb0(%0, %1, %2, %3, %4):
          return %0 !1
        """, signature: "a, /, b, *args, c, **kw"))
    }

    func testKeywordNamesTupleOfStrsPasses() {
        assertAccepted(irModule("""
        bb0:
          %0 = load_global @g !1
          %1 = const 1 !1
          %2 = call ("k",), %0, %1 !1
          %3 = call_method "m" ("a", "b"), %0, %1, %2 !1
          return %3 !1
        """))
    }

    func testRealProgramsVerifyAfterLowering() throws {
        let module = try lowerPython("""
        def f(a, *args, b=2, **kw):
            total = 0
            for x in args:
                try:
                    total += x
                except TypeError as e:
                    total = -1
                finally:
                    pass
            return total
        print(f(1, 2, 3))
        """)
        XCTAssertNoThrow(try Verifier.verify(module))
    }

    // MARK: - Function shape

    func testNoBlocks() {
        let module = IRModule(filename: "t.py")
        _ = module.add(IRFunction(name: "f", qualname: "f", firstLine: 1))
        assertVerifierError("no blocks") { try Verifier.verify(module) }
    }

    func testEntryParametersMustMatchTheSignature() {
        assertRejected("the entry block takes 1 parameters, the signature has 2", irModule("""
        bb0(%0):
          return %0 !1
        """, signature: "a, b"))
    }

    func testValueWithoutAType() {
        let module = IRModule(filename: "t.py")
        let f = IRFunction(name: "f", qualname: "f", firstLine: 1)
        _ = module.add(f)
        let b = f.newBlock()
        f[b].instructions = [Instruction(.const_, result: Value(5), imm: module.constant(.none), line: 1),
                             Instruction(.return_, operands: [Value(5)], line: 1)]
        assertVerifierError("%5 has no type") { try Verifier.verify(module) }
    }

    func testValueDefinedTwice() {
        let module = IRModule(filename: "t.py")
        let f = IRFunction(name: "f", qualname: "f", firstLine: 1)
        _ = module.add(f)
        let v = f.newValue()
        let b = f.newBlock()
        let k = module.constant(.none)
        f[b].instructions = [Instruction(.const_, result: v, imm: k, line: 1),
                             Instruction(.const_, result: v, imm: k, line: 2),
                             Instruction(.return_, operands: [v], line: 2)]
        assertVerifierError("%0 is defined twice") { try Verifier.verify(module) }
    }

    func testTheParserRejectsValuesDefinedTwice() {
        XCTAssertThrowsError(try IRParser.parse(irModule("""
        bb0:
          %0 = const 1 !1
          %0 = const 2 !1
          return %0 !1
        """))) { error in
            XCTAssert("\(error)".contains("%0 defined twice"), "\(error)")
        }
    }

    func testBlockWithoutTerminator() {
        assertRejected("bb0 does not end in a terminator", irModule("""
        bb0:
          %0 = const 1 !1
        """))
    }

    func testEmptyBlock() {
        // A block named only as a target gets no instructions.
        assertRejected("bb1 does not end in a terminator", irModule("""
        bb0:
          jump bb1 !1
        """))
    }

    func testTerminatorBeforeTheEnd() {
        assertRejected("bb0 has a terminator (return) before its end", irModule("""
        bb0:
          %0 = const 1 !1
          return %0 !1
          return %0 !2
        """))
    }

    func testHandlerThatDoesNotExist() {
        let module = IRModule(filename: "t.py")
        let f = IRFunction(name: "f", qualname: "f", firstLine: 1)
        _ = module.add(f)
        let v = f.newValue()
        let b = f.newBlock(handler: BlockID(7))
        f[b].instructions = [Instruction(.const_, result: v, imm: module.constant(.none), line: 1),
                             Instruction(.return_, operands: [v], line: 1)]
        assertVerifierError("bb0 has a handler that does not exist") { try Verifier.verify(module) }
    }

    func testHandlerWithParameters() {
        assertRejected("handler bb2 of bb1 takes parameters", irModule("""
        bb0:
          jump bb1 !1
        bb1 handler bb2:
          %0 = const 1 !2
          return %0 !2
        bb2(%1):
          return %1 !3
        """))
    }

    func testLocalNamesConstantMustBeATuple() {
        assertRejected("the local names constant is not a tuple", irModule("""
        bb0:
          %0 = const None !1
          return %0 !1
        """).replacingOccurrences(of: "slots () {", with: "slots () locals 5 {"))
        assertAccepted(irModule("""
        bb0:
          %0 = const None !1
          return %0 !1
        """).replacingOccurrences(of: "slots () {", with: "slots () locals (\"x\",) {"))
    }

    // MARK: - Instructions

    func testWrongFixedOperandCount() {
        assertRejected("bb0[1] binop takes 2 operands, has 1", irModule("""
        bb0:
          %0 = const 1 !1
          %1 = binop add, %0 !1
          return %1 !1
        """))
    }

    func testTooFewOperandsForAVariadicInstruction() {
        assertRejected("bb0[0] call takes at least 1 operands, has 0", irModule("""
        bb0:
          %0 = call - !1
          return %0 !1
        """))
    }

    func testResultOnAnInstructionWithout() {
        assertRejected("bb0[1] store_global has a result", irModule("""
        bb0:
          %0 = const 1 !1
          %1 = store_global @g, %0 !1
          return %0 !1
        """))
    }

    func testMissingResult() {
        assertRejected("bb0[0] const has no result", irModule("""
        bb0:
          const 1 !1
          %0 = const 2 !1
          return %0 !1
        """))
    }

    func testResultOfTheWrongType() {
        assertRejected("bb0[0] const result %0 must be object", irModule("""
        bb0:
          %0: bool = const 1 !1
          return %0 !1
        """))
        assertRejected("bb0[2] compare_bool result %2 must be bool", irModule("""
        bb0:
          %0 = const 1 !1
          %1 = const 2 !1
          %2 = compare_bool lt, %0, %1 !1
          return %2 !1
        """))
    }

    func testUndefinedOperand() {
        assertRejected("bb0[0] return uses undefined %3", irModule("""
        bb0:
          return %3 !1
        """))
    }

    func testOperandOfTheWrongType() {
        // branch wants a bool, return an object.
        assertRejected("bb0[1] branch operand %0 must be bool", irModule("""
        bb0:
          %0 = const True !1
          branch %0, bb1, bb1 !1
        bb1:
          return %0 !2
        """))
        assertRejected("bb0[3] return operand %2 must be object", irModule("""
        bb0:
          %0 = const 1 !1
          %1 = const 2 !1
          %2: bool = compare_bool eq, %0, %1 !1
          return %2 !1
        """))
        assertRejected("bb0[1] box_bool operand %0 must be bool", irModule("""
        bb0:
          %0 = const 1 !1
          %1 = box_bool %0 !1
          return %1 !1
        """))
    }

    func testImmediatesOutOfRange() {
        // One instruction per immediate kind, each given an index past its table.
        let cases: [(Opcode, ImmediateKind, String)] = [
            (.const_, .constant, "const"), (.loadGlobal, .global, "load_global"),
            (.loadBuiltin, .name, "load_builtin"), (.loadSlot, .slot, "load_slot"),
            (.loadClosure, .freeVar, "load_closure"),
        ]
        for (op, _, name) in cases {
            let (module, f) = singleInstructionFunction(op)
            f.blocks[0].instructions[0].imm = 99
            assertVerifierError("bb0[0] \(name) immediate 99 out of range") { try Verifier.verify(module) }
            f.blocks[0].instructions[0].imm = -1
            assertVerifierError("bb0[0] \(name) immediate -1 out of range") { try Verifier.verify(module) }
        }
    }

    func testOperatorImmediatesOutOfRange() {
        let module = IRModule(filename: "t.py")
        let f = IRFunction(name: "f", qualname: "f", firstLine: 1)
        _ = module.add(f)
        let a = f.newValue(), r = f.newValue()
        _ = f.newBlock()
        f.blocks[0].instructions = [Instruction(.const_, result: a, imm: module.constant(.int(1)), line: 1),
                                    Instruction(.binop, result: r, operands: [a, a], imm: 13, line: 1),
                                    Instruction(.return_, operands: [r], line: 1)]
        assertVerifierError("bb0[1] binop immediate 13 out of range") { try Verifier.verify(module) }
        f.blocks[0].instructions[1] = Instruction(.compare, result: r, operands: [a, a], imm: 6, line: 1)
        assertVerifierError("bb0[1] compare immediate 6 out of range") { try Verifier.verify(module) }
        f.blocks[0].instructions[1] = Instruction(.unop, result: r, operands: [a], imm: 3, line: 1)
        assertVerifierError("bb0[1] unop immediate 3 out of range") { try Verifier.verify(module) }
        f.blocks[0].instructions[1] = Instruction(.convert, result: r, operands: [a], imm: 3, line: 1)
        assertVerifierError("bb0[1] convert immediate 3 out of range") { try Verifier.verify(module) }
        f.blocks[0].instructions[1] = Instruction(.cellGet, result: r, operands: [a], imm: module.name("x"),
                                                  aux: 3, line: 1)
        assertVerifierError("bb0[1] cell_get immediate 3 out of range") { try Verifier.verify(module) }
        f.blocks[0].instructions[1] = Instruction(.makeFunction, result: r, operands: [a, a, a], imm: 1, line: 1)
        assertVerifierError("bb0[1] make_function immediate 1 out of range") { try Verifier.verify(module) }
    }

    func testKeywordNamesThatAreNotATupleOfStrs() {
        assertRejected("bb0[2] call keyword names are not a tuple of strs", irModule("""
        bb0:
          %0 = load_global @g !1
          %1 = const 1 !1
          %2 = call ("k", 3), %0, %1 !1
          return %2 !1
        """))
        assertRejected("bb0[2] call_method keyword names are not a tuple of strs", irModule("""
        bb0:
          %0 = load_global @g !1
          %1 = const 1 !1
          %2 = call_method "m" "k", %0, %1 !1
          return %2 !1
        """))
        let (module, f) = singleInstructionFunction(.const_)
        f.blocks[0].instructions[0] = Instruction(.call, result: f.blocks[0].instructions[0].result,
                                                  operands: [f.blocks[0].instructions[0].result!], imm: 40, line: 1)
        f.blocks[0].instructions.insert(Instruction(.const_, result: f.newValue(), imm: 0, line: 1), at: 0)
        f.blocks[0].instructions[1].operands = [f.blocks[0].instructions[0].result!]
        assertVerifierError("bb0[1] call immediate 40 out of range") { try Verifier.verify(module) }
    }

    func testNegativeCount() {
        assertRejected("bb0[1] unpack negative count", irModule("""
        bb0:
          %0 = const (1, 2) !1
          %1 = unpack -2, %0 !1
          return %1 !1
        """))
    }

    // MARK: - Terminators and edges

    func testWrongNumberOfTargets() {
        assertRejected("bb0[2] branch has 1 targets, needs 2", irModule("""
        bb0:
          %0 = const 1 !1
          %1: bool = truth %0 !1
          branch %1, bb1 !1
        bb1:
          return %0 !2
        """))
    }

    func testReturnWithATarget() {
        assertRejected("bb0[1] return has 1 targets, needs 0", irModule("""
        bb0:
          %0 = const 1 !1
          return %0, bb1 !1
        bb1:
          return %0 !2
        """))
    }

    func testJumpToAMissingBlock() {
        let module = IRModule(filename: "t.py")
        let f = IRFunction(name: "f", qualname: "f", firstLine: 1)
        _ = module.add(f)
        _ = f.newBlock()
        f.blocks[0].instructions = [Instruction(.jump, targets: [BlockCall(BlockID(4))], line: 1)]
        assertVerifierError("bb0[0] jump jumps to missing bb4") { try Verifier.verify(module) }
    }

    func testArgumentCountMismatch() {
        assertRejected("bb0[1] jump passes 0 arguments to bb1, which takes 1", irModule("""
        bb0:
          %0 = const 1 !1
          jump bb1 !1
        bb1(%1):
          return %1 !2
        """))
        assertRejected("bb0[1] jump passes 2 arguments to bb1, which takes 1", irModule("""
        bb0:
          %0 = const 1 !1
          jump bb1(%0, %0) !1
        bb1(%1):
          return %1 !2
        """))
    }

    func testUndefinedArgument() {
        assertRejected("bb0[0] jump passes undefined %9", irModule("""
        bb0:
          jump bb1(%9) !1
        bb1(%1):
          return %1 !2
        """))
    }

    func testArgumentOfTheWrongType() {
        assertRejected("bb0[2] jump passes %1 of the wrong type to bb1", irModule("""
        bb0:
          %0 = const 1 !1
          %1: bool = truth %0 !1
          jump bb1(%1) !1
        bb1(%2):
          return %2 !2
        """))
    }

    // MARK: - Dominance

    func testUseBeforeDefinitionInTheSameBlock() {
        assertRejected("%1 (defined in bb0) does not dominate its use in bb0[0]", irModule("""
        bb0:
          %0 = unop neg, %1 !1
          %1 = const 1 !1
          return %0 !1
        """))
    }

    func testValueFromOneBranchUsedAtTheJoin() {
        assertRejected("%2 (defined in bb1) does not dominate its use in bb3[0]", irModule("""
        bb0(%0):
          %1: bool = truth %0 !1
          branch %1, bb1, bb2 !1
        bb1:
          %2 = const 1 !2
          jump bb3 !2
        bb2:
          jump bb3 !3
        bb3:
          return %2 !4
        """, signature: "x"))
    }

    func testValueDefinedInABlockIsNotAvailableInItsHandler() {
        // The exception may come from the division, before %2 exists... or from any instruction:
        // the handler edge leaves the start of bb1, so nothing bb1 defines reaches bb2.
        assertRejected("%1 (defined in bb1) does not dominate its use in bb2[1]", irModule("""
        bb0:
          %0 = const 1 !1
          jump bb1 !1
        bb1 handler bb2:
          %1 = const 0 !2
          %2 = binop truediv, %0, %1 !2
          return %2 !2
        bb2:
          %3 = get_exception !3
          return %1 !3
        """))
    }

    func testParameterOfAProtectedBlockIsAvailableInItsHandler() {
        // Parameters are defined at the start of the block, before any instruction can raise.
        assertAccepted(irModule("""
        bb0:
          %0 = const 1 !1
          jump bb1(%0) !1
        bb1(%1) handler bb2:
          %2 = unop neg, %1 !2
          return %2 !2
        bb2:
          %3 = get_exception !3
          return %1 !3
        """))
    }

    func testValueOfAnotherProtectedBlockIsNotAvailableInTheSharedHandler() {
        // bb2 is the handler of both bb1 and bb3; bb3's value is not available in bb2 even though
        // bb1 dominates bb3.
        assertRejected("%2 (defined in bb3) does not dominate its use in bb2[1]", irModule("""
        bb0:
          %0 = const 1 !1
          jump bb1 !1
        bb1 handler bb2:
          %1 = unop neg, %0 !2
          jump bb3 !2
        bb3 handler bb2:
          %2 = unop neg, %1 !3
          return %2 !3
        bb2:
          %3 = get_exception !4
          return %2 !4
        """))
    }

    func testValueOfAnUnprotectedDominatorIsAvailableInALaterHandler() {
        // bb1 (no handler) dominates bb2, the protected block, so its values reach bb2's handler bb3.
        assertAccepted(irModule("""
        bb0:
          %0 = const 1 !1
          jump bb1 !1
        bb1:
          %1 = unop neg, %0 !2
          jump bb2 !2
        bb2 handler bb3:
          %2 = unop neg, %1 !3
          return %2 !3
        bb3:
          %3 = get_exception !4
          return %1 !4
        """))
    }

    func testTargetArgumentsAreCheckedForDominanceToo() {
        assertRejected("%2 (defined in bb1) does not dominate its use in bb2[0]", irModule("""
        bb0(%0):
          %1: bool = truth %0 !1
          branch %1, bb1, bb2 !1
        bb1:
          %2 = const 1 !2
          jump bb2 !2
        bb2:
          jump bb3(%2) !3
        bb3(%3):
          return %3 !4
        """, signature: "x"))
    }

    // MARK: - Helpers

    /// A function whose first instruction is `op` (with a result if it has one) followed by a
    /// return, with one slot, one free variable, one name, one global and one constant.
    private func singleInstructionFunction(_ op: Opcode) -> (IRModule, IRFunction) {
        let module = IRModule(filename: "t.py")
        let f = IRFunction(name: "f", qualname: "f", firstLine: 1)
        _ = module.add(f)
        f.slots = ["s"]
        f.freeVars = ["v"]
        _ = module.name("n")
        _ = module.global("g")
        let k = module.constant(.none)
        let r = f.newValue()
        _ = f.newBlock()
        f.blocks[0].instructions = [Instruction(op, result: r, imm: 0, line: 1),
                                    Instruction(.return_, operands: [r], line: 1)]
        XCTAssertEqual(k, 0)
        XCTAssertNoThrow(try Verifier.verify(module), "the unbroken function must verify")
        return (module, f)
    }
}
