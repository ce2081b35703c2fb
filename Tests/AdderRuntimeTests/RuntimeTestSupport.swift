// Shared support for the runtime's unit tests: start the runtime once, and convert between Swift
// and runtime values so that tests read as Python would.
import AdderRuntime
import XCTest

/// A test case that has the runtime initialized and no exception pending when each test starts.
class RuntimeTestCase: XCTestCase {
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

    /// A str object for a Swift string.
    func str(_ s: String) -> AdValue {
        return s.withCString { ad_str_from_cstr($0) }
    }

    /// The Swift text of a str object.
    func text(_ v: AdValue) -> String {
        return String(cString: ad_str_utf8(v, nil))
    }

    /// repr(v) as Swift text; a pending exception is reported as a failure.
    func repr(_ v: AdValue, file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertNotEqual(v, 0, "unexpected error: \(pendingError())", file: file, line: line)
        let r = ad_repr(v)
        XCTAssertNotEqual(r, 0, "repr failed: \(pendingError())", file: file, line: line)
        return text(r)
    }

    /// "TypeName: message" for the pending exception (and clears it), or "" if none.
    func pendingError() -> String {
        let exc = ad_err_fetch()
        if exc == 0 { return "" }
        let typeName = String(cString: ad_type(exc).pointee.name)
        let message = ad_str(exc)
        return message == 0 ? typeName : "\(typeName): \(text(message))"
    }

    /// Call a method by name, as `obj.name(*args)`.
    func call(_ obj: AdValue, _ name: String, _ args: AdValue...) -> AdValue {
        return args.withUnsafeBufferPointer { buffer in
            ad_call_method(obj, ad_str_intern_cstr(name), buffer.baseAddress, buffer.count, 0)
        }
    }

    /// A small int.
    func int(_ i: Int64) -> AdValue { ad_int_from_i64(i) }
}
