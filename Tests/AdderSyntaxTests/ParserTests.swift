// Parser behaviour beyond the corpus: the API the rest of Adder uses, nesting limits, compile-time
// checks and warnings.
import AdderSyntax
import XCTest

final class ParserTests: XCTestCase {
    func parse(_ text: String) throws -> Module {
        try withLargeStack { Result { try parseModule(SourceFile(path: "t.py", text: text)) } }.get()
    }

    func error(_ text: String) -> SyntaxError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error as? SyntaxError
        }
    }

    func testModuleStructure() throws {
        let module = try parse("def f(a, *b, c=1, **d):\n    return a\nclass C(B):\n    pass\n")
        XCTAssertEqual(module.body.count, 2)
        guard case .functionDef(let f) = module.body[0].kind else { return XCTFail() }
        XCTAssertEqual(f.name, "f")
        XCTAssertEqual(f.args.args.map(\.arg), ["a"])
        XCTAssertEqual(f.args.vararg?.arg, "b")
        XCTAssertEqual(f.args.kwonlyargs.map(\.arg), ["c"])
        XCTAssertEqual(f.args.kwarg?.arg, "d")
        XCTAssertEqual(module.body[1].range, SourceRange(lineno: 3, colOffset: 0, endLineno: 4, endColOffset: 8))
    }

    func testDeepNestingWithinLimitsParses() throws {
        let depth = 2000
        let text = "x = " + String(repeating: "-", count: depth) + "1\n"
        XCTAssertNoThrow(try parse(text))
        let parens = "x = " + String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199) + "\n"
        XCTAssertNoThrow(try parse(parens))
    }

    func testAbsurdNestingIsAMemoryErrorNotACrash() {
        for piece in ["-", "not ", "lambda: ", "~", "+"] {
            let text = "x = " + String(repeating: piece, count: 7000) + "1\n"
            XCTAssertEqual(error(text)?.kind, .memoryError, piece)
        }
        let text = "x = 1" + String(repeating: " if 1 else 1", count: 7000) + "\n"
        XCTAssertEqual(error(text)?.formatted(), "MemoryError\n")
    }

    func testTokenizeReturnsTokens() throws {
        let tokens = try tokenize(SourceFile(path: "t.py", text: "pass\n"))
        XCTAssertEqual(tokens.map(\.kind), [.kwPass, .newline, .endMarker])
    }

    func testCompileErrorsAreReportedInOrder() throws {
        let source = SourceFile(path: "t.py", text: "x = 1\nbreak\nreturn\n")
        let module = try parseModule(source)
        let error = checkCompileErrors(module, source: source)
        XCTAssertEqual(error?.message, "'break' outside loop")
        XCTAssertEqual(error?.lineno, 2)
    }

    func testCompileChecksAcceptValidCode() throws {
        let text = """
            async def f():
                async with a as b:
                    async for c in d:
                        await e
                return [x async for x in y]
            for i in x:
                try:
                    continue
                finally:
                    break
            match p:
                case [1, *rest] if rest:
                    pass
                case _:
                    pass
            """
        let source = SourceFile(path: "t.py", text: text)
        XCTAssertNil(checkCompileErrors(try parseModule(source), source: source))
    }

    func testWarningsAreCollected() throws {
        let source = SourceFile(path: "t.py", text: "x = 1if y else 2\nif x is 1: pass\n")
        var warnings: [SyntaxWarning] = []
        let module = try parseModule(source, warnings: &warnings)
        XCTAssertEqual(warnings, [SyntaxWarning(message: "invalid decimal literal", lineno: 1)])
        let (error, compileWarnings) = checkCompile(module, source: source)
        XCTAssertNil(error)
        XCTAssertEqual(compileWarnings.map(\.message), ["\"is\" with a literal. Did you mean \"==\"?"])
        XCTAssertEqual(compileWarnings[0].formatted(source),
                       "t.py:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  if x is 1: pass\n")
    }

    func testFStringFieldErrorsShowTheFieldText() {
        let e = error("x = f'{a b}'\n")
        XCTAssertEqual(e?.message, "f-string: invalid syntax. Perhaps you forgot a comma?")
        XCTAssertEqual(e?.text, "(a b)\n")
    }

    func testDumpOfNamedExpressionAndKind() throws {
        XCTAssertEqual(dumpAST(try parse("u'x'\n")),
                       "Module(body=[Expr(value=Constant(value='x', kind='u'))], type_ignores=[])")
    }
}
