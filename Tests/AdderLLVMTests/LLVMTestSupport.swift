// Support for the backend's tests: IR text in, LLVM text or behaviour out.
import AdderIR
import AdderLLVM
import AdderRuntime
import XCTest

class LLVMTestCase: XCTestCase {
    private static let started: Bool = {
        var argv: [UnsafeMutablePointer<CChar>?] = [strdup("test.py"), nil]
        ad_runtime_init(1, &argv)
        return true
    }()

    override func setUp() {
        super.setUp()
        XCTAssertTrue(Self.started)
        ad_err_clear()
    }

    /// A module whose body runs `body` (IR instructions) and stores `%result` into the global `result`.
    func module(_ body: String, functions: String = "") throws -> IRModule {
        let text = """
        module "t.py"
        globals (result)

        func fn0 "<module>" qualname "<module>" line 1 () free () slots () {
        \(body)
        }
        \(functions)
        """
        let module = try IRParser.parse(text)
        try Verifier.verify(module)
        return module
    }

    /// Run a module in the JIT; returns repr(result) or "Type: message" if it raised.
    func run(_ module: IRModule, optLevel: Int = 2) throws -> String {
        let program = try JITProgram(module, options: BackendOptions(optLevel: optLevel))
        let status = program.run()
        if status != 0 { return "exit \(status)" }
        let value = program.globals[0]
        XCTAssertNotEqual(value, 0, "the module did not store a result")
        return String(cString: ad_str_utf8(ad_repr(value), nil))
    }

    /// The optimized LLVM text of a native-mode module.
    func llvmText(_ module: IRModule, optLevel: Int = 2) throws -> String {
        try CompiledModule(module, mode: .native, options: BackendOptions(optLevel: optLevel, genericCPU: true)).text
    }

    /// The text of one function of an LLVM module.
    func function(_ name: String, in text: String) -> String {
        guard let start = text.range(of: "define internal i64 @\(name)(") ?? text.range(of: "define i64 @\(name)(") else {
            return ""
        }
        let rest = text[start.lowerBound...]
        guard let end = rest.range(of: "\n}\n") else { return String(rest) }
        return String(rest[..<end.upperBound])
    }
}
