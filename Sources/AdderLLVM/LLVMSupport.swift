// Small conveniences over LLVM 19's C API: target initialization, errors, and array arguments.

import CLLVM

/// An error from LLVM, or from the backend's use of it.
public struct BackendError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Initialize the native target once per process.
let initializeNativeTarget: Void = {
    LLVMInitializeNativeTarget()
    LLVMInitializeNativeAsmPrinter()
    LLVMInitializeNativeAsmParser()
}()

/// Consume an LLVMErrorRef: nil on success, its message otherwise.
func errorMessage(_ error: LLVMErrorRef?) -> String? {
    guard let error = error else { return nil }
    let cString = LLVMGetErrorMessage(error)!
    defer { LLVMDisposeErrorMessage(cString) }
    return String(cString: cString)
}

/// Throw if an LLVM call failed.
func check(_ error: LLVMErrorRef?, _ what: String) throws {
    if let message = errorMessage(error) { throw BackendError("\(what): \(message)") }
}

/// Take ownership of a C string LLVM allocated.
func takeMessage(_ cString: UnsafeMutablePointer<CChar>?) -> String {
    guard let cString = cString else { return "" }
    defer { LLVMDisposeMessage(cString) }
    return String(cString: cString)
}

/// Call `body` with a mutable C array of the references.
func withArray<T>(_ refs: [OpaquePointer?], _ body: (UnsafeMutablePointer<OpaquePointer?>?, UInt32) -> T) -> T {
    var copy = refs
    return copy.withUnsafeMutableBufferPointer { body($0.baseAddress, UInt32($0.count)) }
}
