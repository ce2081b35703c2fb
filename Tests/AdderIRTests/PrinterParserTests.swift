// The IR text form: the parser reads exactly what the printer writes. Checked three ways:
//  - a hand-written module in canonical form (Tests/IR/all_opcodes.ir) that uses every opcode,
//    every immediate kind and every operator name prints back byte for byte;
//  - the IR of every program in Tests/Programs, right after lowering and after the whole pipeline,
//    survives parse(print(m)) with identical text and still verifies;
//  - malformed text is rejected with a message naming the problem and its line.

import Foundation
import XCTest
@testable import AdderIR

final class PrinterParserTests: XCTestCase {
    private var allOpcodesText: String {
        get throws { try String(contentsOfFile: repositoryRoot + "/Tests/IR/all_opcodes.ir", encoding: .utf8) }
    }

    // MARK: - The canonical module

    func testHandWrittenModuleIsInCanonicalForm() throws {
        let text = try allOpcodesText
        let module = try IRParser.parse(text)
        try Verifier.verify(module)
        assertSameText(module.printed(), text)
    }

    func testHandWrittenModuleRoundTrips() throws {
        let once = try IRParser.parse(try allOpcodesText).printed()
        let twice = try IRParser.parse(once).printed()
        assertSameText(twice, once)
    }

    func testHandWrittenModuleCoversEveryOpcode() throws {
        let module = try IRParser.parse(try allOpcodesText)
        let used = Set(module.functions.flatMap { $0.blocks.flatMap { $0.instructions.map(\.op) } })
        let missing = Opcode.allCases.filter { !used.contains($0) }.map(\.info.name)
        XCTAssertEqual(missing, [], "opcodes missing from all_opcodes.ir")
    }

    func testHandWrittenModuleCoversEveryImmediateKindAndOperator() throws {
        let module = try IRParser.parse(try allOpcodesText)
        var kinds = Set<String>()
        var values: [String: Set<Int32>] = [:]
        for function in module.functions {
            for block in function.blocks {
                for instruction in block.instructions {
                    for (kind, value) in [(instruction.op.info.imm, instruction.imm), (instruction.op.info.aux, instruction.aux)]
                    where kind != .none {
                        kinds.insert("\(kind)")
                        values["\(kind)", default: []].insert(value)
                    }
                }
            }
        }
        let expected: Set<String> = ["constant", "kwnames", "name", "global", "function", "slot", "freeVar", "binaryOp",
                                     "compareOp", "unaryOp", "conversion", "unboundKind", "count"]
        XCTAssertEqual(kinds, expected)
        XCTAssertEqual(values["binaryOp"], Set(BinaryOp.allCases.map(\.rawValue)))
        XCTAssertEqual(values["compareOp"], Set(CompareOp.allCases.map(\.rawValue)))
        XCTAssertEqual(values["unaryOp"], Set(UnaryOp.allCases.map(\.rawValue)))
        XCTAssertEqual(values["conversion"], Set(Conversion.allCases.map(\.rawValue)))
        XCTAssertEqual(values["unboundKind"], Set(UnboundKind.allCases.map(\.rawValue)))
        XCTAssert(values["kwnames"]!.contains(-1), "a call without keywords (-)")
        XCTAssert(values["kwnames"]!.contains { $0 >= 0 }, "a call with keywords")
    }

    func testParsedModuleKeepsSignaturesDocstringsAndPools() throws {
        let module = try IRParser.parse(try allOpcodesText)
        XCTAssertEqual(module.filename, "all_opcodes.py")
        XCTAssertEqual(module.globals, ["g", "h"])
        let f = module.functions[1]
        XCTAssertEqual(f.signature, Signature(names: ["a", "b", "c", "args", "kw"], positionalOnly: 1, positional: 2,
                                              keywordOnly: 1, hasVarArgs: true, hasVarKeywords: true))
        XCTAssertEqual(f.slots, ["x", "y.1"])
        XCTAssertEqual(module.constants[Int(f.localNamesConstant)],
                       .tuple(["a", "b", "c", "args", "kw", "x"].map { IRConstant.string($0) }))
        XCTAssertEqual(module.functions[0].localNamesConstant, -1)
        XCTAssertEqual(f.firstLine, 3)
        let g = module.functions[2]
        XCTAssertEqual(g.qualname, "f.<locals>.g")
        XCTAssertEqual(g.signature, Signature(names: ["k"], positionalOnly: 0, positional: 0, keywordOnly: 1))
        XCTAssertEqual(g.freeVars, ["v"])
        XCTAssertEqual(module.functions[0].docstring.map { String(decoding: $0, as: UTF8.self) },
                       "Every opcode and every immediate kind, in the printer's canonical form.\nLines: !N.")
        XCTAssert(module.names.contains("len") && module.names.contains("sqrt"))
        // Instruction lines and value types survive.
        let compare = module.functions[0].blocks[0].instructions.first { $0.op == .compareBool }!
        XCTAssertEqual(compare.line, 7)
        XCTAssertEqual(module.functions[0].type(of: compare.result!), .bool)
    }

    func testPrintedTextIsASCII() throws {
        let text = try IRParser.parse(try allOpcodesText).printed()
        XCTAssert(text.utf8.allSatisfy { $0 < 0x80 }, "the IR text escapes everything outside ASCII")
    }

    // MARK: - Real programs

    /// Every program of the corpus that compiles, after lowering and after the whole pipeline.
    func testCorpusProgramsRoundTrip() throws {
        let programs = corpusPrograms()
        XCTAssertGreaterThan(programs.count, 50, "the program corpus was not found")
        var checked = 0
        for path in programs {
            let source = try String(contentsOfFile: path, encoding: .utf8)
            guard let lowered = try? lowerPython(source, filename: path) else { continue }
            try assertRoundTrip(lowered, "\(path) after lowering")
            try Pipeline(verify: true).run(lowered)
            try assertRoundTrip(lowered, "\(path) after the pipeline")
            checked += 1
        }
        XCTAssertGreaterThan(checked, programs.count * 3 / 4, "most corpus programs should compile")
    }

    func testSnippetsWithEveryConstructRoundTrip() throws {
        let source = """
        '''module doc'''
        import math
        from math import sqrt as root
        def f(a, b=1, /, c=2, *args, d, e=3, **kw):
            "f's doc"
            x = [i * 2 for i in range(a) if i % 2]
            y = {k: v for k, v in kw.items()}
            z = {*args, *x}
            s = f"{a!r:>{b}} {c!s} {d!a}"
            def g():
                nonlocal x
                x = x + [1]
                return lambda q=a: q + len(x)
            try:
                del y
                a, *rest, b = args
            except (TypeError, ValueError) as err:
                raise RuntimeError("bad") from err
            except KeyError:
                raise
            else:
                pass
            finally:
                z = None
            match a:
                case 1 | 2 as one: pass
                case [p, *qs]: pass
                case {"k": v, **rest2}: pass
                case (p, *_) if a: pass
                case _: pass
            while a < 10:
                a += 1
                if a == 5: continue
                if a == 7: break
            else:
                a = -a
            assert a, "msg"
            global G
            G = a if b else c
            return g, s, root(4), math.pi, ..., b'a\\x00', -0.0, 1e16, 2**100, 3j, not a, a is not b
        """
        let module = try lowerPython(source)
        try assertRoundTrip(module, "snippet after lowering")
        try Pipeline(verify: true).run(module)
        try assertRoundTrip(module, "snippet after the pipeline")
    }

    // MARK: - Malformed text

    func testParseErrorsNameTheProblemAndLine() {
        assertParseError("IR line 6: unknown opcode frobnicate", irModule("""
        bb0:
          %0 = frobnicate !1
        """))
        assertParseError("expected the line (!N)", irModule("""
        bb0:
          %0 = const 1
          return %0 !1
        """))
        assertParseError("IR line 6: unterminated string", irModule("""
        bb0:
          %0 = const "abc !1
        """))
        assertParseError("IR line 6: unknown operator plus", irModule("""
        bb0:
          %0 = binop plus, %1, %1 !1
        """))
        assertParseError("unknown type int64", irModule("""
        bb0:
          %0: int64 = const 1 !1
        """))
        assertParseError("expected a $slot of the function", irModule("""
        bb0:
          %0 = load_slot $nope !1
        """, slots: "x"))
        assertParseError("expected a ^free variable of the function", irModule("""
        bb0:
          %0 = load_closure ^nope !1
        """))
        assertParseError("functions must be numbered in order", """
        module "t.py"
        globals ()

        func fn1 "f" qualname "f" line 1 () free () slots () {
        bb0:
          %0 = const None !1
          return %0 !1
        }
        """)
        assertParseError("expected 'module'", "globals ()\n")
        assertParseError("bad \\x escape", irModule("""
        bb0:
          %0 = const "\\xZZ" !1
        """))
    }

    func testCommentsAndBlankLinesAreIgnored() throws {
        let module = try IRParser.parse("""
        ; a comment before the module
        module "t.py"   ; and after
        globals ()

        func fn0 "f" qualname "f" line 1 () free () slots () {
        ; between blocks

        bb0:
          %0 = const 1 !1   ; after an instruction
          return %0 !1
        }
        """)
        try Verifier.verify(module)
        XCTAssertEqual(module.functions[0].blocks[0].instructions.count, 2)
    }

    // MARK: - Helpers

    private func corpusPrograms() -> [String] {
        let root = repositoryRoot + "/Tests/Programs"
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".py") && !$0.contains("__adder_cache__") }
            .sorted()
            .map { root + "/" + $0 }
    }

    private func assertRoundTrip(_ module: IRModule, _ what: String, file: StaticString = #filePath,
                                 line: UInt = #line) throws {
        let text = module.printed()
        let parsed: IRModule
        do {
            parsed = try IRParser.parse(text)
        } catch {
            XCTFail("\(what): the printed IR does not parse: \(error)", file: file, line: line)
            return
        }
        do {
            try Verifier.verify(parsed)
        } catch {
            XCTFail("\(what): the parsed IR does not verify: \(error)", file: file, line: line)
        }
        let again = parsed.printed()
        if again != text {
            XCTFail("\(what): parse(print(m)) prints differently", file: file, line: line)
            assertSameText(again, text, file: file, line: line)
        }
    }

    private func assertParseError(_ fragment: String, _ text: String, file: StaticString = #filePath,
                                  line: UInt = #line) {
        XCTAssertThrowsError(try IRParser.parse(text), file: file, line: line) { error in
            XCTAssert("\(error)".contains(fragment), "parser said \"\(error)\", expected \"\(fragment)\"",
                      file: file, line: line)
        }
    }
}
